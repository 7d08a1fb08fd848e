#include "Extractors.h"

namespace evalreview::extract {

QJsonObject extractManagementResponse(const DocumentContent &content)
{
    Q_UNUSED(content);
    return {};
}

} // namespace evalreview::extract
