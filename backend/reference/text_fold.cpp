#include "backend/reference/text_fold.h"

namespace tripdesk::textfold {

void foldInto(QStringView text, QString &out)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80) {
            out.append(QChar(c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c));
            continue;
        }
        // Letters that are not a base letter plus a mark, so decomposition leaves them alone.
        switch (c) {
        case u'ß':
            out.append(u"ss");
            continue;
        case u'æ':
        case u'Æ':
            out.append(u"ae");
            continue;
        case u'œ':
        case u'Œ':
            out.append(u"oe");
            continue;
        case u'ø':
        case u'Ø':
            out.append(u'o');
            continue;
        case u'đ':
        case u'Đ':
        case u'ð':
        case u'Ð':
            out.append(u'd');
            continue;
        case u'ł':
        case u'Ł':
            out.append(u'l');
            continue;
        case u'þ':
        case u'Þ':
            out.append(u"th");
            continue;
        case u'ı':
            out.append(u'i');
            continue;
        default:
            break;
        }
        if (QChar::isSurrogate(c)) {
            out.append(QChar(c)); // outside the BMP: no letters we fold
            continue;
        }
        const QString decomposed = QString(QChar(c)).normalized(QString::NormalizationForm_KD);
        for (QChar part : decomposed) {
            const QChar::Category category = part.category();
            if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
                category == QChar::Mark_Enclosing)
                continue;
            out.append(part.toLower());
        }
    }
}

} // namespace tripdesk::textfold
