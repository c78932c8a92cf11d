#pragma once
// The autocomplete list under the From and To fields. The lookup is synchronous (the index
// answers in about a microsecond), so the list is refilled on every keystroke with no timer.

#include "backend/reference/place_index.h"

#include <QAbstractListModel>
#include <QIcon>

#include <functional>

namespace tripdesk {

class PlaceCompletionModel : public QAbstractListModel
{
    Q_OBJECT

public:
    using Lookup = std::function<std::vector<Place>(QStringView query, int limit)>;

    enum Role {
        CodeRole = Qt::UserRole + 1,
        KindRole,      // Place::Kind as int
        FieldTextRole, // what the field shows once the place is chosen: "Mumbai (BOM)"
    };

    explicit PlaceCompletionModel(Lookup lookup, QObject *parent = nullptr);

    void setQuery(const QString &query);
    QString query() const { return m_query; }
    const std::vector<Place> &places() const { return m_places; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // "Mumbai (BOM) — Chhatrapati Shivaji International Airport, India".
    static QString listText(const Place &place);
    // "Mumbai (BOM)"; a city: "New York (NYC)".
    static QString fieldText(const Place &place);
    // The place the lookup knows under exactly this code, if any.
    static std::optional<Place> findCode(const Lookup &lookup, const QString &code);

private:
    Lookup m_lookup;
    QString m_query;
    std::vector<Place> m_places;
    QIcon m_airportIcon;
    QIcon m_cityIcon;
};

} // namespace tripdesk
