#include "ui/place_line_edit.h"

#include "backend/flights/flight_types.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QKeyEvent>

namespace tripdesk {

namespace {
constexpr int kPopupMinWidth = 520;
}

PlaceLineEdit::PlaceLineEdit(PlaceCompletionModel::Lookup lookup, QWidget *parent)
    : QLineEdit(parent)
    , m_lookup(std::move(lookup))
    , m_model(new PlaceCompletionModel(m_lookup, this))
    , m_completer(new QCompleter(m_model, this))
{
    setClearButtonEnabled(true);
    setPlaceholderText(tr("City, airport or code"));
    // The index already matched and ranked: the completer only shows the list. It is attached
    // with setWidget rather than QLineEdit::setCompleter so that moving through the list does
    // not overwrite what the user typed.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(10);
    m_completer->setWidget(this);
    m_completer->popup()->setAccessibleName(tr("Matching airports and cities"));
    // Installed after the completer's own filter, so it sees Return first: Return in the list
    // picks the place and goes no further (it must not also start a search).
    m_completer->popup()->installEventFilter(this);

    connect(this, &QLineEdit::textEdited, this, &PlaceLineEdit::onTextEdited);
    connect(this, &QLineEdit::editingFinished, this, &PlaceLineEdit::commit);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                accept(index.data(PlaceCompletionModel::CodeRole).toString(),
                       index.data(PlaceCompletionModel::FieldTextRole).toString());
            });
}

QString PlaceLineEdit::code() const
{
    if (!m_code.isEmpty())
        return m_code;
    // What was typed, as typed: the search service normalises codes and names what is wrong.
    return text().trimmed();
}

void PlaceLineEdit::setCode(const QString &code)
{
    const QString wanted = normalisedCode(code);
    if (wanted.isEmpty()) {
        m_code.clear();
        m_acceptedText.clear();
        clear();
        return;
    }
    if (wanted == m_code && text() == m_acceptedText)
        return;
    const std::optional<Place> place = PlaceCompletionModel::findCode(m_lookup, wanted);
    accept(wanted, place ? PlaceCompletionModel::fieldText(*place) : wanted);
}

QString PlaceLineEdit::commit()
{
    hideCompletions();
    const QString typed = text().trimmed();
    if (typed.isEmpty()) {
        if (!m_code.isEmpty()) {
            m_code.clear();
            m_acceptedText.clear();
            Q_EMIT codeChanged(QString());
        }
        return {};
    }
    if (!m_code.isEmpty() && text() == m_acceptedText)
        return m_code;
    if (std::optional<Place> exact = PlaceCompletionModel::findCode(m_lookup, typed)) {
        accept(exact->code, PlaceCompletionModel::fieldText(*exact));
        return m_code;
    }
    const std::vector<Place> best = m_lookup ? m_lookup(typed, 1) : std::vector<Place>();
    if (!best.empty()) {
        accept(best.front().code, PlaceCompletionModel::fieldText(best.front()));
        return m_code;
    }
    Q_EMIT codeChanged(code());
    return code();
}

void PlaceLineEdit::hideCompletions()
{
    if (m_completer->popup()->isVisible())
        m_completer->popup()->hide();
}

QAction *PlaceLineEdit::clearAction() const
{
    // QLineEdit's own clear button follows this action: its text becomes the button's name.
    return findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction"));
}

void PlaceLineEdit::setClearButtonText(const QString &text)
{
    if (QAction *clear = clearAction()) {
        clear->setText(text);
        clear->setToolTip(text);
    }
}

void PlaceLineEdit::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key == Qt::Key_Down && !m_completer->popup()->isVisible() && !text().isEmpty()) {
        m_model->setQuery(text());
        showCompletions();
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

bool PlaceLineEdit::eventFilter(QObject *watched, QEvent *event)
{
    QAbstractItemView *list = m_completer->popup();
    if (watched == list && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            QModelIndex current = list->currentIndex();
            if (!current.isValid() && m_completer->completionModel()->rowCount() > 0)
                current = m_completer->completionModel()->index(0, 0);
            hideCompletions();
            if (current.isValid()) {
                accept(current.data(PlaceCompletionModel::CodeRole).toString(),
                       current.data(PlaceCompletionModel::FieldTextRole).toString());
                Q_EMIT pickedWithKeyboard();
            }
            return true;
        }
    }
    return QLineEdit::eventFilter(watched, event);
}

void PlaceLineEdit::onTextEdited(const QString &text)
{
    if (!m_code.isEmpty()) {
        m_code.clear();
        m_acceptedText.clear();
        Q_EMIT codeChanged(QString());
    }
    m_model->setQuery(text);
    showCompletions();
}

void PlaceLineEdit::showCompletions()
{
    if (m_model->rowCount() == 0) {
        hideCompletions();
        return;
    }
    m_completer->setCompletionPrefix(m_model->query());
    m_completer->complete(QRect(0, 0, std::max(width(), kPopupMinWidth), height()));
    // Highlight the best match so Return or Tab takes it.
    QAbstractItemModel *shown = m_completer->completionModel();
    if (shown->rowCount() > 0)
        m_completer->popup()->setCurrentIndex(shown->index(0, 0));
}

void PlaceLineEdit::accept(const QString &code, const QString &fieldText)
{
    hideCompletions();
    const bool changed = code != m_code;
    m_code = code;
    m_acceptedText = fieldText;
    setText(fieldText);
    setAccessibleDescription(fieldText);
    if (changed)
        Q_EMIT codeChanged(m_code);
}

} // namespace tripdesk
