#include "TextTools.h"

#include "TextJoin.h"
#include "mr/TextFold.h"

#include <QHash>
#include <QSet>

namespace evalreview::extract::text {

namespace {

int monthNumber(const QString &name)
{
    static const QHash<QString, int> months = [] {
        QHash<QString, int> m;
        const QStringList en = {QStringLiteral("january"), QStringLiteral("february"), QStringLiteral("march"),
                                QStringLiteral("april"),   QStringLiteral("may"),      QStringLiteral("june"),
                                QStringLiteral("july"),    QStringLiteral("august"),   QStringLiteral("september"),
                                QStringLiteral("october"), QStringLiteral("november"), QStringLiteral("december")};
        const QStringList fr = {QStringLiteral("janvier"), QStringLiteral("février"),  QStringLiteral("mars"),
                                QStringLiteral("avril"),   QStringLiteral("mai"),      QStringLiteral("juin"),
                                QStringLiteral("juillet"), QStringLiteral("août"),     QStringLiteral("septembre"),
                                QStringLiteral("octobre"), QStringLiteral("novembre"), QStringLiteral("décembre")};
        const QStringList es = {QStringLiteral("enero"),   QStringLiteral("febrero"),   QStringLiteral("marzo"),
                                QStringLiteral("abril"),   QStringLiteral("mayo"),      QStringLiteral("junio"),
                                QStringLiteral("julio"),   QStringLiteral("agosto"),    QStringLiteral("septiembre"),
                                QStringLiteral("octubre"), QStringLiteral("noviembre"), QStringLiteral("diciembre")};
        for (int i = 0; i < 12; ++i) {
            m.insert(en.at(i), i + 1);
            m.insert(en.at(i).left(3), i + 1);
            m.insert(fr.at(i), i + 1);
            m.insert(es.at(i), i + 1);
        }
        m.insert(QStringLiteral("sept"), 9);
        return m;
    }();
    return months.value(name.toLower().remove(QLatin1Char('.')), 0);
}

QString iso(int y, int m, int d)
{
    if (m < 1 || m > 12 || y < 1000 || y > 2999 || d > 31) {
        return {};
    }
    const QString ym = QStringLiteral("%1-%2").arg(y).arg(m, 2, 10, QLatin1Char('0'));
    return d > 0 ? ym + QStringLiteral("-%1").arg(d, 2, 10, QLatin1Char('0')) : ym;
}

} // namespace

QString isoDate(const QString &text)
{
    static const QString month = QStringLiteral("([A-Za-zÀ-ÿ]{3,10}\\.?)");
    static const QRegularExpression isoRe(QStringLiteral("\\b(\\d{4})-(\\d{2})(?:-(\\d{2}))?\\b"));
    static const QRegularExpression dmy(QStringLiteral("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:de\\s+)?") + month +
                                        QStringLiteral("\\s+(?:de\\s+)?(\\d{4})\\b"));
    static const QRegularExpression mdy(month + QStringLiteral("\\s+(\\d{1,2})(?:st|nd|rd|th)?,\\s*(\\d{4})\\b"));
    static const QRegularExpression my(month + QStringLiteral("\\s+(?:de\\s+)?(\\d{4})\\b"));
    static const QRegularExpression numeric(QStringLiteral("\\b(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})\\b"));

    struct Hit
    {
        qsizetype pos;
        QString value;
    };
    std::optional<Hit> best;
    auto offer = [&best](qsizetype pos, const QString &v) {
        if (!v.isEmpty() && (!best || pos < best->pos)) {
            best = Hit{pos, v};
        }
    };
    for (auto it = dmy.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (const int mo = monthNumber(m.captured(2))) {
            offer(m.capturedStart(), iso(m.captured(3).toInt(), mo, m.captured(1).toInt()));
            break;
        }
    }
    for (auto it = mdy.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (const int mo = monthNumber(m.captured(1))) {
            offer(m.capturedStart(), iso(m.captured(3).toInt(), mo, m.captured(2).toInt()));
            break;
        }
    }
    for (auto it = my.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (const int mo = monthNumber(m.captured(1))) {
            // a "day month year" date starting just before is the same date, already offered
            if (!best || best->pos + 3 < m.capturedStart() || best->pos > m.capturedStart()) {
                offer(m.capturedStart(), iso(m.captured(2).toInt(), mo, 0));
            }
            break;
        }
    }
    if (const auto m = isoRe.match(text); m.hasMatch()) {
        offer(m.capturedStart(), iso(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()));
    }
    if (const auto m = numeric.match(text); m.hasMatch()) {
        offer(m.capturedStart(), iso(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt()));
    }
    return best ? best->value : QString();
}

std::optional<double> parseNumber(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("(?<![\\d.,])(\\d{1,3}(?:([,. \\x{00A0}\\x{202F}])\\d{3})(?:\\2\\d{3})*|\\d+)([.,]\\d+)?"));
    const auto m = re.match(text);
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    QString whole = m.captured(1);
    QString frac = m.captured(3);
    whole.remove(QRegularExpression(QStringLiteral("[,. \\x{00A0}\\x{202F}]")));
    if (!frac.isEmpty()) {
        frac[0] = QLatin1Char('.');
    }
    bool ok = false;
    const double v = QString(whole + frac).toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

std::optional<int> parseCount(const QString &text)
{
    static const QHash<QString, int> words = {
        {QStringLiteral("one"), 1},   {QStringLiteral("two"), 2},   {QStringLiteral("three"), 3},
        {QStringLiteral("four"), 4},  {QStringLiteral("five"), 5},  {QStringLiteral("six"), 6},
        {QStringLiteral("seven"), 7}, {QStringLiteral("eight"), 8}, {QStringLiteral("nine"), 9},
        {QStringLiteral("ten"), 10},  {QStringLiteral("a"), 1},     {QStringLiteral("an"), 1}};
    const QString t = text.trimmed().toLower();
    if (words.contains(t)) {
        return words.value(t);
    }
    bool ok = false;
    const int v = t.toInt(&ok);
    return ok ? std::optional<int>(v) : std::nullopt;
}

std::optional<QString> valueAfterLabel(const QString &line, const QStringList &labels)
{
    const QString t = line.trimmed();
    for (const QString &label : labels) {
        if (t.startsWith(label, Qt::CaseInsensitive)) {
            QString rest = t.mid(label.size());
            if (!rest.isEmpty() && rest.at(0).isLetterOrNumber()) {
                continue; // "Dates" is not "Date"
            }
            rest = rest.trimmed();
            if (rest.startsWith(QLatin1Char(':'))) {
                rest = rest.mid(1).trimmed();
            }
            return rest;
        }
    }
    return std::nullopt;
}

QString joinLines(const QStringList &lines)
{
    QString out;
    for (const QString &l : lines) {
        ingest::appendLine(out, l.simplified());
    }
    return out.simplified();
}

QString stripListMarker(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        "^\\s*(?:[\\x{2022}\\x{25AA}\\x{25CF}\\x{25E6}\\x{2023}\\x{2043}\\x{F0B7}\\x{F0A7}\\x{25A0}\\-\\x{2013}*]|"
        "\\(?[0-9]{1,3}(?:\\.[0-9]{1,2})*[.)](?!\\d)|\\([a-z]{1,3}\\)|[a-z][.)](?=\\s))\\s*"));
    QString t = text;
    t.remove(re);
    return t.trimmed();
}

