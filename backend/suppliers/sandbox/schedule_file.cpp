#include "backend/suppliers/sandbox/schedule_file.h"

#include "backend/reference/reference_data.h"
#include "backend/suppliers/sandbox/rng.h"

#include <QFile>
#include <QSaveFile>

#include <cstddef>
#include <cstring>
#include <numeric>
#include <type_traits>

namespace tripdesk::sandbox {

namespace {

constexpr char kMagic[8] = {'T', 'D', 'S', 'B', 'X', 'S', 'C', 'H'};
constexpr quint32 kByteOrderMark = 0x01020304;
constexpr int kCodeChars = 4;

struct Header {
    char magic[8];
    quint32 format;
    quint32 byteOrder;
    quint32 generatorVersion;
    quint32 layout;
    quint64 seed;
    quint64 referenceHash;
    quint64 payloadBytes;
    quint64 payloadChecksum;
};

struct AirportRecord {
    char code[kCodeChars];
    char country[kCodeChars];
    char city[kCodeChars];
    qint32 importance;
    qint32 zone;
    qint32 firstLeg, endLeg;
    qint32 firstRoute, endRoute;
    qint32 firstInbound, endInbound;
    double latitude;
    double longitude;
    double unit[3];
};

struct CarrierRecord {
    char code[kCodeChars];
    quint8 alliance;
    quint8 model;
    quint16 unused;
    qint32 pricePercent;
};

struct ZoneRecord {
    qint32 initialOffset;
    quint32 firstTransition;
    quint32 transitionCount;
    quint32 idOffset;
    quint32 idBytes;
};

struct TransitionRecord {
    qint32 atUtc;
    qint32 offset;
};

static_assert(std::is_trivially_copyable_v<Leg> && std::is_trivially_copyable_v<Route>);

// The record layouts this build reads and writes, so a file of another build's layout is
// refused even when its sizes agree.
quint32 layoutFingerprint()
{
    const quint64 h = mixHash(
        {sizeof(Header), sizeof(AirportRecord), sizeof(CarrierRecord), sizeof(ZoneRecord),
         sizeof(TransitionRecord), sizeof(Leg), offsetof(Leg, carrier), offsetof(Leg, number),
         offsetof(Leg, departureMinute), offsetof(Leg, blockMinutes), offsetof(Leg, distanceKm),
         offsetof(Leg, dayMask), offsetof(Leg, aircraft), offsetof(Leg, seats), sizeof(Route),
         offsetof(Route, firstLeg), offsetof(Route, endLeg), offsetof(Route, minBlockMinutes),
         offsetof(Route, distanceKm)});
    return quint32(h ^ (h >> 32));
}

Error bad(const QString &why)
{
    // Never shown: the caller builds the schedule afresh and logs the detail.
    return Error::storage(QString(), why);
}

bool putCode(const QString &code, char (&out)[kCodeChars])
{
    std::memset(out, 0, kCodeChars);
    if (code.size() > kCodeChars)
        return false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const char16_t c = code[i].unicode();
        if (c == 0 || c > 0x7e)
            return false;
        out[i] = char(c);
    }
    return true;
}

QString getCode(const char (&in)[kCodeChars])
{
    qsizetype n = 0;
    while (n < kCodeChars && in[n] != 0)
        ++n;
    return QString::fromLatin1(in, n);
}

class Writer
{
public:
    template<typename T> void table(const T *data, std::size_t count)
    {
        const quint64 n = count;
        m_out.append(reinterpret_cast<const char *>(&n), sizeof n);
        m_out.append(reinterpret_cast<const char *>(data), qsizetype(count * sizeof(T)));
        m_out.append(qsizetype((8 - m_out.size() % 8) % 8), '\0');
    }
    template<typename T> void table(const std::vector<T> &v) { table(v.data(), v.size()); }
    QByteArray take() { return std::move(m_out); }

private:
    QByteArray m_out;
};

class Reader
{
public:
    explicit Reader(QByteArrayView bytes)
        : m_data(bytes.data())
        , m_left(std::size_t(bytes.size()))
    {}

    template<typename T> bool table(std::vector<T> *out)
    {
        quint64 n = 0;
        if (m_left < sizeof n)
            return false;
        std::memcpy(&n, m_data, sizeof n);
        skip(sizeof n);
        if (n > m_left / sizeof(T))
            return false;
        const std::size_t bytes = std::size_t(n) * sizeof(T);
        out->resize(std::size_t(n));
        if (bytes > 0)
            std::memcpy(static_cast<void *>(out->data()), m_data, bytes);
        const std::size_t padded = (bytes + 7) / 8 * 8;
        if (padded > m_left)
            return false;
        skip(padded);
        return true;
    }
    bool atEnd() const { return m_left == 0; }

private:
    void skip(std::size_t n)
    {
        m_data += n;
        m_left -= n;
    }
    const char *m_data;
    std::size_t m_left;
};

bool inRange(qint64 v, std::size_t size)
{
    return v >= 0 && quint64(v) < size;
}

bool rangeOk(qint64 first, qint64 end, std::size_t size)
{
    return first >= 0 && first <= end && quint64(end) <= size;
}

} // namespace

