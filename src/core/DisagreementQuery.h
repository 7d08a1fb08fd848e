#pragma once

#include "Disagreement.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace evalreview {

namespace sql {
class Database;
}

/// One line of the disagreement view: a recommendation, management's response and one donor
/// comment (none when only the response is qualified).
struct DisagreementRow
{
    qint64 recommendationId = 0;
    qint64 documentId = 0;
    QString code;
    QString section;
    QString recommendationText;
    QString responseCategory;
    QString responseText;
    qint64 commentId = 0; ///< 0: no donor comment on this line
    QString donor;
    QString commentText;
    DonorStance stance = DonorStance::Agrees;
};

/// Recommendations whose response is not a plain acceptance, or where a donor comment disagrees
/// or asks for something. Indexed SQL; the wording classifier runs inside SQLite as a function (on
/// a team library, in the program on the rows the server sends).
class DisagreementQuery
{
public:
    explicit DisagreementQuery(sql::Database &db);

    /// In document order. With `donor`, only that donor's comments that disagree or ask for
    /// something, and qualified responses on which that donor commented.
    QList<DisagreementRow> rows(const QString &donor = {});
    /// The donors that commented anywhere in the library, by name.
    QStringList donors();

private:
    QList<DisagreementRow> serverRows(const QString &donor);

    sql::Database &m_db;
};

} // namespace evalreview
