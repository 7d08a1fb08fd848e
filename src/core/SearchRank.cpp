#include "SearchRank.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <sqlite3.h>
#include <stdexcept>

namespace evalreview {

namespace {

constexpr double kK1 = 1.2;
constexpr double kB = 0.75;
constexpr int kMaxPhrases = 64;
constexpr int kSourceTypes = 8;

/// What every row of one query shares, worked out at its first row (FTS5 would read the
/// index's totals again from the table on each call).
struct QueryConstants
{
    double average = 1.0;                       ///< words per row over the whole index
    std::array<double, kSourceTypes> typical{}; ///< words per row of each kind, 0 when unknown
    bool byKind = false;
};

QueryConstants *constantsFor(const Fts5ExtensionApi *api, Fts5Context *fts, int argc, sqlite3_value **argv)
{
    if (auto *known = static_cast<QueryConstants *>(api->xGetAuxdata(fts, 0))) {
        return known;
    }
    auto *c = new QueryConstants;
    sqlite3_int64 rows = 0, tokens = 0;
    api->xRowCount(fts, &rows);
    api->xColumnTotalSize(fts, 0, &tokens);
    c->average = rows > 0 && tokens > 0 ? double(tokens) / double(rows) : 1.0;
    if (argc > 0 && sqlite3_value_bytes(argv[0]) == int(sizeof(double) * kSourceTypes)) {
        std::memcpy(c->typical.data(), sqlite3_value_blob(argv[0]), sizeof(double) * kSourceTypes);
        c->byKind = true;
    }
    if (api->xSetAuxdata(fts, c, [](void *p) { delete static_cast<QueryConstants *>(p); }) != SQLITE_OK) {
        return nullptr; // SQLite freed it
    }
    return c;
}

void rank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    std::array<int, kMaxPhrases> tf{};
    const int phrases = std::min(api->xPhraseCount(fts), kMaxPhrases);
    int instances = 0;
    const QueryConstants *constants = constantsFor(api, fts, argc, argv);
    if (!constants || api->xInstCount(fts, &instances) != SQLITE_OK) {
        sqlite3_result_error(ctx, "evalreview_rank: no instances", -1);
        return;
    }
    for (int i = 0; i < instances; ++i) {
        int phrase = 0, column = 0, offset = 0;
        if (api->xInst(fts, i, &phrase, &column, &offset) == SQLITE_OK && phrase < phrases) {
            ++tf[std::size_t(phrase)];
        }
    }
    double length = 0;
    if (constants->byKind) {
        // The typical length of the row's kind of text (rowid % 8) instead of a lookup per row.
        length = constants->typical[std::size_t(api->xRowid(fts) & (kSourceTypes - 1))];
    } else {
        int columnSize = 0;
        api->xColumnSize(fts, 0, &columnSize);
        length = columnSize;
    }
    if (length <= 0) {
        length = constants->average;
    }
    const double norm = kK1 * (1.0 - kB + kB * length / constants->average);
    double score = 0;
    for (int p = 0; p < phrases; ++p) {
        const double f = tf[std::size_t(p)];
        score += f * (kK1 + 1.0) / (f + norm);
    }
    sqlite3_result_double(ctx, -score);
}

} // namespace

void registerSearchRank(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(st, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(st);
    }
    sqlite3_finalize(st);
    if (!api || api->xCreateFunction(api, "evalreview_rank", nullptr, &rank, nullptr) != SQLITE_OK) {
        throw std::runtime_error("the full-text search module of SQLite is not available");
    }
}

} // namespace evalreview
