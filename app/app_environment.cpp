#include "app/app_environment.h"

#include <QCoreApplication>
#include <QDateTime>
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

} // namespace tripdesk
