#include "models/FieldMappingsModel.h"

#include "net/JobGroup.h"
#include "net/TenantClient.h"

#include <QColor>
#include <QJsonArray>

namespace banister {

namespace {
QString normalised(QString s)
{
    s = s.toLower();
    s.remove(QStringLiteral("__gc"));
    s.remove(QLatin1Char('_'));
    s.remove(QLatin1Char(' '));
    return s;
}

// How well a Gainsight field's name fits a Staircase field: exact > synonym > containment.
int similarity(const StaircaseAccountField& target, const CompanyField& source)
{
    const QString t = normalised(target.key);
    const QString l = normalised(target.label);
    const QString n = normalised(source.name);
    const QString sl = normalised(source.label);
    if (n == t || n == l || sl == t || sl == l)
        return 100;
    static const QHash<QString, QStringList> synonyms {
        { QStringLiteral("revenue"), { QStringLiteral("arr"), QStringLiteral("annualrevenue") } },
        { QStringLiteral("renewaldate"), { QStringLiteral("renewal"), QStringLiteral("contractend") } },
        { QStringLiteral("journeystage"), { QStringLiteral("lifecyclestage") } }
    };
    if (synonyms.value(t).contains(n) || synonyms.value(t).contains(sl))
        return 80;
    if (n.contains(t) || sl.contains(l) || t.contains(n))
        return 50;
    return 0;
}
} // namespace

FieldMappingsModel::FieldMappingsModel(TenantClient* client, QObject* parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
    rebuild(standardFields());
}

QList<StaircaseAccountField> FieldMappingsModel::standardFields()
{
    // The guide's standard fields without the optional ones: those appear once Staircase lists its fields.
    return standardStaircaseAccountFields().mid(0, 8);
}

void FieldMappingsModel::load()
{
    const quint64 ticket = beginLoad();
    Q_EMIT changed();
    auto* group = new JobGroup(this, [this, ticket](const QHash<QString, ApiResult>& r) {
        if (!isCurrent(ticket))
            return;
        QHash<QString, ApiResult> failures = r;
        const ApiResult staircase = r.value(QStringLiteral("staircase"));
        // Not connected yet (409), or a public-API tenant where Staircase's fields cannot be read: the guide's
        // standard fields stand in.
        const bool notConnected = staircase.error.kind == ErrorKind::Conflict || m_client->publicApiOnly();
        if (notConnected)
            failures.remove(QStringLiteral("staircase"));
        endLoad(JobGroup::firstError(failures));
        if (errorText().isEmpty()) {
            m_company
                = companyFieldsFromJson(r.value(QStringLiteral("describe")).data[QStringLiteral("fields")].toArray());
            const QList<FieldMapping> keep = hasDraft() ? mappings() : QList<FieldMapping> {};
            // Only suggestions so far (no profile, no choice of the admin's): the draft is still the tenant's.
            const bool suggestedOnly = (!hasDraft() || draftIsTenants()) && !m_pending.isHeld();
            m_standardFields = notConnected;
            rebuild(notConnected ? standardFields() : staircaseFieldsFromJson(staircase.data.toArray()));
            if (m_pending.isHeld()) {
                setMappings(m_pending.take());
            } else {
                for (const FieldMapping& m : keep)
                    map(m.staircaseField, m.gainsightField);
            }
            setHasDraft(true);
            suggestMissing();
            setDraftIsTenants(suggestedOnly);
        }
        Q_EMIT changed();
    });
    group->add(QStringLiteral("describe"), m_client->describeCompany());
    if (!m_client->publicApiOnly())
        group->add(QStringLiteral("staircase"), m_client->accountFields());
    group->seal();
}

void FieldMappingsModel::rebuild(const QList<StaircaseAccountField>& fields)
{
    beginResetModel();
    m_rows = fields;
    endResetModel();
}

void FieldMappingsModel::suggestMissing()
{
    for (const StaircaseAccountField& f : m_rows)
        if (f.required && !f.outOfTheBox && f.gainsightField.isEmpty())
            if (const QString s = suggestion(f.key); !s.isEmpty())
                map(f.key, s);
}

int FieldMappingsModel::rowOf(const QString& key) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).key == key)
            return i;
    return -1;
}

