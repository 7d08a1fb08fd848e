#pragma once

#include "DocumentContent.h"

#include <QString>

#include <atomic>
#include <memory>

class PDFDoc;

namespace evalreview::ingest::pdf {

/// One thread's handle on a PDF through Poppler's core library, which (unlike poppler-qt6) tells
/// each word's font and hands over the vector paths, so a page comes with bold words and the
/// ruling lines its tables draw. Poppler's global parameters must exist while it is used: the
/// reader keeps a poppler-qt6 document open for that (see PdfReader.cpp).
class CorePdf
{
public:
    explicit CorePdf(const QString &path);
    ~CorePdf();
    CorePdf(const CorePdf &) = delete;
    CorePdf &operator=(const CorePdf &) = delete;

    bool isOk() const;

    /// Words (in the content stream's order, as Poppler's text engine groups them) and ruling
    /// lines of the 0-based page `index`; stops early, with what it has, when `cancel` is set.
    Page readPage(int index, const std::atomic<bool> &cancel) const;

private:
    std::unique_ptr<PDFDoc> m_doc;
};

} // namespace evalreview::ingest::pdf
