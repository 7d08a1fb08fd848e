#include "Extraction.h"
#include "Model.h"

namespace evalreview::extract {

QString classify(const DocumentContent &content)
{
    Q_UNUSED(content);
    return kinds::Unknown;
}

} // namespace evalreview::extract