QStringList FieldMappingsModel::compatibleFields(const QString& key) const
{
    const int row = rowOf(key);
    QStringList out;
    if (row < 0)
        return out;
    for (const CompanyField& f : m_company)
        if (mappingIncompatibility(m_rows.at(row), f).isEmpty())
            out << f.name;
    return out;
}

QString FieldMappingsModel::suggestion(const QString& key) const
{
    const int row = rowOf(key);
    if (row < 0)
        return {};
    QString best;
    int bestScore = 0;
    for (const CompanyField& f : m_company) {
        if (!mappingIncompatibility(m_rows.at(row), f).isEmpty())
            continue;
        const bool taken
            = std::any_of(m_rows.begin(), m_rows.end(), [&](const auto& r) { return r.gainsightField == f.name; });
        const int score = similarity(m_rows.at(row), f);
        if (!taken && score > bestScore) {
            best = f.name;
            bestScore = score;
        }
    }
    return best;
}

bool FieldMappingsModel::map(const QString& key, const QString& gainsightField)
{
    const int row = rowOf(key);
    const auto refuse = [this](const QString& why) {
        m_refusal = why;
        Q_EMIT refused(why);
        return false;
    };
    if (row < 0)
        return refuse(tr("Staircase has no account field \"%1\".").arg(key));
    StaircaseAccountField& target = m_rows[row];
    if (target.outOfTheBox)
        return refuse(tr("%1 is mapped out of the box and cannot be changed.").arg(target.label));
    if (!gainsightField.isEmpty()) {
        const CompanyField* source = findField(m_company, gainsightField);
        if (!source)
            return refuse(tr("Gainsight has no Company field \"%1\".").arg(gainsightField));
        const QString why = mappingIncompatibility(target, *source);
        if (!why.isEmpty())
            return refuse(why + QLatin1Char('.'));
        for (const StaircaseAccountField& other : m_rows)
            if (other.key != key && other.gainsightField == gainsightField)
                return refuse(
                    tr("The Gainsight field %1 already feeds the Staircase field %2; each Gainsight field maps to one "
                       "Staircase field.")
                        .arg(source->label, other.label));
    }
    m_refusal.clear();
    setHasDraft(true);
    if (target.gainsightField != gainsightField) {
        setDraftIsTenants(false);
        target.gainsightField = gainsightField;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        Q_EMIT changed();
    }
    return true;
}

QString FieldMappingsModel::problem() const
{
    const int tier = rowOf(QStringLiteral("tier"));
    if (tier >= 0 && m_rows.at(tier).gainsightField.isEmpty())
        return tr("Map Tier: it is the most important field for Staircase.");
    return {};
}

QList<FieldMapping> FieldMappingsModel::mappings() const
{
    QList<FieldMapping> out;
    for (const StaircaseAccountField& f : m_rows)
        if (!f.outOfTheBox && !f.gainsightField.isEmpty())
            out << FieldMapping { f.key, f.gainsightField };
    return out;
}

void FieldMappingsModel::forgetTenant()
{
    StepModel::forgetTenant();
    m_refusal.clear();
    if (draftIsTenants()) { // suggestions for the last tenant's fields: the next tenant's suggestions replace them
        beginResetModel();
        m_rows.clear();
        m_company.clear();
        endResetModel();
        setHasDraft(false);
        setDraftIsTenants(false);
    } else if (hasDraft() && !m_pending.isHeld()) {
        m_pending.hold(mappings()); // the admin's, kept as chosen: the plan checks them against the new tenant
    }
    Q_EMIT changed();
}

