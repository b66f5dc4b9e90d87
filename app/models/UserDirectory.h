#pragma once

#include <QJsonArray>
#include <QObject>
#include <functional>

namespace banister {

class TenantClient;

// Reads every user, page by page (500 a page, two pages in flight), handing each page over as it arrives so a view
// can show the first rows at once. `page(records, total)` runs per page in order; `done(error)` once at the end.
// Nothing runs after ctx is destroyed.
void readAllUsers(TenantClient* client, QObject* ctx, std::function<void(const QJsonArray& records, int total)> page,
                  std::function<void(const QString& error)> done);

// Staircase roles as the article names them, and how the profile names them.
QString staircaseRoleName(const QString& profileRole); // "Manager" -> "Staircase Manager", "None" -> ""
QString profileRoleOf(const QStringList& gsRoles);     // the user's Staircase role in profile terms, or "None"
QStringList withStaircaseRole(const QStringList& gsRoles, const QString& profileRole);
bool isValidEmail(const QString& email);

} // namespace banister