QString leadingNumber(const QString &text)
{
    // a bullet may come first where a numbered list sits inside a bulleted one ("• 1. Title")
    static const QRegularExpression re(QStringLiteral("^\\s*(?:[\\x{2022}\\x{25AA}\\x{25CF}\\x{25E6}]\\s*)?"
                                                      "\\(?([0-9]{1,3}(?:\\.[0-9]{1,2})*)[.):]?(?=\\s)"));
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

bool startsWithBullet(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        "^\\s*[\\x{2022}\\x{25AA}\\x{25CF}\\x{25E6}\\x{2023}\\x{2043}\\x{F0B7}\\x{F0A7}\\x{25A0}\\x{27A2}\\x{2794}]"));
    return re.match(text).hasMatch();
}

bool isFunctionWord(const QString &word)
{
    static const QSet<QString> words = {
        QStringLiteral("and"), QStringLiteral("or"),    QStringLiteral("of"),   QStringLiteral("for"),
        QStringLiteral("in"),  QStringLiteral("to"),    QStringLiteral("the"),  QStringLiteral("a"),
        QStringLiteral("an"),  QStringLiteral("with"),  QStringLiteral("on"),   QStringLiteral("at"),
        QStringLiteral("by"),  QStringLiteral("from"),  QStringLiteral("into"), QStringLiteral("as"),
        QStringLiteral("its"), QStringLiteral("their"), QStringLiteral("nor"),  QStringLiteral("but"),
        QStringLiteral("de"),  QStringLiteral("et"),    QStringLiteral("la"),   QStringLiteral("le"),
        QStringLiteral("des"), QStringLiteral("y"),     QStringLiteral("del"),  QStringLiteral("en")};
    return words.contains(word.toLower());
}

QString fold(const QString &text)
{
    // lower case without accents: "Leçons", "Recomendación" compare as "lecons", "recomendacion"
    QString t = mr::fold(text);
    t.replace(QChar(0x2013), QLatin1Char('-')).replace(QChar(0x2014), QLatin1Char('-'));
    t.replace(QChar(0x2019), QLatin1Char('\'')).replace(QChar(0x2018), QLatin1Char('\''));
    t.replace(QChar(0x00A0), QLatin1Char(' '));
    return t.simplified();
}

bool opensNumberedParagraph(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\d{1,3}\\.\\s+\\p{Lu}"));
    return re.match(text).hasMatch();
}

QString withoutEnumerator(const QString &heading)
{
    static const QRegularExpression re(QStringLiteral("^(?:[A-Z]|[IVXL]{1,5})\\.\\s+(?=\\p{Lu})"));
    const auto m = re.match(heading);
    return m.hasMatch() ? heading.mid(m.capturedEnd()).trimmed() : QString();
}

} // namespace evalreview::extract::text
