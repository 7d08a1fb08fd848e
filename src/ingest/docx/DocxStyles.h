#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace evalreview::ingest::docx {

/// What a paragraph style gives a paragraph: font size, boldness, heading level, numbering.
struct ParagraphStyle
{
    double fontSize = 0; ///< points; 0 = inherit
    int bold = -1;       ///< -1 inherit, 0 no, 1 yes
    int headingLevel = 0;
    QString numId;
    int numLevel = 0;
    QString basedOn;
};

/// The paragraph styles of word/styles.xml with inheritance resolved on lookup.
class DocxStyles
{
public:
    void parse(const QByteArray &xml);
    double defaultFontSize() const { return m_defaultSize; }
    /// The style with its basedOn chain folded in (unknown ids give the defaults).
    ParagraphStyle resolved(const QString &styleId) const;

private:
    QHash<QString, ParagraphStyle> m_styles;
    double m_defaultSize = 11;
};

/// The list definitions of word/numbering.xml and the running counters that turn a paragraph's
/// (numId, level) into the label Word prints ("1.", "a)", "•").
class DocxNumbering
{
public:
    void parse(const QByteArray &xml);
    /// The printed label of the next item of list `numId` at `level`; advances the counters.
    QString nextLabel(const QString &numId, int level);

private:
    struct Level
    {
        QString format = QStringLiteral("decimal");
        QString text;
        int start = 1;
    };
    QHash<QString, QList<Level>> m_abstract; ///< abstractNumId -> levels
    QHash<QString, QString> m_numToAbstract;
    QHash<QString, QList<int>> m_counters; ///< numId -> counter per level
};

} // namespace evalreview::ingest::docx
