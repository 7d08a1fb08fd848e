#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QTableView;

namespace evalreview {

class DisagreementModel;
class LibrarySession;

/// Where management and donors do not simply agree: qualified responses and donor comments that
/// disagree or ask for something, the three voices side by side, filtered by donor. Selecting a
/// line asks for its recommendation.
class DisagreementView : public QWidget
{
    Q_OBJECT
public:
    explicit DisagreementView(LibrarySession &session, QWidget *parent = nullptr);

    /// Re-reads the library now, on its reader thread (a busy bar shows meanwhile).
    void reload();
    /// Whether a read has not answered yet.
    bool isLoading() const;
    /// The library changed: re-read now if shown, else when next shown (a large library has
    /// thousands of lines, which nobody waits for at start).
    void invalidate();
    void setDonor(const QString &donor);

    QComboBox *donorCombo() const { return m_donor; }
    QTableView *table() const { return m_table; }
    DisagreementModel *model() const { return m_model; }

Q_SIGNALS:
    void recommendationActivated(qint64 recommendationId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void query();
    void read(const QString &donor, bool withDonors);

    LibrarySession &m_session;
    QComboBox *m_donor = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    DisagreementModel *m_model = nullptr;
    QProgressBar *m_busy = nullptr;
    QString m_wantedDonor; ///< asked for before the donors were read (null: none)
    bool m_dirty = true;
};

} // namespace evalreview
