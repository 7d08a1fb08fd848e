#pragma once

// Writes a revised copy of a DOCX: every part copied through libzip, with text replacements in
// word/document.xml (the words of a recommendation edited, its number changed, a row removed).
#include "ZipWriter.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>
#include <zip.h>

namespace evalreview::test {

/// The parts of a ZIP package, by name; empty when it cannot be read.
inline QList<std::pair<QString, QByteArray>> readZip(const QString &path)
{
    QList<std::pair<QString, QByteArray>> parts;
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    if (!archive) {
        return parts;
    }
    const zip_int64_t n = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < n; ++i) {
        zip_stat_t st;
        if (zip_stat_index(archive, zip_uint64_t(i), 0, &st) != 0) {
            continue;
        }
        QByteArray data(qsizetype(st.size), Qt::Uninitialized);
        zip_file_t *file = zip_fopen_index(archive, zip_uint64_t(i), 0);
        if (!file) {
            continue;
        }
        const zip_int64_t read = zip_fread(file, data.data(), st.size);
        zip_fclose(file);
        if (read == zip_int64_t(st.size)) {
            parts.append({QString::fromUtf8(st.name), data});
        }
    }
    zip_close(archive);
    return parts;
}

/// Copies `source` to `target` with `edits` (from, to) applied in order to word/document.xml.
/// False when the package cannot be read or written, or an edit finds nothing to replace.
inline bool writeRevisedDocx(const QString &source, const QString &target,
                             const QList<std::pair<QByteArray, QByteArray>> &edits)
{
    QList<std::pair<QString, QByteArray>> parts = readZip(source);
    bool found = false;
    for (auto &[name, data] : parts) {
        if (name != QLatin1String("word/document.xml")) {
            continue;
        }
        found = true;
        for (const auto &[from, to] : edits) {
            if (!data.contains(from)) {
                return false;
            }
            data.replace(from, to);
        }
    }
    return found && writeZip(target, parts);
}

/// A revision of the corpus management response (DOCX): G6 renumbered G7 with its text unchanged,
/// G4's text edited, and G5's text replaced by an unrelated one (so G5 no longer matches).
inline QList<std::pair<QByteArray, QByteArray>> corpusResponseRevision()
{
    return {{"<w:t>G6</w:t>", "<w:t>G7</w:t>"},
            {"to better showcase activities and accomplishments",
             "to better showcase the programme's activities and accomplishments"},
            {"The ILO should review staffing requirements to meet current needs. This will reduce the burden on the "
             "already hired staff and can improve their work efficiency.",
             "Translate the evaluation summary into the national languages and publish it on partner websites."}};
}

/// The code a record of the corpus response has after corpusResponseRevision() ("" when it no longer matches).
inline QString revisedCode(const QString &code)
{
    if (code == QLatin1String("G6")) {
        return QStringLiteral("G7");
    }
    return code == QLatin1String("G5") ? QString() : code;
}

} // namespace evalreview::test
