#pragma once

#include "ImportWorker.h"

#include <functional>

class QWidget;

namespace evalreview::replace_question {

/// The question put to the reviewer, in plain sentences.
QString text(const ReplaceQuestion &question);

using Answer = std::function<void(bool replace)>;
/// Asks on the GUI thread without blocking it: a window-modal question box that calls `answer`
/// once (Replace: true; Keep both, Escape or closing: false). Returns the box, deleted on close.
QWidget *ask(QWidget *parent, const ReplaceQuestion &question, Answer answer);

/// Replaces the question box (tests answer through it; pass nullptr to restore the box).
using Asker = std::function<void(QWidget *parent, const ReplaceQuestion &question, Answer answer)>;
void setAsker(Asker asker);
const Asker &asker();

} // namespace evalreview::replace_question
