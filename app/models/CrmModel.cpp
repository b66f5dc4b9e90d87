#include "models/CrmModel.h"

#include "core/ProfileReader.h"
#include "net/JobGroup.h"
#include "net/TenantClient.h"

#include <QJsonArray>
#include <QSet>

namespace banister {

CrmModel::CrmModel(TenantClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
    m_countTimer.setSingleShot(true);
    m_countTimer.setInterval(250); // typing settles before a count goes out
    connect(&m_countTimer, &QTimer::timeout, this, &CrmModel::count);
}

void CrmModel::load()
{
    const quint64 ticket = beginLoad();
    Q_EMIT changed();
    auto* group = new JobGroup(this, [this, ticket](const QHash<QString, ApiResult>& r) {
        if (!isCurrent(ticket))
            return;
        QHash<QString, ApiResult> failures = r;
        // Before Staircase is connected (409) its CRM tab cannot be read: the draft starts from the defaults. Any
        // other failure to read it is an error: the plan must not overwrite settings nobody has seen.
        const ApiResult settings = r.value(QStringLiteral("settings"));
        if (settings.error.kind == ErrorKind::Conflict)
            failures.remove(QStringLiteral("settings"));
        QString error = JobGroup::firstError(failures);
        std::optional<CrmSection> tenant;
        if (error.isEmpty() && settings.ok()) {
            tenant = tenantSettings(settings.data);
            if (!tenant)
                error = tr("The CRM tab's current settings could not be read.");
        }
        endLoad(error);
        if (error.isEmpty()) {
            m_fields
                = companyFieldsFromJson(r.value(QStringLiteral("describe")).data[QStringLiteral("fields")].toArray());
            m_tenantCrm = tenant.value_or(CrmSection {});
            if (!hasDraft()) {
                m_crm = m_tenantCrm;
                setDraftIsTenants(true);
            }
            setHasDraft(true);
            scheduleCount();
        }
        Q_EMIT changed();
        Q_EMIT rowsChanged();
    });
    group->add(QStringLiteral("describe"), m_client->describeCompany());
    if (!m_client->publicApiOnly())
        group->add(QStringLiteral("settings"), m_client->crmSettings());
    group->seal();
}

std::optional<CrmSection> CrmModel::tenantSettings(const QJsonValue& settings)
{
    // What the tenant's CRM tab has now, read as a profile's section is (the same keys, the same strict reader): the
    // page shows it and the plan changes only what the admin changes. Before connection (409) there is nothing.
    if (settings.isNull() || settings.isUndefined())
        return CrmSection {};
    if (!settings.isObject())
        return std::nullopt;
    ProfileReader reader;
    Profile read;
    readProfileSections(reader, QJsonObject { { QStringLiteral("crm"), settings } }, read);
    if (!reader.errors.isEmpty() || !read.crm)
        return std::nullopt;
    return read.crm;
}

QString CrmModel::problem() const
{
    if (!m_crm.syncAccounts || m_crm.filterMode != CrmFilterMode::Specific)
        return {};
    if (m_crm.rows.isEmpty())
        return tr("Add at least one filter row, or choose \"Sync all accounts\".");
    for (int i = 0; i < m_crm.rows.size(); ++i) {
        if (m_crm.rows.at(i).field.isEmpty())
            return tr("Filter row %1: choose a field.").arg(i + 1);
        if (m_crm.rows.at(i).values.isEmpty())
            return tr("Filter row %1: choose at least one value.").arg(i + 1);
        if (const CompanyField* f = findField(m_fields, m_crm.rows.at(i).field))
            if (const QString p = filterRowProblem(m_crm.rows.at(i), *f); !p.isEmpty())
                return tr("Filter row %1: %2.").arg(i + 1).arg(p);
        for (int j = 0; j < i; ++j)
            if (m_crm.rows.at(j).field == m_crm.rows.at(i).field)
                return tr("Filter row %1: %2 is already filtered in row %3; pick its values there, or choose another "
                          "field.")
                    .arg(i + 1)
                    .arg(m_crm.rows.at(i).field)
                    .arg(j + 1);
    }
    return {};
}

void CrmModel::setSection(const std::optional<CrmSection>& crm)
{
    m_crm = crm.value_or(m_tenantCrm); // a profile without the section: what the tenant has (the defaults before)
    edited(true);
    // A profile without the section leaves it out, unless the page already shows the tenant's CRM tab.
    setHasDraft(crm.has_value() || isLoaded());
    setDraftIsTenants(!crm && isLoaded());
}

void CrmModel::forgetTenant()
{
    StepModel::forgetTenant();
    m_countTimer.stop();
    ++m_countGeneration;
    m_counting = false;
    m_matching = m_excluded = -1;
    m_fields.clear();
    m_distinct.clear();
    m_distinctLoading.clear();
    m_statusNotice.clear();
    m_tenantCrm = CrmSection {};
    if (draftIsTenants()) {
        m_crm = m_tenantCrm;
        setHasDraft(false);
        setDraftIsTenants(false);
    }
    Q_EMIT countChanged();
    Q_EMIT changed();
    Q_EMIT rowsChanged();
}

void CrmModel::edited(bool rowsToo)
{
    setHasDraft(true);
    setDraftIsTenants(false);
    Q_EMIT changed();
    if (rowsToo)
        Q_EMIT rowsChanged();
    scheduleCount();
}

void CrmModel::setSyncAccounts(bool on)
{
    if (m_crm.syncAccounts == on)
        return;
    m_crm.syncAccounts = on;
    edited();
}

void CrmModel::setFilterMode(CrmFilterMode mode)
{
    if (m_crm.filterMode == mode)
        return;
    m_crm.filterMode = mode;
    if (mode == CrmFilterMode::Specific && m_crm.rows.isEmpty())
        m_crm.rows.append(FilterRow {});
    edited(true);
}

void CrmModel::addRow()
{
    m_crm.rows.append(FilterRow {});
    edited(true);
}

void CrmModel::removeRow(int row)
{
    if (row < 0 || row >= m_crm.rows.size())
        return;
    m_crm.rows.removeAt(row);
    edited(true);
}

void CrmModel::setRowField(int row, const QString& field)
{
    if (row < 0 || row >= m_crm.rows.size() || m_crm.rows[row].field == field)
        return;
    m_crm.rows[row].field = field;
    m_crm.rows[row].values.clear();
    const CompanyField* f = findField(m_fields, field);
    const std::optional<FilterOp> op = filterOpFromName(m_crm.rows[row].op);
    if (!f || !op || !banister::operatorsFor(*f).contains(*op))
        m_crm.rows[row].op = filterOpName(FilterOp::In); // the new field cannot use the old operator
    edited();
    Q_EMIT rowChanged(row);
}

void CrmModel::setRowOperator(int row, const QString& op)
{
    if (row < 0 || row >= m_crm.rows.size() || m_crm.rows[row].op == op || !filterOpFromName(op))
        return;
    FilterRow& r = m_crm.rows[row];
    r.op = op;
    const int takes = filterOpValueCount(*filterOpFromName(op));
    if (takes != kFilterAnyCount && r.values.size() > takes)
        r.values = r.values.mid(0, takes);
    edited();
    Q_EMIT rowChanged(row);
}

void CrmModel::setCombine(CrmCombine combine)
{
    if (m_crm.combine == combine)
        return;
    m_crm.combine = combine;
    edited();
}

void CrmModel::setRowValues(int row, const QStringList& values)
{
    if (row < 0 || row >= m_crm.rows.size() || m_crm.rows[row].values == values)
        return;
    m_crm.rows[row].values = values;
    edited();
}

void CrmModel::setChurnedStatuses(const QStringList& statuses)
{
    m_crm.churnedStatuses = statuses;
    // A status is churned or prospect, never both: the latest choice wins, and the page says so.
    QStringList moved;
    for (const QString& s : statuses)
        if (m_crm.prospectStatuses.removeAll(s) > 0)
            moved << s;
    m_statusNotice = moved.isEmpty() ? QString()
                                     : tr("%1 was a prospect status and is now churned: a status is one or the other.")
                                           .arg(moved.join(QStringLiteral(", ")));
    edited();
}

void CrmModel::setProspectStatuses(const QStringList& statuses)
{
    m_crm.prospectStatuses = statuses;
    QStringList moved;
    for (const QString& s : statuses)
        if (m_crm.churnedStatuses.removeAll(s) > 0)
            moved << s;
    m_statusNotice = moved.isEmpty() ? QString()
                                     : tr("%1 was a churned status and is now a prospect status: a status is one or "
                                          "the other.")
                                           .arg(moved.join(QStringLiteral(", ")));
    edited();
}

void CrmModel::setSyncTeamHierarchy(bool on)
{
    m_crm.syncTeamHierarchy = on;
    edited();
}

void CrmModel::setCallSummaryUpload(bool on)
{
    m_crm.callSummaryUpload = on;
    edited();
}

QList<CompanyField> CrmModel::filterableFields() const
{
    QList<CompanyField> out;
    for (const CompanyField& f : m_fields)
        if (f.filterable && f.dataType != QLatin1String("GSID"))
            out << f;
    return out;
}

QStringList CrmModel::statusValues() const
{
    const CompanyField* status = findField(m_fields, QStringLiteral("Status"));
    return status ? status->picklistValues : QStringList {};
}

CrmModel::ValueEditor CrmModel::editorFor(const QString& name) const
{
    const CompanyField* f = findField(m_fields, name);
    if (!f)
        return ValueEditor::Text;
    if (f->dataType == QLatin1String("PICKLIST") || f->dataType == QLatin1String("BOOLEAN"))
        return ValueEditor::Choices;
    if (f->isNumeric())
        return ValueEditor::Number;
    if (f->isDate())
        return ValueEditor::Date;
    return ValueEditor::Text;
}

QList<FilterOp> CrmModel::operatorsFor(const QString& field) const
{
    const CompanyField* f = findField(m_fields, field);
    return f ? banister::operatorsFor(*f) : QList<FilterOp> { FilterOp::In, FilterOp::NotIn };
}

bool CrmModel::isOrdered(const QString& field) const
{
    const CompanyField* f = findField(m_fields, field);
    return f && isOrderedField(*f);
}

CrmModel::ValueCounts CrmModel::distinctValues(const QString& field)
{
    if (m_distinct.contains(field) || m_distinctLoading.contains(field) || field.isEmpty())
        return m_distinct.value(field);
    m_distinctLoading.insert(field);
    // The distinct-values route is the sandbox's; on a public-API tenant the documented query counts them, grouped.
    ApiJob* job = m_client->publicApiOnly() ? m_client->queryCompany(
                      QJsonObject { { QStringLiteral("select"), QJsonArray { field, QStringLiteral("COUNT(Gsid)") } },
                                    { QStringLiteral("groupBy"), QJsonArray { field } },
                                    { QStringLiteral("limit"), 1000 } })
                                            : m_client->distinctCompanyValues(field);
    connect(job, &ApiJob::finished, this, [this, field, tenant = tenantGeneration()](const ApiResult& r) {
        if (tenant != tenantGeneration())
            return; // asked of the tenant the wizard was connected to before
        m_distinctLoading.remove(field);
        if (!r.ok()) {
            setErrorText(r.error.message());
            Q_EMIT changed();
            return;
        }
        ValueCounts values;
        for (const QJsonValue& rec : r.data[QStringLiteral("records")].toArray()) { // the query's answer
            const double n = rec[QStringLiteral("COUNT(Gsid)")].toDouble();
            values.append({ rec[field].toVariant().toString(), n >= 0 && n <= 9e15 ? qint64(n) : -1 });
        }
        for (const QJsonValue& v : r.data[QStringLiteral("values")].toArray()) {
            // Range first: converting a count like 4e76 to an integer would be undefined behaviour.
            const double n = v[QStringLiteral("count")].toDouble();
            values.append({ v[QStringLiteral("value")].toString(), n >= 0 && n <= 9e15 ? qint64(n) : -1 });
        }
        m_distinct.insert(field, values);
        Q_EMIT distinctLoaded(field);
    });
    return {};
}

QJsonObject CrmModel::whereFor(const QList<FilterRow>& rows, const QStringList& statuses) const
{
    return filterWhere(m_fields, rows, m_crm.combine, statuses);
}

void CrmModel::scheduleCount()
{
    if (!isLoaded())
        return;
    ++m_countGeneration; // whatever is in flight now answers for an older draft
    m_counting = true;
    Q_EMIT countChanged();
    m_countTimer.start();
}

void CrmModel::count()
{
    const quint64 gen = m_countGeneration;
    const bool specific = m_crm.filterMode == CrmFilterMode::Specific;
    const QList<FilterRow> rows = specific ? m_crm.rows : QList<FilterRow> {};
    const QStringList excludedStatuses = m_crm.churnedStatuses + m_crm.prospectStatuses;
    auto* group = new JobGroup(this, [this, gen](const QHash<QString, ApiResult>& r) {
        if (gen != m_countGeneration)
            return; // stale: the draft changed since this count was asked for
        m_counting = false;
        const QString error = JobGroup::firstError(r);
        m_matching = error.isEmpty() ? TenantClient::countFrom(r.value(QStringLiteral("matching")).data) : -1;
        m_excluded = r.contains(QStringLiteral("excluded")) && error.isEmpty()
            ? TenantClient::countFrom(r.value(QStringLiteral("excluded")).data)
            : 0;
        if (!error.isEmpty())
            setErrorText(error);
        Q_EMIT countChanged();
        Q_EMIT changed();
    });
    group->add(QStringLiteral("matching"), m_client->countCompanies(whereFor(rows)));
    if (!excludedStatuses.isEmpty())
        group->add(QStringLiteral("excluded"), m_client->countCompanies(whereFor(rows, excludedStatuses)));
    group->seal();
}

void CrmModel::writeDraft(Profile& profile) const
{
    if (hasDraft())
        profile.crm = section();
}

} // namespace banister
