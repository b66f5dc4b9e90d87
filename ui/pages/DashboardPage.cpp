#include "pages/DashboardPage.h"

#include "PageIds.h"
#include "models/DashboardModel.h"
#include "widgets/BusyBar.h"
#include "widgets/MessagePanel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QVBoxLayout>

namespace banister {

DashboardPage::DashboardPage(DashboardModel* model, QWidget* parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_types(new QButtonGroup(this))
    , m_specific(new QGroupBox(tr("Specific people"), this))
    , m_principals(new QListWidget(this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_roles(new QComboBox(this))
    , m_addRole(new QPushButton(tr("Add &role"), this))
    , m_suggestions(new QListWidget(this))
    , m_addSuggested(new QPushButton(tr("Add su&ggested"), this))
    , m_userSearch(new QLineEdit(this))
    , m_userResults(new QListWidget(this))
    , m_addUser(new QPushButton(tr("Add &user"), this))
    , m_busy(new BusyBar(this))
    , m_error(new MessagePanel(MessagePanel::Kind::Error, this))
    , m_refusal(new MessagePanel(MessagePanel::Kind::Warning, this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    setTitle(tr("Executive dashboard"));
    setSubTitle(tr("Who can open the Staircase Executive Dashboard (Dashboard Builder › System folder). By default only "
                   "System Administrator has access."));
    auto* types = new QVBoxLayout;
    for (const QString& type : DashboardModel::permissionTypes()) {
        auto* radio = new QRadioButton(DashboardModel::describe(type), this);
        radio->setObjectName(QStringLiteral("permission_") + type);
        m_types->addButton(radio);
        radio->setProperty("permission", type);
        types->addWidget(radio);
    }
    m_principals->setObjectName(QStringLiteral("principalList"));
    m_remove->setObjectName(QStringLiteral("removePrincipalButton"));
    m_roles->setObjectName(QStringLiteral("roleCombo"));
    m_addRole->setObjectName(QStringLiteral("addRoleButton"));
    m_suggestions->setObjectName(QStringLiteral("suggestionList"));
    m_addSuggested->setObjectName(QStringLiteral("addSuggestedButton"));
    m_userSearch->setObjectName(QStringLiteral("userSearchEdit"));
    m_userSearch->setPlaceholderText(tr("Find a user by name or email"));
    m_userResults->setObjectName(QStringLiteral("userResults"));
    m_addUser->setObjectName(QStringLiteral("addUserButton"));
    m_error->setObjectName(QStringLiteral("errorPanel"));
    m_refusal->setObjectName(QStringLiteral("dashboardRefusal"));
    for (QListWidget* l : {m_principals, m_suggestions, m_userResults})
        l->setMaximumHeight(fontMetrics().height() * 6);

    auto* grid = new QGridLayout(m_specific);
    grid->addWidget(new QLabel(tr("Has access:"), m_specific), 0, 0);
    grid->addWidget(m_principals, 1, 0, 3, 1);
    grid->addWidget(m_remove, 4, 0, Qt::AlignLeft);
    grid->addWidget(new QLabel(tr("Suggested roles:"), m_specific), 0, 1);
    grid->addWidget(m_suggestions, 1, 1);
    grid->addWidget(m_addSuggested, 2, 1, Qt::AlignLeft);
    auto* roleRow = new QHBoxLayout;
    roleRow->addWidget(m_roles, 1);
    roleRow->addWidget(m_addRole);
    grid->addLayout(roleRow, 3, 1);
    grid->addWidget(new QLabel(tr("Users:"), m_specific), 0, 2);
    grid->addWidget(m_userSearch, 1, 2, Qt::AlignTop);
    grid->addWidget(m_userResults, 2, 2, 2, 1);
    grid->addWidget(m_addUser, 4, 2, Qt::AlignLeft);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(types);
    layout->addWidget(m_specific, 1);
    layout->addWidget(m_refusal);
    layout->addWidget(m_busy);
    layout->addWidget(m_error);

    connect(m_types, &QButtonGroup::buttonClicked, this,
            [this](QAbstractButton* b) { m_model->setPermission(b->property("permission").toString()); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem* it = m_principals->currentItem())
            m_model->removePrincipal({it->data(Qt::UserRole).toString(), it->data(Qt::UserRole + 1).toString()});
    });
    connect(m_addRole, &QPushButton::clicked, this,
            [this] { m_model->addPrincipal({QStringLiteral("role"), m_roles->currentText()}); });
    connect(m_addSuggested, &QPushButton::clicked, this, [this] {
        for (const QString& role : m_model->suggestedRoles())
            m_model->addPrincipal({QStringLiteral("role"), role});
    });
    auto* searchTimer = new QTimer(this);
    searchTimer->setSingleShot(true);
    searchTimer->setInterval(250);
    connect(m_userSearch, &QLineEdit::textEdited, searchTimer, qOverload<>(&QTimer::start));
    connect(searchTimer, &QTimer::timeout, this, [this] { m_model->searchUsers(m_userSearch->text()); });
    connect(m_model, &DashboardModel::usersFound, this, [this](const QList<QPair<QString, QString>>& users) {
        m_userResults->clear();
        for (const auto& [id, name] : users) {
            auto* it = new QListWidgetItem(name, m_userResults);
            it->setData(Qt::UserRole, id);
        }
        if (m_userResults->count())
            m_userResults->setCurrentRow(0);
    });
    connect(m_addUser, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem* it = m_userResults->currentItem())
            m_model->addPrincipal({QStringLiteral("user"), it->data(Qt::UserRole).toString()});
    });
    connect(m_model, &DashboardModel::changed, this, &DashboardPage::render);
    render();
}

void DashboardPage::initializePage()
{
    m_model->load();
}

void DashboardPage::render()
{
    const DashboardSection& s = m_model->section();
    for (QAbstractButton* b : m_types->buttons())
        b->setChecked(b->property("permission").toString() == s.permission);
    m_specific->setEnabled(s.permission == QLatin1String("specific"));
    m_principals->clear();
    for (const Principal& p : s.principals) {
        auto* it = new QListWidgetItem(m_model->displayName(p), m_principals);
        it->setData(Qt::UserRole, p.kind);
        it->setData(Qt::UserRole + 1, p.id);
    }
    if (m_roles->count() != m_model->roles().size()) {
        m_roles->clear();
        m_roles->addItems(m_model->roles());
    }
    m_suggestions->clear();
    m_suggestions->addItems(m_model->suggestedRoles());
    m_addSuggested->setEnabled(m_suggestions->count() > 0);
    m_busy->setVisible(m_model->isBusy());
    m_error->setText(m_model->errorText());
    m_refusal->setText(m_model->refusal());
    Q_EMIT completeChanged();
}

bool DashboardPage::isComplete() const
{
    return m_model->canProceed();
}

int DashboardPage::nextId() const
{
    return ReviewPageId;
}

} // namespace banister
