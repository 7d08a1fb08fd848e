#pragma once

#include <QString>

namespace evalreview::paths {

/// Folder for the library, logs and settings: QStandardPaths::AppDataLocation.
QString dataDir();
/// The library used when none is given on the command line.
QString defaultLibrary();
QString logDir();
/// The bundled sample documents: installed (share/evalreview/samples beside the program's bin
/// folder), else data/ of the source tree when running from the build tree; empty when neither.
QString sampleDataDir();
/// Where an installed program finds the isolated document reader (libexec/evalreview/evalreview-parse
/// relative to its own folder); the path is returned whether or not the file is there.
QString installedReader();
/// False when EVALREVIEW_NO_BUILD_TREE_FALLBACK is set: then nothing is looked up in the source or
/// build tree (the installation test proves that an installed program needs neither).
bool buildTreeFallbacks();

} // namespace evalreview::paths
