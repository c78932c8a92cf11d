#pragma once
// The flight search form: trip type, the From / To / date rows, passengers, cabin, stops and
// the recent searches. The rules live in SearchFormController; this widget shows them, keeps
// every field reachable by keyboard (label mnemonics, tab order, Return to search) and shows a
// validation error inline, next to the fields, where a screen reader announces it.

#include "backend/flights/flight_types.h"
#include "ui/place_completion_model.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace tripdesk {

class SearchFormController;
class SliceRowsEditor;

class FlightSearchForm : public QWidget
{
    Q_OBJECT

public:
    FlightSearchForm(SearchFormController *controller, PlaceCompletionModel::Lookup lookup,
                     QWidget *parent = nullptr);

    SearchFormController *controller() const { return m_controller; }
    SliceRowsEditor *sliceRows() const { return m_rows; }
    QComboBox *tripTypeCombo() const { return m_tripType; }
    QComboBox *recentCombo() const { return m_recent; }
    QPushButton *searchButton() const { return m_search; }
    QLabel *errorLabel() const { return m_error; }
    // The field the shown error is about, marked invalid and described by the message; null
    // when the error is about no one field or there is none.
    QWidget *flaggedField() const { return m_flagged; }

    // Fills the recent-searches list, newest first.
    void setRecentSearches(const std::vector<FlightSearchRequest> &requests);
    // "DEL → BOM · Thu 24 Dec · 1 passenger · Economy".
    static QString describe(const FlightSearchRequest &request, const QLocale &locale);

public Q_SLOTS:
    // Validates; emits searchRequested, or shows the error and moves focus to the field.
    void submit();
    void focusOrigin();
    void swapFirstSlice();
    void newSearch();

Q_SIGNALS:
    void searchRequested(const tripdesk::FlightSearchRequest &request);
    // The form refused to search; `message` says why (it is also shown beside the field).
    void searchRefused(const QString &message);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void sync();
    void showError(const QString &message);
    void focusErrorField();
    QWidget *errorFieldWidget() const;
    void flagField(QWidget *field, const QString &message);

    SearchFormController *m_controller;
    QComboBox *m_tripType;
    QSpinBox *m_adults;
    QSpinBox *m_children;
    QSpinBox *m_infants;
    QComboBox *m_cabin;
    QComboBox *m_stops;
    QComboBox *m_recent;
    SliceRowsEditor *m_rows;
    QPushButton *m_search;
    QLabel *m_error;
    QPointer<QWidget> m_flagged;
    std::vector<FlightSearchRequest> m_recentRequests;
    bool m_syncing = false;
};

} // namespace tripdesk
