#pragma once
// The From / To / date rows of the search form: one row for one-way and round trips (with the
// return date beside it), two to six rows for a multi-city trip. The rows mirror the
// SearchFormController; typing updates the controller, the controller's changes refill the rows.

#include "ui/place_completion_model.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;
class QToolButton;

namespace tripdesk {

class DateField;
class PlaceLineEdit;
class SearchFormController;

class SliceRowsEditor : public QWidget
{
    Q_OBJECT

public:
    SliceRowsEditor(SearchFormController *controller, PlaceCompletionModel::Lookup lookup,
                    QWidget *parent = nullptr);

    int rowCount() const { return int(m_rows.size()); }
    PlaceLineEdit *originEdit(int row) const;
    PlaceLineEdit *destinationEdit(int row) const;
    DateField *dateEdit(int row) const;
    DateField *returnDateEdit() const { return m_returnDate; }
    QPushButton *addButton() const { return m_add; }

    // Settles typed-but-not-picked places into the controller before a search.
    void commitPlaces();
    // Reads dates typed but not yet read (Ctrl+Return searches without leaving the field).
    // Returns invalidDateField().
    DateField *commitDates();
    // The first date field whose typed text is not a date (in tab order), or nullptr.
    DateField *invalidDateField() const;
    // Re-reads the controller.
    void sync();
    // The widget that ends the rows in tab order.
    QWidget *lastInTabOrder() const;

Q_SIGNALS:
    // A date field refused its text or was corrected: invalidDateField() says which, if any.
    void dateErrorChanged();

private:
    struct Row {
        QLabel *number = nullptr; // "1", "2"… for multi-city
        PlaceLineEdit *from = nullptr;
        QToolButton *swap = nullptr;
        PlaceLineEdit *to = nullptr;
        DateField *date = nullptr;
        QToolButton *remove = nullptr;
    };
    void addRow();
    void removeLastRow();
    void updateTabOrder();
    // `slice` is the row's index; -1 for the return date, which departs from the destination.
    DateField *makeDateEdit(int slice);

    SearchFormController *m_controller;
    PlaceCompletionModel::Lookup m_lookup;
    QGridLayout *m_grid;
    std::vector<Row> m_rows;
    QLabel *m_fromLabel;
    QLabel *m_toLabel;
    QLabel *m_dateLabel;
    QLabel *m_returnLabel;
    DateField *m_returnDate;
    QPushButton *m_add;
    bool m_syncing = false;
};

} // namespace tripdesk
