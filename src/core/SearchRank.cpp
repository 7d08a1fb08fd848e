#include "SearchRank.h"

#include <array>
#include <sqlite3.h>
#include <stdexcept>

namespace evalreview {

namespace {

constexpr double kK1 = 1.2;
constexpr double kB = 0.75;
constexpr int kMaxPhrases = 64;

void rank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int, sqlite3_value **)
{
    std::array<int, kMaxPhrases> tf{};
    const int phrases = std::min(api->xPhraseCount(fts), kMaxPhrases);
    int instances = 0;
    if (api->xInstCount(fts, &instances) != SQLITE_OK) {
        sqlite3_result_error(ctx, "evalreview_rank: no instances", -1);
        return;
    }
    for (int i = 0; i < instances; ++i) {
        int phrase = 0, column = 0, offset = 0;
        if (api->xInst(fts, i, &phrase, &column, &offset) == SQLITE_OK && phrase < phrases) {
            ++tf[std::size_t(phrase)];
        }
    }
    sqlite3_int64 rows = 0, tokens = 0;
    int length = 0;
    api->xRowCount(fts, &rows);
    api->xColumnTotalSize(fts, 0, &tokens);
    api->xColumnSize(fts, 0, &length);
    const double average = rows > 0 && tokens > 0 ? double(tokens) / double(rows) : 1.0;
    const double norm = kK1 * (1.0 - kB + kB * double(length) / average);
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
