#pragma once

#include "core/TenantInfo.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace banister {

// One call to the tenant exactly as a plan step will send it: the apply sends this, not a body rebuilt from the
// profile, so what was reviewed is what goes out. TenantClient alone turns a kind + target into a URL.
struct PlannedCall
{
    enum class Kind {
        FileSupportRequest,      // body {type, contact, note}; not idempotent
        WaitForSupport,          // target: request type; polls the request until Gainsight Support is done
        ConnectStaircase,        // body {subdomain}; the access key is added by the client
        PutCrmSettings,          // body: the CRM tab
        PutAccountMappings,      // body: [{staircaseField, gainsightField}]
        PutLayoutSections,       // target: layout id; body: [{key, label}]
        PutDashboardPermissions, // target: dashboard id; body {permission, principals}
        SetUserRoles,            // body: [{userId, gsRoles}], at most 50
        DeactivateUser,          // target: user id
        UpdateUsername,          // target: user id; body: the new username
        ActivateUser,            // target: user id
    };
    Kind kind = Kind::PutCrmSettings;
    QString target;
    QJsonValue body;
    bool operator==(const PlannedCall& o) const { return kind == o.kind && target == o.target && body == o.body; }
};
QString kindName(PlannedCall::Kind kind);
QJsonObject toJson(const PlannedCall& call);

// One change Banister will make: what it is now (before), what it will be (after), and the calls it takes.
// before/after are the values as read and as they will be (JSON); beforeText/afterText say the same in words.
struct PlanStep
{
    enum class Action { Create, Update, Wait };
    QString id;    // stable across runs, e.g. "activation.connect": the journal and resume rely on it
    QString area;  // "activation", "crm", ...
    QString title; // one line for the admin
    Action action = Action::Update;
    QJsonValue before;
    QJsonValue after;
    QString beforeText;
    QString afterText;
    QList<PlannedCall> calls; // sent in this order
    QStringList requests;     // the calls as "METHOD /path", for the admin
    QStringList dependsOn;
    int dataCalls = 0;      // calls counted against the data API limit
    int userWriteCalls = 0; // calls counted against the User Management limit
    int otherCalls = 1;
    QString warning; // e.g. "signs the user out of SSO"
};

struct Plan
{
    QList<PlanStep> steps;
    QStringList errors;   // the profile cannot be applied as it is (JSON pointer first where there is one)
    QStringList warnings; // applies, but the admin should know
    QStringList areas;    // areas the profile manages
    QStringList manual;   // what the admin still has to do by hand, named identically everywhere
    bool prerequisitesMet = false;
    TenantInfo tenant; // as read at plan time: who plans, on which tenant (the journal records it)
    bool isEmpty() const { return steps.isEmpty(); }
    bool canApply() const { return errors.isEmpty(); }
};

// How long a plan takes at a tenant's documented limits (data 100/min, user writes 100/h) plus latency.
struct RateLimits
{
    int dataPerMinute = 100;
    int userWritesPerHour = 100;
    int msPerCall = 300;
};
qint64 estimateDurationMs(const Plan& plan, const RateLimits& limits = {});
QString formatDuration(qint64 ms);

QString actionName(PlanStep::Action action);
QJsonObject toJson(const PlanStep& step);
QJsonObject toJson(const Plan& plan);

struct StepResult
{
    enum class Status { Done, Failed, Skipped, Canceled };
    Status status = Status::Done;
    QString message;
    QJsonValue after; // the state read back after the write
    QStringList requestIds; // the tenant's requestId of every call the step made, in order
};
QString statusName(StepResult::Status s);

struct VerifyCheck
{
    QString id;
    QString area;
    QString title;
    bool passed = false;
    QString detail;
    bool warning = false; // a WARN line: the admin should act, but it does not by itself fail verification
};
QJsonObject toJson(const VerifyCheck& check);

} // namespace banister
