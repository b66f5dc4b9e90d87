#include "engine/ApplyJournal.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <algorithm>

namespace banister {

namespace {
QString iso(const QDateTime& t)
{
    return t.isValid() ? t.toString(Qt::ISODateWithMs) : QString();
}
QDateTime fromIso(const QJsonValue& v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}
} // namespace

ApplyJournal::ApplyJournal(QString path)
    : m_path(std::move(path))
{
}

Result<void> ApplyJournal::begin(const Plan& plan, const QString& tenant)
{
    const ApplyJournal last = recoverInterrupted(m_path);
    m_previous = last.m_outcome == QLatin1String("interrupted")
        ? QJsonObject { { QStringLiteral("started"), iso(last.m_started) },
                        { QStringLiteral("outcome"), last.m_outcome } }
        : QJsonObject {};
    m_confirmations = last.m_confirmations; // the admin's word on manual steps outlives one apply
    m_tenant = tenant;
    m_admin = plan.tenant.callerEmail;
    m_started = QDateTime::currentDateTimeUtc();
    m_finished = {};
    m_outcome = QStringLiteral("running");
    m_entries.clear();
    m_error.clear();
    for (const PlanStep& s : plan.steps) {
        Entry e;
        e.id = s.id;
        e.area = s.area;
        e.title = s.title;
        e.before = s.before;
        e.after = s.after;
        e.beforeText = s.beforeText;
        e.afterText = s.afterText;
        m_entries.append(e);
    }
    return save();
}

ApplyJournal::Entry* ApplyJournal::entry(const QString& stepId)
{
    for (Entry& e : m_entries)
        if (e.id == stepId)
            return &e;
    return nullptr;
}

void ApplyJournal::mark(const QString& stepId, const QString& status, const QString& message)
{
    if (Entry* e = entry(stepId)) {
        e->status = status;
        e->message = message;
        e->at = QDateTime::currentDateTimeUtc();
        if (status == QLatin1String("running"))
            e->started = e->at;
        else if (e->started.isValid())
            e->finished = e->at;
    }
    (void)save(); // a failed write stays in lastError(); the next change writes the whole journal again
}

void ApplyJournal::recordCall(const QString& stepId, int index, const QString& request, const QString& requestId,
                              bool ok, const QString& message)
{
    if (Entry* e = entry(stepId)) {
        e->calls.append(Call { index, request, requestId, ok ? QStringLiteral("done") : QStringLiteral("failed"),
                               message, QDateTime::currentDateTimeUtc() });
        e->at = e->calls.last().at;
    }
    (void)save(); // a failed write stays in lastError(); the next change writes the whole journal again
}

void ApplyJournal::finish(const QString& outcome)
{
    m_outcome = outcome;
    m_finished = QDateTime::currentDateTimeUtc();
    (void)save(); // as in mark(): lastError() keeps a failed write
}

QSet<QString> ApplyJournal::begunFixes() const
{
    QSet<QString> ids;
    for (const Entry& e : m_entries) {
        if (!e.id.startsWith(QLatin1String("users.fix.")))
            continue;
        const bool begun = e.status == QLatin1String("running") || e.status == QLatin1String("failed")
            || e.status == QLatin1String("interrupted") || !e.calls.isEmpty();
        if (begun && e.status != QLatin1String("done"))
            ids.insert(e.id.mid(int(qstrlen("users.fix."))));
    }
    return ids;
}

QJsonObject ApplyJournal::toJson() const
{
    QJsonArray steps;
    for (const Entry& e : m_entries) {
        QJsonArray calls;
        QStringList requestIds;
        for (const Call& c : e.calls) {
            calls.append(QJsonObject { { QStringLiteral("index"), c.index },
                                       { QStringLiteral("request"), c.request },
                                       { QStringLiteral("requestId"), c.requestId },
                                       { QStringLiteral("status"), c.status },
                                       { QStringLiteral("message"), c.message },
                                       { QStringLiteral("at"), iso(c.at) } });
            if (!c.requestId.isEmpty())
                requestIds << c.requestId;
        }
        steps.append(QJsonObject { { QStringLiteral("id"), e.id },
                                   { QStringLiteral("area"), e.area },
                                   { QStringLiteral("title"), e.title },
                                   { QStringLiteral("status"), e.status },
                                   { QStringLiteral("message"), e.message },
                                   { QStringLiteral("at"), iso(e.at) },
                                   { QStringLiteral("started"), iso(e.started) },
                                   { QStringLiteral("finished"), iso(e.finished) },
                                   { QStringLiteral("before"), e.before },
                                   { QStringLiteral("after"), e.after },
                                   { QStringLiteral("beforeText"), e.beforeText },
                                   { QStringLiteral("afterText"), e.afterText },
                                   { QStringLiteral("requestIds"), QJsonArray::fromStringList(requestIds) },
                                   { QStringLiteral("calls"), calls } });
    }
    QJsonObject o { { QStringLiteral("schema"), QStringLiteral("banister.journal/1") },
                    { QStringLiteral("tenant"), m_tenant },
                    { QStringLiteral("admin"), m_admin },
                    { QStringLiteral("started"), iso(m_started) },
                    { QStringLiteral("finished"), iso(m_finished) },
                    { QStringLiteral("outcome"), m_outcome },
                    { QStringLiteral("steps"), steps } };
    if (!m_previous.isEmpty())
        o.insert(QStringLiteral("previousRun"), m_previous);
    QJsonArray confirmations;
    for (const Confirmation& c : m_confirmations)
        confirmations.append(QJsonObject { { QStringLiteral("step"), c.stepId },
                                           { QStringLiteral("key"), c.key },
                                           { QStringLiteral("title"), c.title },
                                           { QStringLiteral("by"), c.by },
                                           { QStringLiteral("at"), iso(c.at) } });
    if (!confirmations.isEmpty())
        o.insert(QStringLiteral("confirmations"), confirmations);
    return o;
}

Result<void> ApplyJournal::save()
{
    if (m_path.isEmpty())
        return {};
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(toJson()).toJson()) < 0 || !f.commit()) {
        m_error = QStringLiteral("%1: %2").arg(m_path, f.errorString());
        return Result<void>::failure(m_error);
    }
    return {};
}

