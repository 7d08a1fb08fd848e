#pragma once

#include <QString>
#include <QStringList>

/// The languages of the window: English (the source text), French and Spanish. The translations are
/// compiled into the program (":/i18n/evalreview_<code>.qm"); Qt's own (qtbase_<code>.qm, the
/// standard dialogs' buttons) are read from Qt's translations folder when installed.
namespace evalreview::i18n {

/// The language codes the app speaks: "en", "fr", "es".
QStringList languages();

/// The language a setting names: "fr", "es" or "en" as such; empty (the system's) resolves to the
/// first of the system's UI languages the app speaks, else English.
QString resolve(const QString &setting);

/// Replaces the application's translators with those of `language` and makes its locale the default
/// one (dates and numbers). Returns false when the app's translation of a language other than
/// English could not be loaded (the window then stays English).
bool install(const QString &language);

} // namespace evalreview::i18n
