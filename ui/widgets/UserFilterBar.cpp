#include "widgets/UserFilterBar.h"

#include "models/UserFilterModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTimer>

namespace banister {

UserFilterBar::UserFilterBar(UserFilterModel* filter, QWidget* parent)
    : QWidget(parent)
    , m_filter(filter)
    , m_search(new QLineEdit(this))
    , m_license(new QComboBox(this))
    , m_role(new QComboBox(this))
    , m_problemsOnly(new QCheckBox(tr("&Problems only"), this))
{
    m_search->setObjectName(QStringLiteral("userSearchEdit"));
    m_search->setPlaceholderText(tr("Search name, email or username"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search users"));
    m_license->setObjectName(QStringLiteral("licenseFilter"));
    m_license->setAccessibleName(tr("License filter"));
    m_license->addItem(tr("Any license"), QString());
    for (const QString& l : licenseNames()) // the combos' data is the profile's and the tenant's spelling
        m_license->addItem(l, l);
    m_role->setObjectName(QStringLiteral("roleFilter"));
    m_role->setAccessibleName(tr("Staircase role filter"));
    m_role->addItem(tr("Any role"), QString());
    for (const auto& [text, name] : roleChoices())
        m_role->addItem(text, name);
    m_problemsOnly->setObjectName(QStringLiteral("problemsOnlyCheck"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 2);
    layout->addWidget(m_license);
    layout->addWidget(m_role);
    layout->addWidget(m_problemsOnly);

    auto* searchTimer = new QTimer(this);
    searchTimer->setSingleShot(true);
    searchTimer->setInterval(150); // filtering 20 000 rows per keystroke is wasted work
    connect(m_search, &QLineEdit::textChanged, searchTimer, qOverload<>(&QTimer::start));
    connect(searchTimer, &QTimer::timeout, this, [this] { m_filter->setSearch(m_search->text()); });
    connect(m_license, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setLicense(licenseFromName(m_license->currentData().toString())); // "Any": none
    });
    connect(m_role, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setRole(staircaseRoleFromName(m_role->currentData().toString())); // "Any": none
    });
    connect(m_problemsOnly, &QCheckBox::toggled, m_filter, &UserFilterModel::setProblemsOnly);
}

QList<QPair<QString, QString>> UserFilterBar::roleChoices()
{
    QList<QPair<QString, QString>> out;
    for (StaircaseRole role :
         { StaircaseRole::User, StaircaseRole::Manager, StaircaseRole::Admin, StaircaseRole::None })
        out.append(
            { role == StaircaseRole::None ? tr("No Staircase role") : tr("Staircase %1").arg(staircaseRoleName(role)),
              staircaseRoleName(role) });
    return out;
}

} // namespace banister
