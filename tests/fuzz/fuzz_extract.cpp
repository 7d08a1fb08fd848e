// libFuzzer target: classifier and every extractor on arbitrary laid-out content.
#include "Extraction.h"
#include "FuzzContent.h"
#include "LayoutAnalyzer.h"
#include "Model.h"
#include "TableDetector.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    evalreview::DocumentContent content = evalreview::fuzz::contentFromBytes(data, size);
    evalreview::ingest::analyzeLayout(content);
    evalreview::ingest::detectTables(content);
    evalreview::extract::classify(content);
    for (const QString &kind : evalreview::kinds::all()) {
        evalreview::extract::extract(content, kind);
    }
    return 0;
}
