#include "DisagreementView.h"

#include "DisagreementModel.h"
#include "DisagreementQuery.h"
#include "FontUnits.h"
#include "LibrarySession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace evalreview {

DisagreementView::DisagreementView(LibrarySession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_donor(new QComboBox(this)), m_count(new QLabel(this)),
      m_table(new QTableView(this)), m_model(new DisagreementModel(this)), m_busy(new QProgressBar(this))
{
    setObjectName(QStringLiteral("disagreementView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Donor:"), this));
    m_donor->setObjectName(QStringLiteral("disagreementDonor"));
    m_donor->setToolTip(tr("Show the comments of one donor only"));
    bar->addWidget(m_donor);
    bar->addStretch(1);
    m_busy->setObjectName(QStringLiteral("disagreementBusy"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(font_units::chars(m_busy, 15));
    m_busy->setAccessibleName(tr("Reading the library"));
    m_busy->hide();
    connect(&m_session, &LibrarySession::readDone, this, [this](LibrarySession::ReadChannel channel) {
        if (channel == LibrarySession::ReadChannel::Disagreements) {
            m_busy->hide();
        }
    });
    bar->addWidget(m_busy);
    bar->addWidget(m_count);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    m_table->setObjectName(QStringLiteral("disagreementTable"));
    m_table->setAccessibleName(tr("Disagreements"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table, arrows move in it
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    // Four lines per row (the tooltip holds the whole text): long recommendations stay scannable.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().lineSpacing() * 4 + 8);
    m_table->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_table->horizontalHeader();
    const int widths[DisagreementModel::ColumnCount] = {6, 38, 35, 9, 12, 35}; // in average characters
    for (int i = 0; i < DisagreementModel::ColumnCount; ++i) {
        header->resizeSection(i, font_units::chars(m_table, widths[i]));
    }
    header->setStretchLastSection(true);

    connect(m_donor, &QComboBox::currentIndexChanged, this, &DisagreementView::query);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid()) {
                    Q_EMIT recommendationActivated(m_model->rowAt(current.row()).recommendationId);
                }
            });
}

void DisagreementView::invalidate()
{
    m_dirty = true;
    if (isVisible()) {
        reload();
    }
}

void DisagreementView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty) {
        reload();
    }
}

void DisagreementView::reload()
{
    m_dirty = false;
    if (!m_session.isOpen()) {
        m_model->setRows({});
        return;
    }
    read(m_wantedDonor.isNull() ? m_donor->currentData().toString() : m_wantedDonor, true);
}

bool DisagreementView::isLoading() const
{
    return m_session.isReading(LibrarySession::ReadChannel::Disagreements);
}

void DisagreementView::setDonor(const QString &donor)
{
    if (m_dirty || isLoading()) {
        m_wantedDonor = donor; // chosen when the donors to choose from are read
        if (m_dirty) {
            reload();
        }
        return;
    }
    m_donor->setCurrentIndex(std::max(0, m_donor->findData(donor)));
}

void DisagreementView::query()
{
    if (m_session.isOpen()) {
        read(m_donor->currentData().toString(), false);
    }
}

void DisagreementView::read(const QString &donor, bool withDonors)
{
    struct Lines
    {
        QStringList donors;
        QString donor;
        QList<DisagreementRow> rows;
    };
    m_busy->show();
    QPointer<DisagreementView> self(this);
    m_session.read<Lines>(
        LibrarySession::ReadChannel::Disagreements,
        [donor, withDonors](sql::Database &db) {
            DisagreementQuery query(db);
            Lines lines;
            lines.donor = donor;
            if (withDonors) {
                lines.donors = query.donors();
                if (!lines.donors.contains(donor)) {
                    lines.donor.clear(); // a donor no longer in the library: all donors
                }
            }
            lines.rows = query.rows(lines.donor);
            return lines;
        },
        [self, withDonors](Lines lines) {
            if (!self) {
                return;
            }
            if (withDonors) {
                const QSignalBlocker block(self->m_donor);
                self->m_donor->clear();
                self->m_donor->addItem(tr("All donors"), QString());
                for (const QString &d : std::as_const(lines.donors)) {
                    self->m_donor->addItem(d, d);
                }
                self->m_donor->setCurrentIndex(std::max(0, self->m_donor->findData(lines.donor)));
                self->m_wantedDonor = QString();
            }
            self->m_model->setRows(lines.rows);
            const int n = self->m_model->rowCount();
            self->m_count->setText((n == 1 ? tr("%1 line") : tr("%1 lines")).arg(n));
        });
}

} // namespace evalreview
