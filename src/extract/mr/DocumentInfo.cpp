#include "DocumentInfo.h"

#include <QRegularExpression>

#include <algorithm>

namespace evalreview::extract::mr {

namespace {

double blockSize(const TextBlock &b)
{
    double size = 0;
    for (const TextLine &l : b.lines) {
        size = std::max(size, l.fontSize);
    }
    return size;
}

/// The font size most of the first page's text is set in.
double bodySize(const Page &page)
{
    QMap<int, qsizetype> chars;
    for (const TextBlock &b : page.blocks) {
        for (const TextLine &l : b.lines) {
            chars[qRound(l.fontSize * 2)] += l.text().size();
        }
    }
    int best = 0;
    qsizetype most = -1;
    for (auto it = chars.begin(); it != chars.end(); ++it) {
        if (it.value() > most) {
            most = it.value();
            best = it.key();
        }
    }
    return best / 2.0;
}

bool isHeadingLike(const TextBlock &b, double body)
{
    const QString t = b.text();
    return !t.isEmpty() && t.size() < 140 && (blockSize(b) > body * 1.1 || b.lines.first().bold) &&
           !t.endsWith(QLatin1Char('.'));
}

void readTitle(const DocumentContent &content, DocumentInfo &info)
{
    if (content.pages.isEmpty()) {
        return;
    }
    const Page &page = content.pages.first();
    const double body = bodySize(page);
    // The title is the largest text among the first blocks of the first page.
    const int head = std::min<int>(6, page.blocks.size());
    int titleIndex = -1;
    for (int i = 0; i < head; ++i) {
        if (isHeadingLike(page.blocks[i], body) &&
            (titleIndex < 0 || blockSize(page.blocks[i]) > blockSize(page.blocks[titleIndex]) + 0.5)) {
            titleIndex = i;
        }
    }
    if (titleIndex < 0) {
        info.title = content.title.simplified();
        return;
    }
    info.title = page.blocks[titleIndex].text().simplified();
    // A subtitle follows directly: heading-like, and either several words long or itself
    // followed by another heading (a section heading is followed by body text).
    if (titleIndex + 1 < page.blocks.size()) {
        const TextBlock &next = page.blocks[titleIndex + 1];
        const bool nextIsHeading = isHeadingLike(next, body) && blockSize(next) < blockSize(page.blocks[titleIndex]);
        const bool followedByHeading =
            titleIndex + 2 < page.blocks.size() && isHeadingLike(page.blocks[titleIndex + 2], body);
        if (nextIsHeading && (next.text().split(QLatin1Char(' ')).size() >= 3 || followedByHeading)) {
            info.subtitle = next.text().simplified();
        }
    }
}

QStringList splitNames(const QString &list)
{
    QStringList out;
    for (QString part : list.split(QRegularExpression(QStringLiteral(",\\s*|\\s+(?:and|et|y|&)\\s+")))) {
        part = part.trimmed();
        static const QRegularExpression article(QStringLiteral("^(?:the|la|le|les|el|los|las)\\s+|^l'"),
                                                QRegularExpression::CaseInsensitiveOption);
        part.remove(article);
        if (!part.isEmpty() && !out.contains(part)) {
            out.append(part);
        }
    }
    return out;
}

QStringList readDonors(const QString &text)
{
    // "funded by SECO and NORAD", "financed by the European Union", "financé par la Suisse"
    static const QRegularExpression funded(
        QStringLiteral("\\b(?:funded|financed|co-financed|sponsored|supported financially) by|financ[ée]e? par|"
                       "financiad[oa] por"));
    static const QRegularExpression names(
        QStringLiteral("\\G\\s*((?:(?:the|la|le|l'|el)\\s+)?\\p{Lu}[\\w&'-]*(?:\\.[\\w&'-]+)*(?:\\s+(?:of|for|de|du|"
                       "\\p{Lu}[\\w&'-]*(?:\\.[\\w&'-]+)*))*"
                       "(?:(?:,\\s*|\\s+(?:and|et|y|&)\\s+)(?:(?:the|la|le|el)\\s+)?\\p{Lu}[\\w&'-]*(?:\\.[\\w&'-]+)*"
                       "(?:\\s+(?:of|for|de|du|\\p{Lu}[\\w&'-]*(?:\\.[\\w&'-]+)*))*)*)"),
        QRegularExpression::UseUnicodePropertiesOption);
    QStringList donors;
    auto it = funded.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const auto n = names.match(text, m.capturedEnd(), QRegularExpression::NormalMatch,
                                   QRegularExpression::AnchorAtOffsetMatchOption);
        if (n.hasMatch()) {
            for (const QString &d : splitNames(n.captured(1))) {
                if (!donors.contains(d)) {
                    donors.append(d);
                }
            }
        }
    }
    return donors;
}

QString readEvaluator(const QString &text)
{
    static const QString name = QStringLiteral(
        "(\\p{Lu}[\\w&'-]*(?:\\.[\\w&'-]+)*(?:\\s+(?:of|for|and|&|de|\\p{Lu}[\\w&'-]*(?:\\.[\\w&'-]+)*))*)");
    static const QList<QRegularExpression> patterns{
        QRegularExpression(name + QStringLiteral("\\s+(?:was|were|has been|have been)\\s+(?:contracted|commissioned|"
                                                 "selected|hired|engaged|recruited|mandated)\\s+to\\s+"
                                                 "(?:conduct|carry out|undertake|perform|lead)"),
                           QRegularExpression::UseUnicodePropertiesOption),
        QRegularExpression(name +
                               QStringLiteral("\\s+(?:fue|ha sido|a été|était)\\s+(?:contratad[ao]s?|seleccionad[ao]s?|"
                                              "recrutée?s?|mandatée?s?|engagée?s?)\\s+(?:para|pour)\\s+"),
                           QRegularExpression::UseUnicodePropertiesOption),
        QRegularExpression(QStringLiteral("\\bevaluation (?:was )?(?:conducted|carried out|undertaken) by (?:the )?") +
                               name,
                           QRegularExpression::UseUnicodePropertiesOption),
        QRegularExpression(QStringLiteral("\\b(?:was|were|has been|have been) (?:independently )?evaluated by ") + name,
                           QRegularExpression::UseUnicodePropertiesOption),
        QRegularExpression(QStringLiteral("\\b(?:Evaluators?|Evaluation team|Évaluateur|Evaluador)\\s*:\\s*") + name,
                           QRegularExpression::UseUnicodePropertiesOption),
    };
    for (const QRegularExpression &re : patterns) {
        const auto m = re.match(text);
        if (m.hasMatch()) {
            return m.captured(1).simplified();
        }
    }
    return {};
}

} // namespace

QString documentText(const DocumentContent &content)
{
    QStringList parts;
    for (const Page &p : content.pages) {
        for (const TextBlock &b : p.blocks) {
            parts << b.text();
        }
    }
    return parts.join(QLatin1Char('\n'));
}

DocumentInfo readDocumentInfo(const DocumentContent &content)
{
    DocumentInfo info;
    readTitle(content, info);
    const QString text = documentText(content);
    info.donors = readDonors(text);
    info.evaluator = readEvaluator(text);
    return info;
}

} // namespace evalreview::extract::mr
