#pragma once

#include "core/CompanyField.h"
#include "core/CrmFilter.h"
#include "core/Profile.h"
#include "models/StepModel.h"

#include <QHash>
#include <QObject>
#include <QPair>
#include <QTimer>

namespace banister {

class TenantClient;

// The CRM tab draft plus what the page needs from the tenant: filterable Company fields (describe), the values of a
// field with their counts (distinct, loaded on demand), and a live count of matching accounts. Counting is debounced;
// an answer for an older draft is dropped (generation), so the count always belongs to what is on screen.
class CrmModel : public QObject, public StepModel
{
    Q_OBJECT
public:
    enum class ValueEditor { Choices, Number, Date, Text };
    using ValueCounts = QList<QPair<QString, qint64>>;

    explicit CrmModel(TenantClient* client, QObject* parent = nullptr);

    void load() override;
    QString problem() const override;
    // A status just moved between churned and prospect (it can be only one), in words; empty otherwise.
    QString statusNotice() const { return m_statusNotice; }

    const CrmSection& section() const { return m_crm; }
    void setSection(const std::optional<CrmSection>& crm);
    void writeDraft(Profile& profile) const override;
    void readDraft(const Profile& profile) override { setSection(profile.crm); }
    void forgetTenant() override;

    void setSyncAccounts(bool on);
    void setFilterMode(CrmFilterMode mode);
    void addRow();
    void removeRow(int row);
    void setRowField(int row, const QString& field);
    void setRowOperator(int row, const QString& op); // keeps the values the new operator can take
    void setRowValues(int row, const QStringList& values);
    void setCombine(CrmCombine combine);
    void setChurnedStatuses(const QStringList& statuses);
    void setProspectStatuses(const QStringList& statuses);
    void setSyncTeamHierarchy(bool on);
    void setCallSummaryUpload(bool on);

    QList<CompanyField> filterableFields() const;
    QStringList statusValues() const;
    ValueEditor editorFor(const QString& field) const;
    // The operators a row on this field can use (an unknown field: is / is not), and whether they read as = ≠ > <.
    QList<FilterOp> operatorsFor(const QString& field) const;
    bool isOrdered(const QString& field) const;
    // Values with counts for a field, or empty until loaded (distinctLoaded() follows).
    ValueCounts distinctValues(const QString& field);

    // Matching accounts for the current draft; -1 while unknown. Excluded: of those, churned or prospect.
    qint64 matchingCount() const { return m_matching; }
    qint64 excludedCount() const { return m_excluded; }
    bool isCounting() const { return m_counting; }
    void setCountDelay(int ms) { m_countTimer.setInterval(ms); }

    // The CRM tab's settings as the tenant sent them, read as a profile's section (the same keys and checks);
    // nothing when they cannot be read (the draft must not silently fall back to the defaults then).
    static std::optional<CrmSection> tenantSettings(const QJsonValue& settings);

    // The where clause of a COUNT for these rows combined as the draft says (empty object: all accounts).
    QJsonObject whereFor(const QList<FilterRow>& rows, const QStringList& statuses = {}) const;

Q_SIGNALS:
    void changed();
    void rowsChanged(); // rows added, removed or replaced
    void rowChanged(int row); // one row's field changed (its values were cleared)
    void distinctLoaded(const QString& field);
    void countChanged();

private:
    void edited(bool rowsToo = false);
    void scheduleCount();
    void count();

    TenantClient* m_client;
    CrmSection m_crm;
    CrmSection m_tenantCrm; // the CRM tab as the last load read it (the defaults before Staircase is connected)
    QList<CompanyField> m_fields;
    QHash<QString, ValueCounts> m_distinct;
    QSet<QString> m_distinctLoading;
    QString m_statusNotice;
    QTimer m_countTimer;
    quint64 m_countGeneration = 0;
    qint64 m_matching = -1;
    qint64 m_excluded = -1;
    bool m_counting = false;
};

} // namespace banister
