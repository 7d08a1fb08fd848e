#include "RecurringGroups.h"

#include "Sqlite.h"
#include "WordTokens.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace evalreview {

namespace {

const QSet<QString> &stopWords()
{
    static const QSet<QString> words{QStringLiteral("the"),
                                     QStringLiteral("and"),
                                     QStringLiteral("for"),
                                     QStringLiteral("with"),
                                     QStringLiteral("that"),
                                     QStringLiteral("this"),
                                     QStringLiteral("from"),
                                     QStringLiteral("into"),
                                     QStringLiteral("are"),
                                     QStringLiteral("was"),
                                     QStringLiteral("were"),
                                     QStringLiteral("will"),
                                     QStringLiteral("should"),
                                     QStringLiteral("its"),
                                     QStringLiteral("their"),
                                     QStringLiteral("which"),
                                     QStringLiteral("have"),
                                     QStringLiteral("has"),
                                     QStringLiteral("been"),
                                     QStringLiteral("also"),
                                     QStringLiteral("not"),
                                     QStringLiteral("all"),
                                     QStringLiteral("more"),
                                     QStringLiteral("other"),
                                     QStringLiteral("les"),
                                     QStringLiteral("des"),
                                     QStringLiteral("pour"),
                                     QStringLiteral("dans"),
                                     QStringLiteral("une"),
                                     QStringLiteral("sur"),
                                     QStringLiteral("par"),
                                     QStringLiteral("est"),
                                     QStringLiteral("los"),
                                     QStringLiteral("las"),
                                     QStringLiteral("para"),
                                     QStringLiteral("con"),
                                     QStringLiteral("una"),
                                     QStringLiteral("del"),
                                     QStringLiteral("que"),
                                     QStringLiteral("por"),
                                     QStringLiteral("recommendation"),
                                     QStringLiteral("recommandation"),
                                     QStringLiteral("recomendacion")};
    return words;
}

/// Union-find over indexes.
class Components
{
public:
    explicit Components(std::size_t n) : m_parent(n) { std::iota(m_parent.begin(), m_parent.end(), std::size_t(0)); }
    std::size_t find(std::size_t x)
    {
        while (m_parent[x] != x) {
            m_parent[x] = m_parent[m_parent[x]];
            x = m_parent[x];
        }
        return x;
    }
    void join(std::size_t a, std::size_t b) { m_parent[find(a)] = find(b); }

private:
    std::vector<std::size_t> m_parent;
};

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

std::pair<qint64, qint64> ordered(qint64 a, qint64 b)
{
    return a < b ? std::pair{a, b} : std::pair{b, a};
}

} // namespace

