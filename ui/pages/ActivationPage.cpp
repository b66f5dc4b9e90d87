#include "pages/ActivationPage.h"

#include "models/ActivationModel.h"
#include "widgets/BusyBar.h"
#include "widgets/MessagePanel.h"
#include "widgets/WrapLabel.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace banister {

ActivationPage::ActivationPage(ActivationModel* model, QWidget* parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_route(new QLabel(this))
    , m_status(new QLabel(this))
    , m_contact(new QLineEdit(this))
    , m_note(new QPlainTextEdit(this))
    , m_admins(new WrapLabel(this))
    , m_busy(new BusyBar(this))
    , m_error(new MessagePanel(MessagePanel::Kind::Error, this))
{
    setObjectName(QStringLiteral("activationPage"));
    setTitle(tr("Activate the integration"));
    setSubTitle(tr("Gainsight Support links Gainsight CS with your Staircase AI tenant. Banister files the request, "
                   "tracks it, and connects the two when you apply the plan."));
    m_route->setObjectName(QStringLiteral("routeLabel"));
    m_route->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("activationStatus"));
    m_status->setWordWrap(true);
    m_contact->setObjectName(QStringLiteral("supportContactEdit"));
    m_note->setObjectName(QStringLiteral("supportNoteEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(fontMetrics().height() * 5);
    m_admins->setObjectName(QStringLiteral("superAdminsLabel"));
    m_admins->setWordWrap(true);
    m_admins->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_admins->setTextFormat(Qt::PlainText); // "Name <email>" is not markup
    m_error->setObjectName(QStringLiteral("errorPanel"));
    m_error->actionButton()->setObjectName(QStringLiteral("retryButton"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Support &contact:"), m_contact);
    form->addRow(tr("Note &to support:"), m_note);
    m_note->setTabChangesFocus(true); // Tab moves on instead of typing a tab into the note
    form->addRow(tr("Become Staircase Admin:"), m_admins);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_route);
    layout->addWidget(m_status);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_busy);
    layout->addWidget(m_error);
    layout->addStretch(1);

    connect(m_contact, &QLineEdit::textEdited, m_model, &ActivationModel::setSupportContact);
    connect(m_note, &QPlainTextEdit::textChanged, m_model, [this] { m_model->setSupportNote(m_note->toPlainText()); });
    connect(m_error->actionButton(), &QPushButton::clicked, m_model, &ActivationModel::load);
    connect(m_model, &ActivationModel::changed, this, &ActivationPage::render);
    render();
}

void ActivationPage::initializePage()
{
    m_model->load();
}

void ActivationPage::render()
{
    m_busy->setVisible(m_model->isBusy());
    m_error->setText(m_model->errorText());
    m_error->setActionText(m_model->errorText().isEmpty() ? QString() : tr("&Retry"));
    if (m_model->canProceed()) {
        m_route->setText(
            m_model->isPublicApi()
                ? (m_model->aiFollowUp()
                       ? tr("<b>AI Follow-Up is active</b> (as you confirmed), so Gainsight Support upgrades "
                            "the existing connection: you send them the <i>upgrade connection</i> request.")
                       : tr("<b>AI Follow-Up is not active</b> (as you confirmed): you ask Gainsight Support "
                            "for the <i>Staircase integration</i>, then connect Staircase to Gainsight under "
                            "Settings &gt; Integrations &gt; Gainsight in Staircase."))
                : m_model->aiFollowUp()
                ? tr("<b>AI Follow-Up is active</b> in Gainsight CS, so the connection already exists and "
                     "Gainsight Support upgrades it. Banister files the <i>upgrade connection</i> request "
                     "and tracks it until it is done.")
                : tr("<b>AI Follow-Up is not active</b>, so Banister files the <i>Staircase integration</i> "
                     "request with Gainsight Support, tracks it, and then connects Staircase to Gainsight "
                     "with your access key (what an admin would do under Settings &gt; Integrations &gt; "
                     "Gainsight in Staircase)."));
        m_status->setText(m_model->statusText());
        const QStringList admins = m_model->superAdmins();
        m_admins->setText(admins.isEmpty() ? tr("No Gainsight super admins were found.")
                                           : tr("Gainsight super admins receive Staircase Admin automatically: %1")
                                                 .arg(admins.join(QStringLiteral(", "))));
    }
    if (m_contact->text() != m_model->supportContact())
        m_contact->setText(m_model->supportContact());
    if (m_note->toPlainText() != m_model->supportNote()) {
        QSignalBlocker block(m_note);
        m_note->setPlainText(m_model->supportNote());
    }
    Q_EMIT completeChanged();
}

bool ActivationPage::isComplete() const
{
    return m_model->canProceed();
}

} // namespace banister
