#include "LessonsView.h"

#include "CsvExporter.h"
#include "FontUnits.h"
#include "LessonQuery.h"
#include "LessonTableModel.h"
#include "LibrarySession.h"
#include "RecommendationQuery.h"
#include "ThemeTagsPanel.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace evalreview {

namespace {

LessonsView::FileChooser &fileChooser()
{
    static LessonsView::FileChooser chooser;
    return chooser;
}

} // namespace

void LessonsView::setFileChooser(FileChooser chooser)
{
    fileChooser() = std::move(chooser);
}

LessonsView::LessonsView(LibrarySession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_search(new QLineEdit(this)), m_kind(new QComboBox(this)),
      m_count(new QLabel(this)), m_busy(new QProgressBar(this)), m_table(new QTableView(this)),
      m_model(new LessonTableModel(this)),
      m_themeTags(new ThemeTagsPanel(session, LibrarySession::ReadChannel::LessonThemes, this)),
      m_typing(new QTimer(this))
{
    setObjectName(QStringLiteral("lessonsView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    m_search->setObjectName(QStringLiteral("lessonsSearch"));
    m_search->setPlaceholderText(tr("Search lessons…"));
    m_search->setAccessibleName(tr("Search lessons"));
    m_search->setToolTip(tr("Every word must be in the text; case and accents do not matter"));
    m_search->setClearButtonEnabled(true);
    bar->addWidget(m_search, 1);
    auto *kindLabel = new QLabel(tr("Kind:"), this);
    kindLabel->setBuddy(m_kind);
    bar->addWidget(kindLabel);
    m_kind->setObjectName(QStringLiteral("lessonsKind"));
    m_kind->setAccessibleName(tr("Kind of lesson"));
    m_kind->addItem(tr("All kinds"), QString());
    for (const QString &kind : LessonQuery::kinds()) {
        m_kind->addItem(LessonTableModel::kindLabel(kind), kind);
    }
    bar->addWidget(m_kind);
    m_busy->setObjectName(QStringLiteral("lessonsBusy"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(font_units::chars(m_busy, 15));
    m_busy->setAccessibleName(tr("Reading the library"));
    m_busy->hide();
    bar->addWidget(m_busy);
    m_count->setObjectName(QStringLiteral("lessonsCount"));
    bar->addWidget(m_count);
    m_export = new QPushButton(tr("Export CSV…"), this);
    m_export->setObjectName(QStringLiteral("exportLessons"));
    m_export->setToolTip(tr("Write the listed lessons to a CSV file"));
    connect(m_export, &QPushButton::clicked, this, &LessonsView::exportCsv);
    bar->addWidget(m_export);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_themeTags);

    m_table->setObjectName(QStringLiteral("lessonsTable"));
    m_table->setAccessibleName(tr("Lessons learned, good practices and conclusions"));
    m_table->setTabKeyNavigation(false);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().lineSpacing() * 3 + 8);
    QHeaderView *header = m_table->horizontalHeader();
    const int widths[LessonTableModel::ColumnCount] = {28, 5, 14, 18, 60}; // in average characters
    for (int i = 0; i < LessonTableModel::ColumnCount; ++i) {
        header->resizeSection(i, font_units::chars(m_table, widths[i]));
    }
    header->setStretchLastSection(true);

    m_typing->setSingleShot(true);
    m_typing->setInterval(200);
    connect(m_typing, &QTimer::timeout, this, &LessonsView::reload);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &LessonsView::reload);
    connect(&m_session, &LibrarySession::readDone, this, [this](LibrarySession::ReadChannel channel) {
        if (channel == LibrarySession::ReadChannel::Lessons) {
            m_busy->hide();
        }
    });
    // Another library: the lesson shown was of the one before.
    connect(&m_session, &LibrarySession::opened, this, [this] { m_themeTags->setTarget(QString(), 0); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid()) {
                    return;
                }
                m_themeTags->setTarget(QStringLiteral("record"), m_model->rowAt(current.row()).id);
                if (!m_reselecting) {
                    activate(current.row());
                }
            });
}

void LessonsView::invalidate()
{
    m_dirty = true;
    if (isVisible()) {
        reload();
    }
}

void LessonsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty) {
        reload();
    }
}

