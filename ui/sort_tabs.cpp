#include "ui/sort_tabs.h"

#include <QHBoxLayout>
#include <QRadioButton>
#include <QStyle>
#include <QStyleOptionButton>

namespace tripdesk {

namespace {

constexpr SortOrder kOrders[SortTabs::kCount] = {SortOrder::Best, SortOrder::Price,
                                                 SortOrder::Duration, SortOrder::Departure};

// A tab of two lines, the order's name over what it puts first. The first line is always whole;
// when the row is too narrow the second is elided, and the tooltip and the accessible name
// keep it whole.
class SortTab : public QRadioButton
{
public:
    SortTab(QString name, QString tip, QWidget *parent)
        : QRadioButton(parent)
        , m_name(std::move(name))
        , m_tip(std::move(tip))
    {
        setObjectName(QStringLiteral("sortTab"));
        setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        showValue(QString());
    }

    void setValue(const QString &value)
    {
        m_value = value;
        showValue(value);
        updateGeometry();
        fitValue();
    }

    QSize sizeHint() const override { return sizeFor(fullText()); }
    QSize minimumSizeHint() const override
    {
        return sizeFor(m_value.isEmpty() ? m_name : m_name + u'\n' + QChar(0x2026));
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QRadioButton::resizeEvent(event);
        fitValue();
    }

private:
    QString fullText() const { return m_value.isEmpty() ? m_name : m_name + u'\n' + m_value; }

    QSize sizeFor(const QString &text) const
    {
        ensurePolished();
        QStyleOptionButton option;
        initStyleOption(&option);
        const QSize textSize = fontMetrics().size(Qt::TextShowMnemonic, text);
        return style()->sizeFromContents(QStyle::CT_RadioButton, &option, textSize, this);
    }

    void fitValue()
    {
        if (m_value.isEmpty())
            return;
        // What the style adds around the text, so what is left for it at this width.
        const int chrome =
            sizeHint().width() - fontMetrics().size(Qt::TextShowMnemonic, fullText()).width();
        const QString shown =
            fontMetrics().elidedText(m_value, Qt::ElideRight, std::max(0, width() - chrome));
        if (shown != m_shown)
            showValue(shown);
    }

    void showValue(const QString &value)
    {
        m_shown = value;
        setText(value.isEmpty() ? m_name : m_name + u'\n' + value);
        const QString whole =
            m_value.isEmpty()
                ? m_name
                : SortTabs::tr("%1 · %2", "sort order · its top value").arg(m_name, m_value);
        setAccessibleName(whole);
        setToolTip(
            value == m_value
                ? m_tip
                : SortTabs::tr("%1\n%2", "tab's whole text, then its hint").arg(whole, m_tip));
    }

    QString m_name;
    QString m_tip;
    QString m_value;
    QString m_shown;
};

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
        auto *button = new SortTab(name(i), tips[i], this);
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
    static_cast<SortTab *>(m_buttons[size_t(indexOf(order))])->setValue(value);
}

QWidget *SortTabs::focusTarget() const
{
    return button(m_current);
}

} // namespace tripdesk
