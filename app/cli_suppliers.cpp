// tripdesk-cli suppliers list|add|enable|disable|remove: the agency's supplier accounts. Their
// secrets come from standard input or the environment only: an option's value is seen by every
// user of the machine (ps) and kept in the shell's history.

#include "app/cli_commands.h"
#include "app/cli_terminal.h"

#include "backend/service/supplier_account_service.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace tripdesk::cli {

namespace {

// The variables a secret may come from; read once, then dropped from the process environment
// so that no child process inherits it and the backend does not mistake it for an endpoint.
const char *const kDuffelTokenVariable = "TRIPDESK_DUFFEL_TOKEN";
const char *const kSabreSecretVariable = "TRIPDESK_SABRE_SECRET";

QString suppliersHelp()
{
    return QCoreApplication::translate(
        "Cli",
        "Usage: tripdesk-cli suppliers SUBCOMMAND [options]\n"
        "\n"
        "The agency’s own accounts at Duffel and Sabre. Names, hosts and Sabre’s user, PCC and\n"
        "domain are kept in the local store; the token or password only in the system keychain.\n"
        "\n"
        "Subcommands:\n"
        "  list                  list the accounts (--json for scripts)\n"
        "  add                   add an account; its secret is read from standard input or\n"
        "                        from TRIPDESK_DUFFEL_TOKEN / TRIPDESK_SABRE_SECRET\n"
        "  enable ACCOUNT        use the account (by name or id) in searches\n"
        "  disable ACCOUNT       keep the account but leave it out of searches\n"
        "  remove ACCOUNT        delete the account and its secret\n"
        "\n"
        "Examples:\n"
        "  tripdesk-cli suppliers add --name \"Duffel test\" --supplier duffel < token.txt\n"
        "  TRIPDESK_SABRE_SECRET=… tripdesk-cli suppliers add --name \"Sabre cert\" \\\n"
        "      --supplier sabre --preset test --user 123456 --group AB12 --domain AA\n");
}

QString seeHelp(const QString &sub)
{
    return QCoreApplication::translate("Cli", "see “tripdesk-cli suppliers %1 --help”.").arg(sub);
}

QString parseFailure(const QCommandLineParser &parser, const QString &sub)
{
    return parser.errorText() + u' ' + seeHelp(sub);
}

QJsonObject accountToJson(const SupplierAccount &account)
{
    QJsonObject json{
        {u"id"_s, account.id},
        {u"name"_s, account.name},
        {u"supplier"_s, supplierKindId(account.kind)},
        {u"url"_s, account.baseUrl},
        {u"enabled"_s, account.enabled},
        {u"created_at"_s, account.createdAt.toUTC().toString(Qt::ISODate)},
    };
    if (account.kind == SupplierKind::Sabre) {
        json.insert(u"user"_s, account.user);
        json.insert(u"group"_s, account.group);
        json.insert(u"domain"_s, account.domain);
    }
    return json;
}

QString stateText(bool enabled)
{
    return enabled ? QCoreApplication::translate("Cli", "enabled")
                   : QCoreApplication::translate("Cli", "disabled");
}

QString accountsTable(const std::vector<SupplierAccount> &accounts)
{
    qsizetype nameWidth = 0;
    qsizetype urlWidth = 0;
    qsizetype stateWidth = std::max(stateText(true).size(), stateText(false).size());
    for (const SupplierAccount &a : accounts) {
        nameWidth = std::max(nameWidth, a.name.size());
        urlWidth = std::max(urlWidth, a.baseUrl.size());
    }
    QString out;
    for (const SupplierAccount &a : accounts) {
        QString line = a.name.leftJustified(nameWidth + 2) +
                       supplierKindId(a.kind).leftJustified(8) +
                       stateText(a.enabled).leftJustified(stateWidth + 2) +
                       a.baseUrl.leftJustified(urlWidth + 2);
        if (a.kind == SupplierKind::Sabre) {
            line += QCoreApplication::translate("Cli", "user %1, PCC %2, domain %3")
                        .arg(a.user, a.group, a.domain);
        }
        out += line.trimmed() + u'\n';
    }
    return out;
}

// Prints `error` and returns its exit code.
int fail(const Error &error)
{
    printError(error.message);
    return exitCodeFor(error);
}

// Parses "suppliers SUB [options]" with `options` plus --data-dir and --help; prints the help
// or the error and returns the exit code instead when that is all there is to do.
std::optional<int> parseCommon(QCommandLineParser &parser, const QStringList &arguments,
                               const QString &sub, const QString &usage,
                               QList<QCommandLineOption> options)
{
    const QCommandLineOption help = helpOption();
    const QCommandLineOption dataDir = dataDirOption();
    parser.addOptions(options + QList<QCommandLineOption>{help, dataDir});
    if (!parser.parse(QStringList{u"tripdesk-cli"_s} + arguments.mid(1)))
        return usageError(parseFailure(parser, sub));
    if (parser.isSet(help)) {
        printOut(usage + u"\n\n"_s + parser.helpText().section(u'\n', 1));
        return ExitOk;
    }
    options.append(dataDir);
    if (auto bad = checkOptionValues(parser, options, dataDir))
        return *bad;
    return std::nullopt;
}

std::optional<int> runList(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json = jsonOption();
    if (auto done = parseCommon(
            parser, arguments, u"list"_s,
            QCoreApplication::translate("Cli", "Usage: tripdesk-cli suppliers list [--json]"),
            {json}))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return usageError(QCoreApplication::translate("Cli", "“suppliers list” takes no "
                                                             "arguments; %1")
                              .arg(seeHelp(u"list"_s)));
    int failure = ExitFailure;
    const Services *services = cli.services(parser.value(u"data-dir"_s), {}, failure);
    if (!services)
        return failure;
    auto accounts = services->supplierAccounts.list();
    if (!accounts)
        return fail(accounts.error());
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const SupplierAccount &account : *accounts)
            array.append(accountToJson(account));
        printOut(QString::fromUtf8(
            QJsonDocument(QJsonObject{{u"accounts"_s, array}}).toJson(QJsonDocument::Indented)));
        return ExitOk;
    }
    if (accounts->empty()) {
        printOut(QCoreApplication::translate("Cli", "No supplier accounts yet; add one with "
                                                    "“tripdesk-cli suppliers add”.") +
                 u'\n');
        return ExitOk;
    }
    printOut(accountsTable(*accounts));
    return ExitOk;
}

