#include "app/cli_commands.h"

#include "app/app_environment.h"
#include "backend/core/typed_date.h"
#include "backend/service/backend.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace tripdesk::cli {

namespace {

QString topLevelHelp()
{
    return QCoreApplication::translate(
        "Cli",
        "Usage: tripdesk-cli COMMAND [options]\n"
        "\n"
        "Search flights and look up airports from the command line.\n"
        "\n"
        "Commands:\n"
        "  airports QUERY      find airports and cities by code, name, city or country\n"
        "  flights search      search flights (one-way, round trip or multi-city)\n"
        "  suppliers           list, add, enable, disable or remove supplier accounts\n"
        "\n"
        "Every command takes --data-dir DIR (the folder of the local store), --json for\n"
        "machine-readable output and --help.\n"
        "\n"
        "Exit status: 0 on success, 1 when something failed at run time, 2 for a usage or\n"
        "validation error. Errors are one line on standard error.\n"
        "\n"
        "Environment:\n"
        "  TRIPDESK_LANG=hi                    the language of messages (default: the system's)\n"
        "  TRIPDESK_NOW=2026-11-26T09:00:00Z   a fixed current time, for reproducible tests\n"
        "  TRIPDESK_DATA_DIR=DIR               the data folder when --data-dir is not given\n"
        "  TRIPDESK_CURRENCY=INR               the sandbox's currency when --currency is not "
        "given\n"
        "  TRIPDESK_SANDBOX=off                leave the built-in sandbox supplier out\n"
        "  TRIPDESK_<SUPPLIER>_URL, _KEY       a network supplier's base URL and key (none yet)\n"
        "  QT_LOGGING_RULES=\"tripdesk.*=true\"  diagnostics on standard error\n"
        "\n"
        "Examples:\n"
        "  tripdesk-cli airports mumb\n"
        "  tripdesk-cli flights search --from DEL --to BOM --date 2026-12-24 --sort price\n");
}

QString flightsHelp()
{
    return QCoreApplication::translate("Cli",
                                       "Usage: tripdesk-cli flights SUBCOMMAND [options]\n"
                                       "\n"
                                       "Subcommands:\n"
                                       "  search   search flights; see “tripdesk-cli flights "
                                       "search --help”\n"
                                       "  price    check an offer's price now; see “tripdesk-cli "
                                       "flights price --help”\n");
}

} // namespace

void printOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void printError(const QString &message)
{
    // One line, whatever the message held, so scripts can read it with a single `read`.
    const QByteArray bytes = (u"tripdesk-cli: "_s + message.simplified() + u'\n').toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

int usageError(const QString &message)
{
    printError(message);
    return ExitUsage;
}

int exitCodeFor(const Error &error)
{
    switch (error.kind) {
    case Error::Kind::InvalidInput:
    case Error::Kind::NotFound:
        return ExitUsage;
    default:
        return ExitFailure;
    }
}

QCommandLineOption dataDirOption()
{
    return QCommandLineOption(
        u"data-dir"_s,
        QCoreApplication::translate("Cli", "Folder of the local store (default: %1).")
            .arg(QDir::toNativeSeparators(Backend::defaultDataDir())),
        QCoreApplication::translate("Cli", "DIR"));
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(u"json"_s,
                              QCoreApplication::translate("Cli", "Print JSON instead of a table."));
}

QCommandLineOption helpOption()
{
    return QCommandLineOption({u"h"_s, u"help"_s},
                              QCoreApplication::translate("Cli", "Show this help and exit."));
}

std::optional<int> parseCount(const QString &option, const QString &text, int min,
                              std::optional<int> max)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok) {
        printError(QCoreApplication::translate("Cli", "--%1 expects a whole number, not “%2”.")
                       .arg(option, quotedInput(text)));
        return std::nullopt;
    }
    if (!max && value < min) {
        printError(QCoreApplication::translate("Cli", "--%1 must be %2 or more, not %3.")
                       .arg(option)
                       .arg(min)
                       .arg(value));
        return std::nullopt;
    }
    if (max && (value < min || value > *max)) {
        printError(QCoreApplication::translate("Cli", "--%1 must be between %2 and %3, not %4.")
                       .arg(option)
                       .arg(min)
                       .arg(*max)
                       .arg(value));
        return std::nullopt;
    }
    return value;
}

