#include "SearchSnippet.h"

#include <gtest/gtest.h>

using evalreview::buildSnippet;
using evalreview::foldForSearch;
using evalreview::HighlightTerm;

namespace {

HighlightTerm word(const char *w, bool prefix = false)
{
    return HighlightTerm{{foldForSearch(QString::fromUtf8(w))}, prefix};
}

HighlightTerm phrase(const char *a, const char *b)
{
    return HighlightTerm{{foldForSearch(QString::fromUtf8(a)), foldForSearch(QString::fromUtf8(b))}, false};
}

} // namespace

TEST(SearchSnippet, FoldsAccentsAndCase)
{
    EXPECT_EQ(foldForSearch(QStringLiteral("Sécurité")), QStringLiteral("securite"));
    EXPECT_EQ(foldForSearch(QString::fromUtf8("Thương")), QStringLiteral("thuong"));
    EXPECT_EQ(foldForSearch(QString::fromUtf8("TÜRKİYE")).left(3), QStringLiteral("tur"));
    EXPECT_EQ(foldForSearch(QString::fromUtf8("한국")), QString::fromUtf8("한국")); // syllables stay whole
}

TEST(SearchSnippet, MarksWordsWithAccentsFoldedAndKeepsTheTextAsWritten)
{
    EXPECT_EQ(buildSnippet(QStringLiteral("La Sécurité sociale"), {word("securite")}),
              QStringLiteral("La [Sécurité] sociale"));
    EXPECT_EQ(buildSnippet(QStringLiteral("Project, PROJECTS and projection"), {word("project", true)}),
              QStringLiteral("[Project], [PROJECTS] and [projection]"));
    EXPECT_EQ(buildSnippet(QStringLiteral("Project, PROJECTS and projection"), {word("project")}),
              QStringLiteral("[Project], PROJECTS and projection"));
}

TEST(SearchSnippet, MarksAPhraseAsOneSpanOnlyWhereItsWordsFollowEachOther)
{
    EXPECT_EQ(buildSnippet(QStringLiteral("decent jobs, decent work for all"), {phrase("decent", "work")}),
              QStringLiteral("decent jobs, [decent work] for all"));
}

TEST(SearchSnippet, CutsAWindowAroundTheMatchesThatShowTheMostTerms)
{
    QString text;
    for (int i = 0; i < 40; ++i) {
        text += QStringLiteral("filler%1 ").arg(i);
    }
    text += QStringLiteral("gender once. ");
    for (int i = 0; i < 40; ++i) {
        text += QStringLiteral("more%1 ").arg(i);
    }
    text += QStringLiteral("gender and disability together. ");
    for (int i = 0; i < 40; ++i) {
        text += QStringLiteral("tail%1 ").arg(i);
    }
    const QString s = buildSnippet(text, {word("gender"), word("disability")}, 10);
    EXPECT_TRUE(s.startsWith(QChar(0x2026))) << s.toStdString();
    EXPECT_TRUE(s.endsWith(QChar(0x2026))) << s.toStdString();
    EXPECT_TRUE(s.contains(QStringLiteral("[gender] and [disability] together"))) << s.toStdString();
    EXPECT_FALSE(s.contains(QStringLiteral("once"))) << s.toStdString();
    EXPECT_LE(s.split(QLatin1Char(' ')).size(), 10);
}

TEST(SearchSnippet, WithoutAMatchShowsTheBeginningOnOneLine)
{
    EXPECT_EQ(buildSnippet(QStringLiteral("First line\nsecond   line"), {word("absent")}),
              QStringLiteral("First line second line"));
    EXPECT_EQ(buildSnippet(QStringLiteral("one two three four"), {word("absent")}, 2),
              QStringLiteral("one two") + QChar(0x2026));
    EXPECT_TRUE(buildSnippet(QString(), {word("x")}).isEmpty());
}

TEST(SearchSnippet, NonLatinText)
{
    EXPECT_EQ(buildSnippet(QString::fromUtf8("Министерство труда и социальной защиты"), {word("труда")}),
              QString::fromUtf8("Министерство [труда] и социальной защиты"));
    EXPECT_EQ(buildSnippet(QString::fromUtf8("وزارة العمل"), {word("العمل")}), QString::fromUtf8("وزارة [العمل]"));
}