QString ScheduleKey::fileName() const
{
    const quint64 h =
        mixHash({seed, generatorVersion, referenceHash, ScheduleFile::kFormatVersion});
    return QStringLiteral("sandbox-schedule-%1.bin").arg(h, 16, 16, QLatin1Char('0'));
}

quint64 scheduleChecksum(QByteArrayView bytes)
{
    constexpr quint64 kOdd = 0x9E3779B97F4A7C15ULL;
    const auto step = [](quint64 h, quint64 w) {
        h = (h ^ w) * kOdd;
        return (h << 31) | (h >> 33);
    };
    quint64 lanes[4] = {0x243F6A8885A308D3ULL, 0x13198A2E03707344ULL, 0xA4093822299F31D0ULL,
                        0x082EFA98EC4E6C89ULL};
    const char *p = bytes.data();
    const std::size_t n = std::size_t(bytes.size());
    std::size_t i = 0;
    quint64 w = 0;
    for (; i + 32 <= n; i += 32) {
        for (int k = 0; k < 4; ++k) {
            std::memcpy(&w, p + i + 8 * std::size_t(k), 8);
            lanes[k] = step(lanes[k], w);
        }
    }
    for (int k = 0; i + 8 <= n; i += 8, ++k) {
        std::memcpy(&w, p + i, 8);
        lanes[k] = step(lanes[k], w);
    }
    w = 0;
    std::memcpy(&w, p + i, n - i);
    lanes[3] = step(lanes[3], w);
    return mixHash({lanes[0], lanes[1], lanes[2], lanes[3], quint64(n)});
}

quint64 referenceFingerprint(const ReferenceData &reference)
{
    // Every field ScheduleGenerator reads; a generator that starts reading another one must
    // add it here.
    QByteArray bytes;
    bytes.reserve(qsizetype(reference.airports().size()) * 96);
    const auto text = [&bytes](const QString &s) {
        const quint32 n = quint32(s.size());
        bytes.append(reinterpret_cast<const char *>(&n), sizeof n);
        bytes.append(reinterpret_cast<const char *>(s.utf16()), s.size() * 2);
    };
    const auto number = [&bytes](auto v) {
        bytes.append(reinterpret_cast<const char *>(&v), sizeof v);
    };
    number(quint64(reference.airports().size()));
    for (const Airport &a : reference.airports()) {
        text(a.code);
        text(a.countryCode);
        text(a.cityCode);
        text(a.timeZoneId);
        number(a.latitude);
        number(a.longitude);
        number(qint32(a.importance));
    }
    number(quint64(reference.airlines().size()));
    for (const Airline &a : reference.airlines()) {
        text(a.code);
        text(a.name);
    }
    return scheduleChecksum(bytes);
}

