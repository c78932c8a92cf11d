#include "backend/suppliers/sabre/sabre_offer_key.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tripdesk::sabre {

namespace {

using namespace Qt::StringLiterals;

constexpr QLatin1StringView kPrefix("sabre1.");

// Appends a JSON string; the fields are codes and times, but escape anyway so no value can
// break the layout.
void appendString(QString &out, const QString &value)
{
    out += u'"';
    for (QChar c : value) {
        if (c == u'"' || c == u'\\') {
            out += u'\\';
            out += c;
        } else if (c.unicode() < 0x20) {
            out += u"\\u%1"_s.arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    out += u'"';
}

Error unknownOffer(const QString &why)
{
    return Error::notFound(QCoreApplication::translate("SabreSupplier",
                                                       "This is not a Sabre offer TripDesk "
                                                       "can read; search again."),
                           u"sabre offer id: "_s + why);
}

} // namespace

QString OfferKey::encode() const
{
    // Written by hand rather than through QJsonDocument: a shopping reply makes hundreds.
    QString json;
    json.reserve(160 + 120 * int(slices.size()) * 2);
    json += u"{\"v\":1,\"vc\":"_s;
    appendString(json, validatingCarrier);
    json += u",\"p\":["_s;
    for (size_t i = 0; i < passengers.size(); ++i) {
        if (i)
            json += u',';
        json += u'[';
        appendString(json, passengers[i].code);
        json += u',' + QString::number(passengers[i].count) + u']';
    }
    json += u"],\"s\":["_s;
    for (size_t s = 0; s < slices.size(); ++s) {
        if (s)
            json += u',';
        json += u'[';
        for (size_t f = 0; f < slices[s].size(); ++f) {
            const OfferKeyFlight &k = slices[s][f];
            if (f)
                json += u',';
            json += u'[';
            const QString *fields[] = {
                &k.carrier,      &k.flightNumber, &k.operatingCarrier, &k.operatingFlightNumber,
                &k.origin,       &k.destination,  &k.departureLocal,   &k.arrivalLocal,
                &k.bookingClass, &k.fareBasis,    &k.cabinCode,        &k.brandCode};
            for (size_t i = 0; i < std::size(fields); ++i) {
                if (i)
                    json += u',';
                appendString(json, *fields[i]);
            }
            json += u']';
        }
        json += u']';
    }
    json += u"]}"_s;
    return kPrefix + QString::fromLatin1(json.toUtf8().toBase64(QByteArray::Base64UrlEncoding |
                                                                QByteArray::OmitTrailingEquals));
}

Result<OfferKey> OfferKey::decode(const QString &offerId)
{
    if (!offerId.startsWith(kPrefix))
        return unknownOffer(u"no sabre1 prefix"_s);
    const auto bytes = QByteArray::fromBase64Encoding(offerId.mid(kPrefix.size()).toLatin1(),
                                                      QByteArray::Base64UrlEncoding |
                                                          QByteArray::AbortOnBase64DecodingErrors);
    if (!bytes)
        return unknownOffer(u"not base64url"_s);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &parseError);
    const QJsonObject o = doc.object();
    if (parseError.error != QJsonParseError::NoError || o.value(u"v"_s).toInt() != 1)
        return unknownOffer(u"not a version 1 key"_s);
    OfferKey key;
    key.validatingCarrier = o.value(u"vc"_s).toString();
    for (const QJsonValue &p : o.value(u"p"_s).toArray()) {
        const QJsonArray a = p.toArray();
        if (a.size() != 2 || !a.at(0).isString() || a.at(1).toInt() <= 0)
            return unknownOffer(u"bad passengers"_s);
        key.passengers.push_back({a.at(0).toString(), a.at(1).toInt()});
    }
    for (const QJsonValue &s : o.value(u"s"_s).toArray()) {
        std::vector<OfferKeyFlight> slice;
        for (const QJsonValue &f : s.toArray()) {
            const QJsonArray a = f.toArray();
            if (a.size() != 12)
                return unknownOffer(u"bad flight"_s);
            for (const QJsonValue &v : a) {
                if (!v.isString())
                    return unknownOffer(u"bad flight field"_s);
            }
            OfferKeyFlight k{a.at(0).toString(), a.at(1).toString(),  a.at(2).toString(),
                             a.at(3).toString(), a.at(4).toString(),  a.at(5).toString(),
                             a.at(6).toString(), a.at(7).toString(),  a.at(8).toString(),
                             a.at(9).toString(), a.at(10).toString(), a.at(11).toString()};
            if (k.carrier.isEmpty() || k.flightNumber.isEmpty() || k.origin.isEmpty() ||
                k.destination.isEmpty() || k.departureLocal.size() != 16 ||
                k.bookingClass.isEmpty())
                return unknownOffer(u"incomplete flight"_s);
            slice.push_back(std::move(k));
        }
        if (slice.empty())
            return unknownOffer(u"empty slice"_s);
        key.slices.push_back(std::move(slice));
    }
    if (key.slices.empty() || key.passengers.empty())
        return unknownOffer(u"no flights or passengers"_s);
    return key;
}

} // namespace tripdesk::sabre
