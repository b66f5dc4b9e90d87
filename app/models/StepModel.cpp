#include "models/StepModel.h"

namespace banister {

StepModel::~StepModel() = default;

QString StepModel::problem() const
{
    return {};
}

bool StepModel::canProceed() const
{
    return m_loaded && !m_busy && problem().isEmpty();
}

void StepModel::forgetTenant()
{
    ++m_ticket;
    ++m_tenantGeneration;
    m_busy = false;
    m_loaded = false;
    m_errorText.clear();
}

quint64 StepModel::beginLoad()
{
    m_busy = true;
    m_errorText.clear();
    return ++m_ticket;
}

void StepModel::endLoad(const QString& error)
{
    m_busy = false;
    m_errorText = error;
    if (error.isEmpty())
        m_loaded = true;
}

} // namespace banister
