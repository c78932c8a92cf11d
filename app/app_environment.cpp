#include "app/app_environment.h"

#include "backend/service/backend.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QTimeZone>

namespace tripdesk {

namespace {

Result<std::unique_ptr<Clock>> readClock(const QString &value)
{
    const QString now = value.trimmed();
    if (now.isEmpty())
        return std::unique_ptr<Clock>(std::make_unique<SystemClock>());
    QDateTime at = QDateTime::fromString(now, Qt::ISODateWithMs);
    if (!at.isValid()) {
        const QDate day = QDate::fromString(now, Qt::ISODate);
        if (day.isValid())
            at = QDateTime(day, QTime(0, 0), QTimeZone::utc());
    }
    if (!at.isValid()) {
        return Error::invalidInput(
            QCoreApplication::translate(
                "AppEnvironment",
                "TRIPDESK_NOW=“%1” is not a time; write it as 2026-11-26T09:00:00Z.")
                .arg(quotedInput(now)));
    }
    if (at.timeSpec() == Qt::LocalTime)
        at.setTimeZone(QTimeZone::utc()); // no offset given: documented as UTC
    return std::unique_ptr<Clock>(std::make_unique<FixedClock>(at.toUTC()));
}

Result<bool> readSwitch(const QString &name, const QString &value)
{
    const QString v = value.trimmed().toLower();
    if (v.isEmpty() || v == u"on" || v == u"1" || v == u"yes" || v == u"true")
        return true;
    if (v == u"off" || v == u"0" || v == u"no" || v == u"false")
        return false;
    return Error::invalidInput(
        QCoreApplication::translate("AppEnvironment", "%1=“%2” is neither on nor off.")
            .arg(name, quotedInput(value)));
}

} // namespace

Result<AppEnvironment> readAppEnvironment(const QProcessEnvironment &environment)
{
    AppEnvironment env;
    auto clock = readClock(environment.value(QStringLiteral("TRIPDESK_NOW")));
    if (!clock)
        return clock.error();
    env.clock = std::move(clock).value();
    env.dataDir = environment.value(QStringLiteral("TRIPDESK_DATA_DIR")).trimmed();
    env.currency = environment.value(QStringLiteral("TRIPDESK_CURRENCY")).trimmed();
    env.language = environment.value(QStringLiteral("TRIPDESK_LANG")).trimmed();
    auto sandbox = readSwitch(QStringLiteral("TRIPDESK_SANDBOX"),
                              environment.value(QStringLiteral("TRIPDESK_SANDBOX")));
    if (!sandbox)
        return sandbox.error();
    env.sandboxEnabled = *sandbox;

    static const QString prefix = QStringLiteral("TRIPDESK_");
    for (const QString &variable : environment.keys()) {
        if (!variable.startsWith(prefix))
            continue;
        const qsizetype cut = variable.lastIndexOf(u'_');
        if (cut <= prefix.size())
            continue;
        const QString name = variable.mid(prefix.size(), cut - prefix.size()).toLower();
        const QStringView field = QStringView(variable).mid(cut + 1);
        const QString value = environment.value(variable).trimmed();
        if (field == u"URL")
            env.endpoints[name].url = value;
        else if (field == u"KEY")
            env.endpoints[name].key = value;
        else if (field == u"SECRET")
            env.endpoints[name].secret = value;
        else if (field == u"TOKEN")
            env.endpoints[name].token = value;
    }
    // TRIPDESK_DATA_DIR ends in _DIR and TRIPDESK_NOW has no field: neither is an endpoint.
    return env;
}

Result<void> configureBackend(BackendBuilder &builder, const AppEnvironment &environment,
                              const QString &dataDirOption, const QString &currencyOption)
{
    builder.setClock(environment.clock.get());
    builder.setDataDir(!dataDirOption.isEmpty() ? dataDirOption : environment.dataDir);
    builder.setSandboxEnabled(environment.sandboxEnabled);
    SandboxOptions sandbox;
    const QString currency = !currencyOption.isEmpty() ? currencyOption : environment.currency;
    if (!currency.isEmpty())
        sandbox.currency = currency;
    builder.setSandbox(sandbox);
    for (const auto &[name, endpoint] : environment.endpoints) {
        // Payment gateways (TRIPDESK_STRIPE_*) are read by booking, not registered as suppliers.
        if (name.compare(u"stripe", Qt::CaseInsensitive) == 0)
            continue;
        // A kind no adapter speaks, or missing credentials, fail the build with the variable's
        // name: a configured supplier is never silently unused.
        builder.addSupplierEndpoint(
            {name.toLower(), endpoint.url, endpoint.key, endpoint.secret, endpoint.token});
    }
    return {};
}

Result<void> checkOptionValues(const QCommandLineParser &parser,
                               const QList<QCommandLineOption> &singleValued,
                               const QCommandLineOption &dataDir)
{
    for (const QCommandLineOption &option : singleValued) {
        const QStringList values = parser.values(option);
        if (values.size() > 1) {
            return Error::invalidInput(
                QCoreApplication::translate(
                    "AppEnvironment",
                    "--%1 was given more than once (“%2” and “%3”); give it once.")
                    .arg(option.names().constLast(), quotedInput(values.constFirst()),
                         quotedInput(values.constLast())));
        }
    }
    if (parser.isSet(dataDir) && parser.value(dataDir).trimmed().isEmpty()) {
        return Error::invalidInput(
            QCoreApplication::translate("AppEnvironment",
                                        "--data-dir needs a folder; leave it out to use %1.")
                .arg(QDir::toNativeSeparators(Backend::defaultDataDir())));
    }
    return {};
}

} // namespace tripdesk