ApplyJournal ApplyJournal::load(const QString& path, QString* error)
{
    ApplyJournal j(path);
    const QFileInfo info(path);
    QFile f(path);
    if (!info.isFile() || info.size() > (64 << 20) || !f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = !info.exists() ? QStringLiteral("no such file")
                : !info.isFile()    ? QStringLiteral("not a regular file")
                                    : f.errorString();
        j.m_outcome.clear();
        return j;
    }
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    if (o.value(QLatin1String("schema")).toString() != QLatin1String("banister.journal/1")) {
        if (error)
            *error = QStringLiteral("not a Banister apply journal");
        j.m_outcome.clear();
        return j;
    }
    j.m_tenant = o.value(QLatin1String("tenant")).toString();
    j.m_admin = o.value(QLatin1String("admin")).toString();
    j.m_outcome = o.value(QLatin1String("outcome")).toString();
    j.m_started = fromIso(o.value(QLatin1String("started")));
    j.m_finished = fromIso(o.value(QLatin1String("finished")));
    j.m_previous = o.value(QLatin1String("previousRun")).toObject();
    for (const QJsonValue& c : o.value(QLatin1String("confirmations")).toArray())
        j.m_confirmations.append(Confirmation { c[QStringLiteral("step")].toString(),
                                                c[QStringLiteral("key")].toString(),
                                                c[QStringLiteral("title")].toString(),
                                                c[QStringLiteral("by")].toString(), fromIso(c[QStringLiteral("at")]) });
    for (const QJsonValue& s : o.value(QLatin1String("steps")).toArray()) {
        Entry e;
        e.id = s[QStringLiteral("id")].toString();
        e.area = s[QStringLiteral("area")].toString();
        e.title = s[QStringLiteral("title")].toString();
        e.status = s[QStringLiteral("status")].toString();
        e.message = s[QStringLiteral("message")].toString();
        e.at = fromIso(s[QStringLiteral("at")]);
        e.started = fromIso(s[QStringLiteral("started")]);
        e.finished = fromIso(s[QStringLiteral("finished")]);
        e.before = s[QStringLiteral("before")];
        e.after = s[QStringLiteral("after")];
        e.beforeText = s[QStringLiteral("beforeText")].toString();
        e.afterText = s[QStringLiteral("afterText")].toString();
        for (const QJsonValue& c : s[QStringLiteral("calls")].toArray())
            e.calls.append(Call { c[QStringLiteral("index")].toInt(), c[QStringLiteral("request")].toString(),
                                  c[QStringLiteral("requestId")].toString(), c[QStringLiteral("status")].toString(),
                                  c[QStringLiteral("message")].toString(), fromIso(c[QStringLiteral("at")]) });
        j.m_entries.append(e);
    }
    return j;
}

Result<void> ApplyJournal::confirm(const QString& path, const PlanStep& step, const QString& tenant, const QString& by)
{
    if (path.isEmpty())
        return Result<void>::failure(QStringLiteral("no journal file to record the confirmation in"));
    ApplyJournal j = recoverInterrupted(path);
    if (j.m_outcome.isEmpty()) // no apply yet on this journal: it starts with the confirmation
        j.m_outcome = QStringLiteral("none");
    if (j.m_tenant.isEmpty())
        j.m_tenant = tenant;
    j.m_path = path;
    j.m_confirmations.erase(std::remove_if(j.m_confirmations.begin(), j.m_confirmations.end(),
                                           [&](const Confirmation& c) { return c.stepId == step.id; }),
                            j.m_confirmations.end());
    j.m_confirmations.append(
        Confirmation { step.id, confirmationKey(step), step.title, by, QDateTime::currentDateTimeUtc() });
    return j.save();
}

QString ApplyJournal::confirmer(const QString& callerEmail, const QString& fallback)
{
    QString by = callerEmail;
    for (const char* var : { "USER", "LOGNAME" })
        if (by.isEmpty())
            by = qEnvironmentVariable(var);
    return by.isEmpty() ? fallback : by;
}

Result<void> ApplyJournal::unconfirm(const QString& path, const QString& stepId)
{
    ApplyJournal j = recoverInterrupted(path);
    if (j.m_outcome.isEmpty())
        return {}; // no journal: nothing was confirmed
    j.m_path = path;
    j.m_confirmations.erase(std::remove_if(j.m_confirmations.begin(), j.m_confirmations.end(),
                                           [&](const Confirmation& c) { return c.stepId == stepId; }),
                            j.m_confirmations.end());
    return j.save();
}

ApplyJournal ApplyJournal::recoverInterrupted(const QString& path)
{
    if (path.isEmpty())
        return ApplyJournal(path);
    ApplyJournal j = load(path);
    if (j.m_outcome == QLatin1String("running")) {
        j.m_outcome = QStringLiteral("interrupted");
        for (Entry& e : j.m_entries)
            if (e.status == QLatin1String("running"))
                e.status = QStringLiteral("interrupted");
        // Best effort: the journal read is what matters; a failed write shows up at the next save.
        (void)j.save();
    }
    return j;
}

} // namespace banister
