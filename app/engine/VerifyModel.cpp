#include "engine/VerifyModel.h"

namespace banister {

VerifyModel::VerifyModel(Engine* engine, QObject* parent)
    : QAbstractListModel(parent)
    , m_verifier(engine)
{
    connect(&m_verifier, &Verifier::finished, this, [this](const QList<VerifyCheck>& checks) {
        beginResetModel();
        m_checks = checks;
        m_ran = true;
        endResetModel();
        Q_EMIT changed();
    });
}

int VerifyModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_checks.size());
}

QVariant VerifyModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VerifyCheck& c = m_checks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return c.title;
    case Qt::ToolTipRole:
    case DetailRole:
        return c.detail;
    case PassedRole:
        return c.passed;
    case CheckIdRole:
        return c.id;
    default:
        return {};
    }
}

void VerifyModel::run(const Profile& profile, const QString& journalPath)
{
    m_verifier.setJournalPath(journalPath); // the admin's confirmations of manual steps are in it
    m_verifier.run(profile);
    Q_EMIT changed();
}

int VerifyModel::warnings() const
{
    return int(std::count_if(m_checks.begin(), m_checks.end(), [](const VerifyCheck& c) { return c.warning; }));
}

int VerifyModel::failed() const
{
    return int(std::count_if(m_checks.begin(), m_checks.end(), [](const VerifyCheck& c) { return !c.passed; }));
}

} // namespace banister
