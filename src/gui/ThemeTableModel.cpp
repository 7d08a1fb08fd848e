#include "ThemeTableModel.h"

#include <QRegularExpression>
#include <QSet>

namespace evalreview {

ThemeTableModel::ThemeTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ThemeTableModel::setThemes(const QList<Theme> &themes, bool modified)
{
    beginResetModel();
    m_themes = themes;
    m_modified = modified;
    endResetModel();
}

QList<Theme> ThemeTableModel::themes() const
{
    QList<Theme> out;
    int ordinal = 0;
    for (Theme t : m_themes) {
        t.key = t.key.trimmed();
        t.group = t.group.trimmed();
        t.label = t.label.trimmed();
        t.ordinal = ++ordinal;
        out.append(t);
    }
    return out;
}

void ThemeTableModel::setEditable(bool editable)
{
    m_editable = editable;
    if (!m_themes.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int ThemeTableModel::addTheme(const QString &group)
{
    const int row = rowCount();
    beginInsertRows({}, row, row);
    Theme t;
    t.group = group;
    m_themes.append(t);
    endInsertRows();
    m_modified = true;
    return row;
}

QString ThemeTableModel::problem(int *row) const
{
    // The rules of a theme CSV (ThemeStore::parseCsv), and a label to show.
    QSet<QString> keys;
    for (int i = 0; i < m_themes.size(); ++i) {
        const Theme &t = m_themes.at(i);
        const QString key = t.key.trimmed();
        if (row) {
            *row = i;
        }
        if (key.isEmpty()) {
            return tr("The theme on line %1 has no key. Every theme needs a short key, such as \u201csdg8\u201d.")
                .arg(i + 1);
        }
        if (keys.contains(key)) {
            return tr("The key \u201c%1\u201d is there twice (line %2). Each theme needs a key of its own.")
                .arg(key)
                .arg(i + 1);
        }
        keys.insert(key);
        if (t.label.trimmed().isEmpty()) {
            return tr("The theme \u201c%1\u201d has no label. Give it the name reviewers see.").arg(key);
        }
    }
    if (row) {
        *row = -1;
    }
    if (m_themes.isEmpty()) {
        return tr("The taxonomy holds no theme. Add at least one theme.");
    }
    return {};
}

QStringList ThemeTableModel::splitKeywords(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[;,]"));
    QStringList out;
    for (const QString &part : text.split(separators)) {
        const QString keyword = part.simplified();
        if (!keyword.isEmpty()) {
            out << keyword;
        }
    }
    return out;
}

int ThemeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_themes.size());
}

int ThemeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ThemeTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_themes.size() ||
        (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)) {
        return {};
    }
    const Theme &t = m_themes.at(index.row());
    switch (index.column()) {
    case Key:
        return t.key;
    case Group:
        return t.group;
    case Label:
        return t.label;
    case KeywordsEn:
        return ThemeStore::joinKeywords(t.keywordsEn);
    case KeywordsFr:
        return ThemeStore::joinKeywords(t.keywordsFr);
    case KeywordsEs:
        return ThemeStore::joinKeywords(t.keywordsEs);
    default:
        return {};
    }
}

bool ThemeTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_editable || !index.isValid() || index.row() >= m_themes.size() || role != Qt::EditRole) {
        return false;
    }
    Theme &t = m_themes[index.row()];
    const QString text = value.toString();
    switch (index.column()) {
    case Key:
        t.key = text.trimmed();
        break;
    case Group:
        t.group = text.trimmed();
        break;
    case Label:
        t.label = text.trimmed();
        break;
    case KeywordsEn:
        t.keywordsEn = splitKeywords(text);
        break;
    case KeywordsFr:
        t.keywordsFr = splitKeywords(text);
        break;
    case KeywordsEs:
        t.keywordsEs = splitKeywords(text);
        break;
    default:
        return false;
    }
    m_modified = true;
    Q_EMIT dataChanged(index, index);
    return true;
}

Qt::ItemFlags ThemeTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_editable) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

QVariant ThemeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Key:
            return tr("A short name of the theme, unique in the taxonomy; the tags of a theme stay with its key");
        case Group:
            return tr("sdg, cross_cutting or a group of your own");
        case KeywordsEn:
        case KeywordsFr:
        case KeywordsEs:
            return tr("Words or phrases separated by semicolons; a * at the end of a word matches any ending");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Key:
        return tr("Key");
    case Group:
        return tr("Group");
    case Label:
        return tr("Label");
    case KeywordsEn:
        return tr("Keywords (English)");
    case KeywordsFr:
        return tr("Keywords (French)");
    case KeywordsEs:
        return tr("Keywords (Spanish)");
    default:
        return {};
    }
}

bool ThemeTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (!m_editable || parent.isValid() || row < 0 || count <= 0 || row + count > m_themes.size()) {
        return false;
    }
    beginRemoveRows({}, row, row + count - 1);
    m_themes.remove(row, count);
    endRemoveRows();
    m_modified = true;
    return true;
}

} // namespace evalreview
