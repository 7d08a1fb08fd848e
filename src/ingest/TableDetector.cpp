#include "TableDetector.h"

namespace evalreview::ingest {

void detectTables(DocumentContent &content)
{
    Q_UNUSED(content);
}

} // namespace evalreview::ingest
