#pragma once
// Private to backend/reference: how the autocomplete index folds and splits text. The index and
// the queries go through the same two functions, so "São Paulo", "SAO PAULO" and "sao paulo" are
// the same words.

#include <QString>

#include <string_view>

namespace tripdesk::textfold {

// Appends text to out, lower-cased and without diacritics ("São" -> "sao", "Straße" -> "strasse"),
// compatibility-decomposed (NFKD). The marks that spell a word in the Indic scripts (vowel signs,
// virama, anusvara) stay: "मुंबई" keeps every one of them.
void foldInto(QStringView text, QString &out);

inline bool isApostrophe(char16_t c)
{
    return c == u'\'' || c == u'\u2019' || c == u'\u02bc' || c == u'\u02bb' || c == u'`' ||
           c == u'\u00b4';
}

inline std::u16string_view u16(QStringView v)
{
    return {v.utf16(), size_t(v.size())};
}

// Splits folded text into words of letters, digits and the marks that follow them ("मुंबई" is
// one word, not three); apostrophes join ("O'Hare" -> "ohare", "Xi'an" -> "xian"). Words are handed
// out as views into folded (or into a scratch buffer when an apostrophe had to be dropped), valid
// only during the call, so splitting allocates nothing.
template<typename Sink> void forEachWord(QStringView folded, Sink &&sink)
{
    QString joined;
    qsizetype start = -1;
    bool apostrophe = false;
    for (qsizetype i = 0; i <= folded.size(); ++i) {
        if (i < folded.size()) {
            const QChar c = folded[i];
            if (c.isLetterOrNumber()) {
                if (start < 0)
                    start = i;
                continue;
            }
            if (start >= 0 && c.isMark())
                continue;
            if (start >= 0 && isApostrophe(c.unicode())) {
                apostrophe = true;
                continue;
            }
        }
        if (start < 0)
            continue;
        const QStringView word = folded.sliced(start, i - start);
        if (apostrophe) {
            joined.clear();
            for (QChar c : word) {
                if (!isApostrophe(c.unicode()))
                    joined.append(c);
            }
            sink(u16(joined));
        } else {
            sink(u16(word));
        }
        start = -1;
        apostrophe = false;
    }
}

} // namespace tripdesk::textfold
