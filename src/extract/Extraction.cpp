#include "Extraction.h"

#include "Model.h"

namespace evalreview::extract {

QString classify(const DocumentContent &content)
{
    Q_UNUSED(content);
    return kinds::Unknown;
}

QJsonObject extract(const DocumentContent &content, const QString &kind)
{
    const QString k = kind.isEmpty() ? classify(content) : kind;
    return QJsonObject{{QStringLiteral("kind"), k}};
}

} // namespace evalreview::extract
