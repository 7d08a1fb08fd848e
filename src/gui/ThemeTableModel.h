#pragma once

#include "ThemeStore.h"

#include <QAbstractTableModel>

namespace evalreview {

/// The theme taxonomy as an editable table: key, group, label and the keywords in English, French
/// and Spanish, each language's keywords as one text separated by semicolons (or commas).
class ThemeTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Key,
        Group,
        Label,
        KeywordsEn,
        KeywordsFr,
        KeywordsEs,
        ColumnCount
    };

    explicit ThemeTableModel(QObject *parent = nullptr);

    /// Shows `themes`; `modified`: they are not the library's (imported from a file).
    void setThemes(const QList<Theme> &themes, bool modified = false);
    /// The themes as edited, in the order shown, with their texts trimmed.
    QList<Theme> themes() const;
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }
    /// Whether anything was edited since setThemes().
    bool isModified() const { return m_modified; }

    /// Appends an empty theme of `group` and returns its row.
    int addTheme(const QString &group);

    /// What is wrong with the themes as a taxonomy (an empty key or label, a key twice, no theme),
    /// as a sentence, with the row to show in `row`; empty when nothing is.
    QString problem(int *row = nullptr) const;

    /// Keywords typed as one text: separated by semicolons or commas, blanks around them dropped.
    static QStringList splitKeywords(const QString &text);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

private:
    QList<Theme> m_themes;
    bool m_editable = true;
    bool m_modified = false;
};

} // namespace evalreview
