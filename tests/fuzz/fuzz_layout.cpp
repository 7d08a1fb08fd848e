// libFuzzer target: layout analysis and table detection on arbitrary positioned words.
#include "FuzzContent.h"
#include "LayoutAnalyzer.h"
#include "TableDetector.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    evalreview::DocumentContent content = evalreview::fuzz::contentFromBytes(data, size);
    evalreview::ingest::analyzeLayout(content);
    evalreview::ingest::detectTables(content);
    return 0;
}