QByteArray ScheduleFile::encode(const Schedule &s, const ScheduleKey &key)
{
    std::vector<AirportRecord> airports(s.m_airports.size());
    for (std::size_t i = 0; i < airports.size(); ++i) {
        const ScheduleAirport &a = s.m_airports[i];
        AirportRecord &r = airports[i];
        if (!putCode(a.code, r.code) || !putCode(a.countryCode, r.country) ||
            !putCode(a.cityCode, r.city))
            return {};
        r.importance = a.importance;
        r.zone = a.zone;
        r.firstLeg = a.firstLeg;
        r.endLeg = a.endLeg;
        r.firstRoute = a.firstRoute;
        r.endRoute = a.endRoute;
        r.firstInbound = a.firstInbound;
        r.endInbound = a.endInbound;
        r.latitude = a.latitude;
        r.longitude = a.longitude;
        std::copy(std::begin(a.unit), std::end(a.unit), std::begin(r.unit));
    }
    std::vector<CarrierRecord> carriers(s.m_carriers.size());
    for (std::size_t i = 0; i < carriers.size(); ++i) {
        const Carrier &c = s.m_carriers[i];
        CarrierRecord &r = carriers[i];
        if (!putCode(c.code, r.code))
            return {};
        r.alliance = quint8(c.alliance);
        r.model = quint8(c.model);
        r.unused = 0;
        r.pricePercent = c.pricePercent;
    }
    std::vector<ZoneRecord> zones;
    std::vector<TransitionRecord> transitions;
    QByteArray ids;
    for (const ZoneTable::Zone &z : s.m_zones.m_zones) {
        const QByteArray id = z.id.toUtf8();
        zones.push_back({z.initialOffset, quint32(transitions.size()),
                         quint32(z.transitions.size()), quint32(ids.size()), quint32(id.size())});
        ids += id;
        for (const auto &[at, offset] : z.transitions)
            transitions.push_back({at, offset});
    }

    Writer w;
    w.table(airports);
    w.table(carriers);
    w.table(s.m_legs);
    w.table(s.m_routes);
    w.table(s.m_routeLegIds);
    w.table(s.m_inbound);
    w.table(s.m_flightKeys);
    w.table(s.m_flightLegs);
    w.table(zones);
    w.table(transitions);
    w.table(ids.constData(), std::size_t(ids.size()));
    const QByteArray payload = w.take();

    Header h{};
    std::memcpy(h.magic, kMagic, sizeof kMagic);
    h.format = kFormatVersion;
    h.byteOrder = kByteOrderMark;
    h.generatorVersion = key.generatorVersion;
    h.layout = layoutFingerprint();
    h.seed = key.seed;
    h.referenceHash = key.referenceHash;
    h.payloadBytes = quint64(payload.size());
    h.payloadChecksum = scheduleChecksum(payload);
    QByteArray out(reinterpret_cast<const char *>(&h), sizeof h);
    out += payload;
    return out;
}

Result<std::shared_ptr<const Schedule>> ScheduleFile::decode(QByteArrayView bytes,
                                                             const ScheduleKey &key)
{
    Header h{};
    if (std::size_t(bytes.size()) < sizeof h)
        return bad(QStringLiteral("shorter than its header"));
    std::memcpy(&h, bytes.data(), sizeof h);
    if (std::memcmp(h.magic, kMagic, sizeof kMagic) != 0)
        return bad(QStringLiteral("not a sandbox schedule"));
    if (h.format != kFormatVersion || h.byteOrder != kByteOrderMark ||
        h.layout != layoutFingerprint())
        return bad(QStringLiteral("another file format or platform"));
    if (h.generatorVersion != key.generatorVersion || h.seed != key.seed ||
        h.referenceHash != key.referenceHash)
        return bad(QStringLiteral("built from another seed, generator or reference data"));
    const QByteArrayView payload = bytes.sliced(qsizetype(sizeof h));
    if (quint64(payload.size()) != h.payloadBytes)
        return bad(QStringLiteral("%1 bytes where the header says %2")
                       .arg(payload.size())
                       .arg(h.payloadBytes));
    if (scheduleChecksum(payload) != h.payloadChecksum)
        return bad(QStringLiteral("checksum differs"));
    return decodeTables(payload, h.seed);
}

