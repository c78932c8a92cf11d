// The desk application: parses the options, loads the translation, builds the backend and the
// main window, and shows the window before anything slow happens.

#include "backend/core/clock.h"
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

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TripDesk"));
    QApplication::setApplicationName(QStringLiteral("TripDesk"));
    QApplication::setApplicationVersion(QStringLiteral(TRIPDESK_VERSION));

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
    parser.addOptions({dataDir, currency, lang, screenshot, selfTest});
    parser.process(app);

    // The UI language: --lang, else the saved setting, else the system's.
    QSettings settings;
    QString language = parser.value(lang).trimmed().toLower();
    if (!language.isEmpty() && !availableLanguages().contains(language))
        return failStartup(
            app, QApplication::translate("main", "TripDesk speaks %1; “%2” is not one "
                                                 "of them.")
                     .arg(availableLanguages().join(QStringLiteral(", ")), parser.value(lang)));
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

    // TRIPDESK_NOW fixes the clock for demos and tests, as in the CLI.
    std::unique_ptr<Clock> clock;
    const QByteArray now = qgetenv("TRIPDESK_NOW");
    if (!now.isEmpty()) {
        QDateTime fixed = QDateTime::fromString(QString::fromLatin1(now), Qt::ISODate);
        if (!fixed.isValid())
            return failStartup(app,
                               QApplication::translate("main", "TRIPDESK_NOW “%1” is not an ISO "
                                                               "8601 time such as "
                                                               "2026-11-26T09:00:00Z.")
                                   .arg(QString::fromLatin1(now)));
        // No offset given means UTC, as in the CLI, not this machine's zone.
        if (fixed.timeSpec() == Qt::LocalTime)
            fixed.setTimeZone(QTimeZone::utc());
        clock = std::make_unique<FixedClock>(fixed.toUTC());
    } else {
        clock = std::make_unique<SystemClock>();
    }

    BackendOptions options;
    options.dataDir = parser.isSet(dataDir) ? parser.value(dataDir) : Backend::defaultDataDir();
    options.clock = clock.get();
    if (parser.isSet(currency)) {
        const QString code = parser.value(currency).trimmed().toUpper();
        if (!Money::isKnownCurrency(code))
            return failStartup(app, QApplication::translate("main",
                                                            "“%1” is not a currency code TripDesk "
                                                            "knows; use one such as USD, EUR or "
                                                            "INR.")
                                        .arg(parser.value(currency)));
        options.currency = code;
    }
    Result<std::unique_ptr<Backend>> created = Backend::create(options);
    if (!created)
        return failStartup(app, created.error().message);
    std::unique_ptr<Backend> backend = std::move(created).value();

    // Scripted runs ignore the saved window layout so their pictures are always the same.
    const bool scripted = parser.isSet(screenshot) || parser.isSet(selfTest);
    MainWindow window(*backend, scripted ? nullptr : &settings);
    window.show();
    // Show the window first; the rest can wait for the next turn of the event loop.
    QTimer::singleShot(0, &window, [&window] { window.loadDeferred(); });

    if (parser.isSet(selfTest)) {
        QTimer::singleShot(0, &app, [] {
            std::fprintf(stdout, "tripdesk: self-test passed\n");
            QCoreApplication::exit(0);
        });
        return QApplication::exec();
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
    return QApplication::exec();
}
