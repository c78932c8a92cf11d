#include "backend/core/money.h"

#include <QLocale>
#include <QTest>

#include <limits>
#include <optional>

using namespace Qt::StringLiterals;
using tripdesk::Money;

class TestMoney : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exponents_data()
    {
        QTest::addColumn<QString>("currency");
        QTest::addColumn<int>("exponent");
        QTest::newRow("INR") << u"INR"_s << 2;
        QTest::newRow("USD") << u"USD"_s << 2;
        QTest::newRow("JPY") << u"JPY"_s << 0;
        QTest::newRow("KRW") << u"KRW"_s << 0;
        QTest::newRow("KWD") << u"KWD"_s << 3;
        QTest::newRow("BHD") << u"BHD"_s << 3;
        QTest::newRow("XOF") << u"XOF"_s << 0;
        QTest::newRow("XAF") << u"XAF"_s << 0;
        QTest::newRow("UGX") << u"UGX"_s << 0;
        QTest::newRow("XPF") << u"XPF"_s << 0;
        QTest::newRow("PYG") << u"PYG"_s << 0;
        QTest::newRow("RWF") << u"RWF"_s << 0;
        QTest::newRow("VUV") << u"VUV"_s << 0;
        QTest::newRow("ISK") << u"ISK"_s << 0;
        QTest::newRow("CLF") << u"CLF"_s << 4;
        QTest::newRow("UYW") << u"UYW"_s << 4;
        QTest::newRow("IQD") << u"IQD"_s << 3;
        QTest::newRow("TND") << u"TND"_s << 3;
        QTest::newRow("MGA") << u"MGA"_s << 2;
        QTest::newRow("IDR") << u"IDR"_s << 2;
        QTest::newRow("lower-case usd") << u"usd"_s << 2;
        QTest::newRow("lower-case jpy") << u"jpy"_s << 0;
        QTest::newRow("mixed-case Kwd") << u"Kwd"_s << 3;
    }
    void exponents()
    {
        QFETCH(QString, currency);
        QFETCH(int, exponent);
        QCOMPARE(Money::exponent(currency), std::optional<int>(exponent));
        QVERIFY(Money::isKnownCurrency(currency));
        const Money m(1, currency);
        QVERIFY(m.isValid());
        QCOMPARE(m.currency(), currency.toUpper());
        QCOMPARE(m.exponent(), exponent);
    }

    void unknownCodesAreNotGivenAnExponent()
    {
        for (const QString &code :
             {u"XYZ"_s, u"US"_s, u"USDD"_s, u""_s, u"XAU"_s, u"XXX"_s, u"U1D"_s}) {
            QVERIFY2(!Money::exponent(code).has_value(), qPrintable(code));
            QVERIFY(!Money::isKnownCurrency(code));
            QVERIFY(!Money(100, code).isValid());
            QVERIFY(!Money::parse(u"1"_s, code).ok());
        }
    }

    void lowerCaseCodesParseToUpperCase()
    {
        // Stripe sends currencies in lower case.
        const auto m = Money::parse(u"12.34"_s, u"eur"_s);
        QVERIFY(m.ok());
        QCOMPARE(m->currency(), u"EUR"_s);
        QCOMPARE(*m, Money(1234, u"EUR"_s));
        QCOMPARE(Money::parse(u"500"_s, u"xof"_s)->minorUnits(), qint64(500));
        QVERIFY(!Money::parse(u"500.5"_s, u"XOF"_s).ok());
    }

    void mixedCurrenciesAreAnErrorNotANumber()
    {
        const Money usd(1000, u"USD"_s);
        const Money eur(1000, u"EUR"_s);
        const auto sum = usd.plus(eur);
        QVERIFY(!sum.ok());
        QVERIFY(sum.error().message.contains(u"USD"_s));
        QVERIFY(sum.error().message.contains(u"EUR"_s));
        QVERIFY(!usd.minus(eur).ok());
        QVERIFY(!usd.compare(eur).has_value());
        QCOMPARE(usd.compare(Money(999, u"usd"_s)), std::optional<int>(1));
        QCOMPARE(usd.plus(Money(5, u"usd"_s))->minorUnits(), qint64(1005));
        const Money big(std::numeric_limits<qint64>::max(), u"USD"_s);
        QVERIFY(!big.plus(Money(1, u"USD"_s)).ok());
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("roundTrip");
        QTest::newRow("two digits") << u"1234.50"_s << u"INR"_s << qint64(123450) << u"1234.50"_s;
        QTest::newRow("one digit") << u"1234.5"_s << u"INR"_s << qint64(123450) << u"1234.50"_s;
        QTest::newRow("whole") << u"12"_s << u"GBP"_s << qint64(1200) << u"12.00"_s;
        QTest::newRow("yen") << u"15000"_s << u"JPY"_s << qint64(15000) << u"15000"_s;
        QTest::newRow("dinar") << u"1.25"_s << u"KWD"_s << qint64(1250) << u"1.250"_s;
        QTest::newRow("negative") << u"-0.75"_s << u"USD"_s << qint64(-75) << u"-0.75"_s;
        QTest::newRow("leading dot") << u".5"_s << u"EUR"_s << qint64(50) << u"0.50"_s;
        QTest::newRow("trailing zeros") << u"30.200"_s << u"GBP"_s << qint64(3020) << u"30.20"_s;
        QTest::newRow("spaces") << u" 7.10 "_s << u"USD"_s << qint64(710) << u"7.10"_s;
        QTest::newRow("huge") << u"92233720368547758.07"_s << u"USD"_s
                              << qint64(9223372036854775807LL) << u"92233720368547758.07"_s;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, currency);
        QFETCH(qint64, minor);
        QFETCH(QString, roundTrip);
        const auto m = Money::parse(text, currency);
        QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().detail));
        QCOMPARE(m->minorUnits(), minor);
        QCOMPARE(m->currency(), currency);
        QCOMPARE(m->toDecimalString(), roundTrip);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("currency");
        QTest::newRow("empty") << QString() << u"USD"_s;
        QTest::newRow("sign only") << u"-"_s << u"USD"_s;
        QTest::newRow("dot only") << u"."_s << u"USD"_s;
        QTest::newRow("trailing dot") << u"12."_s << u"USD"_s;
        QTest::newRow("too precise") << u"1.005"_s << u"USD"_s;
        QTest::newRow("fraction of yen") << u"100.5"_s << u"JPY"_s;
        QTest::newRow("exponent") << u"1e5"_s << u"USD"_s;
        QTest::newRow("comma") << u"1,000.00"_s << u"USD"_s;
        QTest::newRow("two dots") << u"1.0.0"_s << u"USD"_s;
        QTest::newRow("overflow") << u"92233720368547758.08"_s << u"USD"_s;
        QTest::newRow("way too big") << u"99999999999999999999999"_s << u"JPY"_s;
        QTest::newRow("bad currency") << u"1.00"_s << u"US"_s;
        QTest::newRow("unknown currency") << u"1.00"_s << u"ABC"_s;
        QTest::newRow("franc with cents") << u"100.50"_s << u"XAF"_s;
        QTest::newRow("shilling with cents") << u"100.50"_s << u"UGX"_s;
    }
    void rejects()
    {
        QFETCH(QString, text);
        QFETCH(QString, currency);
        const auto m = Money::parse(text, currency);
        QVERIFY(!m.ok());
        QCOMPARE(m.error().kind, tripdesk::Error::Kind::InvalidInput);
        QVERIFY(!m.error().message.isEmpty());
    }

    void scaledRoundsHalfAwayFromZero()
    {
        QCOMPARE(Money::fromScaled(12345, 3, u"USD"_s).minorUnits(), qint64(1235));
        QCOMPARE(Money::fromScaled(-12345, 3, u"USD"_s).minorUnits(), qint64(-1235));
        QCOMPARE(Money::fromScaled(12344, 3, u"USD"_s).minorUnits(), qint64(1234));
        QCOMPARE(Money::fromScaled(1499, 2, u"JPY"_s).minorUnits(), qint64(15));
        QCOMPARE(Money::fromScaled(7, 0, u"KWD"_s).minorUnits(), qint64(7000));
    }

    void arithmetic()
    {
        const Money a(1050, u"INR"_s);
        const Money b(250, u"INR"_s);
        QCOMPARE((a + b).minorUnits(), qint64(1300));
        QCOMPARE((a - b).minorUnits(), qint64(800));
        QCOMPARE((a * 3).minorUnits(), qint64(3150));
        QVERIFY(b < a);
        Money sum;
        sum += a;
        sum += b;
        QCOMPARE(sum, Money(1300, u"INR"_s));
    }

    void display()
    {
        const QLocale india(QLocale::English, QLocale::India);
        QCOMPARE(Money(123450, u"INR"_s).toDisplayString(india), u"₹1,234.50"_s);
        const QLocale us(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(Money(1500, u"JPY"_s).toDisplayString(us), u"¥1,500"_s);
        QCOMPARE(Money(1250, u"KWD"_s).toDisplayString(us), u"KWD\u00A01.250"_s);
        // Hindi shows the same symbols as English, with its own grouping; the CLI prints this.
        const QLocale hindi(QLocale::Hindi, QLocale::India);
        QVERIFY(Money(12200, u"USD"_s).toDisplayString(hindi).startsWith(u"$"_s));
        QCOMPARE(Money(12250000, u"INR"_s).toDisplayString(hindi), u"₹1,22,500.00"_s);
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "test_money.moc"
