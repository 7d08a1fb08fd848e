#pragma once

#include "SyntheticLibrary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace evalreview::bench {

/// Where benchmark libraries are kept between runs: $EVALREVIEW_BENCH_DIR or ./bench-libraries.
inline QString libraryDir()
{
    const QString dir = qEnvironmentVariableIsSet("EVALREVIEW_BENCH_DIR")
                            ? qEnvironmentVariable("EVALREVIEW_BENCH_DIR")
                            : QDir::currentPath() + QStringLiteral("/bench-libraries");
    QDir().mkpath(dir);
    return dir;
}

inline QString libraryPath(qint64 recommendations)
{
    return libraryDir() + QStringLiteral("/synth-%1-seed1.db").arg(recommendations);
}

/// The synthetic library of `recommendations` recommendations (seed 1), created when missing.
inline QString library(qint64 recommendations)
{
    const QString path = libraryPath(recommendations);
    if (!QFileInfo::exists(path)) {
        SynthOptions options;
        options.recommendations = recommendations;
        SyntheticLibrary(options).createAt(path);
    }
    return path;
}

/// The fixed query mix (bench/search-queries.txt): (category, query) pairs.
inline std::vector<std::pair<QString, QString>> queryMix()
{
    std::vector<std::pair<QString, QString>> out;
    QFile f(QStringLiteral(EVALREVIEW_BENCH_QUERIES));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return out;
    }
    for (const QString &line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) {
            continue;
        }
        const qsizetype tab = line.indexOf(QLatin1Char('\t'));
        out.emplace_back(line.left(tab), line.mid(tab + 1));
    }
    return out;
}

/// Percentile (0..100) of sorted samples, nearest rank.
inline double percentile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty()) {
        return 0;
    }
    const std::size_t rank = std::size_t(std::max(1.0, std::ceil(p / 100.0 * double(sorted.size()))));
    return sorted[std::min(rank, sorted.size()) - 1];
}

} // namespace evalreview::bench
