#include "LessonTableModel.h"

namespace evalreview {

void LessonTableModel::setRows(const QList<LessonRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

QString LessonTableModel::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("lesson_learned")) {
        return tr("Lesson learned");
    }
    if (kind == QLatin1String("good_practice")) {
        return tr("Good practice");
    }
    if (kind == QLatin1String("conclusion")) {
        return tr("Conclusion");
    }
    return kind;
}

int LessonTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LessonTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LessonTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const LessonRow &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Document:
            return row.documentTitle.isEmpty() ? row.fileName : row.documentTitle;
        case Page:
            return row.page > 0 ? QVariant(row.page) : QVariant();
        case Kind:
            return kindLabel(row.kind);
        case Themes:
            return row.themeLabels.join(QStringLiteral(", "));
        case Text:
            return role == Qt::DisplayRole ? row.text.simplified() : row.text;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Page) {
        return int(Qt::AlignRight | Qt::AlignTop);
    }
    if (role == Qt::TextAlignmentRole) {
        return int(Qt::AlignLeft | Qt::AlignTop);
    }
    return {};
}

QVariant LessonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Document:
        return tr("Document");
    case Page:
        return tr("Page");
    case Kind:
        return tr("Kind");
    case Themes:
        return tr("Themes");
    case Text:
        return tr("Text");
    default:
        return {};
    }
}

} // namespace evalreview