void FieldMappingsModel::setMappings(const std::optional<QList<FieldMapping>>& list)
{
    setDraftIsTenants(false);
    if (!isLoaded()) {
        m_pending.hold(list);
        setHasDraft(list.has_value());
        return;
    }
    beginResetModel();
    for (StaircaseAccountField& f : m_rows)
        if (!f.outOfTheBox)
            f.gainsightField.clear();
    for (const FieldMapping& m : list.value_or(QList<FieldMapping> {})) {
        const int row = rowOf(m.staircaseField);
        if (row >= 0 && !m_rows.at(row).outOfTheBox)
            m_rows[row].gainsightField = m.gainsightField; // as saved; the plan checks it against the tenant
        else if (row < 0)
            // A custom Staircase field Banister cannot list before Staircase is connected: keep it, unchecked.
            m_rows.append(
                { m.staircaseField, m.staircaseField, QStringLiteral("custom"), false, false, m.gainsightField });
    }
    setHasDraft(list.has_value());
    endResetModel();
    Q_EMIT changed();
}

int FieldMappingsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FieldMappingsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FieldMappingsModel::data(const QModelIndex& idx, int role) const
{
    if (!checkIndex(idx, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StaircaseAccountField& f = m_rows.at(idx.row());
    switch (role) {
    case KeyRole:
        return f.key;
    case LockedRole:
        return f.outOfTheBox;
    case RequiredRole:
        return f.required;
    case CandidatesRole:
        return compatibleFields(f.key);
    case Qt::EditRole:
        if (idx.column() == GainsightColumn)
            return f.gainsightField;
        break;
    case Qt::DisplayRole:
        switch (idx.column()) {
        case StaircaseColumn:
            return f.key == QLatin1String("tier") ? tr("%1 ★").arg(f.label) : f.label;
        case TypeColumn:
            return f.type;
        case GainsightColumn: {
            const CompanyField* c = findField(m_company, f.gainsightField);
            return f.gainsightField.isEmpty() ? tr("— not mapped —")
                : c && c->label != c->name    ? QStringLiteral("%1 (%2)").arg(c->label, c->name)
                                              : f.gainsightField;
        }
        case NoteColumn:
            if (f.type == QLatin1String("custom"))
                return tr("custom field; checked once Staircase is connected");
            if (f.outOfTheBox)
                return tr("mapped out of the box");
            if (f.key == QLatin1String("tier"))
                return tr("required · most important");
            return f.required ? tr("required") : tr("optional");
        }
        break;
    case Qt::ForegroundRole:
        if (f.outOfTheBox)
            return QColor(0x6b, 0x74, 0x80); // locked rows read as such
        break;
    case Qt::ToolTipRole:
        if (f.outOfTheBox)
            return tr("The integration maps %1 itself; it cannot be changed.").arg(f.label);
        if (f.key == QLatin1String("tier"))
            return tr("Tier drives Staircase's account prioritisation. It must be a single-select picklist.");
        break;
    default:
        break;
    }
    return {};
}

QVariant FieldMappingsModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StaircaseColumn:
        return tr("Staircase field");
    case TypeColumn:
        return tr("Type");
    case GainsightColumn:
        return tr("Gainsight field");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

Qt::ItemFlags FieldMappingsModel::flags(const QModelIndex& idx) const
{
    if (!idx.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (idx.column() == GainsightColumn && !m_rows.at(idx.row()).outOfTheBox)
        f |= Qt::ItemIsEditable;
    return f;
}

bool FieldMappingsModel::setData(const QModelIndex& idx, const QVariant& value, int role)
{
    if (role != Qt::EditRole || idx.column() != GainsightColumn || !idx.isValid())
        return false;
    return map(m_rows.at(idx.row()).key, value.toString());
}

void FieldMappingsModel::writeDraft(Profile& profile) const
{
    if (hasDraft()) // a profile opened before the fields were there stays as it was
        profile.fieldMappings = m_pending.isHeld() ? m_pending.held() : mappings();
}

} // namespace banister
