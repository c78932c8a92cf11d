// tripdesk-cli: the scriptable command-line client. Links the backend alone (no Qt Gui).

#include "app/cli_commands.h"
#include "translations/translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Standard error carries one line per failure, which scripts read; the backend's log stays
    // quiet unless asked for (QT_LOGGING_RULES="tripdesk.*=true", which takes precedence).
    QLoggingCategory::setFilterRules(QStringLiteral("tripdesk.*=false"));
    QCoreApplication::setApplicationName(QStringLiteral("tripdesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    tripdesk::installTranslations(qEnvironmentVariable("TRIPDESK_LANG"));

    tripdesk::cli::Cli cli(QCoreApplication::arguments());
    if (const auto code = cli.start())
        return *code;
    // Searches run on the event loop; the command calls QCoreApplication::exit() when done.
    return QCoreApplication::exec();
}
