#include "ImageRulings.h"

#include <algorithm>
#include <leptonica/allheaders.h>

namespace evalreview::ingest::ocr {

void PixDeleter::operator()(Pix *pix) const
{
    pixDestroy(&pix);
}

namespace {

struct BoxaDeleter
{
    void operator()(Boxa *boxa) const { boxaDestroy(&boxa); }
};
using BoxaPtr = std::unique_ptr<Boxa, BoxaDeleter>;

QList<QRect> boxesOf(Pix *binary)
{
    QList<QRect> boxes;
    const BoxaPtr found(pixConnCompBB(binary, 8));
    const int n = found ? boxaGetCount(found.get()) : 0;
    for (int i = 0; i < n; ++i) {
        l_int32 x = 0, y = 0, w = 0, h = 0;
        boxaGetBoxGeometry(found.get(), i, &x, &y, &w, &h);
        boxes.append(QRect(x, y, w, h));
    }
    return boxes;
}

/// Line pixels of one direction: what survives an opening with a line `minLength` long.
PixPtr linesOf(Pix *binary, bool horizontal, int minLength, int maxThickness, QList<Ruling> &rulings)
{
    PixPtr opened(horizontal ? pixOpenBrick(nullptr, binary, minLength, 1)
                             : pixOpenBrick(nullptr, binary, 1, minLength));
    if (!opened) {
        return opened;
    }
    const double width = pixGetWidth(binary);
    const double height = pixGetHeight(binary);
    for (const QRect &b : boxesOf(opened.get())) {
        if (horizontal && b.width() >= minLength && b.height() <= maxThickness) {
            const double mid = (b.y() + b.height() / 2.0) / height;
            rulings.append({{b.x() / width, mid, (b.x() + b.width()) / width, mid}, true});
        } else if (!horizontal && b.height() >= minLength && b.width() <= maxThickness) {
            const double mid = (b.x() + b.width() / 2.0) / width;
            rulings.append({{mid, b.y() / height, mid, (b.y() + b.height()) / height}, false});
        }
    }
    return opened;
}

} // namespace

ImageInk findImageInk(Pix *gray, int dpi)
{
    constexpr int kDarkBelow = 160; // gray level: rules and letters are printed dark, shading is light
    ImageInk ink;
    ink.binary.reset(pixThresholdToBinary(gray, kDarkBelow));
    if (!ink.binary) {
        return ink;
    }
    const int thickness = std::max(3, dpi / 25); // about 1 mm
    const PixPtr horizontal = linesOf(ink.binary.get(), true, dpi / 4, thickness, ink.rulings);
    const PixPtr vertical = linesOf(ink.binary.get(), false, dpi / 3, thickness, ink.rulings);
    if (horizontal && vertical) {
        ink.lines.reset(pixOr(nullptr, horizontal.get(), vertical.get()));
    }
    return ink;
}

QList<QRect> unreadInk(const ImageInk &ink, int dpi, const QList<QRect> &read)
{
    if (!ink.binary || !ink.lines) {
        return {};
    }
    const PixPtr marks(pixSubtract(nullptr, ink.binary.get(), ink.lines.get()));
    if (!marks) {
        return {};
    }
    const int minSize = std::max(2, dpi / 60); // smaller marks are specks
    const int maxHeight = dpi / 3;             // taller ones are pictures, not letters
    QList<QRect> letters;
    for (const QRect &b : boxesOf(marks.get())) {
        if (b.height() < minSize && b.width() < minSize) {
            continue;
        }
        if (b.height() > maxHeight || b.width() > maxHeight * 2) {
            continue;
        }
        const bool inRead = std::any_of(read.cbegin(), read.cend(), [&b](const QRect &r) { return r.intersects(b); });
        if (!inRead) {
            letters.append(b);
        }
    }
    // Marks side by side on one line make one word.
    std::sort(letters.begin(), letters.end(), [](const QRect &a, const QRect &b) { return a.x() < b.x(); });
    QList<QRect> words;
    for (const QRect &l : std::as_const(letters)) {
        auto near = std::find_if(words.begin(), words.end(), [&l](const QRect &w) {
            const int gap = l.left() - w.right();
            const bool sameLine = l.top() < w.bottom() && l.bottom() > w.top();
            return sameLine && gap < std::max(l.height(), w.height()) / 2;
        });
        if (near != words.end()) {
            *near = near->united(l);
        } else {
            words.append(l);
        }
    }
    // A word is at least a letter tall; lone dots and commas are left alone.
    words.removeIf([dpi](const QRect &w) { return w.height() < dpi / 20; });
    return words;
}

} // namespace evalreview::ingest::ocr
