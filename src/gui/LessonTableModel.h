#pragma once

#include "LessonQuery.h"

#include <QAbstractTableModel>

namespace evalreview {

/// Lessons learned, good practices and conclusions as a table: document, page, kind, themes, text.
class LessonTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Document,
        Page,
        Kind,
        Themes,
        Text,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QList<LessonRow> &rows);
    const LessonRow &rowAt(int row) const { return m_rows.at(row); }
    const QList<LessonRow> &rows() const { return m_rows; }

    /// "Lesson learned", "Good practice", "Conclusion", translated.
    static QString kindLabel(const QString &kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<LessonRow> m_rows;
};

} // namespace evalreview
