#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace evalreview::i18n {

namespace {

struct Installed
{
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;
};

Installed &installed()
{
    static Installed translators;
    return translators;
}

void remove(std::unique_ptr<QTranslator> &translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator.get());
        translator.reset();
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
    auto app = std::make_unique<QTranslator>();
    if (!app->load(QStringLiteral(":/i18n/evalreview_") + language)) {
        return false;
    }
    QCoreApplication::installTranslator(app.get());
    t.app = std::move(app);
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        t.qt = std::move(qt);
    }
    return true;
}

} // namespace evalreview::i18n
