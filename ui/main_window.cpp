#include "ui/main_window.h"

#include "backend/service/flight_search_service.h"
#include "ui/flight_results_model.h"
#include "ui/flight_search_form.h"
#include "ui/flight_search_screen.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>

#include <algorithm>

namespace tripdesk {

namespace {

const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kSplitterKey = QStringLiteral("window/resultsSplitter");
const QString kLanguageKey = QStringLiteral("ui/language");

// Window-modal and non-blocking: no nested event loop.
void openMessage(QWidget *parent, const QString &title, const QString &text, Qt::TextFormat format)
{
    auto *box = new QMessageBox(QMessageBox::Information, title, text, QMessageBox::Close, parent);
    box->setTextFormat(format);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace

MainWindow::MainWindow(QSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_placeholder(new QLabel(this))
    , m_status(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_busy(new QProgressBar(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("TripDesk — Flights"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/tripdesk.svg")));
    m_placeholder->setObjectName(QStringLiteral("preparing"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setText(tr("Preparing flight search…"));
    setCentralWidget(m_placeholder);

    m_status->setObjectName(QStringLiteral("supplierStatus"));
    // A description, not a name: a label's accessible name would replace the text it shows, and
    // a screen reader would read "Supplier status" instead of the status itself.
    m_status->setAccessibleDescription(tr("Supplier status"));
    m_status->setText(tr("Preparing…"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setMaximumHeight(12);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Working"));
    m_warning->setObjectName(QStringLiteral("supplierWarning"));
    m_warning->setAccessibleDescription(tr("Supplier warning"));
    m_warning->setWordWrap(false);
    m_warning->hide();
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_warning);
    statusBar()->addPermanentWidget(m_busy);

    createActions();
    if (m_settings)
        restoreGeometry(m_settings->value(kGeometryKey).toByteArray());
    fitToScreen(!m_settings || !m_settings->contains(kGeometryKey));
}

MainWindow::MainWindow(const Services &services, QSettings *settings, QWidget *parent)
    : MainWindow(settings, parent)
{
    attach(services);
}

void MainWindow::attach(const Services &services)
{
    if (m_screen)
        return;
    m_services.emplace(services);
    m_screen =
        new FlightSearchScreen(services.flights, services.places, services.recentSearches, this);
    // The placeholder goes; the screen takes its place with its splitter as it was left.
    setCentralWidget(m_screen);
    m_placeholder = nullptr;
    if (m_settings)
        m_screen->splitter()->restoreState(m_settings->value(kSplitterKey).toByteArray());

    connect(m_screen, &FlightSearchScreen::statusChanged, m_status, &QLabel::setText);
    connect(m_screen, &FlightSearchScreen::searchStarted, m_busy, &QWidget::show);
    connect(m_screen, &FlightSearchScreen::searchFinished, m_busy, &QWidget::hide);
    connect(m_screen->resultsModel(), &FlightResultsModel::sortOrderChanged, this,
            [this](SortOrder order) {
                const QList<QAction *> actions = m_sortGroup->actions();
                if (int(order) < actions.size())
                    actions[int(order)]->setChecked(true);
            });
    for (QAction *action : std::as_const(m_screenActions))
        action->setEnabled(true);
    m_busy->setAccessibleName(tr("Searching"));
    m_busy->hide();
    m_status->setText(tr("Ready"));
    // A standing problem (the sandbox cannot sell) stays in view, in words, not only in colour.
    const QStringList warnings = services.flights.supplierWarnings();
    if (!warnings.isEmpty()) {
        const QString text = tr("⚠ %1").arg(warnings.join(QStringLiteral(" · ")));
        // Elided so a long path cannot widen the window; the whole line is its tooltip and what
        // a screen reader reads, and the CLI prints it whole.
        // The start of the line says what is wrong; the end (the file and what to do) may be cut
        // to half the window.
        const int room = std::max(360, width() / 2);
        m_warning->setText(m_warning->fontMetrics().elidedText(text, Qt::ElideRight, room));
        m_warning->setToolTip(text);
        m_warning->setAccessibleName(text);
        m_warning->show();
    }
    // The screen is new to a window already on screen: show it and its children.
    m_screen->show();
}

void MainWindow::showStartupFailure(const QString &message)
{
    m_busy->hide();
    m_status->setText(message);
    if (m_placeholder)
        m_placeholder->setText(message);
}

void MainWindow::fitToScreen(bool useDefaultSize)
{
    // The available area (without panels and docks) of the screen the window opens on: a saved
    // geometry from a bigger monitor, or the default size, must never put Search, the dates or
    // the details off screen.
    const QScreen *where = screen() ? screen() : QGuiApplication::primaryScreen();
    if (!where)
        return;
    const QRect available = where->availableGeometry();
    // Before the window manager has framed the window its frame is unknown: allow for a title
    // bar and borders, so the framed window still fits.
    QSize frame = frameGeometry().size() - geometry().size();
    if (frame.isEmpty()) {
        const int border = style()->pixelMetric(QStyle::PM_MdiSubWindowFrameWidth, nullptr, this);
        frame = QSize(2 * border,
                      style()->pixelMetric(QStyle::PM_TitleBarHeight, nullptr, this) + 2 * border);
    }
    const QSize room = available.size() - frame;
    QSize wanted = useDefaultSize ? QSize(1440, 900) : size();
    wanted = wanted.boundedTo(room).expandedTo(minimumSizeHint().boundedTo(room));
    resize(wanted);
    QRect placed = frameGeometry();
    if (!available.contains(placed)) {
        placed.moveLeft(
            qBound(available.left(), placed.left(), available.right() - placed.width() + 1));
        placed.moveTop(
            qBound(available.top(), placed.top(), available.bottom() - placed.height() + 1));
        move(placed.topLeft());
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::loadDeferred()
{
    if (!m_screen)
        return;
    m_screen->reloadRecentSearches();
    m_screen->form()->focusOrigin();
    // Start building the sandbox schedule now, so the first search does not wait for it.
    m_services->flights.prepare();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_settings) {
        m_settings->setValue(kGeometryKey, saveGeometry());
        if (m_screen)
            m_settings->setValue(kSplitterKey, m_screen->splitter()->saveState());
    }
    QMainWindow::closeEvent(event);
}

QAction *MainWindow::screenAction(QMenu *menu, const QString &text, std::function<void()> run,
                                  const QIcon &icon)
{
    QAction *action = menu->addAction(icon, text);
    connect(action, &QAction::triggered, this, [this, run = std::move(run)] {
        if (m_screen)
            run();
    });
    action->setEnabled(m_screen != nullptr);
    m_screenActions << action;
    return action;
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newSearch =
        screenAction(file, tr("&New search"), [this] { m_screen->form()->newSearch(); });
    newSearch->setShortcut(QKeySequence::New);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *search = menuBar()->addMenu(tr("&Search"));
    QAction *run = screenAction(
        search, tr("&Search flights"), [this] { m_screen->search(); },
        QIcon(QStringLiteral(":/icons/search.svg")));
    run->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    QAction *focusFrom =
        screenAction(search, tr("Go to &From"), [this] { m_screen->form()->focusOrigin(); });
    focusFrom->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction *swap = screenAction(
        search, tr("S&wap from and to"), [this] { m_screen->form()->swapFirstSlice(); },
        QIcon(QStringLiteral(":/icons/swap.svg")));
    swap->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    search->addSeparator();

    QMenu *sort = search->addMenu(tr("S&ort results"));
    m_sortGroup = new QActionGroup(this);
    const struct {
        SortOrder order;
        QString text;
        Qt::Key key;
    } sorts[] = {
        {SortOrder::Best, tr("&Best"), Qt::Key_1},
        {SortOrder::Price, tr("&Cheapest"), Qt::Key_2},
        {SortOrder::Duration, tr("&Fastest"), Qt::Key_3},
        {SortOrder::Departure, tr("&Earliest departure"), Qt::Key_4},
    };
    for (const auto &s : sorts) {
        const SortOrder order = s.order;
        QAction *action =
            screenAction(sort, s.text, [this, order] { m_screen->setSortOrder(order); });
        action->setCheckable(true);
        action->setChecked(s.order == SortOrder::Best);
        action->setShortcut(QKeySequence(Qt::CTRL | s.key));
        m_sortGroup->addAction(action);
    }
    QAction *clear =
        screenAction(search, tr("C&lear filters"), [this] { m_screen->clearFilters(); });
    clear->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    QAction *details =
        screenAction(search, tr("Show &details"), [this] { m_screen->focusDetails(); });
    details->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *next = screenAction(view, tr("&Next pane"), [this] { m_screen->focusNextPane(); });
    next->setShortcut(QKeySequence(Qt::Key_F6));
    QAction *previous =
        screenAction(view, tr("&Previous pane"), [this] { m_screen->focusPreviousPane(); });
    previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    view->addSeparator();
    QMenu *language = view->addMenu(tr("&Language"));
    auto *languageGroup = new QActionGroup(this);
    const QString current =
        m_settings ? m_settings->value(kLanguageKey, QStringLiteral("system")).toString()
                   : QStringLiteral("system");
    const struct {
        QString code;
        QString name;
    } languages[] = {
        {QStringLiteral("system"), tr("System language")},
        // Each language is named in itself, so a user can find their own.
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("hi"), QStringLiteral("हिन्दी")},
    };
    for (const auto &l : languages) {
        QAction *action = language->addAction(l.name);
        action->setCheckable(true);
        action->setChecked(l.code == current);
        languageGroup->addAction(action);
        const QString code = l.code;
        connect(action, &QAction::triggered, this, [this, code] { setLanguage(code); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    keys->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About TripDesk"), this, &MainWindow::showAbout);

    // Shortcuts work wherever focus is in the window, menus closed or not.
    for (QAction *action : findChildren<QAction *>())
        action->setShortcutContext(Qt::WindowShortcut);
}

void MainWindow::showShortcuts()
{
    const struct {
        QString keys;
        QString what;
    } rows[] = {
        {tr("Return, Ctrl+Return"), tr("Search")},
        {tr("Ctrl+L"), tr("Go to the From field")},
        {tr("Ctrl+Shift+S"), tr("Swap from and to")},
        {tr("Alt+underlined letter"), tr("Go to that field")},
        {tr("Down, Return, Tab"), tr("Open, pick from and leave the airport list")},
        {tr("Up, Down, Page Up, Page Down"), tr("In a date: a day or a month later or earlier")},
        {tr("F4, Alt+Down"), tr("In a date: open the calendar")},
        {tr("Ctrl+1 … Ctrl+4"), tr("Sort by best, cheapest, fastest, earliest")},
        {tr("Ctrl+Shift+F"), tr("Clear filters")},
        {tr("F6, Shift+F6"), tr("Next or previous pane: form, filters, results, details")},
        {tr("Arrows, Return"), tr("Move through the results; open the details")},
        {tr("Ctrl+D"), tr("Go to the details")},
        {tr("Ctrl+N"), tr("New search")},
        {tr("Ctrl+Q"), tr("Quit")},
    };
    QString html = QStringLiteral("<table cellspacing=\"4\">");
    for (const auto &row : rows)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(row.keys.toHtmlEscaped(), row.what.toHtmlEscaped());
    html += QStringLiteral("</table>");
    openMessage(this, tr("Keyboard shortcuts"), html, Qt::RichText);
}

void MainWindow::showAbout()
{
    openMessage(this, tr("About TripDesk"),
                tr("TripDesk %1 searches flights across suppliers, from the keyboard or the "
                   "command line. Airport data: OpenFlights (Open Database License).")
                    .arg(QApplication::applicationVersion()),
                Qt::PlainText);
}

void MainWindow::setLanguage(const QString &code)
{
    if (m_settings)
        m_settings->setValue(kLanguageKey, code);
    openMessage(this, tr("Language"),
                tr("TripDesk will use the new language the next time it starts."), Qt::PlainText);
}

} // namespace tripdesk
