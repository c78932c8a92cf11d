// tripdesk-cli as a script or a person at a terminal uses it: the built executable is run with
// a fresh data folder and a fixed "now" (TRIPDESK_NOW), and its output is read back: JSON in the
// documented shape, offers really sorted and filtered, and every mistake answered with a
// non-zero exit and one line on stderr.

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kNow = u"2026-11-26T09:00:00Z"_s;
const QString kDate = u"2026-12-24"_s; // four weeks after kNow
const QString kReturn = u"2026-12-31"_s;

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

QDateTime instant(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODate);
}

int totalMinutes(const QJsonObject &offer)
{
    int total = 0;
    for (const QJsonValue &it : offer[u"itineraries"].toArray())
        total += it.toObject()[u"duration_minutes"].toInt();
    return total;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dataDir;
    QHash<QStringList, Run> m_runs; // the same command is run once

    Run run(const QStringList &arguments, const QString &now = kNow)
    {
        const QStringList full = arguments + QStringList{u"--data-dir"_s, m_dataDir.path()};
        const QStringList key = full + QStringList{now};
        if (const auto it = m_runs.constFind(key); it != m_runs.cend())
            return *it;
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"TRIPDESK_NOW"_s, now);
        env.remove(u"TRIPDESK_LANG"_s);
        process.setProcessEnvironment(env);
        process.start(QString::fromUtf8(TRIPDESK_CLI_PATH), full);
        Run r;
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            qWarning() << "tripdesk-cli did not finish:" << full;
            return r;
        }
        r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        r.out = process.readAllStandardOutput();
        r.err = process.readAllStandardError();
        m_runs.insert(key, r);
        return r;
    }

    QJsonArray searchOffers(const QStringList &arguments)
    {
        const Run r =
            run(QStringList{u"flights"_s, u"search"_s} + arguments + QStringList{u"--json"_s});
        if (r.exitCode != 0) {
            qWarning() << "exit" << r.exitCode << r.err;
            return {};
        }
        return r.json()[u"offers"].toArray();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dataDir.isValid()); }

    void damagedSandboxFileIsNamedAndSearchGoesOn()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sandbox.sqlite"_s);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, 'x'));
        }
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"TRIPDESK_NOW"_s, kNow);
        env.remove(u"TRIPDESK_LANG"_s);
        process.setProcessEnvironment(env);
        process.start(QString::fromUtf8(TRIPDESK_CLI_PATH),
                      {u"flights"_s, u"search"_s, u"--from"_s, u"DEL"_s, u"--to"_s, u"BOM"_s,
                       u"--date"_s, kDate, u"--json"_s, u"--data-dir"_s, dir.path()});
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), 0);
        const QJsonObject json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        QVERIFY(!json[u"offers"].toArray().isEmpty());
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(err.count(u'\n'), 1);
        QVERIFY2(err.startsWith(u"tripdesk-cli: warning: "_s), qPrintable(err));
        QVERIFY2(err.contains(QDir::toNativeSeparators(path)), qPrintable(err));
        QVERIFY2(err.contains(u"not sell"_s) && err.contains(u"move it aside"_s), qPrintable(err));
    }

    void airportsJson()
    {
        const Run r = run({u"airports"_s, u"mumb"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        const QJsonArray places = r.json()[u"places"].toArray();
        QVERIFY(!places.isEmpty());
        const QJsonObject first = places[0].toObject();
        QCOMPARE(first[u"code"].toString(), u"BOM"_s);
        QCOMPARE(first[u"kind"].toString(), u"airport"_s);
        QCOMPARE(first[u"city"].toString(), u"Mumbai"_s);
        QCOMPARE(first[u"country"].toString(), u"India"_s);
        QVERIFY(!first[u"name"].toString().isEmpty());
        for (const QJsonValue &p : places) {
            const QString kind = p.toObject()[u"kind"].toString();
            QVERIFY(kind == u"airport" || kind == u"city");
        }
    }

    void airportsRanking_data()
    {
        QTest::addColumn<QStringList>("query");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("kind");
        QTest::newRow("mumb") << QStringList{u"mumb"_s} << u"BOM"_s << u"airport"_s;
        QTest::newRow("new york, one argument")
            << QStringList{u"new york"_s} << u"NYC"_s << u"city"_s;
        QTest::newRow("new york, two arguments")
            << QStringList{u"new"_s, u"york"_s} << u"NYC"_s << u"city"_s;
        QTest::newRow("code in lower case") << QStringList{u"del"_s} << u"DEL"_s << u"airport"_s;
    }
    void airportsRanking()
    {
        QFETCH(QStringList, query);
        QFETCH(QString, code);
        QFETCH(QString, kind);
        const Run r = run(QStringList{u"airports"_s} + query + QStringList{u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject first = r.json()[u"places"].toArray()[0].toObject();
        QCOMPARE(first[u"code"].toString(), code);
        QCOMPARE(first[u"kind"].toString(), kind);
    }

    void airportsLimitAndTable()
    {
        const Run limited = run({u"airports"_s, u"lon"_s, u"--limit"_s, u"3"_s, u"--json"_s});
        QCOMPARE(limited.exitCode, 0);
        QCOMPARE(limited.json()[u"places"].toArray().size(), 3);

        const Run table = run({u"airports"_s, u"mumb"_s});
        QCOMPARE(table.exitCode, 0);
        const QString text = QString::fromUtf8(table.out);
        QVERIFY2(text.startsWith(u"BOM"_s), qPrintable(text));
        QVERIFY(text.contains(u"Mumbai"_s));

        const Run none = run({u"airports"_s, u"qqqqzz"_s, u"--json"_s});
        QCOMPARE(none.exitCode, 0);
        QVERIFY(none.json()[u"places"].toArray().isEmpty());
    }

    void searchJsonShape()
    {
        const Run r = run({u"flights"_s, u"search"_s, u"--from"_s, u"DEL"_s, u"--to"_s, u"BOM"_s,
                           u"--date"_s, kDate, u"--json"_s, u"--currency"_s, u"INR"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        const QJsonObject json = r.json();
        const QJsonArray offers = json[u"offers"].toArray();
        QVERIFY(!offers.isEmpty());

        const QRegularExpression localTime(u"^2026-12-2[45]T\\d\\d:\\d\\d:\\d\\d\\+05:30$"_s);
        const QRegularExpression amount(u"^\\d+\\.\\d\\d$"_s);
        QSet<QString> ids;
        for (const QJsonValue &v : offers) {
            const QJsonObject offer = v.toObject();
            QVERIFY(!offer[u"id"].toString().isEmpty());
            ids.insert(offer[u"id"].toString());
            QCOMPARE(offer[u"supplier"].toString(), u"sandbox"_s);
            const QJsonObject price = offer[u"price"].toObject();
            QCOMPARE(price[u"currency"].toString(), u"INR"_s);
            QVERIFY2(amount.match(price[u"amount"].toString()).hasMatch(),
                     qPrintable(price[u"amount"].toString()));
            QVERIFY(price[u"amount"].isString());

            const QJsonArray itineraries = offer[u"itineraries"].toArray();
            QCOMPARE(itineraries.size(), 1);
            const QJsonObject it = itineraries[0].toObject();
            const QJsonArray segments = it[u"segments"].toArray();
            QVERIFY(!segments.isEmpty());
            QCOMPARE(segments.first().toObject()[u"from"].toString(), u"DEL"_s);
            QCOMPARE(segments.last().toObject()[u"to"].toString(), u"BOM"_s);
            QVERIFY(segments.first().toObject()[u"departure"].toString().startsWith(kDate));
            // Duration from the first departure to the last arrival, from the instants.
            QCOMPARE(it[u"duration_minutes"].toInt(),
                     int(instant(segments.first().toObject()[u"departure"])
                             .secsTo(instant(segments.last().toObject()[u"arrival"])) /
                         60));
            for (const QJsonValue &sv : segments) {
                const QJsonObject s = sv.toObject();
                for (const char16_t *key : {u"carrier", u"number", u"from", u"to", u"departure",
                                            u"arrival", u"aircraft", u"cabin"}) {
                    QVERIFY2(s[QStringView(key)].isString() &&
                                 !s[QStringView(key)].toString().isEmpty(),
                             qPrintable(QString::fromUtf16(key)));
                }
                QCOMPARE(s[u"cabin"].toString(), u"economy"_s);
                // Indian domestic connections stay in India: every time is +05:30.
                if (s[u"from"].toString() == u"DEL" || s[u"from"].toString() == u"BOM")
                    QVERIFY2(localTime.match(s[u"departure"].toString()).hasMatch(),
                             qPrintable(s[u"departure"].toString()));
                if (s[u"to"].toString() == u"BOM")
                    QVERIFY2(localTime.match(s[u"arrival"].toString()).hasMatch(),
                             qPrintable(s[u"arrival"].toString()));
            }
        }
        QCOMPARE(ids.size(), offers.size());

        const QJsonArray suppliers = json[u"suppliers"].toArray();
        QCOMPARE(suppliers.size(), 1);
        const QJsonObject sandbox = suppliers[0].toObject();
        QCOMPARE(sandbox[u"name"].toString(), u"sandbox"_s);
        QCOMPARE(sandbox[u"status"].toString(), u"ok"_s);
        QVERIFY(sandbox[u"offers"].toInt() >= offers.size());
        QVERIFY(sandbox[u"elapsed_ms"].isDouble());
        QVERIFY(sandbox[u"elapsed_ms"].toInt() >= 0);
    }

    void currencyDigits_data()
    {
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("pattern");
        QTest::newRow("USD by default") << QString() << u"^\\d+\\.\\d\\d$"_s;
        QTest::newRow("JPY has no minor unit") << u"JPY"_s << u"^\\d+$"_s;
        QTest::newRow("KWD has three") << u"KWD"_s << u"^\\d+\\.\\d\\d\\d$"_s;
    }
    void currencyDigits()
    {
        QFETCH(QString, currency);
        QFETCH(QString, pattern);
        QStringList args{u"--from"_s, u"DEL"_s, u"--to"_s,    u"BOM"_s,
                         u"--date"_s, kDate,    u"--limit"_s, u"5"_s};
        if (!currency.isEmpty())
            args << u"--currency"_s << currency;
        const QJsonArray offers = searchOffers(args);
        QCOMPARE(offers.size(), 5);
        const QRegularExpression re(pattern);
        for (const QJsonValue &v : offers) {
            const QJsonObject price = v.toObject()[u"price"].toObject();
            QCOMPARE(price[u"currency"].toString(), currency.isEmpty() ? u"USD"_s : currency);
            QVERIFY2(re.match(price[u"amount"].toString()).hasMatch(),
                     qPrintable(price[u"amount"].toString()));
        }
    }

    void sortOrders_data()
    {
        QTest::addColumn<QString>("order");
        QTest::newRow("price") << u"price"_s;
        QTest::newRow("duration") << u"duration"_s;
        QTest::newRow("departure") << u"departure"_s;
        QTest::newRow("best") << u"best"_s;
    }
    void sortOrders()
    {
        QFETCH(QString, order);
        const QJsonArray offers =
            searchOffers({u"--from"_s, u"DEL"_s, u"--to"_s, u"BOM"_s, u"--date"_s, kDate,
                          u"--sort"_s, order, u"--limit"_s, u"0"_s, u"--currency"_s, u"INR"_s});
        QVERIFY(offers.size() > 1);
        for (qsizetype i = 1; i < offers.size(); ++i) {
            const QJsonObject a = offers[i - 1].toObject();
            const QJsonObject b = offers[i].toObject();
            if (order == u"price") {
                QVERIFY(a[u"price"][u"amount"].toString().toDouble() <=
                        b[u"price"][u"amount"].toString().toDouble());
            } else if (order == u"duration") {
                QVERIFY(totalMinutes(a) <= totalMinutes(b));
            } else if (order == u"departure") {
                const auto dep = [](const QJsonObject &o) {
                    return instant(o[u"itineraries"][0][u"segments"][0][u"departure"]);
                };
                QVERIFY(dep(a) <= dep(b));
            }
        }
        if (order == u"best") {
            // Every order lists the same offers, only arranged differently.
            const QJsonArray byPrice = searchOffers(
                {u"--from"_s, u"DEL"_s, u"--to"_s, u"BOM"_s, u"--date"_s, kDate, u"--sort"_s,
                 u"price"_s, u"--limit"_s, u"0"_s, u"--currency"_s, u"INR"_s});
            QCOMPARE(byPrice.size(), offers.size());
        }
    }

    void limitCutsTheList()
    {
        const QJsonArray all = searchOffers(
            {u"--from"_s, u"DEL"_s, u"--to"_s, u"BOM"_s, u"--date"_s, kDate, u"--limit"_s, u"0"_s});
        const QJsonArray three = searchOffers(
            {u"--from"_s, u"DEL"_s, u"--to"_s, u"BOM"_s, u"--date"_s, kDate, u"--limit"_s, u"3"_s});
        QVERIFY(all.size() > 3);
        QCOMPARE(three.size(), 3);
        QCOMPARE(three[0].toObject()[u"id"], all[0].toObject()[u"id"]);
    }

    // An offer id one process printed is priced by another from the same data folder; an id
    // never seen, and one whose time has passed, are refused in one line.
    void priceAnOfferFromAnEarlierSearch()
    {
        const QJsonArray offers = searchOffers(
            {u"--from"_s, u"DEL"_s, u"--to"_s, u"BOM"_s, u"--date"_s, kDate, u"--limit"_s, u"1"_s});
        QVERIFY(!offers.isEmpty());
        const QJsonObject first = offers[0].toObject();
        const QString id = first[u"id"].toString();
        const Run priced = run({u"flights"_s, u"price"_s, id, u"--json"_s});
        QVERIFY2(priced.exitCode == 0, priced.err.constData());
        const QJsonObject json = priced.json();
        QCOMPARE(json[u"previous_id"].toString(), id);
        QCOMPARE(json[u"previous_price"], first[u"price"]);
        QCOMPARE(json[u"offer"][u"price"], first[u"price"]);
        QCOMPARE(json[u"changed"][u"price"].toBool(), false);
        QVERIFY(json.contains(u"holdable"_s));

        const Run text = run({u"flights"_s, u"price"_s, id});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("unchanged"), text.out.constData());

        // A check is kept with the expiry it gave: past the search's own half hour, the offer
        // checked twenty minutes in can still be priced (and so booked) by another process.
        const Run checked = run({u"flights"_s, u"price"_s, id}, u"2026-11-26T09:20:00Z"_s);
        QVERIFY2(checked.exitCode == 0, checked.err.constData());
        const Run later = run({u"flights"_s, u"price"_s, id}, u"2026-11-26T09:40:00Z"_s);
        QVERIFY2(later.exitCode == 0, later.err.constData());

        const Run unknown = run({u"flights"_s, u"price"_s, u"sbx_nothing"_s});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("search again"));
        QCOMPARE(unknown.err.count('\n'), 1);

        // A day later the offer has expired.
        const Run late = run({u"flights"_s, u"price"_s, id}, u"2026-11-27T09:00:00Z"_s);
        QCOMPARE(late.exitCode, 2);
        QVERIFY2(late.err.contains("expired"), late.err.constData());
    }

    void searchOnlyTheSuppliersNamed()
    {
        const QJsonArray offers =
            searchOffers({u"--from"_s, u"DEL"_s, u"--to"_s, u"BOM"_s, u"--date"_s, kDate,
                          u"--supplier"_s, u"sandbox"_s, u"--limit"_s, u"2"_s});
        QCOMPARE(offers.size(), 2);
        const Run other = run({u"flights"_s, u"search"_s, u"--from"_s, u"DEL"_s, u"--to"_s,
                               u"BOM"_s, u"--date"_s, kDate, u"--supplier"_s, u"acme"_s});
        QCOMPARE(other.exitCode, 2);
        QVERIFY2(other.err.contains("no supplier “acme”") && other.err.contains("sandbox"),
                 other.err.constData());
    }

    // "--bags 1": prices include a checked bag for each traveller, and the JSON says at what.
    void pricesWithCheckedBags()
    {
        const Run r = run({u"flights"_s, u"search"_s, u"--from"_s, u"DEL"_s, u"--to"_s, u"BOM"_s,
                           u"--date"_s, kDate, u"--bags"_s, u"1"_s, u"--sort"_s, u"price"_s,
                           u"--limit"_s, u"0"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json()[u"checked_bags"].toInt(), 1);
        const QJsonArray offers = r.json()[u"offers"].toArray();
        QVERIFY(!offers.isEmpty());
        for (const QJsonValue &v : offers) {
            const QJsonObject o = v.toObject();
            QVERIFY(o.contains(u"price_with_bags"_s));
            QVERIFY(o.contains(u"options"_s));
            if (o[u"baggage"][u"checked_bags"].toInt() >= 1 &&
                o[u"price_with_bags_offer"].toString() == o[u"id"].toString())
                QCOMPARE(o[u"price_with_bags"], o[u"price"]);
        }
        const Run bad = run({u"flights"_s, u"search"_s, u"--from"_s, u"DEL"_s, u"--to"_s, u"BOM"_s,
                             u"--date"_s, kDate, u"--bags"_s, u"3"_s});
        QCOMPARE(bad.exitCode, 2);
    }

    void directOnly()
    {
        const QJsonArray offers =
            searchOffers({u"--from"_s, u"DEL"_s, u"--to"_s, u"BOM"_s, u"--date"_s, kDate,
                          u"--max-stops"_s, u"0"_s, u"--limit"_s, u"0"_s});
        QVERIFY(!offers.isEmpty());
        for (const QJsonValue &v : offers) {
            const QJsonArray segments = v[u"itineraries"][0][u"segments"].toArray();
            QCOMPARE(segments.size(), 1);
        }
    }

    void roundTrip()
    {
        const QJsonArray offers =
            searchOffers({u"--from"_s, u"DEL"_s, u"--to"_s, u"BOM"_s, u"--date"_s, kDate,
                          u"--return"_s, kReturn, u"--cabin"_s, u"business"_s});
        QVERIFY(!offers.isEmpty());
        for (const QJsonValue &v : offers) {
            const QJsonArray itineraries = v[u"itineraries"].toArray();
            QCOMPARE(itineraries.size(), 2);
            const QJsonArray out = itineraries[0][u"segments"].toArray();
            const QJsonArray back = itineraries[1][u"segments"].toArray();
            QCOMPARE(out.first()[u"from"].toString(), u"DEL"_s);
            QCOMPARE(out.last()[u"to"].toString(), u"BOM"_s);
            QCOMPARE(back.first()[u"from"].toString(), u"BOM"_s);
            QCOMPARE(back.last()[u"to"].toString(), u"DEL"_s);
            QVERIFY(back.first()[u"departure"].toString().startsWith(kReturn));
            QCOMPARE(out.first()[u"cabin"].toString(), u"business"_s);
        }
    }

    void multiCity()
    {
        const QJsonArray offers = searchOffers(
            {u"--slice"_s, u"DEL:BOM:2026-12-24"_s, u"--slice"_s, u"BOM:BLR:2026-12-27"_s});
        QVERIFY(!offers.isEmpty());
        for (const QJsonValue &v : offers) {
            const QJsonArray itineraries = v[u"itineraries"].toArray();
            QCOMPARE(itineraries.size(), 2);
            QCOMPARE(itineraries[1][u"segments"][0][u"from"].toString(), u"BOM"_s);
            QCOMPARE(itineraries[1][u"segments"].toArray().last()[u"to"].toString(), u"BLR"_s);
        }
    }

    // Dates typed as agents type them, counted from TRIPDESK_NOW (26 November, 14:30 in Delhi).
    void typedDates_data()
    {
        QTest::addColumn<QStringList>("dates");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("+30") << QStringList{u"--date"_s, u"+30"_s} << QStringList{u"2026-12-26"_s};
        QTest::newRow("tomorrow") << QStringList{u"--date"_s, u"tomorrow"_s}
                                  << QStringList{u"2026-11-27"_s};
        QTest::newRow("24dec") << QStringList{u"--date"_s, u"24dec"_s}
                               << QStringList{u"2026-12-24"_s};
        QTest::newRow("round trip, day first and weeks")
            << QStringList{u"--date"_s, u"24/12"_s, u"--return"_s, u"+5w"_s}
            << QStringList{u"2026-12-24"_s, u"2026-12-31"_s};
    }
    void typedDates()
    {
        QFETCH(QStringList, dates);
        QFETCH(QStringList, expected);
        const Run r = run(QStringList{u"flights"_s, u"search"_s, u"--from"_s, u"DEL"_s, u"--to"_s,
                                      u"BOM"_s, u"--json"_s, u"--limit"_s, u"1"_s} +
                          dates);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QStringList got;
        for (const QJsonValue &slice : r.json()[u"request"][u"slices"].toArray())
            got << slice[u"date"].toString();
        QCOMPARE(got, expected);
    }

    // "today" is the origin's: at 20:00 UTC it is already the next day in Delhi, not in New York.
    void todayIsTheOrigins()
    {
        const auto dateFrom = [&](const QString &from, const QString &to) {
            const Run r = run({u"flights"_s, u"search"_s, u"--from"_s, from, u"--to"_s, to,
                               u"--date"_s, u"today"_s, u"--json"_s, u"--limit"_s, u"1"_s},
                              u"2026-11-26T20:00:00Z"_s);
            return r.json()[u"request"][u"slices"][0][u"date"].toString();
        };
        QCOMPARE(dateFrom(u"DEL"_s, u"BOM"_s), u"2026-11-27"_s);
        QCOMPARE(dateFrom(u"JFK"_s, u"LAX"_s), u"2026-11-26"_s);
    }

    void readableTable()
    {
        const Run r = run({u"flights"_s, u"search"_s, u"--from"_s, u"del"_s, u"--to"_s, u"bom"_s,
                           u"--date"_s, kDate, u"--limit"_s, u"5"_s});
        QCOMPARE(r.exitCode, 0);
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(text.contains(u"DEL → BOM"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Offers: 5 of "_s), qPrintable(text));
        QVERIFY2(text.contains(u" DEL"_s) && text.contains(u" BOM"_s), qPrintable(text));
        QVERIFY2(text.contains(QRegularExpression(u"(USD.|\\$)\\d+\\.\\d\\d"_s)), qPrintable(text));
        QVERIFY2(text.contains(QRegularExpression(u"\\d+h \\d\\dm"_s)), qPrintable(text));
        QVERIFY2(text.contains(u"Sandbox"_s, Qt::CaseInsensitive), qPrintable(text));
    }

    void help_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("top level") << QStringList{u"--help"_s};
        QTest::newRow("airports") << QStringList{u"airports"_s, u"--help"_s};
        QTest::newRow("flights") << QStringList{u"flights"_s, u"--help"_s};
        QTest::newRow("flights search") << QStringList{u"flights"_s, u"search"_s, u"--help"_s};
    }
    void help()
    {
        QFETCH(QStringList, arguments);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("Usage: tripdesk-cli"));
        QVERIFY(r.err.isEmpty());
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mention");

        const auto search = [](const QStringList &extra) {
            return QStringList{u"flights"_s, u"search"_s} + extra;
        };
        const QStringList delBom{u"--from"_s, u"DEL"_s, u"--to"_s, u"BOM"_s, u"--date"_s, kDate};

        QTest::newRow("unknown airport")
            << search({u"--from"_s, u"XYZ"_s, u"--to"_s, u"BOM"_s, u"--date"_s, kDate}) << 2
            << u"unknown airport “XYZ”; try “tripdesk-cli airports XYZ”"_s;
        QTest::newRow("malformed date")
            << search({u"--from"_s, u"DEL"_s, u"--to"_s, u"BOM"_s, u"--date"_s, u"next xmas"_s})
            << 2 << u"“next xmas” is not a date; type one such as 24/12/2026"_s;
        QTest::newRow("month first")
            << search({u"--from"_s, u"DEL"_s, u"--to"_s, u"BOM"_s, u"--date"_s, u"12/24/2026"_s})
            << 2 << u"“12/24/2026” is not a valid date: there is no month 24"_s;
        QTest::newRow("31 February")
            << search({u"--from"_s, u"DEL"_s, u"--to"_s, u"BOM"_s, u"--date"_s, u"31/02"_s}) << 2
            << u"“31/02” is not a valid date: February has no day 31"_s;
        QTest::newRow("bad return date") << search(delBom + QStringList{u"--return"_s, u"+3x"_s})
                                         << 2 << u"“+3x” is not a date"_s;
        QTest::newRow("impossible date")
            << search({u"--from"_s, u"DEL"_s, u"--to"_s, u"BOM"_s, u"--date"_s, u"2026-02-30"_s})
            << 2 << u"not a valid date"_s;
        QTest::newRow("date in the past")
            << search({u"--from"_s, u"DEL"_s, u"--to"_s, u"BOM"_s, u"--date"_s, u"2026-11-01"_s})
            << 2 << u"in the past"_s;
        QTest::newRow("return before departure")
            << search(delBom + QStringList{u"--return"_s, u"2026-12-20"_s}) << 2
            << u"before the departure"_s;
        QTest::newRow("more infants than adults")
            << search(delBom + QStringList{u"--infants"_s, u"2"_s}) << 2 << u"infants"_s;
        QTest::newRow("more than 9 passengers")
            << search(delBom + QStringList{u"--adults"_s, u"6"_s, u"--children"_s, u"4"_s}) << 2
            << u"9 passengers"_s;
        QTest::newRow("no adult") << search(delBom + QStringList{u"--adults"_s, u"0"_s}) << 2
                                  << u"adult"_s;
        QTest::newRow("same origin and destination")
            << search({u"--from"_s, u"DEL"_s, u"--to"_s, u"del"_s, u"--date"_s, kDate}) << 2
            << u"DEL"_s;
        QTest::newRow("bad cabin") << search(delBom + QStringList{u"--cabin"_s, u"luxury"_s}) << 2
                                   << u"“luxury” is not a cabin"_s;
        QTest::newRow("bad sort") << search(delBom + QStringList{u"--sort"_s, u"cheapest"_s}) << 2
                                  << u"“cheapest” is not a sort order"_s;
        QTest::newRow("not a number") << search(delBom + QStringList{u"--adults"_s, u"two"_s}) << 2
                                      << u"--adults expects a whole number"_s;
        QTest::newRow("negative limit") << search(delBom + QStringList{u"--limit"_s, u"-1"_s}) << 2
                                        << u"--limit must be between"_s;
        QTest::newRow("three stops")
            << search(delBom + QStringList{u"--max-stops"_s, u"3"_s}) << 2 << u"--max-stops"_s;
        QTest::newRow("bad currency")
            << search(delBom + QStringList{u"--currency"_s, u"XXQ"_s}) << 2 << u"not a currency"_s;
        QTest::newRow("missing date")
            << search({u"--from"_s, u"DEL"_s, u"--to"_s, u"BOM"_s}) << 2 << u"missing --date"_s;
        QTest::newRow("bad slice") << search({u"--slice"_s, u"DEL-BOM-2026-12-24"_s}) << 2
                                   << u"--slice FROM:TO:YYYY-MM-DD"_s;
        QTest::newRow("slice and from")
            << search(delBom + QStringList{u"--slice"_s, u"DEL:BOM:2026-12-24"_s}) << 2
            << u"cannot be combined"_s;
        QTest::newRow("unknown option")
            << search(delBom + QStringList{u"--fast"_s}) << 2 << u"fast"_s;
        QTest::newRow("stray argument")
            << search(delBom + QStringList{u"BOM"_s}) << 2 << u"unexpected argument “BOM”"_s;
        QTest::newRow("unknown command") << QStringList{u"hotels"_s} << 2 << u"unknown command"_s;
        QTest::newRow("no command") << QStringList{} << 2 << u"no command"_s;
        QTest::newRow("flights without search")
            << QStringList{u"flights"_s} << 2 << u"subcommand"_s;
        QTest::newRow("airports without a query")
            << QStringList{u"airports"_s} << 2 << u"what to look for"_s;
        QTest::newRow("repeated option") << search(delBom + QStringList{u"--from"_s, u"NYC"_s}) << 2
                                         << u"--from was given more than once (“DEL” and “NYC”)"_s;
        QTest::newRow("repeated limit")
            << QStringList{u"airports"_s, u"del"_s, u"--limit"_s, u"3"_s, u"--limit"_s, u"5"_s} << 2
            << u"--limit was given more than once"_s;
        // The search's own limit is named, not a range it does not accept.
        QTest::newRow("a hundred adults")
            << search(delBom + QStringList{u"--adults"_s, u"100"_s}) << 2 << u"9 passengers"_s;
        QTest::newRow("negative adults") << search(delBom + QStringList{u"--adults"_s, u"-1"_s})
                                         << 2 << u"--adults must be 0 or more"_s;
        QTest::newRow("a pasted paragraph as a place")
            << search({u"--from"_s, QString(10000, u'x'), u"--to"_s, u"BOM"_s, u"--date"_s, kDate})
            << 2 << u"unknown airport “XXXX"_s;
        QTest::newRow("airports bad limit")
            << QStringList{u"airports"_s, u"del"_s, u"--limit"_s, u"0"_s} << 2 << u"--limit"_s;
    }
    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, mention);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, exitCode);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.startsWith(u"tripdesk-cli: "_s), qPrintable(err));
        QVERIFY2(err.endsWith(u'\n') && err.count(u'\n') == 1, qPrintable(err));
        QVERIFY2(err.contains(mention), qPrintable(err));
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        QVERIFY2(err.size() < 300, qPrintable(err.left(300))); // input is quoted, not echoed whole
    }

    // An empty --data-dir is a mistake in a script, not a request for the default folder.
    void emptyDataDirIsRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("after the command")
            << QStringList{u"airports"_s, u"del"_s, u"--data-dir"_s, QString()};
        QTest::newRow("before the command")
            << QStringList{u"--data-dir"_s, QString(), u"airports"_s, u"del"_s};
        QTest::newRow("with equals") << QStringList{u"airports"_s, u"del"_s, u"--data-dir="_s};
    }
    void emptyDataDirIsRefused()
    {
        QFETCH(QStringList, arguments);
        QProcess process;
        process.start(QString::fromUtf8(TRIPDESK_CLI_PATH), arguments);
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("--data-dir needs a folder"));
        QVERIFY(process.readAllStandardOutput().isEmpty());
    }

