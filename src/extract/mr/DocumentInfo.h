#pragma once

#include "DocumentContent.h"

#include <QStringList>

namespace evalreview::extract::mr {

/// The cover facts of a management response: title and subtitle (the largest lines at the top
/// of the first page), donors ("funded by SECO and NORAD") and the evaluator ("The Canopy Lab
/// was contracted to conduct the evaluation").
struct DocumentInfo
{
    QString title;
    QString subtitle;
    QStringList donors;
    QString evaluator;
};

DocumentInfo readDocumentInfo(const DocumentContent &content);

/// The body text of all pages (blocks in reading order), for phrase searches.
QString documentText(const DocumentContent &content);

} // namespace evalreview::extract::mr
