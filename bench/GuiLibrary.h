#pragma once

#include "BenchLibrary.h"
#include "DerivedDueDates.h"
#include "Importer.h"
#include "Sqlite.h"
#include "SqliteLibraryStore.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace evalreview::bench {

/// The library the GUI benchmarks open: a copy of the synthetic library of `recommendations`
/// with the corpus management response imported (so its pages render with their regions) and
/// the derived due dates stored (as after a first session). Kept beside the synthetic library
/// and made again when that one is newer.
inline QString guiLibrary(qint64 recommendations)
{
    const QString source = library(recommendations);
    const QString path = libraryDir() + QStringLiteral("/synth-%1-seed1-gui.db").arg(recommendations);
    const QFileInfo made(path);
    if (made.exists() && made.lastModified() >= QFileInfo(source).lastModified()) {
        return path;
    }
    std::fprintf(stderr, "Preparing %s\n", qPrintable(path));
    for (const char *suffix : {"", "-wal", "-shm"}) {
        QFile::remove(path + QLatin1String(suffix));
    }
    {
        // Opening and closing the source checkpoints its journal, so the main file is complete.
        sql::Database db;
        db.open(source, sql::Database::Mode::ReadWrite);
    }
    if (!QFile::copy(source, path)) {
        return {};
    }
    auto store = SqliteLibraryStore::open(path);
    Importer importer(*store, Importer::Isolation::InProcess);
    const FileImportResult r = importer.importFile(QStringLiteral(EVALREVIEW_BENCH_RESPONSE_PDF));
    if (r.status != FileImportResult::Status::Imported) {
        std::fprintf(stderr, "The corpus document was not imported: %s\n", qPrintable(r.message));
    }
    storeDerivedDueDates(store->database());
    return path;
}

/// The id of the imported corpus document in a GUI library (0 when missing).
inline qint64 corpusDocumentId(sql::Database &db)
{
    sql::Statement st = db.prepare(QStringLiteral("SELECT id FROM documents WHERE sha256 = ?"));
    st.bind(1, Importer::sha256Of(QStringLiteral(EVALREVIEW_BENCH_RESPONSE_PDF)));
    return st.next() ? st.integer(0) : 0;
}

} // namespace evalreview::bench
