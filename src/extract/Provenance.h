#pragma once

#include "DocumentContent.h"

#include <QJsonArray>
#include <QMap>

namespace evalreview::extract {

/// Collects the regions a piece of text covers and renders them as the contract's "source":
/// [{"page": P, "bbox": [x0, y0, x1, y1]}], one entry per page, in page order.
class Provenance
{
public:
    void add(int page, const NormRect &box);
    void add(int page, const TextLine &line) { add(page, line.box); }
    void merge(const Provenance &other);
    /// Adds `other`'s boxes on the pages this one does not cover yet.
    void mergeOtherPages(const Provenance &other);
    bool isEmpty() const { return m_boxes.isEmpty(); }
    int firstPage() const { return m_boxes.isEmpty() ? 0 : m_boxes.firstKey(); }
    QJsonArray toJson() const;

private:
    QMap<int, NormRect> m_boxes;
};

/// Collapses runs of white space to one space and trims.
QString simplified(const QString &text);

} // namespace evalreview::extract
