#pragma once

#include "ExportRecord.h"

namespace evalreview {

class PageCropper;

/// One self-contained HTML file (styles inline, page crops as data: URLs) that opens offline:
/// each recommendation with its response, actions, donor comments, follow-up, source page number
/// and a crop of the source region. All document text is escaped.
class HtmlExporter
{
public:
    static QByteArray render(const QList<ExportRecord> &records, const QString &title, PageCropper *cropper);
    static ExportResult write(const QList<ExportRecord> &records, const QString &title, const QString &path,
                              const CancelCheck &cancelled = {});
};

} // namespace evalreview
