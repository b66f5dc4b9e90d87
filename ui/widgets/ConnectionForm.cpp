#include "widgets/ConnectionForm.h"

#include "models/ConnectionModel.h"

#include <QAction>
#include <QCheckBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QStyle>
#include <QTimer>

namespace banister {

namespace {
QLineEdit* secretEdit(QWidget* parent, const QString& name, const QString& revealTip)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setEchoMode(QLineEdit::Password);
    auto* reveal = edit->addAction(QIcon(), QLineEdit::TrailingPosition);
    // The style's icons (this one and the clear button's, hidden while the field is empty) come on the event loop's
    // first turn: loading them costs milliseconds before the first window can show. The clear button still ends up
    // rightmost, as QLineEdit always places it.
    QTimer::singleShot(0, edit, [edit, reveal] {
        reveal->setIcon(edit->style()->standardIcon(QStyle::SP_FileDialogContentsView));
        edit->setClearButtonEnabled(true);
    });
    reveal->setCheckable(true);
    reveal->setToolTip(revealTip);
    QObject::connect(reveal, &QAction::toggled, edit,
                     [edit](bool on) { edit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    return edit;
}
} // namespace

ConnectionForm::ConnectionForm(ConnectionModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_gainsightUrl(new QLineEdit(this))
    , m_subdomain(new QLineEdit(this))
    , m_accessKey(secretEdit(this, QStringLiteral("accessKeyEdit"), tr("Show or hide the access key")))
    , m_staircaseUrl(new QLineEdit(this))
    , m_token(secretEdit(this, QStringLiteral("staircaseTokenEdit"), tr("Show or hide the token")))
    , m_remember(new QCheckBox(tr("Re&member the key and token in the system keychain"), this))
{
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

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Gainsight URL:"), m_gainsightUrl);
    form->addRow(tr("Su&bdomain:"), m_subdomain);
    form->addRow(tr("&Access key:"), m_accessKey);
    form->addRow(tr("Stair&case URL:"), m_staircaseUrl);
    form->addRow(tr("API to&ken:"), m_token);
    form->addRow(QString(), m_remember);

    connect(m_gainsightUrl, &QLineEdit::textEdited, m_model, &ConnectionModel::setGainsightUrl);
    connect(m_staircaseUrl, &QLineEdit::textEdited, m_model, &ConnectionModel::setStaircaseUrl);
    connect(m_subdomain, &QLineEdit::textEdited, m_model, &ConnectionModel::setSubdomain);
    connect(m_accessKey, &QLineEdit::textEdited, m_model, &ConnectionModel::setAccessKey);
    connect(m_token, &QLineEdit::textEdited, m_model, &ConnectionModel::setStaircaseToken);
    connect(m_remember, &QCheckBox::toggled, m_model, &ConnectionModel::setRemember);
    connect(m_model, &ConnectionModel::changed, this, &ConnectionForm::render);
    connect(m_model, &ConnectionModel::fieldsChanged, this, &ConnectionForm::loadFields);
    loadFields();
}

void ConnectionForm::loadFields()
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

void ConnectionForm::render()
{
    const bool busy = m_model->isBusy();
    QSignalBlocker block(m_remember);
    m_remember->setChecked(m_model->remember());
    m_remember->setEnabled(!m_model->isSandbox());
    if (!m_subdomain->hasFocus() && m_subdomain->text() != m_model->subdomain())
        m_subdomain->setText(m_model->subdomain());
    for (QLineEdit* e : { m_gainsightUrl, m_accessKey, m_staircaseUrl, m_token })
        e->setReadOnly(busy);
}

} // namespace banister
