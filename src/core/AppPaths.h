#pragma once

#include <QString>

namespace evalreview::paths {

/// Folder for the library, logs and settings: QStandardPaths::AppDataLocation.
QString dataDir();
/// The library used when none is given on the command line.
QString defaultLibrary();
QString logDir();
/// The bundled sample documents (data/ next to the sources, or installed next to the binary).
QString sampleDataDir();

} // namespace evalreview::paths
