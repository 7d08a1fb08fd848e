#include "DocxStyles.h"

#include <QXmlStreamReader>

namespace evalreview::ingest::docx {

namespace {

const QString W = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");

QString attr(const QXmlStreamReader &xml, const char *name)
{
    return xml.attributes().value(W, QLatin1String(name)).toString();
}

bool onOff(const QXmlStreamReader &xml)
{
    const QString v = attr(xml, "val");
    return v.isEmpty() || (v != QLatin1String("0") && v != QLatin1String("false") && v != QLatin1String("off"));
}

int headingLevelFromName(const QString &name)
{
    const QString n = name.toLower().remove(QLatin1Char(' '));
    if (n == QLatin1String("title")) {
        return 1;
    }
    if (n.startsWith(QLatin1String("heading"))) {
        bool ok = false;
        const int level = n.mid(7).toInt(&ok);
        return ok ? level : 0;
    }
    return 0;
}

QString romanOf(int n)
{
    static const std::pair<int, const char *> table[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"},
                                                         {90, "xc"},  {50, "l"},   {40, "xl"}, {10, "x"},   {9, "ix"},
                                                         {5, "v"},    {4, "iv"},   {1, "i"}};
    QString out;
    for (const auto &[value, digits] : table) {
        while (n >= value) {
            out += QLatin1String(digits);
            n -= value;
        }
    }
    return out;
}

QString letterOf(int n)
{
    QString out;
    for (; n > 0; n = (n - 1) / 26) {
        out.prepend(QChar(u'a' + (n - 1) % 26));
    }
    return out;
}

QString formatNumber(const QString &format, int n)
{
    if (format == QLatin1String("lowerLetter")) {
        return letterOf(n);
    }
    if (format == QLatin1String("upperLetter")) {
        return letterOf(n).toUpper();
    }
    if (format == QLatin1String("lowerRoman")) {
        return romanOf(n);
    }
    if (format == QLatin1String("upperRoman")) {
        return romanOf(n).toUpper();
    }
    if (format == QLatin1String("none")) {
        return {};
    }
    return QString::number(n);
}

} // namespace

void DocxStyles::parse(const QByteArray &data)
{
    QXmlStreamReader xml(data);
    QString current;
    bool inDefaults = false;
    bool inRunProps = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == QLatin1String("style")) {
                current.clear();
            } else if (xml.name() == QLatin1String("docDefaults")) {
                inDefaults = false;
            } else if (xml.name() == QLatin1String("rPr")) {
                inRunProps = false;
            }
            continue;
        }
        if (token != QXmlStreamReader::StartElement) {
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("docDefaults")) {
            inDefaults = true;
        } else if (name == QLatin1String("rPr")) {
            inRunProps = true;
        } else if (name == QLatin1String("style")) {
            current = attr(xml, "type") == QLatin1String("paragraph") ? attr(xml, "styleId") : QString();
            if (!current.isEmpty()) {
                m_styles.insert(current, {});
            }
        } else if (name == QLatin1String("sz") && inRunProps) {
            const double size = attr(xml, "val").toDouble() / 2.0;
            if (inDefaults && size > 0) {
                m_defaultSize = size;
            } else if (!current.isEmpty()) {
                m_styles[current].fontSize = size;
            }
        } else if (current.isEmpty()) {
            continue;
        } else if (name == QLatin1String("name")) {
            m_styles[current].headingLevel = headingLevelFromName(attr(xml, "val"));
        } else if (name == QLatin1String("basedOn")) {
            m_styles[current].basedOn = attr(xml, "val");
        } else if (name == QLatin1String("b") && inRunProps) {
            m_styles[current].bold = onOff(xml) ? 1 : 0;
        } else if (name == QLatin1String("outlineLvl")) {
            m_styles[current].headingLevel = attr(xml, "val").toInt() + 1;
        } else if (name == QLatin1String("numId")) {
            m_styles[current].numId = attr(xml, "val");
        } else if (name == QLatin1String("ilvl")) {
            m_styles[current].numLevel = attr(xml, "val").toInt();
        }
    }
}

ParagraphStyle DocxStyles::resolved(const QString &styleId) const
{
    ParagraphStyle out;
    QString id = styleId;
    for (int depth = 0; depth < 16 && m_styles.contains(id); ++depth) { // bounded: styles may loop
        const ParagraphStyle &s = m_styles[id];
        if (out.fontSize <= 0) {
            out.fontSize = s.fontSize;
        }
        if (out.bold < 0) {
            out.bold = s.bold;
        }
        if (out.headingLevel == 0) {
            out.headingLevel = s.headingLevel;
        }
        if (out.numId.isEmpty()) {
            out.numId = s.numId;
            out.numLevel = s.numLevel;
        }
        id = s.basedOn;
    }
    if (out.fontSize <= 0) {
        out.fontSize = m_defaultSize;
    }
    return out;
}

void DocxNumbering::parse(const QByteArray &data)
{
    QXmlStreamReader xml(data);
    QString abstractId;
    QString numId;
    int level = -1;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("abstractNum")) {
            abstractId = attr(xml, "abstractNumId");
            numId.clear();
            level = -1;
        } else if (name == QLatin1String("num")) {
            numId = attr(xml, "numId");
            abstractId.clear();
            level = -1;
        } else if (name == QLatin1String("abstractNumId") && !numId.isEmpty()) {
            m_numToAbstract.insert(numId, attr(xml, "val"));
        } else if (name == QLatin1String("lvl") && !abstractId.isEmpty()) {
            level = attr(xml, "ilvl").toInt();
            QList<Level> &levels = m_abstract[abstractId];
            if (level >= 0 && level < 9) {
                while (levels.size() <= level) {
                    levels.append(Level{});
                }
            } else {
                level = -1;
            }
        } else if (level >= 0 && !abstractId.isEmpty()) {
            Level &l = m_abstract[abstractId][level];
            if (name == QLatin1String("start")) {
                l.start = attr(xml, "val").toInt();
            } else if (name == QLatin1String("numFmt")) {
                l.format = attr(xml, "val");
            } else if (name == QLatin1String("lvlText")) {
                l.text = attr(xml, "val");
            }
        }
    }
}

QString DocxNumbering::nextLabel(const QString &numId, int level)
{
    const QList<Level> levels = m_abstract.value(m_numToAbstract.value(numId));
    if (level < 0 || level >= levels.size()) {
        return {};
    }
    QList<int> &counters = m_counters[numId];
    while (counters.size() < levels.size()) {
        counters.append(0);
    }
    counters[level] = counters[level] == 0 ? levels[level].start : counters[level] + 1;
    for (int deeper = level + 1; deeper < counters.size(); ++deeper) {
        counters[deeper] = 0;
    }
    const Level &l = levels[level];
    if (l.format == QLatin1String("bullet")) {
        return QStringLiteral("\u2022");
    }
    QString label = l.text;
    for (int i = 0; i <= level; ++i) {
        const int value = counters[i] == 0 ? levels[i].start : counters[i];
        label.replace(QStringLiteral("%%1").arg(i + 1), formatNumber(levels[i].format, value));
    }
    return label;
}

} // namespace evalreview::ingest::docx
