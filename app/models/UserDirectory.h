#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <functional>

namespace banister {

class TenantClient;

// Reads every user, page by page (500 a page, four pages in flight), handing each page over as it arrives so a view
// can show the first rows at once. `page(records, total)` runs per page in order; `done(error)` once at the end.
// Nothing runs after ctx is destroyed. Once `wanted` (when given) says false, no further page is asked for and
// nothing more runs: a load that has been replaced spends none of the tenant's request budget.
void readAllUsers(TenantClient* client, QObject* ctx, std::function<void(const QJsonArray& records, int total)> page,
                  std::function<void(const QString& error)> done, std::function<bool()> wanted = {});

// Staircase roles and their GS roles: core/Domain (staircaseRoleOf, staircaseGsRole, withStaircaseRole).
bool isValidEmail(const QString& email);

// readAllUsers() for callers that want the whole list at once: done(users, error) runs once, never after ctx dies.
void readUserList(TenantClient* client, QObject* ctx,
                  std::function<void(const QJsonArray& users, const QString& error)> done);

// Why an assigned user will not have Staircase access after apply: the article's rule is Staircase role + Full or
// Viewer Plus license + active + username = a valid email. One named warning each, the same words in the plan, the
// User access page, the report and verify.
enum class AccessProblem { Inactive, InvalidEmail, ViewerLicense, UsernameMismatch, SuperAdminUsername, UsernameTaken };
// usernameTaken: another user already has this user's email as username (the fix cannot run).
QList<AccessProblem> accessProblems(const QJsonObject& user, bool fixUsernames, bool usernameTaken = false);
QString accessProblemText(AccessProblem problem, const QJsonObject& user);

} // namespace banister
