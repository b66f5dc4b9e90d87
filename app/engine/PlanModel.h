#pragma once

#include "engine/ApplyJournal.h"

#include "engine/Engine.h"

#include <QAbstractItemModel>

namespace banister {

// The plan as a tree for the Review & Apply page: one row per area (with its change count), its steps below, and
// columns Change | Before | After | Status. Drives Planner and Applier and keeps each step's status current.
class PlanModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, BeforeColumn, AfterColumn, StatusColumn, ColumnCount };
    enum Role { StepStatusRole = Qt::UserRole + 1, StepIdRole };
    enum class Phase { Idle, Planning, Planned, Applying, Applied, Failed, Canceled };
    Q_ENUM(Phase)

    explicit PlanModel(Engine* engine, QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

    // journalPath: the last apply journal on this tenant, read for steps it left half done.
    void plan(const Profile& profile, const QString& journalPath = {});
    void apply(const QString& journalPath, const QString& tenant);
    // The reverse of the apply this model ran (its journal), for review: Apply then undoes it.
    void planUndo(TenantClient* client);
    bool isUndo() const { return m_undo; }
    const ApplyJournal& journal() const;
    void cancel();

    Phase phase() const { return m_phase; }
    bool isBusy() const { return m_phase == Phase::Planning || m_phase == Phase::Applying; }
    const Plan& currentPlan() const { return m_plan; }
    const Profile& profile() const { return m_profile; }
    const QList<StepResult>& results() const { return m_results; }
    QString applyOutcome() const;
    int stepsDone() const { return int(m_results.size()); }
    QString summary() const;
    bool cancelRequested() const { return m_cancelRequested; }

Q_SIGNALS:
    void changed();

private:
    struct Group
    {
        QString area;
        QString title;
        QList<int> steps; // indexes into m_plan.steps
    };
    void setPlan(const Plan& plan);
    bool m_undo = false;
    ApplyJournal m_undoneJournal;
    QString stepStatus(int step) const;

    Engine* m_engine;
    Planner m_planner;
    Applier m_applier;
    Plan m_plan;
    Profile m_profile;
    QList<Group> m_groups;
    QList<StepResult> m_results;
    int m_running = -1;
    Phase m_phase = Phase::Idle;
    bool m_cancelRequested = false;
};

} // namespace banister
