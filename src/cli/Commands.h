#pragma once

#include <QStringList>

namespace evalreview::cli {

int runStats(const QStringList &args);
int runCheck(const QStringList &args);
int runSearch(const QStringList &args);
int runImport(const QStringList &args);
int runExtract(const QStringList &args);
int runLayout(const QStringList &args);
int runList(const QStringList &args);
int runFollowUp(const QStringList &args);
int runExport(const QStringList &args);
int runLinks(const QStringList &args);
int runSynth(const QStringList &args);
int runRecord(const QStringList &args);
int runLessons(const QStringList &args);
int runThemes(const QStringList &args);
int runRecurring(const QStringList &args);
int runIndicators(const QStringList &args);
#ifdef EVALREVIEW_HAS_POSTGRESQL
int runServer(const QStringList &args);
int runUser(const QStringList &args);
int runShare(const QStringList &args);
#endif

} // namespace evalreview::cli
