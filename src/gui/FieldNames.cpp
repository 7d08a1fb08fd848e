#include "FieldNames.h"

#include <QCoreApplication>

namespace evalreview::field_names {

namespace {

struct Name
{
    const char *key;
    const char *text;
};

constexpr Name kFields[] = {
    {"code", QT_TRANSLATE_NOOP("FieldName", "code")},
    {"section", QT_TRANSLATE_NOOP("FieldName", "section")},
    {"title", QT_TRANSLATE_NOOP("FieldName", "title")},
    {"text", QT_TRANSLATE_NOOP("FieldName", "text")},
    {"priority", QT_TRANSLATE_NOOP("FieldName", "priority")},
    {"timing", QT_TRANSLATE_NOOP("FieldName", "timing")},
    {"addressed_to", QT_TRANSLATE_NOOP("FieldName", "addressed to")},
    {"response_category", QT_TRANSLATE_NOOP("FieldName", "response category")},
    {"response_text", QT_TRANSLATE_NOOP("FieldName", "response text")},
    {"time_frame", QT_TRANSLATE_NOOP("FieldName", "time frame")},
    {"responsible", QT_TRANSLATE_NOOP("FieldName", "responsible")},
    {"status", QT_TRANSLATE_NOOP("FieldName", "status")},
    {"comments", QT_TRANSLATE_NOOP("FieldName", "comments")},
    {"donor", QT_TRANSLATE_NOOP("FieldName", "donor")},
};

} // namespace

QString field(const QString &key)
{
    for (const Name &n : kFields) {
        if (key == QLatin1String(n.key)) {
            return QCoreApplication::translate("FieldName", n.text);
        }
    }
    return QString(key).replace(QLatin1Char('_'), QLatin1Char(' '));
}

QString recordType(RecordType type)
{
    switch (type) {
    case RecordType::Recommendation:
        return QCoreApplication::translate("FieldName", "recommendation");
    case RecordType::Action:
        return QCoreApplication::translate("FieldName", "action");
    case RecordType::DonorComment:
        return QCoreApplication::translate("FieldName", "donor comment");
    }
    return {};
}

} // namespace evalreview::field_names
