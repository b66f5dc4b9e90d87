#include "pages/ConnectPage.h"

#include "models/ConnectionModel.h"
#include "widgets/BusyBar.h"
#include "widgets/ConnectionForm.h"
#include "widgets/MessagePanel.h"
#include "widgets/WrapLabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

namespace banister {

ConnectPage::ConnectPage(ConnectionModel* model, QWidget* parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_form(new ConnectionForm(model, this))
    , m_sandboxButton(new QPushButton(tr("Use &sandbox tenant"), this))
    , m_testButton(new QPushButton(tr("&Test connection"), this))
    , m_busy(new BusyBar(this))
    , m_status(new QLabel(this))
    , m_error(new MessagePanel(MessagePanel::Kind::Error, this))
    , m_keychainNotice(new MessagePanel(MessagePanel::Kind::Warning, this))
    , m_switchNotice(new MessagePanel(MessagePanel::Kind::Info, this))
{
    setObjectName(QStringLiteral("connectPage"));
    setTitle(tr("Connect to your tenant"));
    setSubTitle(tr("Banister reads and configures Gainsight CS and Staircase AI through their APIs. Enter where your "
                   "tenant is and the keys of an admin, or try everything on the built-in sandbox tenant first."));

    m_sandboxButton->setObjectName(QStringLiteral("useSandboxButton"));
    m_sandboxButton->setToolTip(tr("Start a simulated tenant on this computer, with seeded accounts and users"));
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("errorPanel"));
    m_error->actionButton()->setObjectName(QStringLiteral("retryButton"));
    m_keychainNotice->setObjectName(QStringLiteral("keychainNotice"));
    m_switchNotice->setObjectName(QStringLiteral("tenantSwitchedNotice"));

    m_startFromTenant = new QPushButton(tr("Start from this tenant's current sett&ings"), this);
    m_startFromTenant->setObjectName(QStringLiteral("startFromTenantButton"));
    m_startFromTenant->setToolTip(tr("Reads what the tenant already has (CRM tab, field mappings, Staircase roles, "
                                     "layouts, dashboard permissions) into every page, as a profile to review."));
    m_captureResult = new WrapLabel(this);
    m_captureResult->setObjectName(QStringLiteral("captureResultLabel"));
    m_captureResult->setWordWrap(true);
    m_captureResult->hide();
    arrange();

    connect(m_sandboxButton, &QPushButton::clicked, m_model, [this] { m_model->requestSandbox(); });
    connect(m_testButton, &QPushButton::clicked, this, [this] {
        m_advanceWhenConnected = false;
        m_model->connectToTenant();
    });
    connect(m_error->actionButton(), &QPushButton::clicked, m_model, &ConnectionModel::connectToTenant);
    connect(m_startFromTenant, &QPushButton::clicked, this, [this] {
        m_startFromTenant->setEnabled(false);
        setCaptureResult(tr("Reading the tenant's current settings…"));
        Q_EMIT startFromTenantRequested();
    });
    connect(m_model, &ConnectionModel::changed, this, &ConnectPage::render);
    connect(m_model, &ConnectionModel::fieldsChanged, this, &ConnectPage::render);
    connect(m_model, &ConnectionModel::connected, this, [this] {
        if (m_advanceWhenConnected && wizard() && wizard()->currentPage() == this) {
            m_advanceWhenConnected = false;
            QMetaObject::invokeMethod(wizard(), &QWizard::next, Qt::QueuedConnection);
        }
    });
    render();
}

void ConnectPage::arrange()
{
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_sandboxButton);
    buttons->addStretch(1);
    buttons->addWidget(m_startFromTenant);
    buttons->addWidget(m_testButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addLayout(buttons);
    layout->addWidget(m_captureResult);
    layout->addWidget(m_busy);
    layout->addWidget(m_status);
    layout->addWidget(m_switchNotice);
    layout->addWidget(m_error);
    layout->addWidget(m_keychainNotice);
    layout->addStretch(1);
}

void ConnectPage::render()
{
    const bool busy = m_model->isBusy();
    m_busy->setVisible(busy);
    m_status->setText(m_model->statusText());
    m_status->setVisible(!m_model->statusText().isEmpty());
    m_error->setText(m_model->errorText());
    m_error->setActionText(m_model->errorText().isEmpty() ? QString() : tr("&Retry"));
    m_keychainNotice->setText(m_model->keychainNotice());
    if (!m_model->canProceed())
        m_switchNotice->setText({}); // edited or reconnecting: what it said is about the last connection
    m_testButton->setEnabled(!busy && m_model->isFilled());
    // Capturing reads settings only the sandbox's own routes show: a public-API tenant has nothing to read them from.
    m_startFromTenant->setEnabled(!busy && m_model->canProceed() && !m_model->isPublicApi());
    m_startFromTenant->setVisible(!m_model->isPublicApi());
    m_sandboxButton->setEnabled(!busy);
    Q_EMIT completeChanged();
}

bool ConnectPage::isComplete() const
{
    return !m_model->isBusy() && m_model->isFilled();
}

bool ConnectPage::validatePage()
{
    if (m_model->canProceed())
        return true;
    m_advanceWhenConnected = true;
    m_model->connectToTenant();
    return false;
}

void ConnectPage::setCaptureResult(const QString& text)
{
    m_captureResult->setText(text);
    m_captureResult->setVisible(!text.isEmpty());
    m_startFromTenant->setEnabled(!m_model->isBusy() && m_model->canProceed());
}

void ConnectPage::showTenantSwitched(const QString& host)
{
    // Next waited for this connection: the page stays so that the admin reads what changed, and Next goes on.
    m_advanceWhenConnected = false;
    m_switchNotice->setText(tr("Connected to %1, another tenant than before: every page reads this tenant again. "
                               "What you chose or entered stays, and the plan checks it against this tenant.")
                                .arg(host));
}

void ConnectPage::cleanupPage()
{
    m_advanceWhenConnected = false;
}

} // namespace banister
