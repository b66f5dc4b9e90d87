#include "pages/ConnectPage.h"

#include "models/ConnectionModel.h"
#include "widgets/BusyBar.h"
#include "widgets/MessagePanel.h"
#include "widgets/WrapLabel.h"

#include <QAction>
#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>
#include <QWizard>

namespace banister {

namespace {
QLineEdit* secretEdit(QWidget* parent, const QString& name, const QString& revealTip)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setEchoMode(QLineEdit::Password);
    edit->setClearButtonEnabled(true);
    auto* reveal
        = edit->addAction(edit->style()->standardIcon(QStyle::SP_FileDialogContentsView), QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    reveal->setToolTip(revealTip);
    QObject::connect(reveal, &QAction::toggled, edit,
                     [edit](bool on) { edit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    return edit;
}
} // namespace

ConnectPage::ConnectPage(ConnectionModel* model, QWidget* parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_gainsightUrl(new QLineEdit(this))
    , m_subdomain(new QLineEdit(this))
    , m_accessKey(secretEdit(this, QStringLiteral("accessKeyEdit"), tr("Show or hide the access key")))
    , m_staircaseUrl(new QLineEdit(this))
    , m_token(secretEdit(this, QStringLiteral("staircaseTokenEdit"), tr("Show or hide the token")))
    , m_remember(new QCheckBox(tr("Re&member the key and token in the system keychain"), this))
    , m_sandboxButton(new QPushButton(tr("Use &sandbox tenant"), this))
    , m_testButton(new QPushButton(tr("&Test connection"), this))
    , m_busy(new BusyBar(this))
    , m_status(new QLabel(this))
    , m_error(new MessagePanel(MessagePanel::Kind::Error, this))
    , m_keychainNotice(new MessagePanel(MessagePanel::Kind::Warning, this))
{
    setObjectName(QStringLiteral("connectPage"));
    setTitle(tr("Connect to your tenant"));
    setSubTitle(tr("Banister reads and configures Gainsight CS and Staircase AI through their APIs. Enter where your "
                   "tenant is and the keys of an admin, or try everything on the built-in sandbox tenant first."));

    m_gainsightUrl->setObjectName(QStringLiteral("gainsightUrlEdit"));
    m_gainsightUrl->setPlaceholderText(QStringLiteral("https://yourcompany.gainsightcloud.com"));
    m_subdomain->setObjectName(QStringLiteral("subdomainEdit"));
    m_subdomain->setToolTip(tr("The subdomain Staircase's Gainsight card asks for, from the Gainsight URL "
                               "(https://acme.gainsightcloud.com → acme). Change it if yours differs; a tenant that "
                               "can say its own is checked on connecting."));
    m_staircaseUrl->setObjectName(QStringLiteral("staircaseUrlEdit"));
    m_staircaseUrl->setPlaceholderText(QStringLiteral("https://app.staircase.ai"));
    m_accessKey->setPlaceholderText(tr("Administration > Connectors 2.0 > Gainsight API > Access Key"));
    m_token->setPlaceholderText(tr("Staircase: Settings > API Tokens"));
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_sandboxButton->setObjectName(QStringLiteral("useSandboxButton"));
    m_sandboxButton->setToolTip(tr("Start a simulated tenant on this computer, with seeded accounts and users"));
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("errorPanel"));
    m_error->actionButton()->setObjectName(QStringLiteral("retryButton"));
    m_keychainNotice->setObjectName(QStringLiteral("keychainNotice"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Gainsight URL:"), m_gainsightUrl);
    form->addRow(tr("Su&bdomain:"), m_subdomain);
    form->addRow(tr("&Access key:"), m_accessKey);
    form->addRow(tr("Stair&case URL:"), m_staircaseUrl);
    form->addRow(tr("API to&ken:"), m_token);
    form->addRow(QString(), m_remember);

    m_startFromTenant = new QPushButton(tr("Start from this tenant's current sett&ings"), this);
    m_startFromTenant->setObjectName(QStringLiteral("startFromTenantButton"));
    m_startFromTenant->setToolTip(tr("Reads what the tenant already has (CRM tab, field mappings, Staircase roles, "
                                     "layouts, dashboard permissions) into every page, as a profile to review."));
    m_captureResult = new WrapLabel(this);
    m_captureResult->setObjectName(QStringLiteral("captureResultLabel"));
    m_captureResult->setWordWrap(true);
    m_captureResult->hide();
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_sandboxButton);
    buttons->addStretch(1);
    buttons->addWidget(m_startFromTenant);
    buttons->addWidget(m_testButton);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_captureResult);
    layout->addWidget(m_busy);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addWidget(m_keychainNotice);
    layout->addStretch(1);

    connect(m_gainsightUrl, &QLineEdit::textEdited, m_model, &ConnectionModel::setGainsightUrl);
    connect(m_staircaseUrl, &QLineEdit::textEdited, m_model, &ConnectionModel::setStaircaseUrl);
    connect(m_subdomain, &QLineEdit::textEdited, m_model, &ConnectionModel::setSubdomain);
    connect(m_accessKey, &QLineEdit::textEdited, m_model, &ConnectionModel::setAccessKey);
    connect(m_token, &QLineEdit::textEdited, m_model, &ConnectionModel::setStaircaseToken);
    connect(m_remember, &QCheckBox::toggled, m_model, &ConnectionModel::setRemember);
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
    connect(m_model, &ConnectionModel::fieldsChanged, this, &ConnectPage::loadFields);
    connect(m_model, &ConnectionModel::connected, this, [this] {
        if (m_advanceWhenConnected && wizard() && wizard()->currentPage() == this) {
            m_advanceWhenConnected = false;
            QMetaObject::invokeMethod(wizard(), &QWizard::next, Qt::QueuedConnection);
        }
    });
    loadFields();
    render();
}

void ConnectPage::loadFields()
{
    // Only replace what differs, so the cursor does not jump while typing.
    const auto sync = [](QLineEdit* e, const QString& v) {
        if (e->text() != v)
            e->setText(v);
    };
    sync(m_gainsightUrl, m_model->gainsightUrl());
    sync(m_staircaseUrl, m_model->staircaseUrl());
    sync(m_accessKey, m_model->accessKey());
    sync(m_token, m_model->staircaseToken());
    render();
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
    QSignalBlocker block(m_remember);
    m_remember->setChecked(m_model->remember());
    m_remember->setEnabled(!m_model->isSandbox());
    m_testButton->setEnabled(!busy && m_model->isFilled());
    // Capturing reads settings only the sandbox's own routes show: a public-API tenant has nothing to read them from.
    m_startFromTenant->setEnabled(!busy && m_model->canProceed() && !m_model->isPublicApi());
    m_startFromTenant->setVisible(!m_model->isPublicApi());
    if (!m_subdomain->hasFocus() && m_subdomain->text() != m_model->subdomain())
        m_subdomain->setText(m_model->subdomain());
    m_sandboxButton->setEnabled(!busy);
    for (QLineEdit* e : { m_gainsightUrl, m_accessKey, m_staircaseUrl, m_token })
        e->setReadOnly(busy);
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

void ConnectPage::cleanupPage()
{
    m_advanceWhenConnected = false;
}

} // namespace banister
