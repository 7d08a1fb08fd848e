#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace evalreview::i18n {

namespace {

/// The translators installed, children of the application (which deletes them when it ends).
struct Installed
{
    QPointer<QTranslator> app;
    QPointer<QTranslator> qt;
};

Installed &installed()
{
    static Installed translators;
    return translators;
}

void remove(QPointer<QTranslator> &translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace

QStringList languages()
{
    return {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("es")};
}

QString resolve(const QString &setting)
{
    if (languages().contains(setting)) {
        return setting;
    }
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString code = ui.section(QLatin1Char('-'), 0, 0).toLower();
        if (languages().contains(code)) {
            return code;
        }
    }
    return QStringLiteral("en");
}

bool install(const QString &language)
{
    Installed &t = installed();
    remove(t.app);
    remove(t.qt);
    const QLocale system = QLocale::system();
    const bool systemFits = system.language() == QLocale(language).language() ||
                            (language == QLatin1String("en") && system.language() == QLocale::C);
    QLocale::setDefault(systemFits ? system : QLocale(language));
    if (language == QLatin1String("en")) {
        return true;
    }
    auto *app = new QTranslator(QCoreApplication::instance());
    if (!app->load(QStringLiteral(":/i18n/evalreview_") + language)) {
        delete app;
        return false;
    }
    QCoreApplication::installTranslator(app);
    t.app = app;
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        t.qt = qt;
    } else {
        delete qt;
    }
    return true;
}

} // namespace evalreview::i18n