std::optional<int> checkOptionValues(const QCommandLineParser &parser,
                                     const QList<QCommandLineOption> &singleValued,
                                     const QCommandLineOption &dataDir)
{
    if (auto r = tripdesk::checkOptionValues(parser, singleValued, dataDir); !r)
        return usageError(r.error().message);
    return std::nullopt;
}

std::optional<QDate> parseDate(const QString &text, QDate today)
{
    const Result<QDate> date = parseTypedDate(text, today);
    if (!date) {
        printError(date.error().message);
        return std::nullopt;
    }
    return *date;
}

Cli::Cli(QStringList arguments)
    : m_arguments(std::move(arguments))
{}

Cli::~Cli() = default;

const Services *Cli::services(const QString &dataDir, const QString &currency, int &exitCode)
{
    if (m_backend)
        return &m_backend->services();
    auto environment = readAppEnvironment();
    if (!environment) {
        printError(environment.error().message);
        exitCode = exitCodeFor(environment.error());
        return nullptr;
    }
    BackendBuilder builder;
    if (auto configured = configureBackend(builder, *environment, dataDir, currency); !configured) {
        printError(configured.error().message);
        exitCode = exitCodeFor(configured.error());
        return nullptr;
    }
    m_clock = std::move(environment->clock);
    auto created = builder.build();
    if (!created) {
        printError(created.error().message);
        exitCode = exitCodeFor(created.error());
        return nullptr;
    }
    m_backend = std::move(created).value();
    return &m_backend->services();
}

std::optional<int> Cli::start()
{
    // "--data-dir DIR" may also come before the command, as with git's -C; it is moved behind
    // the command, whose parser reads it like any other option.
    QStringList args = m_arguments.mid(1);
    QStringList global;
    while (!args.isEmpty() && args.first().startsWith(u"--data-dir"_s)) {
        global << args.takeFirst();
        if (global.last() == u"--data-dir" && !args.isEmpty())
            global << args.takeFirst();
    }
    if (args.isEmpty()) {
        return usageError(
            QCoreApplication::translate("Cli", "no command given; see “tripdesk-cli --help”."));
    }
    const QString command = args.first();
    if (command == u"--help" || command == u"-h" || command == u"help") {
        printOut(topLevelHelp());
        return ExitOk;
    }
    if (command == u"--version") {
        printOut(u"tripdesk-cli "_s + QCoreApplication::applicationVersion() + u'\n');
        return ExitOk;
    }
    if (command == u"airports")
        return runAirports(*this, args + global);
    if (command == u"flights")
        return startFlights(args + global);
    if (command == u"suppliers")
        return runSuppliers(*this, args + global);
    return usageError(
        QCoreApplication::translate("Cli", "unknown command “%1”; see “tripdesk-cli --help”.")
            .arg(command));
}

std::optional<int> Cli::startFlights(const QStringList &arguments)
{
    // arguments: "flights" [subcommand] [options…]
    const QString sub = arguments.value(1);
    const bool isHelp = sub == u"--help" || sub == u"-h" || sub == u"help";
    if (sub.isEmpty() || (sub.startsWith(u'-') && !isHelp)) {
        return usageError(QCoreApplication::translate(
            "Cli", "“flights” needs a subcommand; see “tripdesk-cli flights --help”."));
    }
    if (isHelp) {
        printOut(flightsHelp());
        return ExitOk;
    }
    if (sub == u"search")
        return runFlightsSearch(*this, arguments.mid(1));
    if (sub == u"price")
        return runFlightsPrice(*this, arguments.mid(1));
    return usageError(QCoreApplication::translate(
                          "Cli", "unknown command “flights %1”; see “tripdesk-cli flights --help”.")
                          .arg(sub));
}

} // namespace tripdesk::cli
