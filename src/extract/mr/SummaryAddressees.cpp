#include "SummaryAddressees.h"

#include "TextFold.h"

#include <QRegularExpression>

namespace evalreview::extract::mr {

namespace {

int numberOf(const QString &folded)
{
    static const QStringList en = {
        QStringLiteral("one"),       QStringLiteral("two"),      QStringLiteral("three"),    QStringLiteral("four"),
        QStringLiteral("five"),      QStringLiteral("six"),      QStringLiteral("seven"),    QStringLiteral("eight"),
        QStringLiteral("nine"),      QStringLiteral("ten"),      QStringLiteral("eleven"),   QStringLiteral("twelve"),
        QStringLiteral("thirteen"),  QStringLiteral("fourteen"), QStringLiteral("fifteen"),  QStringLiteral("sixteen"),
        QStringLiteral("seventeen"), QStringLiteral("eighteen"), QStringLiteral("nineteen"), QStringLiteral("twenty")};
    static const QStringList fr = {
        QStringLiteral("un"),       QStringLiteral("deux"),     QStringLiteral("trois"),    QStringLiteral("quatre"),
        QStringLiteral("cinq"),     QStringLiteral("six"),      QStringLiteral("sept"),     QStringLiteral("huit"),
        QStringLiteral("neuf"),     QStringLiteral("dix"),      QStringLiteral("onze"),     QStringLiteral("douze"),
        QStringLiteral("treize"),   QStringLiteral("quatorze"), QStringLiteral("quinze"),   QStringLiteral("seize"),
        QStringLiteral("dix-sept"), QStringLiteral("dix-huit"), QStringLiteral("dix-neuf"), QStringLiteral("vingt")};
    static const QStringList es = {
        QStringLiteral("uno"),        QStringLiteral("dos"),        QStringLiteral("tres"),
        QStringLiteral("cuatro"),     QStringLiteral("cinco"),      QStringLiteral("seis"),
        QStringLiteral("siete"),      QStringLiteral("ocho"),       QStringLiteral("nueve"),
        QStringLiteral("diez"),       QStringLiteral("once"),       QStringLiteral("doce"),
        QStringLiteral("trece"),      QStringLiteral("catorce"),    QStringLiteral("quince"),
        QStringLiteral("dieciseis"),  QStringLiteral("diecisiete"), QStringLiteral("dieciocho"),
        QStringLiteral("diecinueve"), QStringLiteral("veinte")};
    bool ok = false;
    if (const int n = folded.toInt(&ok); ok) {
        return n;
    }
    if (folded == QLatin1String("une") || folded == QLatin1String("una")) {
        return 1;
    }
    for (const QStringList *words : {&en, &fr, &es}) {
        if (const qsizetype at = words->indexOf(folded); at >= 0) {
            return int(at) + 1;
        }
    }
    return 0;
}

/// The section's key in the text: the symbol in its closing parenthesis ("(JIU/REP/2023/6)"),
/// else the whole title.
QString keyOf(const QString &section)
{
    static const QRegularExpression symbol(QStringLiteral("\\(([^()]{3,40})\\)\\s*$"));
    const auto m = symbol.match(section);
    return mr::fold(m.hasMatch() ? m.captured(1) : section.simplified());
}

bool sameAddressee(const QString &a, const QString &b)
{
    const QString fa = mr::fold(a), fb = mr::fold(b);
    return !fa.isEmpty() && !fb.isEmpty() && (fa.contains(fb) || fb.contains(fa));
}

} // namespace

QList<AddresseeCount> addresseeCounts(const QString &text)
{
    // a count, a verb phrase of address, then the addressee up to the end of the clause; a
    // second count after "and" / "et" / "y" may leave the verb out ("and one to the legislative bodies")
    static const QString number = QStringLiteral("(\\d{1,2}|[a-z]+(?:-[a-z]+)?)");
    static const QString addressed = QStringLiteral(
        "(?:formal |of (?:them|which|these) )?(?:recommendations? |recommandations? |recomendaciones? )?"
        "(?:formelles |formales )?(?:of which |dont )?(?:are |is |were |sont |est |estan |esta |son )?"
        "(?:relevant to [a-z ]{2,30}? and |pertinentes? pour [a-z ]{2,30}? et |pertinentes? para [a-z ]{2,30}? y )?"
        "(?:(?:addressed|directed) to|adressees? (?:a|au|aux)|destinees? (?:a|au|aux)|dirigidas? (?:a|al))");
    static const QString who = QStringLiteral(
        "\\s+(?:the |la |le |les |l'|los |las |el )?([a-z][^,.;:()]{2,80}?)(?=\\s+(?:and|et|y)\\s|[,.;:()]|$)");
    static const QRegularExpression first(QStringLiteral("\\b") + number + QStringLiteral("\\s+") + addressed + who);
    static const QRegularExpression second(QStringLiteral("^,?\\s+(?:and|et|y)\\s+") + number +
                                           QStringLiteral("\\s+(?:") + addressed + QStringLiteral("|to|a|au|aux|al)") +
                                           who);
    const QString folded = mr::fold(text);
    QList<AddresseeCount> out;
    // a summary told twice (an overview, then the report's paragraph) counts once
    auto add = [&out](int n, const QString &who) {
        const bool told = std::any_of(out.begin(), out.end(),
                                      [&](const AddresseeCount &c) { return mr::fold(c.addressee) == mr::fold(who); });
        if (!told) {
            out.append({n, who});
        }
    };
    for (auto it = first.globalMatch(folded); it.hasNext();) {
        const auto m = it.next();
        const int n = numberOf(m.captured(1));
        if (n <= 0) {
            continue;
        }
        add(n, text.mid(m.capturedStart(2), m.capturedLength(2)).trimmed());
        const auto more = second.match(folded.mid(m.capturedEnd()));
        if (const int k = more.hasMatch() ? numberOf(more.captured(1)) : 0; k > 0) {
            const qsizetype at = m.capturedEnd() + more.capturedStart(2);
            add(k, text.mid(at, more.capturedLength(2)).trimmed());
        }
    }
    return out;
}

void addresseesFromSummaries(QList<Recommendation> &recs, const QString &documentText)
{
    QStringList sections;
    for (const Recommendation &r : std::as_const(recs)) {
        if (!r.section.isEmpty() && !sections.contains(r.section)) {
            sections.append(r.section);
        }
    }
    const QString folded = mr::fold(documentText);
    QList<std::pair<qsizetype, int>> marks; // where each section's key occurs, and whose
    for (int s = 0; s < sections.size(); ++s) {
        const QString key = keyOf(sections.at(s));
        for (qsizetype at = folded.indexOf(key); key.size() > 2 && at >= 0; at = folded.indexOf(key, at + 1)) {
            marks.append({at, s});
        }
    }
    std::sort(marks.begin(), marks.end());
    for (int s = 0; s < sections.size(); ++s) {
        QList<qsizetype> missing;
        QList<AddresseeCount> named;
        for (qsizetype i = 0; i < recs.size(); ++i) {
            if (recs.at(i).section != sections.at(s)) {
                continue;
            }
            if (recs.at(i).addressedTo.isEmpty()) {
                missing.append(i);
            } else {
                named.append({1, recs.at(i).addressedTo.first()});
            }
        }
        if (missing.isEmpty()) {
            continue;
        }
        // the first passage after an occurrence of the key that states counts
        QList<AddresseeCount> counts;
        for (qsizetype m = 0; m < marks.size() && counts.isEmpty(); ++m) {
            if (marks.at(m).second != s) {
                continue;
            }
            const qsizetype from = marks.at(m).first;
            const qsizetype to = m + 1 < marks.size() ? marks.at(m + 1).first : documentText.size();
            counts = addresseeCounts(documentText.mid(from, to - from));
        }
        for (const AddresseeCount &n : std::as_const(named)) {
            for (AddresseeCount &c : counts) {
                if (c.count > 0 && sameAddressee(c.addressee, n.addressee)) {
                    --c.count;
                    break;
                }
            }
        }
        counts.removeIf([](const AddresseeCount &c) { return c.count <= 0; });
        if (counts.size() == 1 && counts.first().count == missing.size()) {
            for (const qsizetype i : std::as_const(missing)) {
                recs[i].addressedTo = {counts.first().addressee};
            }
        }
    }
}

} // namespace evalreview::extract::mr
