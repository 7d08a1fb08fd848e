#pragma once

#include "DocumentContent.h"
#include "PixPtr.h"

#include <QRect>

namespace evalreview::ingest::ocr {

/// The ruling lines drawn on a page image, and where its ink is.
struct ImageInk
{
    PixPtr binary;         ///< 1 where the page is dark
    PixPtr lines;          ///< 1 where a ruling line is
    QList<Ruling> rulings; ///< normalised to the image; horizontal ones without height, vertical without width
};

/// Finds the ruling lines of a page image (8-bit gray at `dpi`): dark runs at least a quarter of
/// an inch long (horizontal) or a third of an inch (vertical, longer than any letter's stem) and
/// about a millimetre thin at most, by a morphological opening with a long line element.
ImageInk findImageInk(Pix *gray, int dpi);

/// Ink that recognition left unread: marks of a letter's size, not part of a ruling and outside
/// every box of `read` (pixels), joined into word-sized boxes (pixels). A cell holding a lone
/// number is the usual case: page segmentation drops a single character standing apart.
QList<QRect> unreadInk(const ImageInk &ink, int dpi, const QList<QRect> &read);

} // namespace evalreview::ingest::ocr
