#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace evalreview::messages {

enum class Kind
{
    Information,
    Warning,
    Error,
};

/// Shows a plain-sentence message in a message box. Tests install a sink instead, so no dialog blocks.
void show(QWidget *parent, Kind kind, const QString &title, const QString &text, const QString &details = {});

using Sink = std::function<void(Kind kind, const QString &title, const QString &text, const QString &details)>;
/// Replaces the message boxes (pass nullptr to restore them).
void setSink(Sink sink);

} // namespace evalreview::messages
