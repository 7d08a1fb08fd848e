// libFuzzer target: the search-query translator must turn any input into an expression that FTS5
// accepts (or into nothing), and never crash.
#include "SearchQuery.h"
#include "Sqlite.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static evalreview::sql::Database db = [] {
        evalreview::sql::Database d;
        d.open(QStringLiteral(":memory:"));
        d.exec(QStringLiteral("CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'unicode61 remove_diacritics 2');"
                              "INSERT INTO t VALUES ('gender inclusion in Ghana'), ('sécurité sociale');"));
        return d;
    }();
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const evalreview::SearchQuery q(input);
    if (q.isEmpty()) {
        return 0;
    }
    try {
        evalreview::sql::Statement st = db.prepare(QStringLiteral("SELECT rowid FROM t WHERE t MATCH ?"));
        st.bind(1, q.ftsExpression());
        st.run();
    } catch (const evalreview::sql::Error &) {
        std::abort(); // a translated query FTS5 refuses is a bug
    }
    return 0;
}
