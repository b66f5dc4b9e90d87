#include "pages/UserAccessPage.h"

#include "core/RateWindows.h"
#include "models/UserAccessModel.h"
#include "models/UserFilterModel.h"
#include "widgets/MessagePanel.h"
#include "widgets/TextCellDelegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace banister {

UserAccessPage::UserAccessPage(UserAccessModel* model, QWidget* parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_filter(new UserFilterModel(this))
    , m_search(new QLineEdit(this))
    , m_license(new QComboBox(this))
    , m_roleFilter(new QComboBox(this))
    , m_problemsOnly(new QCheckBox(tr("&Problems only"), this))
    , m_view(new QTableView(this))
    , m_bulkRole(new QComboBox(this))
    , m_applyRole(new QPushButton(tr("Set for &selection"), this))
    , m_selectAll(new QPushButton(tr("Select &all shown"), this))
    , m_suggest(new QPushButton(tr("Managers → Staircase &Manager"), this))
    , m_fix(new QCheckBox(tr("&Fix usernames that differ from the email (deactivate → update → reactivate)"), this))
    , m_summary(new QLabel(this))
    , m_rule(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_error(new MessagePanel(MessagePanel::Kind::Error, this))
    , m_warning(new MessagePanel(MessagePanel::Kind::Warning, this))
{
    setObjectName(QStringLiteral("userAccessPage"));
    setTitle(tr("User access"));
    setSubTitle(
        tr("Staircase access follows the GS role: Staircase User (CSMs, their accounts), Manager (team leads, "
           "team stats) or Admin (settings). The username must equal a valid email, and the user must be active."));
    m_filter->setSourceModel(model);
    m_search->setObjectName(QStringLiteral("userSearchEdit"));
    m_search->setPlaceholderText(tr("Search name, email or username"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search users"));
    m_license->setObjectName(QStringLiteral("licenseFilter"));
    m_license->setAccessibleName(tr("License filter"));
    m_license->addItem(tr("Any license"), QString());
    for (const QString& l : licenseNames()) // the combos' data is the profile's and the tenant's spelling
        m_license->addItem(l, l);
    m_roleFilter->setObjectName(QStringLiteral("roleFilter"));
    m_roleFilter->setAccessibleName(tr("Staircase role filter"));
    m_roleFilter->addItem(tr("Any role"), QString());
    m_bulkRole->setObjectName(QStringLiteral("bulkRoleCombo"));
    m_bulkRole->setAccessibleName(tr("Staircase role to set for the selection"));
    for (StaircaseRole role :
         { StaircaseRole::User, StaircaseRole::Manager, StaircaseRole::Admin, StaircaseRole::None }) {
        const QString text
            = role == StaircaseRole::None ? tr("No Staircase role") : tr("Staircase %1").arg(staircaseRoleName(role));
        m_roleFilter->addItem(text, staircaseRoleName(role));
        m_bulkRole->addItem(text, staircaseRoleName(role));
    }
    m_problemsOnly->setObjectName(QStringLiteral("problemsOnlyCheck"));
    m_view->setObjectName(QStringLiteral("usersView"));
    m_view->setAccessibleName(tr("Users"));
    m_view->setAccessibleDescription(
        tr("Arrow keys select a user, Shift or Ctrl with them select several; Tab moves on "
           "to the role for the selection."));
    m_view->setTabKeyNavigation(false); // Tab leaves the table; arrows move within it
    m_view->setModel(m_filter);
    m_view->setItemDelegate(new TextCellDelegate(m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(UserAccessModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    // Fixed row heights: with 20 000 rows the view never measures a row.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    const int em = fontMetrics().averageCharWidth();
    const int widths[] = { 18, 24, 18, 10, 10, 10, 28 }; // in average characters; Problem takes the rest
    for (int c = 0; c < int(std::size(widths)); ++c) // never narrower than the header's own text
        m_view->setColumnWidth(c, std::max(widths[c] * em, m_view->horizontalHeader()->sectionSizeHint(c)));
    m_applyRole->setObjectName(QStringLiteral("applyRoleButton"));
    m_selectAll->setObjectName(QStringLiteral("selectAllShownButton"));
    m_suggest->setObjectName(QStringLiteral("suggestManagersButton"));
    m_fix->setObjectName(QStringLiteral("fixUsernamesCheck"));
    m_summary->setObjectName(QStringLiteral("usersSummary"));
    m_summary->setWordWrap(true);
    m_rule->setObjectName(QStringLiteral("bundleRule"));
    m_rule->setWordWrap(true);
    m_rule->setText(
        tr("Bundles: a dynamic rule gives every user with a Staircase role the <i>Default Staircase Full "
           "Permissions</i> (Full license) or <i>Default Staircase Viewer Plus Permissions</i> (Viewer Plus) "
           "bundle: Insights › Staircase Communication, Insights › Staircase AI Reports, Settings › Staircase "
           "AI Setting. Removing the role or inactivating the user revokes access."));
    m_progress->setObjectName(QStringLiteral("usersProgress"));
    m_progress->setFormat(tr("Loading users: %v of %m"));
    m_error->setObjectName(QStringLiteral("errorPanel"));
    m_warning->setObjectName(QStringLiteral("usersWarning"));

    // Tab in reading order: the actions row left to right after the table.
    QWidget::setTabOrder(m_view, m_selectAll);
    QWidget::setTabOrder(m_selectAll, m_bulkRole);
    QWidget::setTabOrder(m_bulkRole, m_applyRole);
    QWidget::setTabOrder(m_applyRole, m_suggest);
    QWidget::setTabOrder(m_suggest, m_fix);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_license);
    filters->addWidget(m_roleFilter);
    filters->addWidget(m_problemsOnly);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_selectAll);
    actions->addWidget(m_bulkRole);
    actions->addWidget(m_applyRole);
    actions->addStretch(1);
    actions->addWidget(m_suggest);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_progress);
    layout->addWidget(m_view, 1);
    layout->addLayout(actions);
    layout->addWidget(m_fix);
    layout->addWidget(m_summary);
    layout->addWidget(m_rule);
    layout->addWidget(m_warning);
    layout->addWidget(m_error);

    auto* searchTimer = new QTimer(this);
    searchTimer->setSingleShot(true);
    searchTimer->setInterval(150); // filtering 20 000 rows per keystroke is wasted work
    connect(m_search, &QLineEdit::textChanged, searchTimer, qOverload<>(&QTimer::start));
    connect(searchTimer, &QTimer::timeout, this, [this] { m_filter->setSearch(m_search->text()); });
    connect(m_license, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setLicense(licenseFromName(m_license->currentData().toString())); // "Any": none
    });
    connect(m_roleFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setRole(staircaseRoleFromName(m_roleFilter->currentData().toString())); // "Any": none
    });
    connect(m_problemsOnly, &QCheckBox::toggled, m_filter, &UserFilterModel::setProblemsOnly);
    connect(m_selectAll, &QPushButton::clicked, m_view, &QTableView::selectAll);
    connect(m_applyRole, &QPushButton::clicked, this, [this] {
        if (const std::optional<StaircaseRole> role = staircaseRoleFromName(m_bulkRole->currentData().toString()))
            m_model->setRole(selectedSourceRows(), *role);
    });
    connect(m_suggest, &QPushButton::clicked, m_model, &UserAccessModel::suggestManagers);
    connect(m_fix, &QCheckBox::toggled, m_model, &UserAccessModel::setFixUsernames);
    connect(m_model, &UserAccessModel::progress, this, [this](int loaded, int total) {
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(loaded);
    });
    connect(m_model, &UserAccessModel::changed, this, &UserAccessPage::render);
    render();
}

QList<int> UserAccessPage::selectedSourceRows() const
{
    QList<int> rows;
    for (const QModelIndex& i : m_view->selectionModel()->selectedRows())
        rows << m_filter->mapToSource(i).row();
    return rows;
}

void UserAccessPage::initializePage()
{
    if (!m_model->isLoaded() && !m_model->isBusy())
        m_model->load();
}

void UserAccessPage::render()
{
    m_progress->setVisible(m_model->isBusy());
    m_error->setText(m_model->errorText());
    {
        const QSignalBlocker block(m_fix);
        m_fix->setChecked(m_model->fixUsernames());
    }
    const QLocale locale;
    const int changes = m_model->changeCount();
    const int calls = (changes + TenantLimits::kUsersPerCall - 1) / TenantLimits::kUsersPerCall;
    QString summary = tr("%1 users · %2 role change(s) in %3 call(s) of at most 50 users; on a real tenant (100 User "
                         "Management requests an hour) that takes %4.")
                          .arg(locale.toString(m_model->loadedCount()))
                          .arg(changes)
                          .arg(calls)
                          .arg(m_model->durationText());
    if (calls > 100)
        summary
            += QLatin1Char(' ') + tr("You can close Banister meanwhile: applying again continues where it stopped.");
    m_summary->setText(m_model->isBusy() ? QString() : summary);
    QStringList warnings;
    if (!m_model->skippedSuperAdmins().isEmpty())
        warnings << tr("Gainsight super admins keep Staircase Admin, so their role was not changed: %1.")
                        .arg(m_model->skippedSuperAdmins().join(QStringLiteral(", ")));
    if (m_model->fixUsernames())
        warnings << tr(
            "The username fix deactivates each user for a moment: it signs them out of platform SSO, and they "
            "sign in again with their email.");
    m_warning->setText(warnings.join(QLatin1Char('\n')));
    Q_EMIT completeChanged();
}

bool UserAccessPage::isComplete() const
{
    return m_model->canProceed();
}

} // namespace banister
