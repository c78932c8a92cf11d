#pragma once
// A From/To field: type a code, a city, an airport or a country and pick from the list. The list
// is refilled synchronously on each keystroke. Return or Tab in the open list takes the
// highlighted place (the best match is highlighted first); leaving the field without picking
// takes the place whose code is the text, or else the best match, as agents type "DEL" and move on.

#include "ui/place_completion_model.h"

#include <QLineEdit>

class QAction;
class QCompleter;

namespace tripdesk {

class PlaceLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit PlaceLineEdit(PlaceCompletionModel::Lookup lookup, QWidget *parent = nullptr);

    // The chosen place's code; when nothing could be chosen, the text as typed (upper case), so
    // validation can name what was not found. Empty for an empty field.
    QString code() const;
    // The code of the place picked, empty while the text is being typed.
    QString acceptedCode() const { return m_code; }
    // Shows the place for `code` ("Mumbai (BOM)"), or the bare code when unknown.
    void setCode(const QString &code);
    // Settles typed text into a place (see above). Returns code().
    QString commit();
    void hideCompletions();
    // Names the clear button for screen readers and its tooltip: "Clear From".
    void setClearButtonText(const QString &text);
    QAction *clearAction() const;

    PlaceCompletionModel *completionModel() const { return m_model; }
    QCompleter *placeCompleter() const { return m_completer; }

Q_SIGNALS:
    void codeChanged(const QString &code);
    // A place was taken from the list with Return: the form moves on to the next field.
    void pickedWithKeyboard();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onTextEdited(const QString &text);
    void accept(const QString &code, const QString &fieldText);
    void showCompletions();

    PlaceCompletionModel::Lookup m_lookup;
    PlaceCompletionModel *m_model;
    QCompleter *m_completer;
    QString m_code;
    QString m_acceptedText;
};

} // namespace tripdesk
