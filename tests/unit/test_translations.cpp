// The UI catalogues: every Hindi message translated and consistent with its English source
// (placeholders, mnemonics, plural forms, the ellipsis character), and the compiled catalogues
// actually change what QCoreApplication::translate returns.

#include "translations/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct TsMessage {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;             // "unfinished", "vanished", "obsolete" or empty when finished
    QStringList translations; // one, or one per plural form
};

struct TsFile {
    QString language;
    QList<TsMessage> messages;
};

TsMessage readMessage(QXmlStreamReader &xml, const QString &context)
{
    TsMessage message;
    message.context = context;
    message.numerus = xml.attributes().value(u"numerus"_s) == u"yes";
    while (xml.readNextStartElement()) {
        if (xml.name() == u"source") {
            message.source = xml.readElementText();
        } else if (xml.name() == u"comment") {
            message.comment = xml.readElementText();
        } else if (xml.name() == u"translation") {
            message.type = xml.attributes().value(u"type"_s).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"numerusform")
                        message.translations << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.translations << xml.readElementText();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return message;
}

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot open %s", qPrintable(path));
        return ts;
    }
    QXmlStreamReader xml(&file);
    if (xml.readNextStartElement() && xml.name() == u"TS") {
        ts.language = xml.attributes().value(u"language"_s).toString();
        while (xml.readNextStartElement()) {
            if (xml.name() != u"context") {
                xml.skipCurrentElement();
                continue;
            }
            QString context;
            while (xml.readNextStartElement()) {
                if (xml.name() == u"name")
                    context = xml.readElementText();
                else if (xml.name() == u"message")
                    ts.messages << readMessage(xml, context);
                else
                    xml.skipCurrentElement();
            }
        }
    }
    if (xml.hasError())
        qWarning("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return ts;
}

QString describe(const TsMessage &m)
{
    return u"[%1] “%2”"_s.arg(m.context, m.source.left(80));
}

// %1…%99, %L1, %n and %Ln, sorted: a translation may reorder them but not lose or add one.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(u"%L?(\\d{1,2}|n)"_s);
    QStringList found;
    for (const QRegularExpressionMatch &match : re.globalMatch(text))
        found << match.captured();
    found.sort();
    return found;
}

// The letters marked with "&", lower-cased and sorted; "&&" is a literal ampersand and
// "&amp;"-style entities are HTML, not mnemonics.
QString mnemonics(QString text)
{
    static const QRegularExpression entity(u"&(#\\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);"_s);
    text.remove(entity);
    text.remove(u"&&"_s);
    QString letters;
    for (qsizetype i = text.indexOf(u'&'); i >= 0; i = text.indexOf(u'&', i + 1))
        letters += i + 1 < text.size() ? text.at(i + 1).toLower() : u'?';
    std::sort(letters.begin(), letters.end());
    return letters;
}

bool hasDevanagari(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0x0900 && c.unicode() <= 0x097F; });
}

// What may legitimately stay in Latin letters: key names, product names, option values.
bool needsTranslation(QString source)
{
    static const QRegularExpression keep(
        u"%L?(\\d{1,2}|n)|\\b(Ctrl|Shift|Alt|Return|Tab|Down|F\\d+|TripDesk|DIR)\\b|(?<=\\+)[A-Z]\\b"_s);
    source.remove(keep);
    return std::any_of(source.cbegin(), source.cend(),
                       [](QChar c) { return c.isLetter() && c.unicode() < 0x80; });
}

// Qt's plural rules give English and Hindi two forms each: n == 1, and everything else.
constexpr int kPluralForms = 2;

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void bothCataloguesListTheSameMessages();
    void hindiIsComplete();
    void translationsKeepPlaceholders_data();
    void translationsKeepPlaceholders();
    void hindiKeepsMnemonicLetters();
    void noThreeDotEllipsis_data();
    void noThreeDotEllipsis();
    void pluralMessagesHaveEveryForm_data();
    void pluralMessagesHaveEveryForm();
    void englishCatalogueOnlyCarriesPlurals();

    void englishPluralsAtRunTime();
    void hindiAtRunTime();

