#include "LayoutAnalyzer.h"

namespace evalreview::ingest {

void analyzeLayout(DocumentContent &content)
{
    Q_UNUSED(content);
}

} // namespace evalreview::ingest
