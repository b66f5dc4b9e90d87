#include "pages/CrmPage.h"

#include "models/CrmModel.h"
#include "widgets/AccountStatusPicker.h"
#include "widgets/BusyBar.h"
#include "widgets/FilterRowWidget.h"
#include "widgets/MessagePanel.h"
#include "widgets/TabChain.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace banister {

CrmPage::CrmPage(CrmModel* model, QWidget* parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_sync(new QCheckBox(tr("&Synchronize Gainsight accounts with Staircase AI"), this))
    , m_options(new QWidget(this))
    , m_all(new QRadioButton(tr("Sync &all accounts"), this))
    , m_specific(new QRadioButton(tr("Sync s&pecific accounts"), this))
    , m_filterBox(new QWidget(this))
    , m_rowsLayout(new QVBoxLayout)
    , m_addRow(new QPushButton(tr("A&dd row"), this))
    , m_count(new QLabel(this))
    , m_statuses(new AccountStatusPicker(this))
    , m_team(new QCheckBox(tr("Sync &team members' names and reporting structure from Gainsight"), this))
    , m_callSummary(
          new QCheckBox(tr("Call summary &upload: log every call summary to the Timeline automatically"), this))
    , m_problem(new QLabel(this))
    , m_busy(new BusyBar(this))
    , m_error(new MessagePanel(MessagePanel::Kind::Error, this))
    , m_combine(new QComboBox(this))
{
    setObjectName(QStringLiteral("crmPage"));
    setTitle(tr("CRM sync"));
    setSubTitle(tr("Which Gainsight accounts reach Staircase AI, and how their status and team structure are read."));
    m_sync->setObjectName(QStringLiteral("syncCheck"));
    m_all->setObjectName(QStringLiteral("syncAllRadio"));
    m_specific->setObjectName(QStringLiteral("syncSpecificRadio"));
    m_addRow->setObjectName(QStringLiteral("addFilterRowButton"));
    m_count->setObjectName(QStringLiteral("matchingCountLabel"));
    m_team->setObjectName(QStringLiteral("teamHierarchyCheck"));
    m_callSummary->setObjectName(QStringLiteral("callSummaryCheck"));
    m_problem->setObjectName(QStringLiteral("crmProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    m_error->setObjectName(QStringLiteral("errorPanel"));
    m_error->actionButton()->setObjectName(QStringLiteral("retryButton"));
    m_combine->setObjectName(QStringLiteral("filterCombineCombo"));
    m_combine->addItem(tr("every row (AND)"), crmCombineName(CrmCombine::And));
    m_combine->addItem(tr("any row (OR)"), crmCombineName(CrmCombine::Or));
    m_combine->setAccessibleName(tr("Rows combine with"));
    arrange();

    connect(m_sync, &QCheckBox::toggled, m_model, &CrmModel::setSyncAccounts);
    auto* mode = new QButtonGroup(this);
    mode->addButton(m_all);
    mode->addButton(m_specific);
    connect(mode, &QButtonGroup::buttonToggled, this, [this](QAbstractButton* b, bool on) {
        if (on)
            m_model->setFilterMode(b == m_all ? CrmFilterMode::All : CrmFilterMode::Specific);
    });
    connect(m_addRow, &QPushButton::clicked, m_model, &CrmModel::addRow);
    connect(m_combine, &QComboBox::currentIndexChanged, this, [this] {
        if (const std::optional<CrmCombine> c = crmCombineFromName(m_combine->currentData().toString()))
            m_model->setCombine(*c);
    });
    connect(m_statuses, &AccountStatusPicker::churnedChanged, m_model, &CrmModel::setChurnedStatuses);
    connect(m_statuses, &AccountStatusPicker::prospectChanged, m_model, &CrmModel::setProspectStatuses);
    connect(m_team, &QCheckBox::toggled, m_model, &CrmModel::setSyncTeamHierarchy);
    connect(m_callSummary, &QCheckBox::toggled, m_model, &CrmModel::setCallSummaryUpload);
    connect(m_error->actionButton(), &QPushButton::clicked, m_model, &CrmModel::load);
    connect(m_model, &CrmModel::changed, this, &CrmPage::render);
    connect(m_model, &CrmModel::rowsChanged, this, &CrmPage::renderRows);
    connect(m_model, &CrmModel::countChanged, this, &CrmPage::renderCount);
    connect(m_model, &CrmModel::distinctLoaded, this, [this] {
        for (FilterRowWidget* w : m_rows)
            w->refreshChoices();
    });
    renderRows();
    render();
}

void CrmPage::arrange()
{
    auto* filterLayout = new QVBoxLayout(m_filterBox);
    filterLayout->setContentsMargins(20, 0, 0, 0);
    auto* combineLine = new QHBoxLayout;
    auto* combineLabel = new QLabel(tr("Sync an account when it &matches"), m_filterBox);
    combineLabel->setBuddy(m_combine);
    auto* combine = new QLabel(tr("Within a row, an account matches any of the chosen values."), m_filterBox);
    combine->setObjectName(QStringLiteral("filterCombineNote"));
    combine->setWordWrap(true);
    combineLine->addWidget(combineLabel);
    combineLine->addWidget(m_combine);
    combineLine->addWidget(combine, 1);
    filterLayout->addLayout(combineLine);
    filterLayout->addLayout(m_rowsLayout);
    auto* addRowLine = new QHBoxLayout;
    addRowLine->addWidget(m_addRow);
    addRowLine->addStretch(1);
    filterLayout->addLayout(addRowLine);

    auto* options = new QVBoxLayout(m_options);
    options->setContentsMargins(20, 0, 0, 0);
    options->addWidget(m_all);
    options->addWidget(m_specific);
    options->addWidget(m_filterBox);
    options->addWidget(m_count);
    options->addWidget(m_statuses);
    options->addWidget(m_team);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_sync);
    layout->addWidget(m_options);
    layout->addWidget(m_callSummary);
    layout->addWidget(m_problem);
    layout->addWidget(m_busy);
    layout->addWidget(m_error);
    layout->addStretch(1);
}

void CrmPage::initializePage()
{
    if (!m_model->isLoaded())
        m_model->load();
}

void CrmPage::renderRows()
{
    // Later, not now: the signal that got us here may come from a child of one of these rows.
    for (FilterRowWidget* w : m_rows) {
        w->hide();
        w->deleteLater();
    }
    m_rows.clear();
    for (int i = 0; i < m_model->section().rows.size(); ++i) {
        auto* w = new FilterRowWidget(m_model, i, m_filterBox);
        connect(w, &FilterRowWidget::removeRequested, m_model, &CrmModel::removeRow);
        m_rowsLayout->addWidget(w);
        m_rows << w;
    }
    // Tab reads the page top to bottom: new rows go between the combine box and Add row.
    QList<QWidget*> chain { m_sync, m_all, m_specific, m_combine };
    for (FilterRowWidget* w : std::as_const(m_rows))
        chain << w;
    chain << m_addRow << m_statuses << m_team << m_callSummary << m_error;
    setTabChain(chain);
}

void CrmPage::render()
{
    const CrmSection& crm = m_model->section();
    const QSignalBlocker b1(m_sync), b2(m_all), b3(m_specific), b4(m_team), b5(m_callSummary), b6(m_combine);
    m_combine->setCurrentIndex(std::max(0, m_combine->findData(crmCombineName(crm.combine))));
    m_sync->setChecked(crm.syncAccounts);
    m_options->setVisible(crm.syncAccounts);
    m_all->setChecked(crm.filterMode == CrmFilterMode::All);
    m_specific->setChecked(crm.filterMode == CrmFilterMode::Specific);
    m_filterBox->setVisible(crm.filterMode == CrmFilterMode::Specific);
    m_team->setChecked(crm.syncTeamHierarchy);
    m_callSummary->setChecked(crm.callSummaryUpload);
    m_statuses->setStatuses(m_model->statusValues(), crm.churnedStatuses, crm.prospectStatuses);
    m_busy->setVisible(m_model->isBusy());
    m_error->setText(m_model->errorText());
    m_error->setActionText(m_model->errorText().isEmpty() ? QString() : tr("&Retry"));
    m_problem->setText(m_model->problem());
    m_problem->setVisible(!m_model->problem().isEmpty());
    m_statuses->setNotice(m_model->statusNotice());
    renderCount();
    Q_EMIT completeChanged();
}

void CrmPage::renderCount()
{
    if (!m_model->isLoaded()) {
        m_count->clear();
        return;
    }
    const QLocale locale;
    if (m_model->isCounting()) {
        m_count->setText(tr("Matching accounts: counting…"));
    } else if (m_model->matchingCount() < 0) {
        m_count->setText(tr("Matching accounts: unknown"));
    } else {
        QString text = tr("<b>%1</b> accounts match").arg(locale.toString(m_model->matchingCount()));
        if (m_model->excludedCount() > 0)
            text
                += tr(" · %1 of them have a churned or prospect status").arg(locale.toString(m_model->excludedCount()));
        m_count->setText(text);
    }
}

bool CrmPage::isComplete() const
{
    return m_model->canProceed();
}

} // namespace banister
