// Writes a stream of follow-up edits to a library, one transaction each, and prints
// "ack TAG I" after each edit is committed. Used by the concurrency and crash tests.
// Usage: followup_writer LIBRARY TAG COUNT
#include "FollowUpStore.h"
#include "SqliteLibraryStore.h"

#include <QCoreApplication>

#include <cstdio>

using namespace evalreview;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fputs("usage: followup_writer LIBRARY TAG COUNT\n", stderr);
        return 2;
    }
    try {
        auto store = SqliteLibraryStore::open(args.at(1));
        QList<qint64> ids;
        sql::Statement st = store->database().prepare(QStringLiteral("SELECT id FROM recommendations ORDER BY id"));
        while (st.next()) {
            ids.append(st.integer(0));
        }
        if (ids.isEmpty()) {
            std::fputs("the library has no recommendations\n", stderr);
            return 1;
        }
        FollowUpStore followUps(store->database());
        const int count = args.at(3).toInt();
        for (int i = 0; i < count; ++i) {
            const QString note = QStringLiteral("%1 edit %2").arg(args.at(2)).arg(i);
            followUps.set(ids.at(i % ids.size()), FollowUpField::Note, note, args.at(2));
            std::printf("ack %s %d\n", qPrintable(args.at(2)), i);
            std::fflush(stdout);
        }
    } catch (const StoreError &e) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message()));
        return 1;
    }
    return 0;
}
