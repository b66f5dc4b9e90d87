#include "widgets/PrincipalPicker.h"

#include "models/DashboardModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace banister {

PrincipalPicker::PrincipalPicker(DashboardModel* model, QWidget* parent)
    : QGroupBox(tr("Specific people"), parent)
    , m_model(model)
    , m_principals(new QListWidget(this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_roles(new QComboBox(this))
    , m_addRole(new QPushButton(tr("A&dd role"), this))
    , m_suggestions(new QListWidget(this))
    , m_addSuggested(new QPushButton(tr("Add su&ggested"), this))
    , m_userSearch(new QLineEdit(this))
    , m_userResults(new QListWidget(this))
    , m_addUser(new QPushButton(tr("Add &user"), this))
{
    m_principals->setObjectName(QStringLiteral("principalList"));
    m_remove->setObjectName(QStringLiteral("removePrincipalButton"));
    m_roles->setObjectName(QStringLiteral("roleCombo"));
    m_addRole->setObjectName(QStringLiteral("addRoleButton"));
    m_suggestions->setObjectName(QStringLiteral("suggestionList"));
    m_addSuggested->setObjectName(QStringLiteral("addSuggestedButton"));
    m_userSearch->setObjectName(QStringLiteral("userSearchEdit"));
    m_userSearch->setPlaceholderText(tr("Find a user by name or email"));
    m_userSearch->setAccessibleName(m_userSearch->placeholderText());
    m_roles->setAccessibleName(tr("Role or group to add"));
    m_userResults->setObjectName(QStringLiteral("userResults"));
    m_addUser->setObjectName(QStringLiteral("addUserButton"));
    // The lists take the page's height; a long "User: Name <email>" is elided in the middle, whole in its tooltip.
    for (QListWidget* l : { m_principals, m_suggestions, m_userResults }) {
        l->setMinimumHeight(fontMetrics().height() * 6);
        l->setTextElideMode(Qt::ElideMiddle);
        l->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    }

    const auto caption = [this](const QString& text, QWidget* named) {
        named->setAccessibleName(text);
        return new QLabel(text, this);
    };
    auto* has = new QVBoxLayout;
    has->addWidget(caption(tr("Has access:"), m_principals));
    has->addWidget(m_principals, 1);
    has->addWidget(m_remove, 0, Qt::AlignLeft);
    auto* roles = new QVBoxLayout;
    roles->addWidget(caption(tr("Suggested roles:"), m_suggestions));
    roles->addWidget(m_suggestions, 1);
    roles->addWidget(m_addSuggested, 0, Qt::AlignLeft);
    auto* roleRow = new QHBoxLayout;
    roleRow->addWidget(m_roles, 1);
    roleRow->addWidget(m_addRole);
    roles->addLayout(roleRow);
    auto* users = new QVBoxLayout;
    users->addWidget(caption(tr("Users:"), m_userResults));
    users->addWidget(m_userSearch);
    users->addWidget(m_userResults, 1);
    users->addWidget(m_addUser, 0, Qt::AlignLeft);
    auto* columns = new QHBoxLayout(this);
    columns->addLayout(has, 1);
    columns->addLayout(roles, 1);
    columns->addLayout(users, 1);

    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem* it = m_principals->currentItem())
            m_model->removePrincipal(
                { PrincipalKind(it->data(Qt::UserRole).toInt()), it->data(Qt::UserRole + 1).toString() });
    });
    connect(m_addRole, &QPushButton::clicked, this, [this] {
        m_model->addPrincipal({ PrincipalKind::Role, m_roles->currentText() });
    });
    connect(m_addSuggested, &QPushButton::clicked, this, [this] {
        for (const QString& role : m_model->suggestedRoles())
            m_model->addPrincipal({ PrincipalKind::Role, role });
    });
    auto* searchTimer = new QTimer(this);
    searchTimer->setSingleShot(true);
    searchTimer->setInterval(250);
    connect(m_userSearch, &QLineEdit::textEdited, searchTimer, qOverload<>(&QTimer::start));
    connect(searchTimer, &QTimer::timeout, this, [this] { m_model->searchUsers(m_userSearch->text()); });
    connect(m_model, &DashboardModel::usersFound, this, &PrincipalPicker::showUsers);
    connect(m_addUser, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem* it = m_userResults->currentItem())
            m_model->addPrincipal({ PrincipalKind::User, it->data(Qt::UserRole).toString() });
    });
    connect(m_model, &DashboardModel::changed, this, &PrincipalPicker::render);
    render();
}

void PrincipalPicker::showUsers(const QList<QPair<QString, QString>>& users)
{
    m_userResults->clear();
    for (const auto& [id, name] : users) {
        auto* it = new QListWidgetItem(name, m_userResults);
        it->setData(Qt::UserRole, id);
        it->setToolTip(name);
    }
    if (m_userResults->count())
        m_userResults->setCurrentRow(0);
}

void PrincipalPicker::render()
{
    m_principals->clear();
    for (const Principal& p : m_model->section().principals) {
        auto* it = new QListWidgetItem(m_model->displayName(p), m_principals);
        it->setData(Qt::UserRole, int(p.kind));
        it->setData(Qt::UserRole + 1, p.id);
        it->setToolTip(it->text());
    }
    if (m_roles->count() != m_model->roles().size()) {
        m_roles->clear();
        m_roles->addItems(m_model->roles());
    }
    m_suggestions->clear();
    m_suggestions->addItems(m_model->suggestedRoles());
    if (m_suggestions->count() == 0 && m_model->canProceed()) { // loaded: an empty list says why
        auto* none = new QListWidgetItem(tr("Every role the article suggests already has access."), m_suggestions);
        none->setFlags(Qt::NoItemFlags);
        none->setToolTip(none->text());
    }
    m_addSuggested->setEnabled(!m_model->suggestedRoles().isEmpty());
}

} // namespace banister
