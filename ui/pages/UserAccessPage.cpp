#include "pages/UserAccessPage.h"

#include "core/RateWindows.h"
#include "models/UserAccessModel.h"
#include "models/UserFilterModel.h"
#include "widgets/MessagePanel.h"
#include "widgets/UserFilterBar.h"
#include "widgets/UsersView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace banister {

namespace {
// Sorting is the source model's: the proxy has its source before the view sorts and sizes its columns.
UserFilterModel* filterOver(UserAccessModel* model, QObject* parent)
{
    auto* filter = new UserFilterModel(parent);
    filter->setSourceModel(model);
    return filter;
}
} // namespace

UserAccessPage::UserAccessPage(UserAccessModel* model, QWidget* parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_filter(filterOver(model, this))
    , m_filters(new UserFilterBar(m_filter, this))
    , m_view(new UsersView(m_filter, this))
    , m_bulkRole(new QComboBox(this))
    , m_applyRole(new QPushButton(tr("Set for &selection"), this))
    , m_selectAll(new QPushButton(tr("Select &all shown"), this))
    , m_suggest(new QPushButton(tr("Managers → Staircase &Manager"), this))
    , m_fix(new QCheckBox(tr("&Fix usernames that differ from the email (deactivate → update → reactivate)"), this))
    , m_summary(new QLabel(this))
    , m_rule(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_progressTimer(new QTimer(this))
    , m_error(new MessagePanel(MessagePanel::Kind::Error, this))
    , m_warning(new MessagePanel(MessagePanel::Kind::Warning, this))
{
    setObjectName(QStringLiteral("userAccessPage"));
    setTitle(tr("User access"));
    setSubTitle(
        tr("Staircase access follows the GS role: Staircase User (CSMs, their accounts), Manager (team leads, "
           "team stats) or Admin (settings). The username must equal a valid email, and the user must be active."));
    m_bulkRole->setObjectName(QStringLiteral("bulkRoleCombo"));
    m_bulkRole->setAccessibleName(tr("Staircase role to set for the selection"));
    for (const auto& [text, name] : UserFilterBar::roleChoices())
        m_bulkRole->addItem(text, name);
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

    arrange();

    connect(m_selectAll, &QPushButton::clicked, m_view, &QTableView::selectAll);
    connect(m_applyRole, &QPushButton::clicked, this, [this] {
        if (const std::optional<StaircaseRole> role = staircaseRoleFromName(m_bulkRole->currentData().toString()))
            m_model->setRole(m_view->selectedSourceRows(), *role);
    });
    connect(m_suggest, &QPushButton::clicked, m_model, &UserAccessModel::suggestManagers);
    connect(m_fix, &QCheckBox::toggled, m_model, &UserAccessModel::setFixUsernames);
    // QProgressBar paints at once (repaint()) on every new value: forty pages would be forty paints while the rows
    // arrive. A count is shown at once, then at most one every 50 ms (the latest).
    m_progressTimer->setSingleShot(true);
    m_progressTimer->setInterval(50);
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        if (m_progressPending)
            showProgress();
    });
    connect(m_model, &UserAccessModel::progress, this, [this](int loaded, int total) {
        m_loaded = loaded;
        m_total = total;
        m_progressPending = true;
        if (!m_progressTimer->isActive())
            showProgress();
    });
    connect(m_model, &UserAccessModel::changed, this, &UserAccessPage::render);
    render();
}

void UserAccessPage::arrange()
{
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_selectAll);
    actions->addWidget(m_bulkRole);
    actions->addWidget(m_applyRole);
    actions->addStretch(1);
    actions->addWidget(m_suggest);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addWidget(m_progress);
    layout->addWidget(m_view, 1);
    layout->addLayout(actions);
    layout->addWidget(m_fix);
    layout->addWidget(m_summary);
    layout->addWidget(m_rule);
    layout->addWidget(m_warning);
    layout->addWidget(m_error);
}

void UserAccessPage::showProgress()
{
    m_progressPending = false;
    m_progress->setRange(0, std::max(1, m_total));
    m_progress->setValue(m_loaded);
    m_progressTimer->start();
}

void UserAccessPage::initializePage()
{
    if (!m_model->isLoaded() && !m_model->isBusy())
        m_model->load();
}

void UserAccessPage::render()
{
    if (m_model->isBusy() && m_progress->isHidden()) { // a new load: not the last one's count
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
    }
    if (!m_model->isBusy()) {
        m_progressTimer->stop();
        m_progressPending = false;
    }
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
