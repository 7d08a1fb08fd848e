#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace evalreview::extract::mr {

/// What each column of a response table holds, read from its header words (English, French,
/// Spanish). -1 where the table has no such column.
struct ColumnMap
{
    int code = -1;           ///< "No", "#", "Ref."
    int recommendation = -1; ///< "Recommendation"
    int response = -1;       ///< "Management response"
    int acceptance = -1;     ///< "Accepted? (Yes / No / Partially)" beside the response: the position alone
    int action = -1;         ///< "ILO Action", "Key actions", "Follow-up"
    int timeFrame = -1;      ///< "Time frame", "Deadline"
    int responsible = -1;    ///< "Responsible unit"
    int status = -1;         ///< "Status"
    int comments = -1;       ///< "Comments" of the implementation monitoring (no donor named)
    struct Donor
    {
        int column;
        QString name;
    };
    QList<Donor> donors; ///< "SECO Comments" -> {4, "SECO"}

    /// A recommendation / response table: it names recommendations and responses or actions.
    bool isResponseTable() const { return recommendation >= 0 && (response >= 0 || action >= 0); }
};

ColumnMap mapColumns(const QStringList &headers);

} // namespace evalreview::extract::mr