Result<std::shared_ptr<const Schedule>> ScheduleFile::decodeTables(QByteArrayView payload,
                                                                   quint64 seed)
{
    std::vector<AirportRecord> airports;
    std::vector<CarrierRecord> carriers;
    std::vector<ZoneRecord> zones;
    std::vector<TransitionRecord> transitions;
    std::vector<char> ids;
    std::shared_ptr<Schedule> s(new Schedule(seed));
    Reader r(payload);
    if (!r.table(&airports) || !r.table(&carriers) || !r.table(&s->m_legs) ||
        !r.table(&s->m_routes) || !r.table(&s->m_routeLegIds) || !r.table(&s->m_inbound) ||
        !r.table(&s->m_flightKeys) || !r.table(&s->m_flightLegs) || !r.table(&zones) ||
        !r.table(&transitions) || !r.table(&ids) || !r.atEnd())
        return bad(QStringLiteral("tables do not fit the file"));

    // The checksum guards against damage; these checks guard the indexes against a file this
    // code did not write, so a search can never read out of bounds.
    const std::size_t nAirports = airports.size();
    const std::size_t nLegs = s->m_legs.size();
    const std::size_t nRoutes = s->m_routes.size();
    const std::size_t nTypes = aircraftTypes().size();
    bool ok = s->m_routeLegIds.size() == nLegs && s->m_inbound.size() == nRoutes &&
              s->m_flightKeys.size() == nLegs && s->m_flightLegs.size() == nLegs;
    for (std::size_t i = 0; ok && i < zones.size(); ++i) {
        const ZoneRecord &z = zones[i];
        ok = rangeOk(z.firstTransition, qint64(z.firstTransition) + z.transitionCount,
                     transitions.size()) &&
             rangeOk(z.idOffset, qint64(z.idOffset) + z.idBytes, ids.size());
        // Offsets are found by binary search: the transitions must be in time order.
        for (quint32 t = 1; ok && t < z.transitionCount; ++t)
            ok = transitions[std::size_t(z.firstTransition + t - 1)].atUtc <
                 transitions[std::size_t(z.firstTransition + t)].atUtc;
    }
    for (std::size_t i = 0; ok && i < carriers.size(); ++i)
        ok = carriers[i].alliance <= quint8(Alliance::SkyTeam) &&
             carriers[i].model <= quint8(CarrierModel::LowCost);
    for (std::size_t i = 0; ok && i < nAirports; ++i) {
        const AirportRecord &a = airports[i];
        ok = inRange(a.zone, zones.size()) && rangeOk(a.firstLeg, a.endLeg, nLegs) &&
             rangeOk(a.firstRoute, a.endRoute, nRoutes) &&
             rangeOk(a.firstInbound, a.endInbound, nRoutes);
    }
    for (std::size_t i = 0; ok && i < nLegs; ++i) {
        const Leg &l = s->m_legs[i];
        ok = inRange(l.from, nAirports) && inRange(l.to, nAirports) &&
             l.carrier < carriers.size() && l.aircraft < nTypes && l.departureMinute < 1440 &&
             inRange(s->m_routeLegIds[i], nLegs) && inRange(s->m_flightLegs[i], nLegs) &&
             (i == 0 || s->m_flightKeys[i - 1] < s->m_flightKeys[i]);
    }
    for (std::size_t i = 0; ok && i < nRoutes; ++i) {
        const Route &rt = s->m_routes[i];
        ok = inRange(rt.from, nAirports) && inRange(rt.to, nAirports) &&
             rangeOk(rt.firstLeg, rt.endLeg, nLegs) && inRange(s->m_inbound[i], nRoutes);
    }
    if (!ok)
        return bad(QStringLiteral("an index points outside its table"));

    s->m_airports.resize(nAirports);
    for (std::size_t i = 0; i < nAirports; ++i) {
        const AirportRecord &rec = airports[i];
        ScheduleAirport &a = s->m_airports[i];
        a.code = getCode(rec.code);
        a.countryCode = getCode(rec.country);
        a.cityCode = getCode(rec.city);
        a.latitude = rec.latitude;
        a.longitude = rec.longitude;
        std::copy(std::begin(rec.unit), std::end(rec.unit), std::begin(a.unit));
        a.importance = rec.importance;
        a.zone = rec.zone;
        a.firstLeg = rec.firstLeg;
        a.endLeg = rec.endLeg;
        a.firstRoute = rec.firstRoute;
        a.endRoute = rec.endRoute;
        a.firstInbound = rec.firstInbound;
        a.endInbound = rec.endInbound;
    }
    s->m_carriers.reserve(carriers.size());
    for (const CarrierRecord &c : carriers) {
        s->m_carriers.push_back(
            {getCode(c.code), Alliance(c.alliance), CarrierModel(c.model), c.pricePercent});
    }
    s->m_zones.m_zones.reserve(zones.size());
    for (const ZoneRecord &z : zones) {
        ZoneTable::Zone zone;
        zone.id = QString::fromUtf8(ids.data() + z.idOffset, qsizetype(z.idBytes));
        zone.initialOffset = z.initialOffset;
        zone.transitions.reserve(z.transitionCount);
        for (quint32 t = 0; t < z.transitionCount; ++t) {
            const TransitionRecord &tr = transitions[std::size_t(z.firstTransition + t)];
            zone.transitions.emplace_back(tr.atUtc, tr.offset);
        }
        s->m_zones.m_zones.push_back(std::move(zone));
    }
    s->m_departureIds.resize(nLegs);
    std::iota(s->m_departureIds.begin(), s->m_departureIds.end(), 0);
    s->indexCodes();
    return std::shared_ptr<const Schedule>(std::move(s));
}

Result<std::shared_ptr<const Schedule>> ScheduleFile::read(const QString &path,
                                                           const ScheduleKey &key)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return bad(QStringLiteral("cannot open: %1").arg(file.errorString()));
    const qint64 size = file.size();
    if (uchar *mapped = size > 0 ? file.map(0, size) : nullptr) {
        auto result = decode(QByteArrayView(mapped, size), key);
        file.unmap(mapped);
        return result;
    }
    return decode(file.readAll(), key);
}

Result<void> ScheduleFile::write(const QString &path, const Schedule &schedule,
                                 const ScheduleKey &key)
{
    const QByteArray bytes = encode(schedule, key);
    if (bytes.isEmpty())
        return bad(QStringLiteral("a code does not fit the file's layout"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return bad(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace tripdesk::sandbox
