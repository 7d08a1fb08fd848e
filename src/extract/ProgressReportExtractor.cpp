#include "Extractors.h"

namespace evalreview::extract {

QJsonObject extractProgressReport(const DocumentContent &content)
{
    Q_UNUSED(content);
    return {};
}

} // namespace evalreview::extract
