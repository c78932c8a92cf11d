// The desk application: parses the options, loads the translation, builds the backend and the
// main window, and shows the window before anything slow happens.

#include "app/app_environment.h"
#include "backend/core/clock.h"
#include "backend/core/error.h"
#include "backend/core/money.h"
#include "backend/service/backend.h"
#include "translations/translations.h"
#include "ui/main_window.h"
#include "ui/screenshot_script.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QMessageBox>
#include <QSettings>
#include <QStyleFactory>
#include <QTimeZone>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace tripdesk;

namespace {

void applyStyle(QApplication &app)
{
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);
    QFile qss(QStringLiteral(":/styles/desk.qss"));
    if (qss.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(qss.readAll()));
}

// Fails the start-up with a message box, without a nested event loop.
int failStartup(QApplication &app, const QString &message)
{
    std::fprintf(stderr, "tripdesk: %s\n", qPrintable(message));
    if (QGuiApplication::platformName() == QLatin1String("offscreen"))
        return 1;
    auto *box = new QMessageBox(QMessageBox::Critical, QApplication::translate("main", "TripDesk"),
                                message, QMessageBox::Close);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, &app, [] { QCoreApplication::exit(1); });
    box->show();
    QApplication::exec();
    return 1;
}

void setUpApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TripDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("TripDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRIPDESK_VERSION));
}

// --help and --version need no display: answer them before a QApplication looks for one.
bool asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "-?" || arg == "--help-all" ||
            arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

// Says once when the first widget has painted; the rest of that paint pass runs before the
// event loop comes round again.
class FirstPaintWatcher : public QObject
{
    Q_OBJECT
public:
    explicit FirstPaintWatcher(QCoreApplication *app)
        : QObject(app)
    {
        app->installEventFilter(this);
    }

Q_SIGNALS:
    void painted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            QCoreApplication::instance()->removeEventFilter(this);
            QTimer::singleShot(0, this, &FirstPaintWatcher::painted);
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> console;
    std::unique_ptr<QApplication> gui;
    if (asksForHelpOrVersion(argc, argv))
        console = std::make_unique<QCoreApplication>(argc, argv);
    else
        gui = std::make_unique<QApplication>(argc, argv);
    setUpApplication();
    if (console)
        installTranslations(QString());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "TripDesk: flight search for travel agents."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QApplication::translate("main", "Folder of the local store."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption currency(
        QStringLiteral("currency"),
        QApplication::translate("main", "Currency the sandbox quotes in (ISO 4217, e.g. INR)."),
        QStringLiteral("CUR"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QApplication::translate("main", "Interface language: hi or en."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Run a sample search, save the window as PNG and quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption selfTest(
        QStringLiteral("self-test"),
        QApplication::translate("main", "Build the backend and the window, then quit."));
    // For the start-up benchmark (scripts/bench_startup.sh): quit once the window has painted.
    QCommandLineOption firstPaint(QStringLiteral("quit-after-first-paint"));
    firstPaint.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({dataDir, currency, lang, screenshot, selfTest, firstPaint});
    if (console) {
        parser.process(*console); // prints the help or the version and exits
        return 0;
    }
    QApplication &app = *gui;
    parser.process(app);

    // TRIPDESK_NOW, TRIPDESK_LANG … are read as the CLI reads them; a bad value is reported once
    // the language is known.
    auto environment = readAppEnvironment();

    // The UI language: --lang, else TRIPDESK_LANG, else the saved setting, else the system's.
    // A --lang given twice says nothing about the language: the message that refuses it comes
    // in the one the desk would otherwise speak.
    QSettings settings;
    const QStringList langs = parser.values(lang);
    QString language = langs.size() == 1 ? langs.front().trimmed().toLower() : QString();
    if (!language.isEmpty() && !availableLanguages().contains(language))
        return failStartup(
            app, QApplication::translate("main", "TripDesk speaks %1; “%2” is not one "
                                                 "of them.")
                     .arg(availableLanguages().join(QStringLiteral(", ")), parser.value(lang)));
    if (language.isEmpty() && environment &&
        availableLanguages().contains(environment->language.toLower()))
        language = environment->language.toLower();
    if (language.isEmpty())
        language = settings.value(QStringLiteral("ui/language")).toString();
    if (language == QLatin1String("system"))
        language.clear();
    QLocale locale = installTranslations(language);
    // The C locale is no one's language: show English with its usual formats.
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(locale);
    applyStyle(app);

    if (!environment)
        return failStartup(app, environment.error().message);

    if (auto r = checkOptionValues(parser, {dataDir, currency, lang, screenshot}, dataDir); !r)
        return failStartup(app, r.error().message);
    BackendBuilder builder;
    if (auto r =
            configureBackend(builder, *environment, parser.value(dataDir), parser.value(currency));
        !r)
        return failStartup(app, r.error().message);
    // Scripted runs ignore the saved window layout so their pictures are always the same.
    const bool scripted = parser.isSet(screenshot) || parser.isSet(selfTest);
    // Declared before the window, so the window and its screens go first.
    std::unique_ptr<Backend> backend;
    MainWindow window(scripted ? nullptr : &settings);
    window.show();

    // The window paints first, saying it is preparing; the backend is built on the next turn of
    // the event loop, and the search screen takes the placeholder's place.
    auto *painted = new FirstPaintWatcher(&app);
    QObject::connect(painted, &FirstPaintWatcher::painted, &app, [&] {
        if (parser.isSet(firstPaint)) {
            QCoreApplication::exit(0);
            return;
        }
        Result<std::unique_ptr<Backend>> created = builder.build();
        if (!created) {
            const QString message = created.error().message;
            std::fprintf(stderr, "tripdesk: %s\n", qPrintable(message));
            window.showStartupFailure(message);
            if (QGuiApplication::platformName() == QLatin1String("offscreen")) {
                QCoreApplication::exit(1);
                return;
            }
            auto *box =
                new QMessageBox(QMessageBox::Critical, QApplication::translate("main", "TripDesk"),
                                message, QMessageBox::Close, &window);
            box->setAttribute(Qt::WA_DeleteOnClose);
            QObject::connect(box, &QMessageBox::finished, &app, [] { QCoreApplication::exit(1); });
            box->open();
            return;
        }
        backend = std::move(created).value();
        window.attach(backend->services());
        QTimer::singleShot(0, &window, [&window] { window.loadDeferred(); });

        if (parser.isSet(selfTest)) {
            QTimer::singleShot(0, &app, [] {
                std::fprintf(stdout, "tripdesk: self-test passed\n");
                QCoreApplication::exit(0);
            });
            return;
        }
        if (parser.isSet(screenshot)) {
            window.resize(1480, 900);
            auto *script = new ScreenshotScript(&window, parser.value(screenshot), &window);
            QObject::connect(script, &ScreenshotScript::done, &app,
                             [](bool ok, const QString &message) {
                                 if (!ok)
                                     std::fprintf(stderr, "tripdesk: %s\n", qPrintable(message));
                                 QCoreApplication::exit(ok ? 0 : 1);
                             });
            QTimer::singleShot(0, script, &ScreenshotScript::start);
        }
    });
    return QApplication::exec();
}

#include "gui_main.moc"
