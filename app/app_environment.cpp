#include "app/app_environment.h"

#include "backend/service/backend.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QTimeZone>

namespace tripdesk {

Result<std::unique_ptr<Clock>> clockFromEnvironment()
{
    const QString now = qEnvironmentVariable("TRIPDESK_NOW").trimmed();
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
                .arg(now));
    }
    if (at.timeSpec() == Qt::LocalTime)
        at.setTimeZone(QTimeZone::utc()); // no offset given: documented as UTC
    return std::unique_ptr<Clock>(std::make_unique<FixedClock>(at.toUTC()));
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