std::vector<FoundGroup> findRecurringGroups(const std::vector<RecurringInput> &input, const RecurringOptions &options,
                                            const QSet<std::pair<qint64, qint64>> &apart)
{
    const double t = std::clamp(options.threshold, 0.05, 1.0);
    // Word sets as token numbers.
    QHash<QString, int> tokenOf;
    std::vector<std::vector<int>> sets(input.size());
    std::vector<int> df;
    for (std::size_t i = 0; i < input.size(); ++i) {
        std::vector<int> &set = sets[i];
        for (const QString &w : foldedWords(input[i].text)) {
            if (w.size() < 3 || stopWords().contains(w) || w.at(0).isDigit()) {
                continue;
            }
            const QString stem = w.left(7);
            auto it = tokenOf.find(stem);
            if (it == tokenOf.end()) {
                it = tokenOf.insert(stem, int(df.size()));
                df.push_back(0);
            }
            set.push_back(*it);
        }
        std::sort(set.begin(), set.end());
        set.erase(std::unique(set.begin(), set.end()), set.end());
        for (const int tok : set) {
            ++df[std::size_t(tok)];
        }
    }
    // Global order: rarest first. Each set is sorted in that order (rank numbers).
    std::vector<int> byRarity(df.size());
    std::iota(byRarity.begin(), byRarity.end(), 0);
    std::sort(byRarity.begin(), byRarity.end(), [&df](int a, int b) {
        return df[std::size_t(a)] != df[std::size_t(b)] ? df[std::size_t(a)] < df[std::size_t(b)] : a < b;
    });
    std::vector<int> rank(df.size()); // token -> place in byRarity
    for (std::size_t r = 0; r < byRarity.size(); ++r) {
        rank[std::size_t(byRarity[r])] = int(r);
    }
    for (std::vector<int> &set : sets) {
        for (int &tok : set) {
            tok = rank[std::size_t(tok)];
        }
        std::sort(set.begin(), set.end());
    }
    // Blocking: each recommendation's rarest words (up to blockWords, leaving out those found in
    // more than maxBlock recommendations) are its keys; two recommendations are compared when they
    // share two keys (one when either has a single key).
    const std::size_t n = input.size();
    const int maxBlock = options.maxBlock > 0 ? options.maxBlock : std::max(50, int(n / 100));
    std::vector<std::vector<std::size_t>> index(df.size());
    std::vector<int> keyCount(n, 0);
    std::vector<int> shared(n, 0);
    std::vector<std::size_t> touched;
    std::vector<double> best(n, 0.0);
    Components components(n);
    constexpr std::size_t kCancelCheck = 4096; // recommendations between two questions
    for (std::size_t x = 0; x < n; ++x) {
        if (options.cancelled && x % kCancelCheck == 0 && options.cancelled()) {
            break;
        }
        const std::vector<int> &sx = sets[x];
        std::vector<int> keys;
        for (std::size_t p = 0; p < sx.size() && int(keys.size()) < options.blockWords; ++p) {
            if (df[std::size_t(byRarity[std::size_t(sx[p])])] <= maxBlock) {
                keys.push_back(sx[p]);
            }
        }
        keyCount[x] = int(keys.size());
        touched.clear();
        for (const int key : keys) {
            for (const std::size_t y : index[std::size_t(key)]) {
                if (input[y].documentId == input[x].documentId) {
                    continue;
                }
                if (shared[y]++ == 0) {
                    touched.push_back(y);
                }
            }
        }
        for (const std::size_t y : touched) {
            const int common = shared[y];
            shared[y] = 0;
            if (common < std::min({2, keyCount[x], keyCount[y]})) {
                continue;
            }
            const std::vector<int> &sy = sets[y];
            const double small = double(std::min(sx.size(), sy.size()));
            const double large = double(std::max(sx.size(), sy.size()));
            if (small < t * large - 1e-9) {
                continue; // even all of the smaller set in common would be too little
            }
            // Exact overlap of the two sorted sets.
            std::size_t a = 0;
            std::size_t b = 0;
            int overlap = 0;
            while (a < sx.size() && b < sy.size()) {
                if (sx[a] == sy[b]) {
                    ++overlap;
                    ++a;
                    ++b;
                } else if (sx[a] < sy[b]) {
                    ++a;
                } else {
                    ++b;
                }
            }
            const double jaccard = double(overlap) / double(sx.size() + sy.size() - std::size_t(overlap));
            if (jaccard + 1e-9 < t || apart.contains(ordered(input[x].id, input[y].id))) {
                continue;
            }
            best[x] = std::max(best[x], jaccard);
            best[y] = std::max(best[y], jaccard);
            components.join(x, y);
        }
        for (const int key : keys) {
            index[std::size_t(key)].push_back(x);
        }
    }
    QHash<std::size_t, std::vector<std::size_t>> byRoot;
    for (std::size_t i = 0; i < input.size(); ++i) {
        if (best[i] > 0) {
            byRoot[components.find(i)].push_back(i);
        }
    }
    std::vector<FoundGroup> out;
    for (const std::vector<std::size_t> &members : std::as_const(byRoot)) {
        FoundGroup g;
        QSet<qint64> documents;
        for (const std::size_t i : members) {
            g.members.emplace_back(input[i].id, best[i]);
            documents.insert(input[i].documentId);
        }
        g.documents = int(documents.size());
        if (g.documents < 2) {
            continue;
        }
        std::sort(g.members.begin(), g.members.end());
        out.push_back(std::move(g));
    }
    std::sort(out.begin(), out.end(),
              [](const FoundGroup &a, const FoundGroup &b) { return a.members.front() < b.members.front(); });
    return out;
}

RecurringStore::RecurringStore(sql::Database &db) : m_db(db) {}

