#pragma once

#include "ExportRecord.h"

namespace evalreview {

class PageCropper;

/// One self-contained HTML file (styles inline, page crops as data: URLs) that opens offline:
/// each recommendation with its response, actions, donor comments, follow-up, source page number
/// and a crop of the source region. All document text is escaped. Crops come only from source
/// files unchanged since their import; `notes` gets a sentence for each source left without them.
class HtmlExporter
{
public:
    static QByteArray render(const QList<ExportRecord> &records, const QString &title, PageCropper *cropper);
    static ExportResult write(const QList<ExportRecord> &records, const QString &title, const QString &path,
                              const CancelCheck &cancelled = {}, QStringList *notes = nullptr);
};

} // namespace evalreview