// A secret given as an option is refused before anything else is read, naming where it may
// come from instead. Its value is never quoted back.
std::optional<int> refuseSecretOptions(const QStringList &arguments)
{
    static const QStringList refused{u"token"_s, u"secret"_s, u"password"_s, u"key"_s};
    for (const QString &argument : arguments) {
        if (!argument.startsWith(u"--"_s))
            continue;
        const QString name = argument.mid(2).section(u'=', 0, 0);
        if (refused.contains(name)) {
            return usageError(
                QCoreApplication::translate(
                    "Cli", "--%1 is refused: a secret on the command line is seen by other "
                           "users of this computer and kept in the shell’s history. Give it on "
                           "standard input or in %2 (Duffel) or %3 (Sabre).")
                    .arg(name, QString::fromLatin1(kDuffelTokenVariable),
                         QString::fromLatin1(kSabreSecretVariable)));
        }
    }
    return std::nullopt;
}

// The secret from the environment; both variables are dropped from it either way.
QString takeSecretFromEnvironment(SupplierKind kind)
{
    const char *variable =
        kind == SupplierKind::Duffel ? kDuffelTokenVariable : kSabreSecretVariable;
    QString secret = qEnvironmentVariable(variable);
    qunsetenv(kDuffelTokenVariable);
    qunsetenv(kSabreSecretVariable);
    while (secret.endsWith(u'\n') || secret.endsWith(u'\r'))
        secret.chop(1);
    return secret;
}

