#include "pages/DashboardPage.h"

#include "models/DashboardModel.h"
#include "widgets/BusyBar.h"
#include "widgets/MessagePanel.h"
#include "widgets/PrincipalPicker.h"

#include <QButtonGroup>
#include <QRadioButton>
#include <QVBoxLayout>

namespace banister {

DashboardPage::DashboardPage(DashboardModel* model, QWidget* parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_types(new QButtonGroup(this))
    , m_specific(new PrincipalPicker(model, this))
    , m_busy(new BusyBar(this))
    , m_error(new MessagePanel(MessagePanel::Kind::Error, this))
    , m_refusal(new MessagePanel(MessagePanel::Kind::Warning, this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    setTitle(tr("Executive dashboard"));
    setSubTitle(
        tr("Who can open the Staircase Executive Dashboard (Dashboard Builder › System folder). By default only "
           "System Administrator has access."));
    auto* types = new QVBoxLayout;
    for (DashboardPermission type : DashboardModel::permissionTypes()) {
        QString text = DashboardModel::describe(type);
        auto* radio = new QRadioButton(text.replace(QLatin1Char('&'), QStringLiteral("&&")),
                                       this); // "View & Edit" is no mnemonic
        radio->setObjectName(QStringLiteral("permission_") + dashboardPermissionName(type));
        m_types->addButton(radio);
        radio->setProperty("permission", int(type));
        types->addWidget(radio);
    }
    m_error->setObjectName(QStringLiteral("errorPanel"));
    m_refusal->setObjectName(QStringLiteral("dashboardRefusal"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(types);
    layout->addWidget(m_specific, 1);
    layout->addWidget(m_refusal);
    layout->addWidget(m_busy);
    layout->addWidget(m_error);

    connect(m_types, &QButtonGroup::buttonClicked, this, [this](QAbstractButton* b) {
        m_model->setPermission(DashboardPermission(b->property("permission").toInt()));
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
        b->setChecked(DashboardPermission(b->property("permission").toInt()) == s.permission);
    m_specific->setEnabled(s.permission == DashboardPermission::Specific);
    m_busy->setVisible(m_model->isBusy());
    m_error->setText(m_model->errorText());
    m_refusal->setText(m_model->refusal());
    Q_EMIT completeChanged();
}

bool DashboardPage::isComplete() const
{
    return m_model->canProceed();
}

} // namespace banister
