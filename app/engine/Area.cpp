#include "engine/Area.h"

#include "net/TenantClient.h"

#include <QTimer>

namespace banister {

void Area::apply(const PlanStep& step, const Profile&, std::function<void(const StepResult&)> done)
{
    runCalls(step, 0, std::move(done));
}

void Area::runCalls(const PlanStep& step, int from, std::function<void(const StepResult&)> done, QStringList ids)
{
    if (from >= step.calls.size()) {
        QTimer::singleShot(0, this, [done, ids, this, step] {
            StepResult r;
            r.message = unchangedText(step);
            r.requestIds = ids;
            done(r);
        });
        return;
    }
    ApiJob* job = client()->execute(step.calls.at(from));
    if (!job) {
        QTimer::singleShot(0, this, [done, ids] {
            StepResult r;
            r.status = StepResult::Status::Failed;
            r.message = tr("This step has a call Banister cannot send by itself.");
            r.requestIds = ids;
            done(r);
        });
        return;
    }
    connect(job, &ApiJob::finished, this, [this, step, from, done, ids](const ApiResult& r) mutable {
        if (!r.requestId.isEmpty())
            ids << r.requestId;
        Q_EMIT callFinished(step.id, from, r);
        if (r.ok() && from + 1 < step.calls.size())
            return runCalls(step, from + 1, done, ids);
        StepResult out = writeOutcome(r, changedText(step), unchangedText(step), r.data);
        out.requestIds = ids;
        done(out);
    });
}

} // namespace banister
