#include "TextLayerCheck.h"

#include <QRegularExpression>

namespace evalreview::ingest::ocr {

namespace {

/// Letters of English, French and Spanish beyond ASCII.
bool isExpectedAccent(QChar c)
{
    static const QString accents = QStringLiteral("àâäáçéèêëíîïìñóôöòœúûüùÿæ"
                                                  "ÀÂÄÁÇÉÈÊËÍÎÏÌÑÓÔÖÒŒÚÛÜÙŸÆ");
    return accents.contains(c);
}

bool isVowel(QChar c)
{
    static const QString vowels = QStringLiteral("aeiouyàâäáéèêëíîïìóôöòœúûüùÿæ");
    return vowels.contains(c.toLower());
}

} // namespace

bool isSuspiciousWord(const QString &word)
{
    static const QRegularExpression glyphName(QStringLiteral("^/?(?:(?:gid|cid|glyph|uni|g)[0-9A-Fa-f]{2,})+$"),
                                              QRegularExpression::CaseInsensitiveOption);
    if (glyphName.match(word).hasMatch() || word.contains(QLatin1String("/gid"))) {
        return true;
    }
    int letters = 0;
    int vowels = 0;
    for (const QChar c : word) {
        const char16_t u = c.unicode();
        if (u == 0xFFFD || (u >= 0xE000 && u <= 0xF8FF) || (u < 0x20 && u != '\t')) {
            return true; // replacement, private use (unmapped glyphs), control characters
        }
        if (c.isLetter()) {
            if (u >= 0x80 && !isExpectedAccent(c)) {
                return true; // a letter of no language the documents are written in
            }
            ++letters;
            vowels += isVowel(c) ? 1 : 0;
        }
    }
    // Long runs of letters without a vowel are no words of these languages (acronyms are short).
    return letters >= 6 && vowels == 0;
}

TextLayer judgeTextLayer(const QList<Word> &words)
{
    int counted = 0;
    int suspicious = 0;
    for (const Word &w : words) {
        const QString text = w.text.trimmed();
        if (text.isEmpty()) {
            continue;
        }
        ++counted;
        suspicious += isSuspiciousWord(text) ? 1 : 0;
    }
    if (counted == 0) {
        return TextLayer::Missing;
    }
    // A page of real text has a suspicious word now and then (a name, a symbol); garbage has many.
    constexpr double kGarbageShare = 0.2;
    return suspicious >= 3 && suspicious > kGarbageShare * counted ? TextLayer::Garbage : TextLayer::Usable;
}

} // namespace evalreview::ingest::ocr