#ifdef TRIPDESK_GUI_PATH
    // The desk answers --help and --version on a machine without any display.
    void guiHelpWithoutADisplay_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("help") << u"--help"_s << QByteArray("--data-dir");
        QTest::newRow("version") << u"--version"_s << QByteArray("TripDesk ");
    }
    void guiHelpWithoutADisplay()
    {
        QFETCH(QString, option);
        QFETCH(QByteArray, expected);
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"QT_QPA_PLATFORM"_s);
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        process.setProcessEnvironment(env);
        process.start(QString::fromUtf8(TRIPDESK_GUI_PATH), {option});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QVERIFY2(process.readAllStandardOutput().contains(expected),
                 process.readAllStandardError().constData());
    }
#endif

    // A data folder that cannot be created is a run-time failure, not a usage error.
    void unusableDataDir()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"not-a-folder"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"TRIPDESK_NOW"_s, kNow);
        process.setProcessEnvironment(env);
        process.start(QString::fromUtf8(TRIPDESK_CLI_PATH),
                      {u"airports"_s, u"mumb"_s, u"--data-dir"_s, file.fileName() + u"/sub"_s});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 1);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.startsWith(u"tripdesk-cli: "_s) && err.count(u'\n') == 1, qPrintable(err));
    }

    void badNowIsAUsageError()
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"TRIPDESK_NOW"_s, u"yesterday"_s);
        process.setProcessEnvironment(env);
        process.start(QString::fromUtf8(TRIPDESK_CLI_PATH),
                      {u"airports"_s, u"mumb"_s, u"--data-dir"_s, m_dataDir.path()});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("TRIPDESK_NOW"));
    }

    // The environment the README documents, read by the same rules as the desk reads it; the
    // command line wins over it.
    void environment_data()
    {
        QTest::addColumn<QStringList>("variables"); // NAME=value
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected"); // on stdout when 0, else on stderr
        const QStringList delBom{u"flights"_s, u"search"_s, u"--from"_s, u"DEL"_s,   u"--to"_s,
                                 u"BOM"_s,     u"--date"_s, kDate,       u"--json"_s};
        QTest::newRow("currency") << QStringList{u"TRIPDESK_CURRENCY=inr"_s} << delBom << 0
                                  << u"\"currency\": \"INR\""_s;
        QTest::newRow("the option wins")
            << QStringList{u"TRIPDESK_CURRENCY=INR"_s}
            << delBom + QStringList{u"--currency"_s, u"EUR"_s} << 0 << u"\"currency\": \"EUR\""_s;
        QTest::newRow("unknown currency") << QStringList{u"TRIPDESK_CURRENCY=ABC"_s} << delBom << 2
                                          << u"“ABC” is not a currency"_s;
        QTest::newRow("no sandbox") << QStringList{u"TRIPDESK_SANDBOX=off"_s} << delBom << 1
                                    << u"No flight supplier is set up"_s;
        QTest::newRow("sandbox neither on nor off")
            << QStringList{u"TRIPDESK_SANDBOX=maybe"_s} << delBom << 2 << u"neither on nor off"_s;
        QTest::newRow("a supplier not built in")
            << QStringList{u"TRIPDESK_ACME_URL=http://127.0.0.1:9"_s} << delBom << 2
            << u"TRIPDESK_ACME_URL names a supplier TripDesk has no adapter for"_s;
        QTest::newRow("duffel without its token")
            << QStringList{u"TRIPDESK_DUFFEL_URL=http://127.0.0.1:9"_s} << delBom << 2
            << u"TRIPDESK_DUFFEL_URL is set but TRIPDESK_DUFFEL_TOKEN is not"_s;
        QTest::newRow("duffel's token without its address")
            << QStringList{u"TRIPDESK_DUFFEL_TOKEN=duffel_test_x"_s} << delBom << 2
            << u"TRIPDESK_DUFFEL_URL is not"_s;
        // Credentials go only over TLS, or to a stand-in on this computer.
        QTest::newRow("plain http to another host")
            << QStringList{u"TRIPDESK_DUFFEL_URL=http://api.duffel.com"_s,
                           u"TRIPDESK_DUFFEL_TOKEN=duffel_test_x"_s}
            << delBom << 2 << u"must be an https:// address"_s;
        QTest::newRow("sabre key in the wrong shape")
            << QStringList{u"TRIPDESK_SABRE_URL=http://127.0.0.1:9"_s, u"TRIPDESK_SABRE_KEY=7971"_s,
                           u"TRIPDESK_SABRE_SECRET=s"_s}
            << delBom << 2 << u"V1:user:group:domain"_s;
    }

    // The sandbox, Duffel and Sabre searched at once, the two vendors through their stand-ins
    // over real HTTP as TRIPDESK_DUFFEL_* and TRIPDESK_SABRE_* point the CLI at them; an offer
    // Duffel sold priced by a second process; Sabre failing leaves the others' offers.
    void searchesDuffelAndSabreThroughTheEnvironment()
    {
        QProcess standIns;
        standIns.start(QString::fromUtf8(TRIPDESK_STAND_INS_PATH), {});
        QVERIFY(standIns.waitForStarted());
        QStringList env;
        QString sabreUrl;
        QVERIFY(QTest::qWaitFor(
            [&] {
                while (standIns.canReadLine()) {
                    const QString line = QString::fromUtf8(standIns.readLine()).trimmed();
                    if (line.startsWith(u"export "_s))
                        env += line.mid(7).split(u' ', Qt::SkipEmptyParts);
                    if (line.startsWith(u"Sabre stand-in at "_s))
                        sabreUrl = line.mid(18);
                }
                return env.size() == 5;
            },
            30000));
        const auto runWith = [&](const QStringList &arguments) {
            QProcess cli;
            QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
            e.insert(u"TRIPDESK_NOW"_s, kNow);
            for (const QString &pair : env)
                e.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
            cli.setProcessEnvironment(e);
            cli.start(QString::fromUtf8(TRIPDESK_CLI_PATH),
                      arguments + QStringList{u"--data-dir"_s, m_dataDir.filePath(u"vendors"_s)});
            Run r;
            if (!cli.waitForFinished(120000))
                return r;
            r.exitCode = cli.exitCode();
            r.out = cli.readAllStandardOutput();
            r.err = cli.readAllStandardError();
            return r;
        };
        const QStringList search{u"flights"_s, u"search"_s, u"--from"_s, u"DEL"_s,   u"--to"_s,
                                 u"BOM"_s,     u"--date"_s, kDate,       u"--json"_s};
        const Run all = runWith(search);
        QVERIFY2(all.exitCode == 0, all.err.constData());
        QStringList answered;
        for (const QJsonValue &s : all.json()[u"suppliers"].toArray()) {
            if (s[u"status"].toString() == u"ok")
                answered << s[u"name"].toString();
        }
        QCOMPARE(answered, (QStringList{u"sandbox"_s, u"duffel"_s, u"sabre"_s}));
        // The stand-ins sell the sandbox's flights: each result has the others as options.
        const QJsonObject first = all.json()[u"offers"][0].toObject();
        QString duffelOffer;
        for (const QJsonValue &o : first[u"options"].toArray()) {
            if (o[u"supplier"].toString() == u"duffel")
                duffelOffer = o[u"id"].toString();
        }
        QVERIFY2(duffelOffer.startsWith(u"off_"_s), qPrintable(duffelOffer));
        const Run priced = runWith({u"flights"_s, u"price"_s, duffelOffer, u"--json"_s});
        QVERIFY2(priced.exitCode == 0, priced.err.constData());
        QCOMPARE(priced.json()[u"offer"][u"supplier"].toString(), u"duffel"_s);

        // Sabre down: the sandbox's and Duffel's offers still come, Sabre named as failing.
        QNetworkAccessManager control;
        QNetworkRequest request(QUrl(sabreUrl + u"/_faults"_s));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *fault = control.post(
            request, QByteArrayLiteral(R"({"kind":"status","status":503,"count":-1})"));
        QVERIFY(QTest::qWaitFor([fault] { return fault->isFinished(); }, 10000));
        QCOMPARE(fault->error(), QNetworkReply::NoError);
        const Run partial = runWith(search + QStringList{u"--sort"_s, u"price"_s});
        QVERIFY2(partial.exitCode == 0, partial.err.constData());
        QStringList failed;
        for (const QJsonValue &s : partial.json()[u"suppliers"].toArray()) {
            if (s[u"status"].toString() == u"failed")
                failed << s[u"name"].toString();
        }
        QCOMPARE(failed, QStringList{u"sabre"_s});
        QVERIFY(!partial.json()[u"offers"].toArray().isEmpty());
        standIns.kill();
        standIns.waitForFinished();
    }
    void environment()
    {
        QFETCH(QStringList, variables);
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"TRIPDESK_NOW"_s, kNow);
        env.remove(u"TRIPDESK_LANG"_s);
        for (const QString &variable : variables)
            env.insert(variable.section(u'=', 0, 0), variable.section(u'=', 1));
        process.setProcessEnvironment(env);
        process.start(QString::fromUtf8(TRIPDESK_CLI_PATH),
                      arguments + QStringList{u"--data-dir"_s, m_dataDir.path()});
        QVERIFY(process.waitForFinished(120000));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), exitCode);
        QVERIFY2((exitCode == 0 ? out : err).contains(expected), qPrintable(err + out.left(300)));
    }

    // TRIPDESK_DATA_DIR is the data folder when --data-dir is not given.
    void dataDirFromTheEnvironment()
    {
        QTemporaryDir dir;
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"TRIPDESK_NOW"_s, kNow);
        env.insert(u"TRIPDESK_DATA_DIR"_s, dir.filePath(u"from-env"_s));
        process.setProcessEnvironment(env);
        process.start(QString::fromUtf8(TRIPDESK_CLI_PATH), {u"airports"_s, u"mumb"_s});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(QFileInfo::exists(dir.filePath(u"from-env/tripdesk.sqlite"_s)));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
