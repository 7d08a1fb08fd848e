// Joining printed lines: hyphenation, soft hyphens, compounds.
#include "TextJoin.h"

#include "DocumentReader.h"
#include "TestPdf.h"

#include <gtest/gtest.h>

using namespace evalreview;

namespace {

QString joined(std::initializer_list<const char *> lines)
{
    QString out;
    for (const char *l : lines) {
        ingest::appendLine(out, QString::fromUtf8(l));
    }
    return out;
}

TextLine lineOf(const QString &text)
{
    TextLine line;
    for (const QString &w : text.split(QLatin1Char(' '))) {
        line.words.append({w, {}, 10, false, true});
    }
    return line;
}

} // namespace

TEST(TextJoin, EndOfLineHyphenationIsRemoved)
{
    EXPECT_EQ(joined({"the organi-", "zation of work"}), QStringLiteral("the organization of work"));
    EXPECT_EQ(joined({"a first line", "and a second"}), QStringLiteral("a first line and a second"));
}

TEST(TextJoin, SoftHyphensAreJoinedAndRemoved)
{
    EXPECT_EQ(joined({"imple\u00ADmen\u00AD", "tation plan"}), QStringLiteral("implementation plan"));
}

TEST(TextJoin, ClosedUpEmDashJoinsWithoutSpaceButSpacedDashesKeepTheirSpace)
{
    EXPECT_EQ(joined({"spend to date\u2014", "some country projects"}),
              QStringLiteral("spend to date\u2014some country projects"));
    EXPECT_EQ(joined({"spend to date \u2014", "some projects"}), QStringLiteral("spend to date \u2014 some projects"));
    EXPECT_EQ(joined({"Accra \u2013", "Kumasi"}), QStringLiteral("Accra \u2013 Kumasi"));
}

TEST(TextJoin, RealHyphensStay)
{
    EXPECT_EQ(joined({"a well-", "known fact"}), QStringLiteral("a well-known fact"));
    EXPECT_EQ(joined({"the ILO-", "Korea partnership"}), QStringLiteral("the ILO-Korea partnership"));
    EXPECT_EQ(joined({"limited face-to-", "face meetings"}), QStringLiteral("limited face-to-face meetings"));
    EXPECT_EQ(joined({"a long-", "term plan"}), QStringLiteral("a long-term plan"));
    EXPECT_EQ(joined({"from 2019 -", "to 2021"}), QStringLiteral("from 2019 - to 2021"));
}

TEST(TextJoin, LayoutDecisionOverridesTheGuess)
{
    TextBlock block;
    block.lines = {lineOf(QStringLiteral("growth-")), lineOf(QStringLiteral("oriented firms"))};
    block.lines[0].endHyphen = LineEndHyphen::Join;
    EXPECT_EQ(block.text(), QStringLiteral("growthoriented firms"));
    block.lines[0].endHyphen = LineEndHyphen::Keep;
    EXPECT_EQ(block.text(), QStringLiteral("growth-oriented firms"));
}

TEST(TextJoin, DocumentVocabularySettlesHyphens)
{
    Page page;
    page.words = {{QStringLiteral("co-learning"), {}, 10, false, true}, {QStringLiteral("programme."), {}, 10}};
    TextBlock block;
    block.lines = {lineOf(QStringLiteral("joint co-")), lineOf(QStringLiteral("learning and the pro-")),
                   lineOf(QStringLiteral("gramme ends"))};
    page.blocks = {block};
    QList<Page> pages{page};
    ingest::settleLineEndHyphens(pages);
    EXPECT_EQ(pages[0].blocks[0].lines[0].endHyphen, LineEndHyphen::Keep);
    EXPECT_EQ(pages[0].blocks[0].lines[1].endHyphen, LineEndHyphen::Join);
    EXPECT_EQ(pages[0].blocks[0].text(), QStringLiteral("joint co-learning and the programme ends"));
}

TEST(TextJoin, CorpusCompoundsAtLineEndsKeepTheirHyphen)
{
    const ingest::ReadResult r = ingest::readDocument(test::corpus("ilo-sse-asia-final-evaluation-summary.pdf"));
    ASSERT_TRUE(r.ok()) << r.errorString().toStdString();
    const QString text = test::bodyText(r.value());
    // Both are printed with the hyphen at a line end.
    EXPECT_TRUE(text.contains(QStringLiteral("The capacity-building component aimed")));
    EXPECT_TRUE(text.contains(QStringLiteral("limited face-to-face interactions")));
    EXPECT_FALSE(text.contains(QStringLiteral("face-toface")));
}

TEST(TextJoin, HyphenatedWordsInAGeneratedPdfAreJoined)
{
    const QString path = QDir::temp().filePath(QStringLiteral("evalreview-hyphen-test.pdf"));
    ASSERT_TRUE(test::writePdf(path, 1, [](QPainter &p, int, QRectF) {
        p.setFont(QFont(QStringLiteral("DejaVu Sans"), 11));
        p.drawText(QPointF(72, 100), QStringLiteral("The evaluation recommends better coordi-"));
        p.drawText(QPointF(72, 115), QStringLiteral("nation between the partners and a well-"));
        p.drawText(QPointF(72, 130), QStringLiteral("known approach to moni-"));
        p.drawText(QPointF(72, 145), QStringLiteral("toring of the results."));
    }));
    const ingest::ReadResult r = ingest::readDocument(path);
    QFile::remove(path);
    ASSERT_TRUE(r.ok()) << r.errorString().toStdString();
    EXPECT_EQ(test::bodyText(r.value()), QStringLiteral("The evaluation recommends better coordination between the "
                                                        "partners and a well-known approach to monitoring of the "
                                                        "results."));
}
