#include "ui/place_completion_model.h"

#include "backend/flights/flight_types.h"

namespace tripdesk {

PlaceCompletionModel::PlaceCompletionModel(Lookup lookup, QObject *parent)
    : QAbstractListModel(parent)
    , m_lookup(std::move(lookup))
    , m_airportIcon(QStringLiteral(":/icons/airport.svg"))
    , m_cityIcon(QStringLiteral(":/icons/city.svg"))
{}

void PlaceCompletionModel::setQuery(const QString &query)
{
    beginResetModel();
    m_query = query;
    m_places = m_lookup && !query.trimmed().isEmpty() ? m_lookup(query, 10) : std::vector<Place>();
    endResetModel();
}

int PlaceCompletionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_places.size());
}

QVariant PlaceCompletionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Place &place = m_places[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return listText(place);
    case Qt::EditRole:
        // QCompleter matches against this; returning the query keeps every row "matching", as
        // the index already chose and ranked them.
        return m_query;
    case Qt::DecorationRole:
        return place.kind == Place::Kind::City ? m_cityIcon : m_airportIcon;
    case CodeRole:
        return place.code;
    case KindRole:
        return int(place.kind);
    case FieldTextRole:
        return fieldText(place);
    default:
        return {};
    }
}

QString PlaceCompletionModel::listText(const Place &place)
{
    if (place.kind == Place::Kind::City)
        return tr("%1 (%2) — all airports, %3", "city (code) — all airports, country")
            .arg(place.city.isEmpty() ? place.name : place.city, place.code, place.country);
    return tr("%1 (%2) — %3, %4", "city (code) — airport name, country")
        .arg(place.city, place.code, place.name, place.country);
}

QString PlaceCompletionModel::fieldText(const Place &place)
{
    const QString city = place.city.isEmpty() ? place.name : place.city;
    return tr("%1 (%2)", "city (code)").arg(city, place.code);
}

std::optional<Place> PlaceCompletionModel::findCode(const Lookup &lookup, const QString &code)
{
    if (!lookup || code.isEmpty())
        return std::nullopt;
    const QString wanted = normalisedCode(code);
    for (const Place &place : lookup(wanted, 10)) {
        if (place.code == wanted)
            return place;
    }
    return std::nullopt;
}

} // namespace tripdesk