RecurringReport RecurringStore::compute(const RecurringOptions &options)
{
    QElapsedTimer clock;
    clock.start();
    const auto stopped = [&options] { return options.cancelled && options.cancelled(); };
    RecurringReport report;
    const auto cancelledReport = [&report, &clock] {
        report = {};
        report.cancelled = true;
        report.seconds = double(clock.elapsed()) / 1000.0;
        return report;
    };
    if (stopped()) {
        return cancelledReport();
    }
    std::vector<RecurringInput> input;
    {
        sql::Statement st = m_db.prepare(
            QStringLiteral("SELECT id, document_id, coalesce(title, '') || ' ' || text FROM recommendations"
                           " WHERE NOT deleted ORDER BY id"));
        while (st.next()) {
            input.push_back({st.integer(0), st.integer(1), st.text(2)});
        }
    }
    QSet<std::pair<qint64, qint64>> apart;
    {
        sql::Statement st = m_db.prepare(QStringLiteral("SELECT recommendation_id, other_id FROM recurring_splits"));
        while (st.next()) {
            apart.insert(ordered(st.integer(0), st.integer(1)));
        }
        // A response row and the evaluation recommendation it answers are one recommendation, not a recurring one.
        sql::Statement links =
            m_db.prepare(QStringLiteral("SELECT from_id, to_id FROM links WHERE from_type = 'recommendation'"
                                        " AND to_type = 'recommendation' AND state <> 'rejected'"));
        while (links.next()) {
            apart.insert(ordered(links.integer(0), links.integer(1)));
        }
    }
    const std::vector<FoundGroup> found = findRecurringGroups(input, options, apart);
    if (stopped()) {
        return cancelledReport(); // what was found is only a part
    }
    QHash<qint64, const RecurringInput *> byId;
    for (const RecurringInput &r : input) {
        byId.insert(r.id, &r);
    }
    sql::Transaction tx(m_db);
    if (m_db.isServer()) {
        // Two reviewers computing at once on a team library: the later waits for the earlier's
        // groups, then replaces them, instead of colliding with them.
        m_db.exec(QStringLiteral("LOCK TABLE recurring_groups IN EXCLUSIVE MODE"));
    }
    m_db.exec(QStringLiteral("DELETE FROM recurring_members"));
    m_db.exec(QStringLiteral("DELETE FROM recurring_groups"));
    sql::Statement group =
        m_db.prepare(QStringLiteral("INSERT INTO recurring_groups(label, documents, members, computed_at)"
                                    " VALUES (?, ?, ?, ?) RETURNING id"));
    // Members are written a batch of rows per statement: one round trip each on a team library.
    struct Member
    {
        qint64 group;
        qint64 recommendation;
        double similarity;
    };
    constexpr qsizetype kBatch = 300;
    QList<Member> pending;
    const auto flush = [&] {
        if (pending.isEmpty()) {
            return;
        }
        sql::Statement member =
            m_db.prepare(QStringLiteral("INSERT INTO recurring_members(group_id, recommendation_id, similarity)"
                                        " VALUES ") +
                         QStringList(pending.size(), QStringLiteral("(?, ?, ?)")).join(QStringLiteral(", ")));
        int n = 0;
        for (const Member &m : std::as_const(pending)) {
            member.bind(n + 1, m.group).bind(n + 2, m.recommendation).bind(n + 3, m.similarity);
            n += 3;
        }
        member.run();
        pending.clear();
    };
    const QString stamp = now();
    report.recommendations = qint64(input.size());
    for (const FoundGroup &g : found) {
        if (report.groups % 1000 == 999 && stopped()) {
            return cancelledReport(); // the transaction rolls back: the old groups stay
        }
        QString label;
        for (const auto &[id, similarity] : g.members) {
            const QString text = byId.value(id)->text.simplified();
            if (label.isEmpty() || text.size() < label.size()) {
                label = text;
            }
        }
        if (label.size() > 120) {
            label = label.left(119) + QChar(0x2026);
        }
        group.reset();
        group.bind(1, label).bind(2, g.documents).bind(3, int(g.members.size())).bind(4, stamp);
        if (!group.next()) {
            throw sql::Error(0, QStringLiteral("A group of recurring recommendations could not be stored."));
        }
        const qint64 groupId = group.integer(0);
        group.run(); // the statement ends
        for (const auto &[id, similarity] : g.members) {
            pending.append({groupId, id, similarity});
            if (pending.size() >= kBatch) {
                flush();
            }
        }
        ++report.groups;
        report.grouped += qint64(g.members.size());
    }
    flush();
    tx.commit();
    report.seconds = double(clock.elapsed()) / 1000.0;
    return report;
}

