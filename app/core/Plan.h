#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace banister {

// One change Banister will make: what it is now (before), what it will be (after), and the calls it takes.
struct PlanStep
{
    QString id;    // stable across runs, e.g. "activation.connect": the journal and resume rely on it
    QString area;  // "activation", "crm", ...
    QString title; // one line for the admin
    QJsonValue before;
    QJsonValue after;
    QStringList requests; // "POST /staircase/v1/integrations/gainsight/connect"
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

QJsonObject toJson(const PlanStep& step);
QJsonObject toJson(const Plan& plan);

struct StepResult
{
    enum class Status { Done, Failed, Skipped, Canceled };
    Status status = Status::Done;
    QString message;
    QJsonValue after; // the state read back after the write
};
QString statusName(StepResult::Status s);

struct VerifyCheck
{
    QString id;
    QString area;
    QString title;
    bool passed = false;
    QString detail;
};
QJsonObject toJson(const VerifyCheck& check);

} // namespace banister
