#pragma once
// Private to backend/reference: parses the bundled TSV files into a ReferenceData.

#include "backend/reference/reference_data.h"

#include <QByteArray>

namespace tripdesk {

// Codes (IATA airport, city and airline, ICAO) are one to four printable ASCII characters, so they
// pack into an integer key; 0 means "not a code".
inline quint32 codeKey(QStringView code)
{
    if (code.isEmpty() || code.size() > 4)
        return 0;
    quint32 key = 0;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const char16_t c = code[i].unicode();
        if (c <= 0x20 || c >= 0x7f)
            return 0;
        key |= quint32(c) << (8 * i);
    }
    return key;
}

class ReferenceDataLoader
{
public:
    // Errors name the file ("airports.tsv") and line.
    static Result<std::shared_ptr<const ReferenceData>> parse(const QByteArray &airports,
                                                              const QByteArray &cities,
                                                              const QByteArray &airlines,
                                                              const QByteArray &names);

private:
    static Result<void> parseAirports(ReferenceData &data, const QByteArray &tsv);
    static Result<void> parseCities(ReferenceData &data, const QByteArray &tsv);
    static Result<void> parseAirlines(ReferenceData &data, const QByteArray &tsv);
    static Result<void> parseNames(ReferenceData &data, const QByteArray &tsv);
};

} // namespace tripdesk
