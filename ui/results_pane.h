#pragma once
// The results column: sort tabs that preview what each order puts first ("Cheapest · ₹4,100"),
// the number of flights shown, and the table; or a message when there is nothing to show
// (before a search, while searching, no flights, everything filtered out, a failure).

#include "backend/search/ranking.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableView;

namespace tripdesk {

class FlightResultsModel;
class SortTabs;

class ResultsPane : public QWidget
{
    Q_OBJECT

public:
    enum class State { Idle, Searching, Done, Failed };

    explicit ResultsPane(FlightResultsModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    SortTabs *sortTabs() const { return m_tabs; }
    State state() const { return m_state; }
    // `message` is shown for Failed.
    void setState(State state, const QString &message = {});
    // Makes the first row current when nothing is, so the details show the top offer.
    void selectFirstRowIfNone();
    int currentOfferIndex() const;
    QWidget *focusTarget() const;

Q_SIGNALS:
    void currentOfferChanged(int offerIndex); // -1 when none
    void offerActivated(int offerIndex);      // Return or double-click

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void updateTabs();
    void updateRowHeight();
    void fitColumns();

    FlightResultsModel *m_model;
    SortTabs *m_tabs;
    QLabel *m_count;
    QStackedWidget *m_stack;
    QLabel *m_message;
    QTableView *m_view;
    State m_state = State::Idle;
    QString m_failure;
    int m_lastCurrent = -2;
};

} // namespace tripdesk