private:
    TsFile m_hi;
    TsFile m_en;
};

void TestTranslations::initTestCase()
{
    m_hi = readTs(QStringLiteral(TRIPDESK_TS_HI));
    m_en = readTs(QStringLiteral(TRIPDESK_TS_EN));
    QCOMPARE(m_hi.language, u"hi_IN"_s);
    QCOMPARE(m_en.language, u"en_US"_s);
    QVERIFY2(m_hi.messages.size() > 300, "the Hindi catalogue looks truncated");
}

void TestTranslations::cleanup()
{
    // Each run-time test starts from the untranslated application.
    const QList<QTranslator *> translators =
        QCoreApplication::instance()->findChildren<QTranslator *>();
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(QLocale::c());
}

void TestTranslations::bothCataloguesListTheSameMessages()
{
    auto keys = [](const TsFile &ts) {
        QStringList list;
        for (const TsMessage &m : ts.messages)
            list << m.context + u'\x1f' + m.source + u'\x1f' + m.comment;
        list.sort();
        return list;
    };
    QCOMPARE(keys(m_en), keys(m_hi));
}

void TestTranslations::hindiIsComplete()
{
    QStringList failures;
    for (const TsMessage &m : m_hi.messages) {
        if (!m.type.isEmpty())
            failures << describe(m) + u" is " + m.type;
        if (m.translations.isEmpty() ||
            std::any_of(m.translations.cbegin(), m.translations.cend(),
                        [](const QString &t) { return t.trimmed().isEmpty(); }))
            failures << describe(m) + u" has an empty translation";
        else if (needsTranslation(m.source) &&
                 !std::all_of(m.translations.cbegin(), m.translations.cend(), hasDevanagari))
            failures << describe(m) + u" is still in English: " + m.translations.join(u" | ");
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
}

void TestTranslations::translationsKeepPlaceholders_data()
{
    QTest::addColumn<bool>("hindi");
    QTest::newRow("hi") << true;
    QTest::newRow("en") << false;
}

void TestTranslations::translationsKeepPlaceholders()
{
    QFETCH(bool, hindi);
    const TsFile &ts = hindi ? m_hi : m_en;
    QStringList failures;
    for (const TsMessage &m : ts.messages) {
        if (m.numerus != m.source.contains(u"%n"))
            failures << describe(m) + u": %n and numerus=\"yes\" must go together";
        for (const QString &translation : m.translations) {
            if (translation.isEmpty())
                continue; // unfinished English: the source is shown
            if (placeholders(translation) != placeholders(m.source))
                failures << describe(m) + u" → “" + translation + u"”: placeholders “" +
                                placeholders(translation).join(u' ') + u"” instead of “" +
                                placeholders(m.source).join(u' ') + u"”";
        }
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
}

void TestTranslations::hindiKeepsMnemonicLetters()
{
    // The same Latin letter as in English keeps Alt+letter working on any keyboard and keeps
    // the letters unique within each menu and form, as the English ones are.
    QStringList failures;
    for (const TsMessage &m : m_hi.messages) {
        for (const QString &translation : m.translations) {
            if (mnemonics(translation) != mnemonics(m.source))
                failures << describe(m) + u" → “" + translation + u"”: mnemonics “" +
                                mnemonics(translation) + u"” instead of “" + mnemonics(m.source) +
                                u"”";
        }
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
}

void TestTranslations::noThreeDotEllipsis_data()
{
    translationsKeepPlaceholders_data();
}

void TestTranslations::noThreeDotEllipsis()
{
    QFETCH(bool, hindi);
    const TsFile &ts = hindi ? m_hi : m_en;
    QStringList failures;
    for (const TsMessage &m : ts.messages) {
        if (m.source.contains(u"..."))
            failures << describe(m) + u": write “…” in the source";
        for (const QString &translation : m.translations) {
            if (translation.contains(u"..."))
                failures << describe(m) + u" → “" + translation + u"”: write “…”";
        }
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
}

void TestTranslations::pluralMessagesHaveEveryForm_data()
{
    translationsKeepPlaceholders_data();
}

void TestTranslations::pluralMessagesHaveEveryForm()
{
    QFETCH(bool, hindi);
    const TsFile &ts = hindi ? m_hi : m_en;
    int plurals = 0;
    QStringList failures;
    for (const TsMessage &m : ts.messages) {
        if (!m.numerus)
            continue;
        ++plurals;
        if (!m.type.isEmpty())
            failures << describe(m) + u" is " + m.type;
        if (m.translations.size() != kPluralForms)
            failures << describe(m) +
                            u": %1 plural forms instead of %2"_s.arg(m.translations.size())
                                .arg(kPluralForms);
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    QVERIFY(plurals > 0);
}

void TestTranslations::englishCatalogueOnlyCarriesPlurals()
{
    // English is the source language: anything but a plural form would replace the text written
    // in the code, silently.
    QStringList failures;
    for (const TsMessage &m : m_en.messages) {
        if (!m.numerus && !m.translations.join(QString()).isEmpty())
            failures << describe(m) + u" has an English translation: " + m.translations.first();
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
}

void TestTranslations::englishPluralsAtRunTime()
{
    const QLocale locale = tripdesk::installTranslations(u"en"_s);
    QCOMPARE(locale.language(), QLocale::English);
    QCOMPARE(QCoreApplication::translate("FlightFormat", "%n stops", nullptr, 1), u"1 stop"_s);
    QCOMPARE(QCoreApplication::translate("FlightFormat", "%n stops", nullptr, 2), u"2 stops"_s);
    QCOMPARE(QCoreApplication::translate("tripdesk::OfferDetailsView", "%n children", nullptr, 1),
             u"1 child"_s);
    QCOMPARE(QCoreApplication::translate("tripdesk::OfferDetailsView", "%n children", nullptr, 3),
             u"3 children"_s);
    // Everything else is the text in the code.
    QCOMPARE(QCoreApplication::translate("tripdesk::MainWindow", "&Quit"), u"&Quit"_s);
}

void TestTranslations::hindiAtRunTime()
{
    const QLocale locale = tripdesk::installTranslations(u"hi"_s);
    QCOMPARE(locale.language(), QLocale::Hindi);
    QCOMPARE(QLocale().language(), QLocale::Hindi);

    // A widget's context (Q_OBJECT class in the tripdesk namespace), a Q_DECLARE_TR_FUNCTIONS
    // helper and a backend message all come out in Hindi.
    const QString adults = QCoreApplication::translate("tripdesk::FlightSearchForm", "&Adults");
    QVERIFY2(hasDevanagari(adults), qPrintable(adults));
    QCOMPARE(mnemonics(adults), u"a"_s);
    const QString direct = QCoreApplication::translate("FlightFormat", "Direct");
    QVERIFY2(hasDevanagari(direct), qPrintable(direct));
    const QString dbError =
        QCoreApplication::translate("Store", "The local database “%1” is damaged. Keep a copy of "
                                             "it, move it aside and restart to rebuild it.");
    QVERIFY2(hasDevanagari(dbError) && dbError.contains(u"%1"), qPrintable(dbError));

    // Plurals: "1 उड़ान" but "5 उड़ानें".
    QCOMPARE(QCoreApplication::translate("tripdesk::ResultsPane", "%n flights", nullptr, 1),
             u"1 उड़ान"_s);
    QCOMPARE(QCoreApplication::translate("tripdesk::ResultsPane", "%n flights", nullptr, 5),
             u"5 उड़ानें"_s);
    QCOMPARE(QCoreApplication::translate("tripdesk::OfferDetailsView", "%n children", nullptr, 1),
             u"1 बच्चा"_s);
    QCOMPARE(QCoreApplication::translate("tripdesk::OfferDetailsView", "%n children", nullptr, 2),
             u"2 बच्चे"_s);

    // Qt's own button text, which Qt has no Hindi catalogue for.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Close"), u"बंद करें"_s);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
