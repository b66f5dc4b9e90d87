#include "widgets/AccountStatusPicker.h"

#include <QGridLayout>
#include <QLabel>
#include <QListWidget>

namespace banister {

namespace {
QStringList checkedItems(const QListWidget* list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            out << list->item(i)->text();
    return out;
}

void syncList(QListWidget* list, const QStringList& values, const QStringList& checked)
{
    QSignalBlocker block(list);
    if (list->count() != values.size()) {
        list->clear();
        for (const QString& v : values) {
            auto* item = new QListWidgetItem(v, list);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        }
    }
    for (int i = 0; i < list->count(); ++i)
        list->item(i)->setCheckState(checked.contains(list->item(i)->text()) ? Qt::Checked : Qt::Unchecked);
}
} // namespace

AccountStatusPicker::AccountStatusPicker(QWidget* parent)
    : QGroupBox(tr("Churned and prospect accounts (from the Status field)"), parent)
    , m_churned(new QListWidget(this))
    , m_prospect(new QListWidget(this))
    , m_notice(new QLabel(this))
{
    m_churned->setObjectName(QStringLiteral("churnedStatusList"));
    m_prospect->setObjectName(QStringLiteral("prospectStatusList"));
    for (QListWidget* l : { m_churned, m_prospect }) {
        l->setMaximumHeight(fontMetrics().height() * 7);
        l->setSelectionMode(QAbstractItemView::NoSelection);
    }
    auto* grid = new QGridLayout(this);
    auto* churned = new QLabel(tr("Churned:"), this);
    auto* prospect = new QLabel(tr("Prospect:"), this);
    m_churned->setAccessibleName(churned->text());
    m_prospect->setAccessibleName(prospect->text());
    grid->addWidget(churned, 0, 0);
    grid->addWidget(prospect, 0, 1);
    grid->addWidget(m_churned, 1, 0);
    grid->addWidget(m_prospect, 1, 1);
    m_notice->setObjectName(QStringLiteral("statusMoveNotice"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    grid->addWidget(m_notice, 2, 0, 1, 2);

    connect(m_churned, &QListWidget::itemChanged, this, [this] { Q_EMIT churnedChanged(checkedItems(m_churned)); });
    connect(m_prospect, &QListWidget::itemChanged, this, [this] { Q_EMIT prospectChanged(checkedItems(m_prospect)); });
}

void AccountStatusPicker::setStatuses(const QStringList& values, const QStringList& churned,
                                      const QStringList& prospect)
{
    syncList(m_churned, values, churned);
    syncList(m_prospect, values, prospect);
}

void AccountStatusPicker::setNotice(const QString& text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

} // namespace banister
