#pragma once

#include "DocumentReader.h"

#include <QDir>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QString>

#include <functional>

namespace evalreview::test {

inline QString corpus(const char *name)
{
    return QStringLiteral(EVALREVIEW_TEST_DATA "/corpus/") + QString::fromLatin1(name);
}

/// Writes an A4 PDF of `pages` pages; `paint(painter, pageIndex, pageRect)` draws each page
/// (pageRect in device pixels at 72 dpi, i.e. in points).
inline bool writePdf(const QString &path, int pages, const std::function<void(QPainter &, int, QRectF)> &paint)
{
    QPdfWriter writer(path);
    writer.setResolution(72);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&writer);
    if (!painter.isActive()) {
        return false;
    }
    const QRectF rect(0, 0, writer.width(), writer.height());
    for (int p = 0; p < pages; ++p) {
        if (p > 0) {
            writer.newPage();
        }
        paint(painter, p, rect);
    }
    return painter.end();
}

/// All body text of a document in reading order, blocks separated by blank lines.
inline QString bodyText(const DocumentContent &content)
{
    QStringList pages;
    for (const Page &p : content.pages) {
        pages << ingest::pageBodyText(p);
    }
    return pages.join(QStringLiteral("\n\n"));
}

} // namespace evalreview::test

/// Readable QString values in GoogleTest failure messages.
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}
