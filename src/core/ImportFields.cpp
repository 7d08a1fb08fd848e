// Fields of an extraction as the library stores them, shared by the SQLite and PostgreSQL imports.
#include "ImportFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace evalreview::import_fields {

QString jsonString(const QJsonValue &v)
{
    if (v.isString()) {
        return v.toString();
    }
    if (v.isDouble()) {
        return QString::number(v.toDouble(), 'g', 15);
    }
    return {};
}

QString compactJson(const QJsonValue &v)
{
    if (v.isArray()) {
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    }
    if (v.isObject()) {
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

/// The first page a record's "source" names, or 0.
int firstPage(const QJsonObject &record)
{
    const QJsonArray source = record.value(QLatin1String("source")).toArray();
    return source.isEmpty() ? 0 : source.first().toObject().value(QLatin1String("page")).toInt();
}

/// Text of a generic record: its text-like fields joined, or the string itself.
QString recordText(const QJsonValue &v)
{
    if (v.isString()) {
        return v.toString();
    }
    QStringList parts;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() == QLatin1String("source") || it.key() == QLatin1String("sources")) {
            continue;
        }
        if (it.value().isString()) {
            parts << it.value().toString();
        } else if (it.value().isArray()) {
            for (const QJsonValue &x : it.value().toArray()) {
                if (x.isString()) {
                    parts << x.toString();
                }
            }
        }
    }
    return parts.join(QLatin1Char(' '));
}

DocumentFields documentFields(const QJsonObject &extraction)
{
    QJsonObject metadata;
    for (auto it = extraction.begin(); it != extraction.end(); ++it) {
        if (!it.value().isArray() && it.key() != QLatin1String("kind")) {
            metadata.insert(it.key(), it.value());
        }
    }
    const QJsonArray warnings =
        extraction.value(QLatin1String("extraction_report")).toObject().value(QLatin1String("warnings")).toArray();
    DocumentFields f;
    f.metadata = QString::fromUtf8(QJsonDocument(metadata).toJson(QJsonDocument::Compact));
    f.programme = extraction.value(QLatin1String("programme_number"))
                      .toString(extraction.value(QLatin1String("project")).toString(QStringLiteral("")));
    f.warnings = QString::fromUtf8(QJsonDocument(warnings).toJson(QJsonDocument::Compact));
    return f;
}

} // namespace evalreview::import_fields
