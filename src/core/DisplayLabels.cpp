#include "DisplayLabels.h"

#include "Model.h"
#include "RecommendationTypes.h"

#include <QCoreApplication>

namespace evalreview::display {

namespace {

struct Entry
{
    const char *key;
    const char *english;
};

QString translated(const char *context, const Entry *begin, const Entry *end, const QString &key,
                   const QString &fallback)
{
    for (const Entry *e = begin; e != end; ++e) {
        if (key == QLatin1String(e->key)) {
            return QCoreApplication::translate(context, e->english);
        }
    }
    return fallback;
}

// The English text of followup_status::label() and response_category::label(), marked for lupdate.
constexpr Entry kStatuses[] = {
    {"not_started", QT_TRANSLATE_NOOP("FollowUpStatus", "Not started")},
    {"in_progress", QT_TRANSLATE_NOOP("FollowUpStatus", "In progress")},
    {"partially_completed", QT_TRANSLATE_NOOP("FollowUpStatus", "Partially completed")},
    {"completed", QT_TRANSLATE_NOOP("FollowUpStatus", "Completed")},
    {"no_longer_relevant", QT_TRANSLATE_NOOP("FollowUpStatus", "No longer relevant")},
};

constexpr Entry kCategories[] = {
    {"accepted", QT_TRANSLATE_NOOP("ResponseCategory", "Accepted")},
    {"accepted_with_reservations", QT_TRANSLATE_NOOP("ResponseCategory", "Accepted with reservations")},
    {"partially_accepted", QT_TRANSLATE_NOOP("ResponseCategory", "Partially accepted")},
    {"not_accepted", QT_TRANSLATE_NOOP("ResponseCategory", "Not accepted")},
    {"no_position", QT_TRANSLATE_NOOP("ResponseCategory", "No position")},
    {"deferred", QT_TRANSLATE_NOOP("ResponseCategory", "Deferred")},
};

} // namespace

QString followUpStatus(const QString &status)
{
    return translated("FollowUpStatus", std::begin(kStatuses), std::end(kStatuses), status,
                      followup_status::label(status));
}

QString responseCategory(const QString &category)
{
    return translated("ResponseCategory", std::begin(kCategories), std::end(kCategories), category,
                      response_category::label(category));
}

QString donorStance(DonorStance stance)
{
    switch (stance) {
    case DonorStance::Agrees:
        return QCoreApplication::translate("DonorStance", "Agrees");
    case DonorStance::Requests:
        return QCoreApplication::translate("DonorStance", "Asks for more");
    case DonorStance::Disagrees:
        return QCoreApplication::translate("DonorStance", "Disagrees");
    }
    return {};
}

} // namespace evalreview::display
