#include "LanguageGuess.h"

#include <QSet>

#include <array>

namespace evalreview::ingest::ocr {

QString guessLanguage(const QStringList &words)
{
    struct Language
    {
        const char *name;
        QSet<QString> common;
    };
    // Function words, each frequent in its language and rare in the other two.
    static const std::array<Language, 3> languages{{
        {"eng",
         {QStringLiteral("the"), QStringLiteral("and"), QStringLiteral("of"), QStringLiteral("to"),
          QStringLiteral("is"), QStringLiteral("for"), QStringLiteral("that"), QStringLiteral("with"),
          QStringLiteral("this"), QStringLiteral("be"), QStringLiteral("are"), QStringLiteral("will")}},
        {"fra",
         {QStringLiteral("le"), QStringLiteral("les"), QStringLiteral("et"), QStringLiteral("des"),
          QStringLiteral("du"), QStringLiteral("pour"), QStringLiteral("une"), QStringLiteral("est"),
          QStringLiteral("dans"), QStringLiteral("sur"), QStringLiteral("au"), QStringLiteral("aux")}},
        {"spa",
         {QStringLiteral("el"), QStringLiteral("los"), QStringLiteral("las"), QStringLiteral("y"),
          QStringLiteral("del"), QStringLiteral("para"), QStringLiteral("una"), QStringLiteral("por"),
          QStringLiteral("con"), QStringLiteral("es"), QStringLiteral("lo"), QStringLiteral("al")}},
    }};
    std::array<int, 3> hits{};
    for (const QString &w : words) {
        const QString word = w.toLower();
        for (size_t i = 0; i < languages.size(); ++i) {
            hits[i] += languages[i].common.contains(word) ? 1 : 0;
        }
    }
    size_t best = 0;
    for (size_t i = 1; i < hits.size(); ++i) {
        best = hits[i] > hits[best] ? i : best;
    }
    constexpr int kEnough = 8; // below this, a few names or headings could decide
    return hits[best] >= kEnough ? QString::fromLatin1(languages[best].name) : QString();
}

} // namespace evalreview::ingest::ocr
