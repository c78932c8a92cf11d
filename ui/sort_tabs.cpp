#include "ui/sort_tabs.h"

#include <QHBoxLayout>
#include <QRadioButton>

namespace tripdesk {

namespace {

constexpr SortOrder kOrders[SortTabs::kCount] = {SortOrder::Best, SortOrder::Price,
                                                 SortOrder::Duration, SortOrder::Departure};

} // namespace

SortTabs::SortTabs(QWidget *parent)
    : QGroupBox(parent)
{
    setObjectName(QStringLiteral("sortTabs"));
    setAccessibleName(tr("Sort flights by"));
    setFlat(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    const QString tips[kCount] = {
        tr("Best: a blend of price, duration, stops and departure time (Ctrl+1)"),
        tr("Cheapest first (Ctrl+2)"),
        tr("Fastest first (Ctrl+3)"),
        tr("Earliest departure first (Ctrl+4)"),
    };
    for (int i = 0; i < kCount; ++i) {
        auto *button = new QRadioButton(name(i), this);
        button->setObjectName(QStringLiteral("sortTab"));
        button->setToolTip(tips[i]);
        button->setChecked(kOrders[i] == m_current);
        layout->addWidget(button);
        m_buttons[size_t(i)] = button;
        connect(button, &QRadioButton::toggled, this, [this, i](bool checked) {
            if (!checked || kOrders[i] == m_current)
                return;
            m_current = kOrders[i];
            updateTabStop();
            Q_EMIT picked(m_current);
        });
    }
    layout->addStretch(1);
    updateTabStop();
}

void SortTabs::updateTabStop()
{
    // Tab stops at the checked tab only, as in any group of radio buttons.
    for (int i = 0; i < kCount; ++i)
        m_buttons[size_t(i)]->setFocusPolicy(kOrders[i] == m_current ? Qt::StrongFocus
                                                                     : Qt::ClickFocus);
}

int SortTabs::indexOf(SortOrder order)
{
    for (int i = 0; i < kCount; ++i) {
        if (kOrders[i] == order)
            return i;
    }
    return 0;
}

QString SortTabs::name(int index) const
{
    switch (kOrders[index]) {
    case SortOrder::Best:
        return tr("Best");
    case SortOrder::Price:
        return tr("Cheapest");
    case SortOrder::Duration:
        return tr("Fastest");
    case SortOrder::Departure:
        return tr("Earliest");
    }
    return {};
}

QRadioButton *SortTabs::button(SortOrder order) const
{
    return m_buttons[size_t(indexOf(order))];
}

void SortTabs::setCurrent(SortOrder order)
{
    m_current = order;
    button(order)->setChecked(true);
    updateTabStop();
}

void SortTabs::setTopValue(SortOrder order, const QString &value)
{
    const int i = indexOf(order);
    m_buttons[size_t(i)]->setText(
        value.isEmpty() ? name(i)
                        : tr("%1 · %2", "sort order · its top value").arg(name(i), value));
}

QWidget *SortTabs::focusTarget() const
{
    return button(m_current);
}

} // namespace tripdesk