QList<RecurringGroup> RecurringStore::groups(int minDocuments, int limit)
{
    sql::Statement st = m_db.prepare(QStringLiteral("SELECT id, label, documents, members FROM recurring_groups"
                                                    " WHERE documents >= ? ORDER BY documents DESC, id") +
                                     (limit >= 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString()));
    st.bind(1, minDocuments);
    QList<RecurringGroup> out;
    while (st.next()) {
        out.append({st.integer(0), st.text(1), int(st.integer(2)), int(st.integer(3))});
    }
    return out;
}

std::optional<RecurringGroup> RecurringStore::group(qint64 groupId)
{
    sql::Statement st =
        m_db.prepare(QStringLiteral("SELECT id, label, documents, members FROM recurring_groups WHERE id = ?"));
    st.bind(1, groupId);
    if (!st.next()) {
        return std::nullopt;
    }
    return RecurringGroup{st.integer(0), st.text(1), int(st.integer(2)), int(st.integer(3))};
}

QList<RecurringMember> RecurringStore::members(qint64 groupId)
{
    sql::Statement st = m_db.prepare(
        QStringLiteral("SELECT r.id, r.document_id, d.title, r.code, r.text, coalesce(r.page_no, 0), m.similarity"
                       " FROM recurring_members m JOIN recommendations r ON r.id = m.recommendation_id"
                       " JOIN documents d ON d.id = r.document_id WHERE m.group_id = ?"
                       " ORDER BY d.title, r.document_id, r.ordinal"));
    st.bind(1, groupId);
    QList<RecurringMember> out;
    while (st.next()) {
        out.append({st.integer(0), st.integer(1), st.text(2), st.text(3), st.text(4), int(st.integer(5)), st.real(6)});
    }
    return out;
}

std::optional<qint64> RecurringStore::groupOf(qint64 recommendationId)
{
    sql::Statement st =
        m_db.prepare(QStringLiteral("SELECT group_id FROM recurring_members WHERE recommendation_id = ?"));
    st.bind(1, recommendationId);
    if (!st.next()) {
        return std::nullopt;
    }
    return st.integer(0);
}

bool RecurringStore::split(qint64 recommendationId, const QString &author)
{
    sql::Transaction tx(m_db);
    const std::optional<qint64> groupId = groupOf(recommendationId);
    if (!groupId) {
        return false;
    }
    QList<qint64> others;
    {
        sql::Statement st = m_db.prepare(QStringLiteral(
            "SELECT recommendation_id FROM recurring_members WHERE group_id = ? AND recommendation_id <> ?"));
        st.bind(1, *groupId).bind(2, recommendationId);
        while (st.next()) {
            others.append(st.integer(0));
        }
    }
    sql::Statement remember =
        m_db.prepare(QStringLiteral("INSERT INTO recurring_splits(recommendation_id, other_id, created_at, created_by)"
                                    " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    const QString stamp = now();
    for (const qint64 other : std::as_const(others)) {
        remember.reset();
        remember.bind(1, recommendationId).bind(2, other).bind(3, stamp).bind(4, author);
        remember.run();
    }
    sql::Statement drop = m_db.prepare(QStringLiteral("DELETE FROM recurring_members WHERE recommendation_id = ?"));
    drop.bind(1, recommendationId);
    drop.run();
    sql::Statement update =
        m_db.prepare(QStringLiteral("UPDATE recurring_groups SET members = (SELECT count(*) FROM recurring_members"
                                    " WHERE group_id = ?1), documents = (SELECT count(DISTINCT r.document_id)"
                                    " FROM recurring_members m JOIN recommendations r ON r.id = m.recommendation_id"
                                    " WHERE m.group_id = ?1) WHERE id = ?1"));
    update.bind(1, *groupId);
    update.run();
    sql::Statement gone = m_db.prepare(QStringLiteral("DELETE FROM recurring_groups WHERE id = ? AND documents < 2"));
    gone.bind(1, *groupId);
    gone.run();
    tx.commit();
    return true;
}

} // namespace evalreview
