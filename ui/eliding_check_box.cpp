#include "ui/eliding_check_box.h"

#include <QStyle>
#include <QStyleOptionButton>

namespace tripdesk {

ElidingCheckBox::ElidingCheckBox(const QString &text, QWidget *parent)
    : QCheckBox(text, parent)
    , m_full(text)
{
    setAccessibleName(text);
}

QSize ElidingCheckBox::sizeFor(const QString &text) const
{
    ensurePolished();
    QStyleOptionButton option;
    initStyleOption(&option);
    option.text = text;
    return style()->sizeFromContents(QStyle::CT_CheckBox, &option,
                                     fontMetrics().size(Qt::TextShowMnemonic, text), this);
}

QSize ElidingCheckBox::sizeHint() const
{
    return sizeFor(m_full);
}

void ElidingCheckBox::resizeEvent(QResizeEvent *event)
{
    QCheckBox::resizeEvent(event);
    fit();
}

void ElidingCheckBox::fit()
{
    const int chrome = sizeFor(m_full).width() - fontMetrics().horizontalAdvance(m_full);
    const QString shown =
        fontMetrics().elidedText(m_full, Qt::ElideRight, std::max(0, width() - chrome));
    if (shown != text())
        setText(shown);
}

} // namespace tripdesk