std::optional<int> runAdd(Cli &cli, const QStringList &arguments)
{
    if (auto refused = refuseSecretOptions(arguments))
        return *refused;
    // Descriptions marked for translation here, translated when the option is made.
    const auto opt = [](const QString &name, const char *description, const QString &value) {
        return QCommandLineOption(name, QCoreApplication::translate("Cli", description), value);
    };
    const QCommandLineOption name =
        opt(u"name"_s, QT_TRANSLATE_NOOP("Cli", "A name for the account, unique."), u"NAME"_s);
    const QCommandLineOption supplier = opt(
        u"supplier"_s, QT_TRANSLATE_NOOP("Cli", "The supplier: duffel or sabre."), u"SUPPLIER"_s);
    const QCommandLineOption url =
        opt(u"url"_s, QT_TRANSLATE_NOOP("Cli", "The base URL of its API."), u"URL"_s);
    const QCommandLineOption preset =
        opt(u"preset"_s,
            QT_TRANSLATE_NOOP("Cli", "The vendor’s own host instead of --url: test or production."),
            u"HOST"_s);
    const QCommandLineOption user =
        opt(u"user"_s, QT_TRANSLATE_NOOP("Cli", "Sabre: the EPR user ID."), u"USER"_s);
    const QCommandLineOption group =
        opt(u"group"_s, QT_TRANSLATE_NOOP("Cli", "Sabre: the pseudo city code (PCC)."), u"PCC"_s);
    const QCommandLineOption domain =
        opt(u"domain"_s, QT_TRANSLATE_NOOP("Cli", "Sabre: the domain, e.g. AA."), u"DOMAIN"_s);
    const QCommandLineOption disabled(
        u"disabled"_s,
        QCoreApplication::translate("Cli", "Add it switched off, to enable it later."));
    const QCommandLineOption json = jsonOption();
    QCommandLineParser parser;
    if (auto done = parseCommon(
            parser, arguments, u"add"_s,
            QCoreApplication::translate(
                "Cli", "Usage: tripdesk-cli suppliers add --name NAME --supplier duffel|sabre "
                       "[--url URL | --preset test|production] [--user USER --group PCC "
                       "--domain DOMAIN] < secret\n\nThe secret (Duffel’s access token, Sabre’s "
                       "password) is read from TRIPDESK_DUFFEL_TOKEN or TRIPDESK_SABRE_SECRET "
                       "when set, otherwise from standard input; never from an option."),
            {name, supplier, url, preset, user, group, domain, disabled, json}))
        return *done;
    if (!parser.positionalArguments().isEmpty()) {
        // Not quoted back: a word left over may well be a secret typed in the wrong place.
        return usageError(QCoreApplication::translate(
                              "Cli", "“suppliers add” takes only options; the secret goes on "
                                     "standard input. %1")
                              .arg(seeHelp(u"add"_s)));
    }

    SupplierAccountInput input;
    input.name = parser.value(name);
    input.supplier = parser.value(supplier);
    input.user = parser.value(user);
    input.group = parser.value(group);
    input.domain = parser.value(domain);
    input.enabled = !parser.isSet(disabled);
    const auto kind = supplierKindFromId(input.supplier);
    if (!parser.isSet(supplier) || !kind) {
        return usageError(
            parser.isSet(supplier)
                ? QCoreApplication::translate("Cli", "--supplier “%1” is unknown; choose duffel "
                                                     "or sabre.")
                      .arg(quotedInput(input.supplier))
                : QCoreApplication::translate("Cli", "say which supplier with --supplier duffel "
                                                     "or --supplier sabre."));
    }
    if (parser.isSet(url) && parser.isSet(preset)) {
        return usageError(QCoreApplication::translate("Cli", "give --url or --preset, not both."));
    }
    if (parser.isSet(preset)) {
        const auto host = supplierPresetUrl(*kind, parser.value(preset));
        if (!host) {
            return usageError(QCoreApplication::translate(
                                  "Cli", "--preset “%1” is unknown; choose test or production.")
                                  .arg(quotedInput(parser.value(preset))));
        }
        input.baseUrl = *host;
    } else if (parser.isSet(url)) {
        input.baseUrl = parser.value(url);
    } else if (*kind == SupplierKind::Duffel) {
        input.baseUrl = *supplierPresetUrl(*kind, u"production"_s); // Duffel has one host
    } else {
        return usageError(QCoreApplication::translate(
            "Cli", "say which Sabre host with --preset test (certification), --preset "
                   "production or --url URL."));
    }

    input.secret = takeSecretFromEnvironment(*kind);
    int failure = ExitFailure;
    const Services *services = cli.services(parser.value(u"data-dir"_s), {}, failure);
    if (!services)
        return failure;
    // Everything else is checked before anyone is asked to type a secret.
    if (auto checked = services->supplierAccounts.checkBeforeSecret(input); !checked)
        return fail(checked.error());
    if (input.secret.isEmpty()) {
        input.secret =
            readSecretFromStdin(*kind == SupplierKind::Duffel
                                    ? QCoreApplication::translate("Cli", "Duffel access token: ")
                                    : QCoreApplication::translate("Cli", "Sabre password: "));
    }
    if (input.secret.isEmpty()) {
        return usageError(
            *kind == SupplierKind::Duffel
                ? QCoreApplication::translate("Cli", "no access token given; pipe it on standard "
                                                     "input or set TRIPDESK_DUFFEL_TOKEN.")
                : QCoreApplication::translate("Cli", "no password given; pipe it on standard "
                                                     "input or set TRIPDESK_SABRE_SECRET."));
    }

    auto started = services->supplierAccounts.add(input, cli.jobs());
    input.secret.fill(u'\0'); // the keychain has its own copy now
    if (!started)
        return fail(started.error());
    SupplierAccountReply *reply = *started;
    const bool asJson = parser.isSet(json);
    QObject::connect(reply, &Reply::finished, reply, [reply, asJson] {
        reply->deleteLater();
        if (reply->hasError()) {
            QCoreApplication::exit(fail(reply->error()));
            return;
        }
        const SupplierAccount &account = reply->value();
        if (asJson) {
            printOut(QString::fromUtf8(
                QJsonDocument(accountToJson(account)).toJson(QJsonDocument::Indented)));
        } else {
            printOut(QCoreApplication::translate("Cli", "Added “%1” (%2, %3); its secret is in "
                                                        "the system keychain.")
                         .arg(account.name, supplierKindId(account.kind), account.baseUrl) +
                     u'\n');
        }
        QCoreApplication::exit(ExitOk);
    });
    return std::nullopt;
}