bool LessonsView::isLoading() const
{
    return m_session.isReading(LibrarySession::ReadChannel::Lessons);
}

void LessonsView::setKind(const QString &kind)
{
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));
}

void LessonsView::reload()
{
    m_dirty = false;
    m_typing->stop();
    if (!m_session.isOpen()) {
        m_model->setRows({});
        m_count->clear();
        m_themeTags->setTarget(QString(), 0);
        return;
    }
    struct Lessons
    {
        QList<LessonRow> rows;
        QHash<qint64, DocumentSource> sources;
    };
    LessonFilter filter;
    filter.search = m_search->text();
    filter.kind = m_kind->currentData().toString();
    m_busy->show();
    QPointer<LessonsView> self(this);
    m_session.read<Lessons>(
        LibrarySession::ReadChannel::Lessons,
        [filter](sql::Database &db) {
            Lessons lessons;
            lessons.rows = LessonQuery(db).list(filter);
            RecommendationQuery query(db);
            for (const LessonRow &row : std::as_const(lessons.rows)) {
                if (!lessons.sources.contains(row.documentId)) {
                    lessons.sources.insert(row.documentId, query.documentSource(row.documentId));
                }
            }
            return lessons;
        },
        [self](Lessons lessons) {
            if (!self) {
                return;
            }
            self->m_sources = lessons.sources;
            self->m_model->setRows(lessons.rows);
            self->keepSelection();
            const int n = self->m_model->rowCount();
            self->m_count->setText(tr("%n item(s)", nullptr, n));
        });
}

void LessonsView::keepSelection()
{
    const qint64 shown = m_themeTags->targetId();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (shown > 0 && m_model->rowAt(row).id == shown) {
            m_reselecting = true;
            m_table->selectRow(row);
            m_reselecting = false;
            return;
        }
    }
    m_themeTags->setTarget(QString(), 0);
}

void LessonsView::activate(int row)
{
    const LessonRow &lesson = m_model->rowAt(row);
    if (lesson.page <= 0) {
        return;
    }
    const DocumentSource source = m_sources.value(lesson.documentId);
    PageTarget target;
    target.documentId = lesson.documentId;
    target.documentTitle = source.title;
    target.sourcePath = source.path;
    target.sourceFormat = source.format;
    target.page = lesson.page;
    Anchor anchor;
    anchor.page = lesson.page;
    anchor.x0 = lesson.region[0];
    anchor.y0 = lesson.region[1];
    anchor.x1 = lesson.region[2];
    anchor.y1 = lesson.region[3];
    anchor.field = lesson.kind;
    target.highlights = {anchor};
    Q_EMIT pageRequested(target);
}

void LessonsView::exportCsv()
{
    const QString path =
        fileChooser() ? fileChooser()(this)
                      : QFileDialog::getSaveFileName(this, tr("Export lessons"), QString(), tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    const QList<LessonRow> rows = m_model->rows();
    m_export->setEnabled(false);
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path, n = rows.size()] {
        watcher->deleteLater();
        m_export->setEnabled(true);
        const QString error = watcher->result();
        if (error.isEmpty()) {
            Q_EMIT exported(true, tr("%n lesson(s) written to %1", nullptr, int(n)).arg(path));
        } else {
            Q_EMIT exported(false, error);
        }
    });
    watcher->setFuture(QtConcurrent::run([rows, path] {
        ExportResult written = checkExportTarget(path);
        if (written) {
            written = writeAtomically(path, CsvExporter::renderLessons(rows));
        }
        return written ? QString() : written.errorString();
    }));
}

} // namespace evalreview
