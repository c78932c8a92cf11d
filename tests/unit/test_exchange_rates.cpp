// The agency's exchange rates: exact conversion to the target's minor unit, rounding once, half
// away from zero; a missing rate is said, never guessed; bad rates are refused.

#include "backend/core/exchange_rates.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tripdesk;

namespace {

ExchangeRates agencyRates()
{
    ExchangeRates rates;
    for (const auto &[code, rate] : {std::pair{u"INR"_s, u"83.25"_s},
                                     {u"JPY"_s, u"150.123"_s},
                                     {u"KWD"_s, u"0.307"_s},
                                     {u"XOF"_s, u"600"_s},
                                     {u"EUR"_s, u"0.92"_s}}) {
        const auto set = rates.setRate(u"USD"_s, code, rate);
        if (!set)
            qFatal("rate refused: %s", qPrintable(set.error().message));
    }
    return rates;
}

} // namespace

class TestExchangeRates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void converts_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("dollars to rupees")
            << qint64(10000) << u"USD"_s << u"INR"_s << qint64(832500);
        QTest::newRow("rupees to dollars")
            << qint64(832500) << u"INR"_s << u"USD"_s << qint64(10000);
        QTest::newRow("through the base") << qint64(832500) << u"INR"_s << u"EUR"_s << qint64(9200);
        QTest::newRow("three decimals") << qint64(10000) << u"USD"_s << u"KWD"_s << qint64(30700);
        QTest::newRow("no decimals") << qint64(199) << u"USD"_s << u"XOF"_s << qint64(1194);
        // 1 yen is 0.00666… dollars: a cent, rounded up from half a cent or more.
        QTest::newRow("a yen") << qint64(1) << u"JPY"_s << u"USD"_s << qint64(1);
        QTest::newRow("rounds half away from zero")
            << qint64(-1) << u"JPY"_s << u"USD"_s << qint64(-1);
        QTest::newRow("lower-case code") << qint64(10000) << u"USD"_s << u"inr"_s << qint64(832500);
        QTest::newRow("same currency") << qint64(123) << u"INR"_s << u"INR"_s << qint64(123);
        // Large amounts stay exact: no 64-bit overflow in amount × rate.
        QTest::newRow("a large amount") << qint64(900'000'000'000'000) << u"USD"_s << u"INR"_s
                                        << qint64(74'925'000'000'000'000);
    }
    void converts()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(qint64, expected);
        const auto converted = agencyRates().convert(Money(minor, from), to);
        QVERIFY(converted.has_value());
        QCOMPARE(converted->minorUnits(), expected);
        QCOMPARE(converted->currency(), to.toUpper());
    }

    void aMissingRateIsSaid()
    {
        const ExchangeRates none;
        QVERIFY(none.convert(Money(100, u"USD"_s), u"USD"_s).has_value());
        QVERIFY(!none.convert(Money(100, u"USD"_s), u"INR"_s).has_value());
        QVERIFY(!none.canConvert(u"USD", u"INR"));
        QVERIFY(!none.compare(Money(100, u"USD"_s), Money(100, u"INR"_s), u"USD").has_value());
        QVERIFY(!agencyRates().convert(Money(100, u"USD"_s), u"GBP"_s).has_value());
        QVERIFY(!agencyRates().convert(Money(100, u"USD"_s), u"XAU"_s).has_value());
    }

    void comparesAcrossCurrencies()
    {
        const ExchangeRates rates = agencyRates();
        // 100 USD is 8,325 INR: 8,000 INR is cheaper, 9,000 dearer.
        QCOMPARE(rates.compare(Money(800000, u"INR"_s), Money(10000, u"USD"_s), u"USD"), -1);
        QCOMPARE(rates.compare(Money(900000, u"INR"_s), Money(10000, u"USD"_s), u"USD"), 1);
        QCOMPARE(rates.compare(Money(832500, u"INR"_s), Money(10000, u"USD"_s), u"INR"), 0);
    }

    void badRates_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("rate");
        QTest::newRow("zero") << u"USD"_s << u"INR"_s << u"0"_s;
        QTest::newRow("negative") << u"USD"_s << u"INR"_s << u"-83"_s;
        QTest::newRow("words") << u"USD"_s << u"INR"_s << u"eighty"_s;
        QTest::newRow("empty") << u"USD"_s << u"INR"_s << QString();
        QTest::newRow("too many decimals") << u"USD"_s << u"INR"_s << u"83.1234567"_s;
        QTest::newRow("too large") << u"USD"_s << u"INR"_s << u"1234567"_s;
        QTest::newRow("unknown currency") << u"USD"_s << u"ABC"_s << u"1.5"_s;
        QTest::newRow("another base") << u"EUR"_s << u"INR"_s << u"90"_s;
    }
    void badRates()
    {
        QFETCH(QString, base);
        QFETCH(QString, currency);
        QFETCH(QString, rate);
        ExchangeRates rates = agencyRates();
        const auto set = rates.setRate(base, currency, rate);
        QVERIFY(!set.ok());
        QCOMPARE(set.error().kind, Error::Kind::InvalidInput);
        QVERIFY2(set.error().message.endsWith(u'.'), qPrintable(set.error().message));
        // Nothing changed: the rupee rate is still the one set first.
        QCOMPARE(rates.convert(Money(10000, u"USD"_s), u"INR"_s)->minorUnits(), 832500);
    }
};

QTEST_GUILESS_MAIN(TestExchangeRates)
#include "test_exchange_rates.moc"
