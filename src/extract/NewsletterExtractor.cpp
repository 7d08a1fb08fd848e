#include "Extractors.h"

namespace evalreview::extract {

QJsonObject extractNewsletter(const DocumentContent &content)
{
    Q_UNUSED(content);
    return {};
}

} // namespace evalreview::extract
