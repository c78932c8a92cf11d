// Dates typed the way agents type them, read against a fixed today (Wednesday 2 December 2026).

#include "backend/core/typed_date.h"

#include <QTest>

using namespace Qt::StringLiterals;
using tripdesk::Error;
using tripdesk::parseTypedDate;

namespace {

const QDate kToday(2026, 12, 2); // a Wednesday

} // namespace

class TestTypedDate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("expected");
        const QDate xmas(2026, 12, 24);

        QTest::newRow("ISO") << u"2026-12-24"_s << kToday << xmas;
        QTest::newRow("ISO, one-digit month") << u"2027-1-5"_s << kToday << QDate(2027, 1, 5);
        QTest::newRow("slashes") << u"24/12/2026"_s << kToday << xmas;
        QTest::newRow("dots") << u"24.12.2026"_s << kToday << xmas;
        QTest::newRow("dashes") << u"24-12-2026"_s << kToday << xmas;
        QTest::newRow("two-digit year") << u"24/12/26"_s << kToday << xmas;
        QTest::newRow("one-digit day and month") << u"5/1/2027"_s << kToday << QDate(2027, 1, 5);
        QTest::newRow("day and month") << u"24/12"_s << kToday << xmas;
        QTest::newRow("day and month, dots") << u"24.12"_s << kToday << xmas;
        QTest::newRow("day and month, trailing dot") << u"24.12."_s << kToday << xmas;
        QTest::newRow("day and month today") << u"2/12"_s << kToday << kToday;
        QTest::newRow("day and month passed: next year")
            << u"1/12"_s << kToday << QDate(2027, 12, 1);
        QTest::newRow("29 February: the next leap year")
            << u"29/02"_s << kToday << QDate(2028, 2, 29);
        QTest::newRow("24dec") << u"24dec"_s << kToday << xmas;
        QTest::newRow("24 dec") << u"24 dec"_s << kToday << xmas;
        QTest::newRow("dec 24") << u"dec 24"_s << kToday << xmas;
        QTest::newRow("upper case") << u"24DEC"_s << kToday << xmas;
        QTest::newRow("long month and year") << u"24 December 2026"_s << kToday << xmas;
        QTest::newRow("24dec26") << u"24dec26"_s << kToday << xmas;
        QTest::newRow("24-Dec-2026") << u"24-Dec-2026"_s << kToday << xmas;
        QTest::newRow("Dec 24, 2026") << u"Dec 24, 2026"_s << kToday << xmas;
        QTest::newRow("ordinal") << u"24th dec"_s << kToday << xmas;
        QTest::newRow("sept") << u"sept 3"_s << kToday << QDate(2027, 9, 3);
        QTest::newRow("month passed: next year") << u"5 jan"_s << kToday << QDate(2027, 1, 5);
        QTest::newRow("the field's own text") << u"Thu 24 Dec 2026"_s << kToday << xmas;
        QTest::newRow("an edited day beside the old weekday")
            << u"Thu 25 Dec 2026"_s << kToday << QDate(2026, 12, 25);
        QTest::newRow("day alone") << u"24"_s << kToday << xmas;
        QTest::newRow("day alone, today") << u"2"_s << kToday << kToday;
        QTest::newRow("day alone, passed: next month") << u"1"_s << kToday << QDate(2027, 1, 1);
        QTest::newRow("31 on 2 February: 31 March")
            << u"31"_s << QDate(2027, 2, 2) << QDate(2027, 3, 31);
        QTest::newRow("+30") << u"+30"_s << kToday << QDate(2027, 1, 1);
        QTest::newRow("+3d") << u"+3d"_s << kToday << QDate(2026, 12, 5);
        QTest::newRow("+2w") << u"+2w"_s << kToday << QDate(2026, 12, 16);
        QTest::newRow("+ 2 weeks") << u"+ 2 weeks"_s << kToday << QDate(2026, 12, 16);
        QTest::newRow("+0") << u"+0"_s << kToday << kToday;
        QTest::newRow("today") << u"today"_s << kToday << kToday;
        QTest::newRow("Tomorrow") << u"Tomorrow"_s << kToday << QDate(2026, 12, 3);
        QTest::newRow("tmw") << u"tmw"_s << kToday << QDate(2026, 12, 3);
        QTest::newRow("tomorrow on 31 December")
            << u"tomorrow"_s << QDate(2026, 12, 31) << QDate(2027, 1, 1);
        QTest::newRow("fri") << u"fri"_s << kToday << QDate(2026, 12, 4);
        QTest::newRow("friday") << u"friday"_s << kToday << QDate(2026, 12, 4);
        QTest::newRow("tues") << u"tues"_s << kToday << QDate(2026, 12, 8);
        QTest::newRow("today's weekday: a week on") << u"wed"_s << kToday << QDate(2026, 12, 9);
        QTest::newRow("WEDNESDAY") << u"WEDNESDAY"_s << kToday << QDate(2026, 12, 9);
        QTest::newRow("whitespace") << u"  24dec \t"_s << kToday << xmas;
    }
    void accepted()
    {
        QFETCH(QString, text);
        QFETCH(QDate, today);
        QFETCH(QDate, expected);
        const auto date = parseTypedDate(text, today);
        QVERIFY2(date.ok(), date.ok() ? "" : qPrintable(date.error().message));
        QCOMPARE(*date, expected);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mention");

        QTest::newRow("31 February") << u"31/02"_s << u"February has no day 31"_s;
        QTest::newRow("31 April by name") << u"31 apr"_s << u"April has no day 31"_s;
        QTest::newRow("29 February in a common year")
            << u"29/02/2027"_s << u"February 2027 has no day 29"_s;
        QTest::newRow("ISO 30 February") << u"2026-02-30"_s << u"February 2026 has no day 30"_s;
        QTest::newRow("month first") << u"12/24/2026"_s << u"there is no month 24"_s;
        QTest::newRow("month 13") << u"24/13"_s << u"there is no month 13"_s;
        QTest::newRow("day 32") << u"32/12"_s << u"no month has a day 32"_s;
        QTest::newRow("day 32 alone") << u"32"_s << u"no month has a day 32"_s;
        QTest::newRow("day 0") << u"0 dec"_s << u"no month has a day 0"_s;
        QTest::newRow("empty") << u""_s << u"Type a date"_s;
        QTest::newRow("blank") << u"   "_s << u"Type a date"_s;
        QTest::newRow("a word") << u"xmas"_s << u"“xmas” is not a date"_s;
        QTest::newRow("minus") << u"-3"_s << u"“-3” is not a date"_s;
        QTest::newRow("plus and a word") << u"+3x"_s << u"“+3x” is not a date"_s;
        QTest::newRow("plus alone") << u"+"_s << u"“+” is not a date"_s;
        QTest::newRow("two months") << u"24 dec jan"_s << u"is not a date"_s;
        QTest::newRow("two-letter month") << u"ju 24"_s << u"is not a date"_s;
        QTest::newRow("month alone") << u"dec"_s << u"is not a date"_s;
        QTest::newRow("three-digit year") << u"24/12/202"_s << u"is not a date"_s;
        QTest::newRow("year 0") << u"0000-12-24"_s << u"is not a date"_s;
        QTest::newRow("four numbers") << u"24/12/2026/1"_s << u"is not a date"_s;
        QTest::newRow("digits run together") << u"24122026"_s << u"is not a date"_s;
        QTest::newRow("a time") << u"24/12 10:00"_s << u"is not a date"_s;
        QTest::newRow("Devanagari") << u"२४ दिसंबर"_s << u"is not a date"_s;
        QTest::newRow("a pasted paragraph")
            << QString(500, u'x') << u"“xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…”"_s;
    }
    void refused()
    {
        QFETCH(QString, text);
        QFETCH(QString, mention);
        const auto date = parseTypedDate(text, kToday);
        QVERIFY2(!date.ok(), date.ok() ? qPrintable(date->toString(Qt::ISODate)) : "");
        QCOMPARE(date.error().kind, Error::Kind::InvalidInput);
        QVERIFY2(date.error().message.contains(mention), qPrintable(date.error().message));
        QVERIFY2(date.error().message.size() < 200, qPrintable(date.error().message));
    }

    // What cannot be read at all is answered with forms that can.
    void unreadableShowsExamples()
    {
        for (const QString &text : {u"xmas"_s, u"+3x"_s, u""_s}) {
            const auto date = parseTypedDate(text, kToday);
            QVERIFY(!date.ok());
            QVERIFY2(date.error().message.contains(u"24/12/2026"_s) &&
                         date.error().message.contains(u"+30"_s) &&
                         date.error().message.contains(u"tomorrow"_s),
                     qPrintable(date.error().message));
        }
    }

    void relativeFormsNeedToday()
    {
        const auto date = parseTypedDate(u"+3", QDate());
        QVERIFY(!date.ok());
        QCOMPARE(date.error().kind, Error::Kind::Internal);
    }
};

QTEST_GUILESS_MAIN(TestTypedDate)
#include "test_typed_date.moc"
