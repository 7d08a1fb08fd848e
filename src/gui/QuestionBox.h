#pragma once

#include <functional>

class QMessageBox;
class QPushButton;

namespace evalreview::question_box {

/// Opens `box` window-modal without blocking the GUI thread, `yes` its default button and `no` its
/// escape button, and calls `answer` once: true when `yes` was clicked (the other button, Escape
/// or closing the box: false). The box deletes itself when closed.
void open(QMessageBox *box, QPushButton *yes, QPushButton *no, std::function<void(bool yes)> answer);

} // namespace evalreview::question_box
