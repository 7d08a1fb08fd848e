#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace evalreview::extract {

/// What an extraction found and where it is unsure: counts of recommendations, responses and
/// actions, actions without a time frame or a responsible unit, donor columns, and warnings a
/// reviewer should read ("No recommendation was found.", "Table on page 3: columns not
/// mapped ..."). Stored with the document; `extract --json` and `import --json` print it as
/// "extraction_report", the app shows its warnings.
struct ExtractionReport
{
    int recommendations = 0;
    int responses = 0;
    int uncategorisedResponses = 0; ///< a response text whose category was not recognised
    int actions = 0;
    int actionsWithoutTimeFrame = 0;
    int actionsWithoutResponsible = 0;
    QStringList donors;
    QStringList warnings;
    // Pages read from their images by text recognition (scans, broken text layers), 1-based.
    QList<int> ocrPages;
    QString ocrLanguage;
    QList<int> lowConfidencePages;    ///< of those, the ones recognition was unsure of
    QStringList lowConfidenceRecords; ///< recommendations (their codes) read from such a page

    /// Adds what text recognition read, and what it was unsure of, to the report (and warnings).
    /// `confidence` holds each recognised page's mean word confidence (0–100).
    void noteRecognition(const QList<std::pair<int, double>> &confidence, const QString &language,
                         const QJsonObject &extraction);

    /// Counts the records of an extraction (the contract of `extract`) and adds the warnings that
    /// follow from them to `extractorWarnings`, the extractor's own.
    static ExtractionReport of(const QJsonObject &extraction, const QStringList &extractorWarnings = {});
    static ExtractionReport fromJson(const QJsonObject &report);
    QJsonObject toJson() const;
};

/// The key of the report in the extraction JSON.
inline const QString ReportKey = QStringLiteral("extraction_report");

} // namespace evalreview::extract
