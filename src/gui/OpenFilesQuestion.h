#pragma once

#include <QStringList>

#include <functional>

class QWidget;

namespace evalreview::open_files_question {

/// "Import these 2 documents into the library?" and the file names, one a line.
QString text(const QStringList &files);
QString fileList(const QStringList &files);

using Answer = std::function<void(bool import)>;
/// Asks on the GUI thread without blocking it: a window-modal question box listing the files,
/// that calls `answer` once (Import: true; Cancel, Escape or closing: false). Tests replace the box
/// with setAsker.
void ask(QWidget *parent, const QStringList &files, Answer answer);

using Asker = std::function<void(QWidget *parent, const QStringList &files, Answer answer)>;
/// Replaces the question box (pass nullptr to restore it).
void setAsker(Asker asker);

} // namespace evalreview::open_files_question
