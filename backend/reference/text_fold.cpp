#include "backend/reference/text_fold.h"

namespace tripdesk::textfold {

namespace {

// Marks that only decorate a letter, so that people leave them out when they type: Latin,
// Greek and Cyrillic diacritics, Hebrew points, Arabic vowel marks, and the nukta of the Indic
// scripts (ज़ is typed ज as often as not). The vowel signs and viramas of the Indic scripts,
// Thai vowels and Japanese voicing marks spell the word and are kept.
bool isDecoration(char16_t c)
{
    return (c >= 0x0300 && c <= 0x036f) || (c >= 0x0483 && c <= 0x0489) ||
           (c >= 0x0591 && c <= 0x05c7) || (c >= 0x0610 && c <= 0x061a) ||
           (c >= 0x064b && c <= 0x065f) || c == 0x0670 || (c >= 0x06d6 && c <= 0x06ed) ||
           c == 0x093c || c == 0x09bc || c == 0x0a3c || c == 0x0abc || c == 0x0b3c || c == 0x0cbc ||
           (c >= 0x1ab0 && c <= 0x1aff) || (c >= 0x1dc0 && c <= 0x1dff) ||
           (c >= 0x20d0 && c <= 0x20ff) || (c >= 0xfe20 && c <= 0xfe2f);
}

// Letters that are not a base letter plus a mark, so decomposition leaves them alone.
bool appendSpecial(char16_t c, QString &out)
{
    switch (c) {
    case u'ß':
        out.append(u"ss");
        return true;
    case u'æ':
    case u'Æ':
        out.append(u"ae");
        return true;
    case u'œ':
    case u'Œ':
        out.append(u"oe");
        return true;
    case u'ø':
    case u'Ø':
        out.append(u'o');
        return true;
    case u'đ':
    case u'Đ':
    case u'ð':
    case u'Ð':
        out.append(u'd');
        return true;
    case u'ł':
    case u'Ł':
        out.append(u'l');
        return true;
    case u'þ':
    case u'Þ':
        out.append(u"th");
        return true;
    case u'ı':
        out.append(u'i');
        return true;
    default:
        return false;
    }
}

} // namespace

void foldInto(QStringView text, QString &out)
{
    qsizetype ascii = 0;
    while (ascii < text.size() && text[ascii].unicode() < 0x80)
        ++ascii;
    for (qsizetype i = 0; i < ascii; ++i) {
        const char16_t c = text[i].unicode();
        out.append(QChar(c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c));
    }
    if (ascii == text.size())
        return; // most names: nothing to normalise

    // Compatibility decomposition of the whole rest at once: precomposed letters become base
    // plus marks in canonical order (so "क़" and "क" + "़", or marks typed in another order, are
    // the same), full-width and ligature forms become plain letters.
    const QString decomposed =
        text.sliced(ascii).toString().normalized(QString::NormalizationForm_KD);
    for (QChar part : decomposed) {
        const char16_t c = part.unicode();
        if (c < 0x80) {
            out.append(QChar(c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c));
            continue;
        }
        if (appendSpecial(c, out))
            continue;
        if (QChar::isSurrogate(c)) {
            out.append(part); // outside the BMP: no letters we fold
            continue;
        }
        if (part.isMark()) {
            if (isDecoration(c))
                continue;
            // Chandrabindu and anusvara are written for one another: "मुँबई", "मुंबई".
            out.append(c == 0x0901 ? QChar(0x0902) : part);
            continue;
        }
        // Joiners and other invisible format characters some keyboards insert inside words.
        if (part.category() == QChar::Other_Format)
            continue;
        out.append(part.toLower());
    }
}

} // namespace tripdesk::textfold
