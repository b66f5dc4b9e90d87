#pragma once

#include "core/Profile.h"
#include "core/TenantInfo.h"

#include <QList>
#include <QObject>
#include <QString>
#include <functional>

namespace banister {

class TenantClient;

// The article's four prerequisites (CS subscription, Staircase subscription, admin on both platforms, Gainsight as
// primary CRM), evaluated in one place for every entry point: the Prerequisites page, plan, apply, verify, report.
struct PrerequisiteFacts
{
    bool haveInfo = false;
    TenantInfo info;
    QString infoError; // why tenant info could not be read
    int staircaseStatus = 0; // HTTP status of GET /staircase/v1/integrations/gainsight (200 ok, 0 network failure)
    QString staircaseError;
    // A tenant with Gainsight's documented REST only: no API says these facts, so they are the admin's
    // confirmations (Prerequisites page, profile "prerequisites.confirmed"); info is built from them.
    bool publicApi = false;
    PrerequisiteConfirmations confirmed;
};

// The tenant as far as a public-API tenant lets Banister know it: the subdomain from the profile or the URL, the
// rest from the admin's confirmations.
TenantInfo tenantInfoFromConfirmations(const PrerequisiteConfirmations& c, const QString& subdomain);

struct PrerequisiteResult
{
    enum class Check { CsSubscription, StaircaseSubscription, AdminAccess, PrimaryCrm };
    enum class State { Passed, Failed, Unknown };
    Check check = Check::CsSubscription;
    State state = State::Unknown;
    QString title;
    QString detail;
    QString fixHint;
    QString id() const; // "prerequisites.cs-subscription", ...
};

// Always four results, in the article's order.
QList<PrerequisiteResult> evaluatePrerequisites(const PrerequisiteFacts& facts);
bool prerequisitesMet(const QList<PrerequisiteResult>& results);
bool isSalesforcePrimary(const PrerequisiteFacts& facts);

// Reads tenant info and the Staircase probe in parallel; done runs once, never after ctx is destroyed. On a
// public-API tenant (client->publicApiOnly()) it only validates the key with a documented call and takes the facts
// from `confirmed`.
void readPrerequisites(TenantClient* client, QObject* ctx, const PrerequisiteConfirmations& confirmed,
                       const QString& subdomain, std::function<void(const PrerequisiteFacts&)> done);

} // namespace banister
