#include "MainWindow.h"

#include "LibraryStore.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTreeWidget>

namespace evalreview {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_documents(new QTreeWidget(this))
{
    setWindowTitle(QStringLiteral("EvalReview"));
    m_documents->setHeaderLabels({tr("Document"), tr("Kind"), tr("Pages"), tr("Recommendations")});
    m_documents->setRootIsDecorated(false);
    m_documents->header()->setStretchLastSection(false);
    m_documents->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    setCentralWidget(m_documents);
    createMenus();
    const QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        resize(1280, 800);
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::setLibrary(std::unique_ptr<LibraryStore> store)
{
    m_store = std::move(store);
    reloadDocuments();
}

void MainWindow::reloadDocuments()
{
    m_documents->clear();
    if (!m_store) {
        return;
    }
    const auto docs = m_store->documents();
    for (const DocumentSummary &d : docs) {
        auto *item = new QTreeWidgetItem(m_documents);
        item->setText(0, d.title.isEmpty() ? d.fileName : d.title);
        item->setText(1, d.kind);
        item->setText(2, QString::number(d.pageCount));
        item->setText(3, QString::number(d.recommendationCount));
    }
    statusBar()->showMessage(tr("%n document(s) in %1", nullptr, int(docs.size())).arg(m_store->location()));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About EvalReview"), this, &MainWindow::showAbout);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About EvalReview"),
                       tr("<h3>EvalReview %1</h3><p>A workbench for following up evaluations of development "
                          "programmes: recommendations, management responses, actions, donor comments and "
                          "follow-up, each traced to its source page.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    event->accept();
}

} // namespace evalreview
