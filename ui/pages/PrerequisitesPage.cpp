#include "pages/PrerequisitesPage.h"

#include "models/PrerequisitesModel.h"
#include "widgets/MessagePanel.h"
#include "widgets/StatusIcon.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace banister {

namespace {
StatusKind kindOf(PrerequisitesModel::State s)
{
    switch (s) {
    case PrerequisitesModel::State::Passed: return StatusKind::Passed;
    case PrerequisitesModel::State::Failed: return StatusKind::Failed;
    case PrerequisitesModel::State::Unknown: return StatusKind::Unknown;
    case PrerequisitesModel::State::Checking: return StatusKind::Busy;
    case PrerequisitesModel::State::Pending: break;
    }
    return StatusKind::Pending;
}

const char* const kRowNames[] = {"csSubscription", "staircaseSubscription", "adminAccess", "primaryCrm"};
} // namespace

PrerequisitesPage::PrerequisitesPage(PrerequisitesModel* model, QWidget* parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_busy(new QProgressBar(this))
    , m_error(new MessagePanel(MessagePanel::Kind::Error, this))
    , m_salesforce(new MessagePanel(MessagePanel::Kind::Info, this))
    , m_recheck(new QPushButton(tr("Re-&check"), this))
{
    setObjectName(QStringLiteral("prerequisitesPage"));
    setTitle(tr("Prerequisites"));
    setSubTitle(tr("The integration needs four things in place. Banister checks each one on the live tenant."));

    auto* grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(4);
    const int iconSize = fontMetrics().height() * 3 / 2;
    for (int row = 0; row < PrerequisitesModel::CheckCount; ++row) {
        RowWidgets w{new QLabel(this), new QLabel(this), new QLabel(this), new QLabel(this)};
        const QString base = QLatin1String(kRowNames[row]);
        w.icon->setObjectName(base + QStringLiteral("Icon"));
        w.icon->setFixedSize(iconSize, iconSize);
        w.title->setObjectName(base + QStringLiteral("Title"));
        QFont bold = w.title->font();
        bold.setBold(true);
        w.title->setFont(bold);
        w.detail->setObjectName(base + QStringLiteral("Detail"));
        w.fix->setObjectName(base + QStringLiteral("Fix"));
        for (QLabel* l : {w.title, w.detail, w.fix}) {
            l->setWordWrap(true);
            l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        }
        w.fix->setStyleSheet(QStringLiteral("color: #8a4b00;"));
        grid->addWidget(w.icon, row * 3, 0, 3, 1, Qt::AlignTop);
        grid->addWidget(w.title, row * 3, 1);
        grid->addWidget(w.detail, row * 3 + 1, 1);
        grid->addWidget(w.fix, row * 3 + 2, 1);
        grid->setRowMinimumHeight(row * 3 + 2, 8);
        m_rows.append(w);
    }

    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(6);
    m_busy->setTextVisible(false);
    m_error->setObjectName(QStringLiteral("errorPanel"));
    m_error->actionButton()->setObjectName(QStringLiteral("retryButton"));
    m_salesforce->setObjectName(QStringLiteral("salesforcePanel"));
    m_recheck->setObjectName(QStringLiteral("recheckButton"));

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_recheck);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_busy);
    layout->addWidget(m_error);
    layout->addWidget(m_salesforce);
    layout->addStretch(1);
    layout->addLayout(buttons);

    connect(m_recheck, &QPushButton::clicked, m_model, &PrerequisitesModel::run);
    connect(m_error->actionButton(), &QPushButton::clicked, m_model, &PrerequisitesModel::run);
    connect(m_model, &PrerequisitesModel::changed, this, &PrerequisitesPage::render);
    connect(m_model, &PrerequisitesModel::dataChanged, this, &PrerequisitesPage::render);
    render();
}

void PrerequisitesPage::initializePage()
{
    m_model->run();
}

void PrerequisitesPage::render()
{
    const int iconSize = m_rows.first().icon->width();
    for (int row = 0; row < m_rows.size(); ++row) {
        const QModelIndex idx = m_model->index(row);
        const auto state = idx.data(PrerequisitesModel::StateRole).value<PrerequisitesModel::State>();
        RowWidgets& w = m_rows[row];
        w.icon->setPixmap(statusIcon(kindOf(state)).pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));
        w.title->setText(idx.data(Qt::DisplayRole).toString());
        w.detail->setText(idx.data(PrerequisitesModel::DetailRole).toString());
        const QString fix = idx.data(PrerequisitesModel::FixHintRole).toString();
        w.fix->setText(state == PrerequisitesModel::State::Passed || fix.isEmpty() ? QString() : tr("Fix: %1").arg(fix));
        w.fix->setVisible(!w.fix->text().isEmpty());
    }
    const bool busy = m_model->isBusy();
    m_busy->setVisible(busy);
    m_recheck->setEnabled(!busy);
    m_error->setText(m_model->errorText());
    m_error->setActionText(m_model->errorText().isEmpty() ? QString() : tr("&Retry"));
    if (m_model->isSalesforcePrimary())
        m_salesforce->setText(
            tr("<b>This tenant uses Salesforce as its primary CRM.</b> The Gainsight CS ↔ Staircase AI integration "
               "is for tenants whose primary CRM is Gainsight. Integrate Staircase AI directly with Salesforce "
               "instead: in Staircase, open <i>Settings &gt; Integrations</i>, choose the <i>Salesforce</i> card and "
               "sign in with a Salesforce admin. Nothing has been changed on this tenant; click <i>Finish</i> to "
               "close Banister."));
    else
        m_salesforce->setText(QString());
    setFinalPage(m_model->isSalesforcePrimary());
    Q_EMIT completeChanged();
}

bool PrerequisitesPage::isComplete() const
{
    return !m_model->isBusy() && (m_model->canProceed() || m_model->isSalesforcePrimary());
}

} // namespace banister
