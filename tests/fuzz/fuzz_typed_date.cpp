// Fuzzes parseTypedDate, which reads whatever an agent types into a date field or passes to
// tripdesk-cli --date: it must never crash, refuse with a short message that says what to type,
// and what it accepts must read back the same from its ISO form and from the field's own text.
#include "backend/core/typed_date.h"

#include <QLocale>
#include <QString>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    // An ordinary day, a leap day and a year's last day, where "next" wraps.
    for (const QDate today : {QDate(2026, 12, 2), QDate(2028, 2, 29), QDate(2026, 12, 31)}) {
        const auto date = tripdesk::parseTypedDate(text, today);
        if (!date) {
            const tripdesk::Error &error = date.error();
            if (error.kind != tripdesk::Error::Kind::InvalidInput || error.message.isEmpty() ||
                error.message.size() > 300)
                std::abort();
            continue;
        }
        if (!date->isValid() || date->year() < 1 || date->year() > 9999)
            std::abort();
        const auto iso = tripdesk::parseTypedDate(date->toString(Qt::ISODate), today);
        if (!iso || *iso != *date)
            std::abort();
        const QString shown = QLocale::c().toString(*date, QStringLiteral("ddd d MMM yyyy"));
        const auto again = tripdesk::parseTypedDate(shown, today);
        if (!again || *again != *date)
            std::abort();
    }
    return 0;
}
