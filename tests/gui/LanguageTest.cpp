// The window in French and Spanish: the translators installed before the window is built, its
// menus, toolbar, table header and the core's labels it shows are in that language.
#include "AppSettings.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "RecommendationTableModel.h"
#include "RecommendationsPanel.h"
#include "SettingsDialog.h"
#include "Translations.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace evalreview;
using namespace evalreview::guitest;

class LanguageTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void theWindowSpeaksTheChosenLanguage_data();
    void theWindowSpeaksTheChosenLanguage();
    void theSystemLanguageIsUsedWhenNoneIsChosen();
    void theSettingsDialogStoresTheLanguage();
    void qtsOwnWordsAreTranslatedWhenInstalled();

private:
    QTemporaryDir m_dir;
    QString m_library;
};

void LanguageTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("EvalReviewTest"));
    QCoreApplication::setApplicationName(QStringLiteral("EvalReviewLanguageTest"));
    m_library = m_dir.filePath(QStringLiteral("language.evalreview"));
    auto store = SqliteLibraryStore::open(m_library);
    QCOMPARE(store->importDocument(workbenchPayload()).status, ImportOutcome::Status::Imported);
}

void LanguageTest::cleanup()
{
    QVERIFY(i18n::install(QStringLiteral("en")));
}

void LanguageTest::theWindowSpeaksTheChosenLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("menus");
    QTest::addColumn<QString>("importAction");
    QTest::addColumn<QString>("statusHeader");
    QTest::addColumn<QString>("g1Status");
    QTest::addColumn<QString>("g2Response");
    QTest::addColumn<QString>("month");
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&Record"),
                                       QStringLiteral("&View"), QStringLiteral("&Go"),   QStringLiteral("&Help")}
                        << QStringLiteral("&Import Documents…") << QStringLiteral("Follow-up")
                        << QStringLiteral("Not started") << QStringLiteral("Accepted") << QStringLiteral("March");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringList{QStringLiteral("&Fichier"), QStringLiteral("&Édition"),
                                                               QStringLiteral("Fich&e"),   QStringLiteral("&Affichage"),
                                                               QStringLiteral("A&ller"),   QStringLiteral("Ai&de")}
                        << QStringLiteral("&Importer des documents…") << QStringLiteral("Suivi")
                        << QStringLiteral("Non commencée") << QStringLiteral("Acceptée") << QStringLiteral("mars");
    QTest::newRow("es") << QStringLiteral("es") << QStringList{QStringLiteral("&Archivo"),  QStringLiteral("&Editar"),
                                                               QStringLiteral("&Registro"), QStringLiteral("&Ver"),
                                                               QStringLiteral("&Ir"),       QStringLiteral("Ay&uda")}
                        << QStringLiteral("&Importar documentos…") << QStringLiteral("Seguimiento")
                        << QStringLiteral("No iniciada") << QStringLiteral("Aceptada") << QStringLiteral("marzo");
}

void LanguageTest::theWindowSpeaksTheChosenLanguage()
{
    QFETCH(QString, language);
    QFETCH(QStringList, menus);
    QFETCH(QString, importAction);
    QFETCH(QString, statusHeader);
    QFETCH(QString, g1Status);
    QFETCH(QString, g2Response);
    QFETCH(QString, month);
    QVERIFY(i18n::install(language));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(guitest::openLibrary(window, m_library));

    QStringList titles;
    for (QAction *menu : window.menuBar()->actions()) {
        titles << menu->text();
    }
    QCOMPARE(titles, menus);
    auto *toolbar = window.findChild<QToolBar *>(QStringLiteral("mainToolbar"));
    QVERIFY(toolbar);
    QCOMPARE(toolbar->actions().first()->text(), importAction);

    RecommendationTableModel *model = window.recommendations()->model();
    QCOMPARE(model->headerData(RecommendationTableModel::Status, Qt::Horizontal).toString(), statusHeader);
    QTRY_VERIFY(model->rowCount() == 4);
    auto cell = [model](const QString &code, int column) {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, RecommendationTableModel::Code).data().toString() == code) {
                return model->index(row, column).data().toString();
            }
        }
        return QString();
    };
    QCOMPARE(cell(QStringLiteral("G1"), RecommendationTableModel::Status), g1Status);
    QCOMPARE(cell(QStringLiteral("G2"), RecommendationTableModel::Response), g2Response);
    // dates and numbers in the language's locale
    QCOMPARE(QLocale().toString(QDate(2025, 3, 1), QStringLiteral("MMMM")), month);
}

void LanguageTest::theSystemLanguageIsUsedWhenNoneIsChosen()
{
    QCOMPARE(i18n::resolve(QStringLiteral("es")), QStringLiteral("es"));
    const QString system = QLocale::system().uiLanguages().value(0).section(QLatin1Char('-'), 0, 0);
    const QString expected = i18n::languages().contains(system) ? system : QStringLiteral("en");
    QCOMPARE(i18n::resolve(QString()), expected);
    QCOMPARE(i18n::resolve(QStringLiteral("xx")), expected); // a setting from elsewhere: the system's
}

void LanguageTest::theSettingsDialogStoresTheLanguage()
{
    settings::setLanguage(QString());
    SettingsDialog dialog(m_library);
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("language"));
    QVERIFY(language);
    QCOMPARE(language->currentData().toString(), QString()); // the system's
    QCOMPARE(language->count(), 4);
    language->setCurrentIndex(language->findData(QStringLiteral("fr")));
    QCOMPARE(language->currentText(), QStringLiteral("Français"));
    dialog.save();
    QCOMPARE(settings::language(), QStringLiteral("fr"));
    SettingsDialog again(m_library);
    QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("language"))->currentData().toString(), QStringLiteral("fr"));
    settings::setLanguage(QString());
}

void LanguageTest::qtsOwnWordsAreTranslatedWhenInstalled()
{
    const QString folder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!QFile::exists(folder + QStringLiteral("/qtbase_fr.qm"))) {
        QSKIP("Qt's translations are not installed (Debian: qt6-translations-l10n)");
    }
    QVERIFY(i18n::install(QStringLiteral("fr")));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Annuler"));
    QVERIFY(i18n::install(QStringLiteral("es")));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancelar"));
}

QTEST_MAIN(LanguageTest)
#include "LanguageTest.moc"
