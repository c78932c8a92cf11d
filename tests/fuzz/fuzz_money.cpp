// Fuzzes Money::parse, which reads suppliers' decimal amounts: it must never crash, and what
// it accepts must print back to a string that parses to the same amount.
#include "backend/core/money.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const char *currency : {"USD", "JPY", "KWD"}) {
        const QString code = QString::fromLatin1(currency);
        const auto money = tripdesk::Money::parse(text, code);
        if (!money)
            continue;
        const auto again = tripdesk::Money::parse(money->toDecimalString(), code);
        if (!again || again->minorUnits() != money->minorUnits())
            std::abort();
    }
    return 0;
}
