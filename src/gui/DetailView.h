#pragma once

#include "FollowUpStore.h"
#include "PageTarget.h"
#include "RecommendationTypes.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QSplitter;
class QTextBrowser;

namespace evalreview {

class FollowUpPanel;

/// One recommendation side by side: Recommendation | Management response and actions |
/// Donor comments (a column per donor) | Follow-up. Text is selectable; a click on a field
/// asks for its source page.
class DetailView : public QWidget
{
    Q_OBJECT
public:
    enum class Pane
    {
        Recommendation,
        Response,
        DonorComments,
    };

    explicit DetailView(QWidget *parent = nullptr);

    void setDetail(const std::optional<RecommendationDetail> &detail);
    /// Updates the follow-up pane only (after an edit, undo or redo).
    void setFollowUp(const FollowUpState &state);
    const std::optional<RecommendationDetail> &detail() const { return m_detail; }

    QString paneText(Pane pane) const;
    QTextBrowser *pane(Pane pane) const;
    FollowUpPanel *followUpPanel() const { return m_followUp; }
    QSplitter *splitter() const { return m_splitter; }
    /// Adds a line below the panes (the theme tags and recurring group of the recommendation).
    void addFooter(QWidget *widget);

    /// The text of the selection (or of the recommendation) with document title and page.
    QString citation() const;
    void copyCitation();
    /// The page of the recommendation's own text, highlighted.
    PageTarget recommendationTarget() const;
    /// Asks for the source of a field link ("src:text", "src:action:0", ...).
    void openLink(const QString &link);

Q_SIGNALS:
    /// Another recommendation (or a new state of the same one) is shown.
    void detailChanged();
    void sourceRequested(const PageTarget &target);
    void followUpEditRequested(qint64 recommendationId, FollowUpField field, const QString &newValue);

private:
    QTextBrowser *addPane(const QString &name, const QString &accessibleName);
    PageTarget targetFor(const QList<Anchor> &anchors) const;

    QLabel *m_heading = nullptr;
    QPushButton *m_copy = nullptr;
    QSplitter *m_splitter = nullptr;
    QTextBrowser *m_recommendation = nullptr;
    QTextBrowser *m_response = nullptr;
    QTextBrowser *m_comments = nullptr;
    FollowUpPanel *m_followUp = nullptr;
    std::optional<RecommendationDetail> m_detail;
};

} // namespace evalreview