// enable, disable, remove: one ACCOUNT, by name or id.
std::optional<int> runOnAccount(Cli &cli, const QStringList &arguments, const QString &sub)
{
    QCommandLineParser parser;
    if (auto done = parseCommon(
            parser, arguments, sub,
            QCoreApplication::translate("Cli", "Usage: tripdesk-cli suppliers %1 ACCOUNT (its "
                                               "name or id)")
                .arg(sub),
            {}))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return usageError(
            QCoreApplication::translate("Cli", "“suppliers %1” needs one account, by name or "
                                               "id (quote a name with spaces); %2")
                .arg(sub, seeHelp(sub)));
    }
    int failure = ExitFailure;
    const Services *services = cli.services(parser.value(u"data-dir"_s), {}, failure);
    if (!services)
        return failure;
    SupplierAccountService &accounts = services->supplierAccounts;
    if (sub != u"remove") {
        const bool enable = sub == u"enable";
        auto changed = accounts.setEnabled(positional.constFirst(), enable);
        if (!changed)
            return fail(changed.error());
        printOut((enable ? QCoreApplication::translate("Cli", "“%1” is enabled.")
                         : QCoreApplication::translate("Cli", "“%1” is disabled."))
                     .arg(changed->name) +
                 u'\n');
        return ExitOk;
    }
    auto started = accounts.remove(positional.constFirst(), cli.jobs());
    if (!started)
        return fail(started.error());
    DoneReply *reply = *started;
    const QString named = positional.constFirst();
    QObject::connect(reply, &Reply::finished, reply, [reply, named] {
        reply->deleteLater();
        if (reply->hasError()) {
            QCoreApplication::exit(fail(reply->error()));
            return;
        }
        printOut(QCoreApplication::translate("Cli", "Removed “%1” and its secret.")
                     .arg(quotedInput(named)) +
                 u'\n');
        QCoreApplication::exit(ExitOk);
    });
    return std::nullopt;
}

} // namespace

std::optional<int> runSuppliers(Cli &cli, const QStringList &arguments)
{
    // arguments: "suppliers" [subcommand] [options…]
    const QString sub = arguments.value(1);
    const bool isHelp = sub == u"--help" || sub == u"-h" || sub == u"help";
    if (isHelp) {
        printOut(suppliersHelp());
        return ExitOk;
    }
    if (sub.isEmpty() || sub.startsWith(u'-')) {
        return usageError(QCoreApplication::translate(
            "Cli", "“suppliers” needs a subcommand; see “tripdesk-cli suppliers --help”."));
    }
    const QStringList rest = arguments.mid(1);
    if (sub == u"list")
        return runList(cli, rest);
    if (sub == u"add")
        return runAdd(cli, rest);
    if (sub == u"enable" || sub == u"disable" || sub == u"remove")
        return runOnAccount(cli, rest, sub);
    return usageError(
        QCoreApplication::translate("Cli", "unknown command “suppliers %1”; see “tripdesk-cli "
                                           "suppliers --help”.")
            .arg(sub));
}

} // namespace tripdesk::cli
