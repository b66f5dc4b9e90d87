#pragma once

#include "core/RateWindows.h"
#include "core/TenantInfo.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace banister {

// One call to the tenant exactly as a plan step will send it: the apply sends this, not a body rebuilt from the
// profile, so what was reviewed is what goes out. TenantClient alone turns a kind + target into a URL.
struct PlannedCall
{
    enum class Kind {
        FileSupportRequest, // body {type, contact, note}; not idempotent
        WaitForSupport, // target: request type; polls the request until Gainsight Support is done
        ConnectStaircase, // body {subdomain}; the access key is added by the client
        PutCrmSettings, // body: the CRM tab
        PutAccountMappings, // body: [{staircaseField, gainsightField}]
        PutLayoutSections, // target: layout id; body: [{key, label}]
        PutDashboardPermissions, // target: dashboard id; body {permission, principals}
        SetUserRoles, // body: [{userId, gsRoles}], at most 50
        DeactivateUser, // target: user id
        UpdateUsername, // target: user id; body: the new username
        ActivateUser, // target: user id
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
    QString id; // stable across runs, e.g. "activation.connect": the journal and resume rely on it
    QString area; // "activation", "crm", ...
    QString title; // one line for the admin
    Action action = Action::Update;
    QJsonValue before;
    QJsonValue after;
    QString beforeText;
    QString afterText;
    QList<PlannedCall> calls; // sent in this order
    QStringList requests; // the calls as "METHOD /path", for the admin
    QStringList dependsOn;
    int dataCalls = 0; // calls counted against the data API limit
    int userWriteCalls = 0; // calls counted against the User Management limit, sent within one day
    int otherCalls = 1;
    QString warning; // e.g. "signs the user out of SSO"

    // Automated: Banister sends the calls. Manual: no documented API can do it (a real tenant), so the admin does it
    // in Gainsight's or Staircase's admin UI, guided by the article's clicks, and confirms it (the journal records
    // that); apply lists it, verify reports it as confirmed by the admin or not yet confirmed.
    enum class Mode { Automated, Manual };
    Mode mode = Mode::Automated;
    QStringList instructions; // manual: the clicks, in the article's order
    QString values; // manual: what to enter, as text to copy
    QString link; // manual: the admin UI to open, where its address follows from the tenant URL
    bool isManual() const { return mode == Mode::Manual; }
};

// What a confirmation of a manual step holds for: its id and the state it asks for (after), so a confirmation
// given for one filter does not count once the profile asks for another. Independent of the UI language.
QString confirmationKey(const PlanStep& step);

struct Plan
{
    QList<PlanStep> steps;
    QStringList errors; // the profile cannot be applied as it is (JSON pointer first where there is one)
    QStringList warnings; // applies, but the admin should know
    QStringList areas; // areas the profile manages
    QStringList manual; // what the admin still has to do by hand, named identically everywhere
    QList<PlanStep> confirmed; // manual steps the admin has confirmed for exactly this state (not planned again)
    bool prerequisitesMet = false;
    bool publicApi = false; // planned on a tenant with Gainsight's documented REST only (see TenantClient::Surface)
    TenantInfo tenant; // as read at plan time: who plans, on which tenant (the journal records it)
    bool isEmpty() const { return steps.isEmpty(); }
    int manualCount() const;
    bool canApply() const { return errors.isEmpty(); }
};

// How long a plan takes at a tenant's documented fixed-window limits (core/RateWindows) plus latency per call, booked
// the way the client paces them, from startMs (ms since the epoch, UTC). A plan that meets a daily cap stops there
// and continues when the cap resets: the estimate counts that wait and the days it spans.
struct RateLimits
{
    RateWindows data = TenantLimits::data();
    RateWindows userWrites = TenantLimits::userManagement();
    int msPerCall = 300;
};
struct Estimate
{
    qint64 ms = 0;
    qint64 dataCalls = 0;
    qint64 userWriteCalls = 0;
    int days = 1; // calendar days (UTC) the apply spans
    int dailyCapStops = 0; // how often it stops at a daily cap and continues after it resets
};
Estimate estimate(const Plan& plan, const RateLimits& limits, qint64 startMs);
Estimate estimate(const Plan& plan, const RateLimits& limits = {});
qint64 estimateDurationMs(const Plan& plan, const RateLimits& limits = {});
QString formatDuration(qint64 ms);
// "about 2 days: User Management allows 1 000 calls a day; 1 300 calls stop at each day's cap and continue after it"
QString estimateText(const Estimate& e, const RateLimits& limits = {});
QString actionName(PlanStep::Action action); // the plan JSON's "action": "create", "update", "wait"
std::optional<PlanStep::Action> actionFromName(const QString& name);
QStringList actionNames();
QJsonObject toJson(const PlanStep& step);
QJsonObject toJson(const Plan& plan);

struct StepResult
{
    enum class Status { Done, Failed, Skipped, Canceled, Manual };
    Status status = Status::Done;
    QString message;
    QJsonValue after; // the state read back after the write
    QStringList requestIds; // the tenant's requestId of every call the step made, in order
    qint64 continuesAfterMs = 0; // canceled at a rate limit's cap: when it resets (ms since the epoch), else 0
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
    // Read: Banister read it back from the tenant. Confirmed / Unconfirmed: a manual step no public API can read,
    // confirmed by the admin (passed) or not yet (not passed: verify exits 2).
    enum class Basis { Read, Confirmed, Unconfirmed };
    Basis basis = Basis::Read;
};
QString statusName(const VerifyCheck& check); // pass | warn | fail | confirmed | unconfirmed
QJsonObject toJson(const VerifyCheck& check);

} // namespace banister
