#pragma once
// The From / To / date rows of the search form: one row for one-way and round trips (with the
// return date beside it), two to six rows for a multi-city trip. The rows mirror the
// SearchFormController; typing updates the controller, the controller's changes refill the rows.

#include "ui/place_completion_model.h"

#include <QWidget>

class QDateEdit;
class QGridLayout;
class QLabel;
class QPushButton;
class QToolButton;

namespace tripdesk {

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
    QDateEdit *dateEdit(int row) const;
    QDateEdit *returnDateEdit() const { return m_returnDate; }
    QPushButton *addButton() const { return m_add; }

    // Settles typed-but-not-picked places into the controller before a search.
    void commitPlaces();
    // Re-reads the controller.
    void sync();
    // The widget that ends the rows in tab order.
    QWidget *lastInTabOrder() const;

private:
    struct Row {
        QLabel *number = nullptr; // "1", "2"… for multi-city
        PlaceLineEdit *from = nullptr;
        QToolButton *swap = nullptr;
        PlaceLineEdit *to = nullptr;
        QDateEdit *date = nullptr;
        QToolButton *remove = nullptr;
    };
    void addRow();
    void removeLastRow();
    void updateTabOrder();
    QDateEdit *makeDateEdit();

    SearchFormController *m_controller;
    PlaceCompletionModel::Lookup m_lookup;
    QGridLayout *m_grid;
    std::vector<Row> m_rows;
    QLabel *m_fromLabel;
    QLabel *m_toLabel;
    QLabel *m_dateLabel;
    QLabel *m_returnLabel;
    QDateEdit *m_returnDate;
    QPushButton *m_add;
    bool m_syncing = false;
};

} // namespace tripdesk
