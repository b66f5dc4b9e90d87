#pragma once

#include "core/CompanyField.h"
#include "core/Profile.h"
#include "models/StepModel.h"

#include <QAbstractTableModel>

namespace banister {

class TenantClient;

// Staircase account fields and the Gainsight Company field each one maps to (the article's "Configure Field
// Mappings"). Out-of-the-box rows are locked; Tier, Revenue, Renewal Date and Journey Stage get a type-compatible
// Gainsight field suggested by name; incompatible or duplicate choices are refused with the reason (lastRefusal()).
// Before Staircase is connected its field list cannot be read, so the integration guide's standard fields stand in.
class FieldMappingsModel : public QAbstractTableModel, public StepModel
{
    Q_OBJECT
public:
    enum Column { StaircaseColumn, TypeColumn, GainsightColumn, NoteColumn, ColumnCount };
    enum Role { KeyRole = Qt::UserRole + 1, LockedRole, CandidatesRole, RequiredRole };

    explicit FieldMappingsModel(TenantClient* client, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    void load() override;
    QString problem() const override;
    bool usesStandardFields() const { return m_standardFields; }

    // Maps row's Staircase field to a Gainsight field ("" unmaps). Returns false and sets lastRefusal() if refused.
    bool map(const QString& staircaseKey, const QString& gainsightField);
    QString lastRefusal() const { return m_refusal; }
    QStringList compatibleFields(const QString& staircaseKey) const;
    QString suggestion(const QString& staircaseKey) const;
    int rowOf(const QString& staircaseKey) const;

    QList<FieldMapping> mappings() const;
    void setMappings(const std::optional<QList<FieldMapping>>& mappings);
    void writeDraft(Profile& profile) const override;
    void readDraft(const Profile& profile) override { setMappings(profile.fieldMappings); }
    void forgetTenant() override;

Q_SIGNALS:
    void changed();
    void refused(const QString& reason);

private:
    void rebuild(const QList<StaircaseAccountField>& fields);
    void suggestMissing();
    static QList<StaircaseAccountField> standardFields();

    TenantClient* m_client;
    QList<StaircaseAccountField> m_rows;
    QList<CompanyField> m_company;
    PendingDraft<QList<FieldMapping>> m_pending;
    bool m_standardFields = true;
    QString m_refusal;
};

} // namespace banister
