// Which pages are read by text recognition, and in which language.
#include "ocr/LanguageGuess.h"
#include "ocr/TextLayerCheck.h"

#include <gtest/gtest.h>

using namespace evalreview;
using namespace evalreview::ingest::ocr;

namespace {

QList<Word> wordsOf(const QString &text)
{
    QList<Word> words;
    for (const QString &t : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        Word w;
        w.text = t;
        words.append(w);
    }
    return words;
}

} // namespace

TEST(TextLayer, RealTextInThreeLanguagesIsUsable)
{
    EXPECT_EQ(judgeTextLayer(wordsOf(QStringLiteral(
                  "Management accepts the recommendation and will strengthen the M&E framework by 2025 (ILO/SECO)."))),
              TextLayer::Usable);
    EXPECT_EQ(judgeTextLayer(wordsOf(QStringLiteral(
                  "La Direction accepte la recommandation ; l'échéance prévue est décembre, à l'unité régionale."))),
              TextLayer::Usable);
    EXPECT_EQ(judgeTextLayer(wordsOf(QStringLiteral(
                  "La gerencia acepta la recomendación; el plazo es junio y la unidad responsable, ¿cuál?"))),
              TextLayer::Usable);
}

TEST(TextLayer, NoWordsIsMissing)
{
    EXPECT_EQ(judgeTextLayer({}), TextLayer::Missing);
    EXPECT_EQ(judgeTextLayer(wordsOf(QStringLiteral("   "))), TextLayer::Missing);
}

TEST(TextLayer, GlyphCodesReplacementCharactersAndMojibakeAreGarbage)
{
    EXPECT_EQ(judgeTextLayer(wordsOf(QStringLiteral("gid00073gid00011 gid00016 /gid00003 gid00014gid00023 the"))),
              TextLayer::Garbage);
    EXPECT_EQ(judgeTextLayer(wordsOf(QStringLiteral("\uFFFD\uFFFD \uFFFDa \uFFFD\uFFFDb \uFFFD"))), TextLayer::Garbage);
    // French accents of a Mac Roman text read as Windows-1252: "é" -> "Ž", "è" -> U+008F.
    EXPECT_EQ(judgeTextLayer(wordsOf(QStringLiteral("Žvaluation rŽsultats prŽvue mise en Å“uvre Žtape"))),
              TextLayer::Garbage);
    // Letters mapped to the wrong characters: long runs without a vowel.
    EXPECT_EQ(judgeTextLayer(wordsOf(QStringLiteral("Rfxdmmtxs zkrwqmnt bcdfghjk the plmnbvcx"))), TextLayer::Garbage);
}

TEST(TextLayer, AFewOddWordsDoNotCondemnAPage)
{
    EXPECT_EQ(
        judgeTextLayer(wordsOf(QStringLiteral("The Tbilisi office and the Łódź office met in Kraków; both reported "
                                              "on the framework, the indicators and the budget."))),
        TextLayer::Usable);
}

TEST(LanguageGuess, TellsEnglishFrenchAndSpanishApart)
{
    const auto words = [](const char *text) { return QString::fromUtf8(text).split(QLatin1Char(' ')); };
    EXPECT_EQ(guessLanguage(words("The management response is the answer of the organisation to the recommendations "
                                  "of the evaluation and it will be followed up with the donors that are involved")),
              QStringLiteral("eng"));
    EXPECT_EQ(guessLanguage(words("La réponse de la direction est la réponse de l'organisation aux recommandations "
                                  "de l'évaluation et elle sera suivie avec les bailleurs pour une mise en œuvre "
                                  "des actions dans les délais et sur le terrain au niveau du pays")),
              QStringLiteral("fra"));
    EXPECT_EQ(guessLanguage(words("La respuesta de la gerencia es la respuesta de la organización a las "
                                  "recomendaciones de la evaluación y el seguimiento con los donantes para una "
                                  "acción del programa por el equipo con el apoyo al país")),
              QStringLiteral("spa"));
    EXPECT_EQ(guessLanguage(words("Annex 2")), QString()); // too short to tell
}
