#include "UserMessages.h"

#include <QMessageBox>

namespace evalreview::messages {

namespace {
Sink &sink()
{
    static Sink s;
    return s;
}
} // namespace

void setSink(Sink s)
{
    sink() = std::move(s);
}

void show(QWidget *parent, Kind kind, const QString &title, const QString &text, const QString &details)
{
    if (sink()) {
        sink()(kind, title, text, details);
        return;
    }
    QMessageBox box(parent);
    box.setWindowTitle(title);
    box.setText(text);
    box.setDetailedText(details);
    box.setIcon(kind == Kind::Error     ? QMessageBox::Critical
                : kind == Kind::Warning ? QMessageBox::Warning
                                        : QMessageBox::Information);
    box.exec();
}

} // namespace evalreview::messages
