#include "DisagreementView.h"

#include "DisagreementModel.h"
#include "LibrarySession.h"
#include "SqliteLibraryStore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace evalreview {

DisagreementView::DisagreementView(LibrarySession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_donor(new QComboBox(this)), m_count(new QLabel(this)),
      m_table(new QTableView(this)), m_model(new DisagreementModel(this))
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
    bar->addWidget(m_count);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    m_table->setObjectName(QStringLiteral("disagreementTable"));
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
    const int widths[DisagreementModel::ColumnCount] = {50, 300, 280, 70, 95, 280};
    for (int i = 0; i < DisagreementModel::ColumnCount; ++i) {
        header->resizeSection(i, widths[i]);
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
    const QString current = m_donor->currentData().toString();
    {
        const QSignalBlocker block(m_donor);
        m_donor->clear();
        m_donor->addItem(tr("All donors"), QString());
        for (const QString &donor : DisagreementQuery(m_session.store()->database()).donors()) {
            m_donor->addItem(donor, donor);
        }
        m_donor->setCurrentIndex(std::max(0, m_donor->findData(current)));
    }
    query();
}

void DisagreementView::setDonor(const QString &donor)
{
    if (m_dirty) {
        reload(); // the donors to choose from
    }
    const int index = m_donor->findData(donor);
    m_donor->setCurrentIndex(std::max(0, index));
}

void DisagreementView::query()
{
    if (!m_session.isOpen()) {
        return;
    }
    m_model->setRows(DisagreementQuery(m_session.store()->database()).rows(m_donor->currentData().toString()));
    const int n = m_model->rowCount();
    m_count->setText((n == 1 ? tr("%1 line") : tr("%1 lines")).arg(n));
}

} // namespace evalreview
