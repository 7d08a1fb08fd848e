#pragma once

#include <memory>

struct Pix;

namespace evalreview::ingest::ocr {

/// Owns a Leptonica image.
struct PixDeleter
{
    void operator()(Pix *pix) const;
};
using PixPtr = std::unique_ptr<Pix, PixDeleter>;

} // namespace evalreview::ingest::ocr
