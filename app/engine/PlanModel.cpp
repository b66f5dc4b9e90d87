#include "engine/PlanModel.h"

#include "engine/Undo.h"

#include <QJsonArray>

namespace banister {

namespace {
// Internal ids: 0 for area rows, group index + 1 for step rows (their parent's row).
constexpr quintptr kAreaRow = 0;

// The step's before/after in words (never raw JSON); a long list shows its first line and "+ N more".
QString brief(const QString& text)
{
    if (text.isEmpty())
        return QStringLiteral("—");
    const QStringList lines = text.split(QLatin1Char('\n'));
    if (lines.size() == 1)
        return text;
    return PlanModel::tr("%1 (+ %n more)", nullptr, int(lines.size() - 1)).arg(lines.first());
}
QString full(const QString& text)
{
    if (text.isEmpty())
        return QStringLiteral("—");
    const QStringList lines = text.split(QLatin1Char('\n'));
    return lines.size() <= 40
        ? text
        : lines.mid(0, 40).join(QLatin1Char('\n')) + PlanModel::tr("\n… and %n more", nullptr, int(lines.size() - 40));
}
} // namespace

PlanModel::PlanModel(Engine* engine, QObject* parent)
    : QAbstractItemModel(parent)
    , m_engine(engine)
    , m_planner(engine)
    , m_applier(engine)
{
    connect(&m_planner, &Planner::finished, this, [this](const Plan& plan) {
        setPlan(plan);
        m_phase = Phase::Planned;
        Q_EMIT changed();
    });
    connect(&m_applier, &Applier::stepStarted, this, [this](int i) {
        m_running = i;
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        for (int g = 0; g < m_groups.size(); ++g) {
            const int r = int(m_groups[g].steps.indexOf(i));
            if (r >= 0)
                Q_EMIT dataChanged(index(r, 0, index(g, 0)), index(r, ColumnCount - 1, index(g, 0)));
        }
        Q_EMIT changed();
    });
    connect(&m_applier, &Applier::stepFinished, this, [this](int i, const StepResult& r) {
        if (i == m_results.size())
            m_results << r;
        m_running = -1;
        for (int g = 0; g < m_groups.size(); ++g) {
            const int row = int(m_groups[g].steps.indexOf(i));
            if (row >= 0)
                Q_EMIT dataChanged(index(row, 0, index(g, 0)), index(row, ColumnCount - 1, index(g, 0)));
        }
        Q_EMIT changed();
    });
    connect(&m_applier, &Applier::finished, this, [this](bool completed) {
        m_results = m_applier.results();
        m_phase = completed ? Phase::Applied : m_cancelRequested ? Phase::Canceled : Phase::Failed;
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        for (int g = 0; g < m_groups.size(); ++g)
            if (!m_groups[g].steps.isEmpty())
                Q_EMIT dataChanged(index(0, 0, index(g, 0)),
                                   index(int(m_groups[g].steps.size()) - 1, ColumnCount - 1, index(g, 0)));
        Q_EMIT changed();
    });
}

const ApplyJournal& PlanModel::journal() const
{
    return m_applier.journal();
}

void PlanModel::planUndo(TenantClient* client)
{
    if (isBusy())
        return;
    m_undoneJournal = m_applier.journal();
    m_phase = Phase::Planning;
    m_cancelRequested = false;
    Q_EMIT changed();
    auto* undo = new UndoPlanner(client, this);
    connect(undo, &UndoPlanner::finished, this, [this, undo](const Plan& reverse) {
        undo->deleteLater();
        setPlan(reverse);
        m_undo = true;
        m_phase = Phase::Planned;
        Q_EMIT changed();
    });
    undo->run(m_undoneJournal, false);
}

void PlanModel::plan(const Profile& profile, const QString& journalPath)
{
    m_undo = false;
    m_profile = profile;
    m_planner.setJournalPath(journalPath);
    m_phase = Phase::Planning;
    m_cancelRequested = false;
    Q_EMIT changed();
    m_planner.run(profile);
}

void PlanModel::setPlan(const Plan& plan)
{
    beginResetModel();
    m_plan = plan;
    m_results.clear();
    m_running = -1;
    m_groups.clear();
    for (int i = 0; i < plan.steps.size(); ++i) {
        const QString area = plan.steps.at(i).area;
        auto it = std::find_if(m_groups.begin(), m_groups.end(), [&](const Group& g) { return g.area == area; });
        if (it == m_groups.end()) {
            Area* a = m_engine->area(area);
            m_groups.append(Group { area, a ? a->title() : area, {} });
            it = m_groups.end() - 1;
        }
        it->steps << i;
    }
    endResetModel();
}

void PlanModel::apply(const QString& journalPath, const QString& tenant)
{
    if (isBusy() || m_plan.isEmpty() || !m_plan.canApply())
        return;
    m_phase = Phase::Applying;
    m_cancelRequested = false;
    m_results.clear();
    Q_EMIT changed();
    m_applier.start(m_plan, m_profile, journalPath, tenant);
}

void PlanModel::cancel()
{
    if (m_phase != Phase::Applying)
        return;
    m_cancelRequested = true;
    m_applier.cancel();
    Q_EMIT changed();
}

QString PlanModel::applyOutcome() const
{
    switch (m_phase) {
    case Phase::Applied:
        return QStringLiteral("completed");
    case Phase::Failed:
        return QStringLiteral("failed");
    case Phase::Canceled:
        return QStringLiteral("canceled");
    default:
        return {};
    }
}

QString PlanModel::summary() const
{
    if (m_phase == Phase::Planning || m_phase == Phase::Idle)
        return tr("Comparing the profile with the live tenant…");
    if (m_undo && !m_plan.canApply())
        return tr("The apply cannot be undone as it is: the tenant changed since; see the errors below.");
    if (m_undo && m_plan.isEmpty())
        return tr("Nothing to undo: the tenant is already as it was before the apply.");
    if (m_undo)
        return tr("Undo: %n change(s) put the tenant back as it was before the apply; what cannot be undone is listed "
                  "below.",
                  nullptr, int(m_plan.steps.size()));
    if (!m_plan.canApply())
        return tr("The profile cannot be applied to this tenant as it is; see the errors below.");
    if (m_plan.isEmpty())
        return tr("Nothing to change: the tenant already matches every setting.");
    QStringList perArea;
    for (const Group& g : m_groups)
        perArea << tr("%1: %n change(s)", nullptr, int(g.steps.size())).arg(g.title);
    const int manual = m_plan.manualCount();
    const QString split = manual == 0 ? QString()
                                      : tr("%1 automated, %2 by hand (Gainsight's public API cannot do them). ")
                                            .arg(m_plan.steps.size() - manual)
                                            .arg(manual);
    return tr("%n change(s), %1 on a real tenant at its documented rate limits. ", nullptr, int(m_plan.steps.size()))
               .arg(estimateText(estimate(m_plan)))
        + split + perArea.join(QStringLiteral(" · "));
}

QString PlanModel::stepStatus(int step) const
{
    if (step < m_results.size()) {
        const StepResult& r = m_results.at(step);
        QString status;
        switch (r.status) {
        case StepResult::Status::Done:
            status = tr("done", "step status");
            break;
        case StepResult::Status::Failed:
            status = tr("failed", "step status");
            break;
        case StepResult::Status::Skipped:
            status = tr("skipped", "step status");
            break;
        case StepResult::Status::Canceled:
            status = tr("canceled", "step status");
            break;
        case StepResult::Status::Manual:
            status = tr("by hand", "step status");
            break;
        }
        return status + (r.message.isEmpty() ? QString() : QStringLiteral(" — ") + r.message);
    }
    if (step == m_running)
        return tr("running…");
    if (step < m_plan.steps.size() && m_plan.steps.at(step).isManual())
        return tr("by hand", "step status");
    return m_phase == Phase::Applying ? tr("waiting") : tr("planned");
}

QModelIndex PlanModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kAreaRow);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex PlanModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kAreaRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kAreaRow);
}

int PlanModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == kAreaRow && parent.column() == 0 && parent.row() < m_groups.size())
        return int(m_groups.at(parent.row()).steps.size());
    return 0;
}

int PlanModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant PlanModel::data(const QModelIndex& idx, int role) const
{
    if (!checkIndex(idx, CheckIndexOption::IndexIsValid))
        return {};
    if (idx.internalId() == kAreaRow) {
        const Group& g = m_groups.at(idx.row());
        if (role == Qt::DisplayRole && idx.column() == TitleColumn)
            return tr("%1 (%n change(s))", nullptr, int(g.steps.size())).arg(g.title);
        if (role == StepIdRole)
            return g.area;
        return {};
    }
    const int step = m_groups.at(int(idx.internalId() - 1)).steps.at(idx.row());
    const PlanStep& s = m_plan.steps.at(step);
    if (role == StepIdRole)
        return s.id;
    if (role == StepStatusRole) {
        if (step < m_results.size())
            return statusName(m_results.at(step).status);
        return step == m_running ? QStringLiteral("running") : QStringLiteral("pending");
    }
    if (role == Qt::ToolTipRole) {
        if (idx.column() == BeforeColumn)
            return full(s.beforeText);
        if (idx.column() == AfterColumn)
            return full(s.afterText);
        if (idx.column() == StatusColumn)
            return stepStatus(step);
        return s.requests.join(QLatin1Char('\n'))
            + (s.warning.isEmpty() ? QString() : QStringLiteral("\n") + s.warning);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (idx.column()) {
    case TitleColumn:
        return s.title;
    case BeforeColumn:
        return brief(s.beforeText);
    case AfterColumn:
        return brief(s.afterText);
    case StatusColumn:
        return stepStatus(step);
    default:
        return {};
    }
}

QVariant PlanModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Change");
    case BeforeColumn:
        return tr("Now");
    case AfterColumn:
        return tr("After");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace banister
