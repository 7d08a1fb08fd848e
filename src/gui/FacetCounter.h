#pragma once

#include "RecommendationTypes.h"

#include <QHash>
#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace evalreview {

/// The facet counts of a filter, keyed by Facet.
using FacetCounts = QHash<int, QList<FacetValue>>;

/// Counts the recommendations of a filter and its facet values on a worker thread with its own
/// connection to the library, so the table answers a filter change at once and the counts follow. A newer request
/// overtakes older ones.
class FacetCounter : public QObject
{
    Q_OBJECT
public:
    explicit FacetCounter(QObject *parent = nullptr);
    ~FacetCounter() override;

    void request(const QString &libraryPath, const RecommendationFilter &filter);
    bool isBusy() const { return m_pending != 0; }

    /// Counts every facet now, in the calling thread, on the given connection's query.
    static FacetCounts countAll(class RecommendationQuery &query, const RecommendationFilter &filter);

Q_SIGNALS:
    /// How many recommendations `filter` keeps, before its facet counts.
    void totalCounted(const evalreview::RecommendationFilter &filter, qint64 total);
    void counted(const evalreview::FacetCounts &counts);

private:
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    quint64 m_pending = 0;
};

} // namespace evalreview

Q_DECLARE_METATYPE(evalreview::FacetCounts)
Q_DECLARE_METATYPE(evalreview::RecommendationFilter)
