#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

/// Fields of an extraction (the contract of `evalreview-cli extract`) as the library stores them,
/// the same for a library file and a team library.
namespace evalreview::import_fields {

/// A string or a number as text; anything else is a null string.
QString jsonString(const QJsonValue &v);
/// An array or object as compact JSON; anything else is a null string.
QString compactJson(const QJsonValue &v);
/// The first page a record's "source" names, or 0.
int firstPage(const QJsonObject &record);
/// Text of a generic record: its text-like fields joined, or the string itself.
QString recordText(const QJsonValue &v);

/// What a document row keeps of its extraction besides the records: the scalar fields
/// (metadata, compact JSON), the programme or project code, the extraction report's warnings
/// (compact JSON array).
struct DocumentFields
{
    QString metadata;
    QString programme;
    QString warnings;
};
DocumentFields documentFields(const QJsonObject &extraction);

/// Hands an extraction's records to a backend's writer in document order: each recommendation
/// (with its 1-based ordinal), each record of the other lists, then the cross-references.
template <typename Writer> void writeRecords(const QJsonObject &extraction, Writer &writer)
{
    const QLatin1String recommendations("recommendations"), crossReferences("cross_references");
    for (auto it = extraction.begin(); it != extraction.end(); ++it) {
        if (!it.value().isArray() || it.key() == crossReferences) {
            continue;
        }
        int ordinal = 0;
        for (const QJsonValue &v : it.value().toArray()) {
            ++ordinal;
            if (it.key() == recommendations) {
                writer.writeRecommendation(v.toObject(), ordinal);
            } else {
                writer.writeRecord(it.key(), v, ordinal);
            }
        }
    }
    for (const QJsonValue &v : extraction.value(crossReferences).toArray()) {
        writer.writeCrossReference(v.toObject());
    }
}

} // namespace evalreview::import_fields
