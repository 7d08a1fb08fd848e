#pragma once

#include "Model.h"

#include <QList>
#include <QString>

namespace evalreview {

/// A page of a source document to show, with the regions to highlight on it.
struct PageTarget
{
    qint64 documentId = 0;
    QString documentTitle;
    QString sourcePath;
    QString sourceFormat;
    int page = 0;
    QList<Anchor> highlights; ///< those on `page` are drawn
    QString searchText;       ///< words to find and highlight on the page (search hits)

    bool isValid() const { return documentId > 0 && page > 0; }
};

} // namespace evalreview
