#include "ui/fare_options_panel.h"

#include "backend/search/ranking.h"
#include "ui/flight_format.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace tripdesk {

namespace {

QString termsText(const FareConditions &c)
{
    if (!c.refundKnown && !c.changeKnown)
        return FareOptionsPanel::tr("terms not stated");
    if (c.refundable)
        return FareOptionsPanel::tr("refundable");
    if (c.changeable)
        return FareOptionsPanel::tr("changeable");
    return FareOptionsPanel::tr("no changes or refunds");
}

QString bagsText(const Baggage &b)
{
    if (b.checkedBags <= 0)
        return FareOptionsPanel::tr("no checked bag");
    return b.checkedBags == 1 ? FareOptionsPanel::tr("1 checked bag")
                              : FareOptionsPanel::tr("%n checked bags", nullptr, b.checkedBags);
}

} // namespace

FareOptionsPanel::FareOptionsPanel(DisplayLookup lookup, QWidget *parent)
    : QWidget(parent)
    , m_lookup(std::move(lookup))
    , m_options(new QComboBox(this))
    , m_check(new QPushButton(tr("Check &price"), this))
    , m_outcome(new QLabel(this))
    , m_label(new QLabel(tr("Fare &option"), this))
{
    setObjectName(QStringLiteral("fareOptionsPanel"));
    QLabel *label = m_label;
    label->setBuddy(m_options);
    m_options->setAccessibleName(tr("Fare option"));
    m_options->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_options->setMinimumContentsLength(12);
    m_check->setAccessibleName(tr("Check this fare's price now"));
    m_check->setToolTip(tr("Ask the supplier for this fare's price and terms now"));
    m_outcome->setObjectName(QStringLiteral("mutedLabel"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_outcome->setAccessibleName(tr("Price check"));

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(label);
    row->addWidget(m_options, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(row);
    layout->addWidget(m_check, 0, Qt::AlignLeft);
    layout->addWidget(m_outcome);

    connect(m_options, &QComboBox::activated, this, [this] {
        m_outcome->clear();
        Q_EMIT optionChosen(chosenOption());
    });
    connect(m_check, &QPushButton::clicked, this,
            [this] { Q_EMIT priceCheckRequested(chosenOption()); });
    clear();
}

QString FareOptionsPanel::optionText(const FlightOffer &option, const QString &supplierName,
                                     const QLocale &locale)
{
    QStringList parts;
    parts << FlightFormat::price(option.price, locale);
    if (!option.fareBrand.isEmpty())
        parts << FlightFormat::fareBrand(option.fareBrand);
    parts << (supplierName.isEmpty() ? option.supplier : supplierName);
    parts << bagsText(option.baggage) << termsText(option.conditions);
    return parts.join(QStringLiteral(" · "));
}

void FareOptionsPanel::setResult(const FlightOffer &result, int selected,
                                 const QHash<QString, QString> &supplierNames)
{
    m_options->clear();
    m_outcome->clear();
    // Cheapest first within a currency; the lead keeps its place among equals.
    std::vector<int> order(result.options.size() + 1);
    std::iota(order.begin(), order.end(), -1);
    std::stable_sort(order.begin(), order.end(), [&result](int a, int b) {
        const Money &x = fareOption(result, a).price;
        const Money &y = fareOption(result, b).price;
        return x.currency() == y.currency() && x < y;
    });
    for (int option : order) {
        const FlightOffer &o = fareOption(result, option);
        m_options->addItem(optionText(o, supplierNames.value(o.supplier), m_lookup.locale), option);
    }
    m_options->setCurrentIndex(std::max(0, m_options->findData(selected)));
    // One fare: nothing to choose; the details already say what it is.
    const bool choice = m_options->count() > 1;
    m_options->setVisible(choice);
    m_label->setVisible(choice);
    m_check->setEnabled(true);
    setVisible(true);
}

void FareOptionsPanel::clear()
{
    m_options->clear();
    m_outcome->clear();
    m_check->setEnabled(false);
    setVisible(false);
}

int FareOptionsPanel::chosenOption() const
{
    return m_options->count() > 0 ? m_options->currentData().toInt() : -1;
}

void FareOptionsPanel::setChecking()
{
    m_outcome->setText(tr("Checking the price with the supplier…"));
    m_check->setEnabled(false);
}

QString FareOptionsPanel::outcome() const
{
    return m_outcome->text();
}

QString FareOptionsPanel::priceCheckText(const FlightOffer &before, const PricedOffer &after,
                                         const QLocale &locale)
{
    const FlightOffer &now = after.offer;
    const OfferChanges changes = compareOffers(before, now);
    QStringList sentences;
    if (changes.price)
        sentences << tr("The price is now %1 (it was %2).")
                         .arg(FlightFormat::price(now.price, locale),
                              FlightFormat::price(before.price, locale));
    else
        sentences << tr("The price is confirmed: %1.").arg(FlightFormat::price(now.price, locale));
    if (changes.schedule)
        sentences << tr("The flights or their times have changed; read the details again.");
    if (changes.brand)
        sentences << tr("The fare is now %1.").arg(FlightFormat::fareBrand(now.fareBrand));
    if (changes.baggage)
        sentences << tr("Bags now: %1.").arg(bagsText(now.baggage));
    if (changes.conditions)
        sentences << tr("Fare terms now: %1.").arg(termsText(now.conditions));
    if (after.holdable && after.payBy.isValid())
        sentences << tr("It can be held and paid later, until %1.")
                         .arg(locale.toString(after.payBy.toLocalTime(),
                                              QStringLiteral("ddd d MMM HH:mm")));
    else if (!after.holdable)
        sentences << tr("It must be paid when booked.");
    return sentences.join(u' ');
}

void FareOptionsPanel::showPriceCheck(const FlightOffer &before, const Result<PricedOffer> &after)
{
    m_check->setEnabled(true);
    m_outcome->setText(after ? priceCheckText(before, *after, m_lookup.locale)
                             : after.error().message);
}

} // namespace tripdesk
