#pragma once
// The sort choice above the results: best, cheapest, fastest, earliest, each showing what it
// puts first. One exclusive group of radio buttons drawn as tabs: one tab stop, arrow keys move
// between them, and each reports its own focus and checked state to screen readers (a QTabBar
// tells them its current tab has focus even when focus is elsewhere).

#include "backend/search/ranking.h"

#include <QGroupBox>

#include <array>

class QRadioButton;

namespace tripdesk {

class SortTabs : public QGroupBox
{
    Q_OBJECT

public:
    static constexpr int kCount = 4;

    explicit SortTabs(QWidget *parent = nullptr);

    QRadioButton *button(SortOrder order) const;
    SortOrder current() const { return m_current; }
    // Checks the tab for `order` without emitting picked().
    void setCurrent(SortOrder order);
    // What the order puts first ("₹4,100", "2 h 05 min"); empty shows the name alone.
    void setTopValue(SortOrder order, const QString &value);
    // The tab that takes focus: the checked one.
    QWidget *focusTarget() const;

Q_SIGNALS:
    void picked(tripdesk::SortOrder order);

private:
    static int indexOf(SortOrder order);
    QString name(int index) const;
    void updateTabStop();

    std::array<QRadioButton *, kCount> m_buttons{};
    SortOrder m_current = SortOrder::Best;
};

} // namespace tripdesk
