#pragma once

#include "core/Plan.h"
#include "core/Profile.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace banister {

// Where the admin UIs are, for the links of manual steps: the Gainsight tenant URL and the Staircase URL the admin
// connected with, and the subdomain Staircase's Gainsight card asks for.
struct GuideContext
{
    QString gainsightUrl;
    QString staircaseUrl;
    QString subdomain;
};

// The guided manual steps for what no documented API can do (a real tenant offers Gainsight's documented REST
// only): the article's clicks, the values to enter and where, one PlanStep (mode Manual, no calls) each. The ids are
// the automated steps' ids, so plan, journal, report and verify name a step the same way in both modes.
namespace ManualGuide {
QList<PlanStep> forArea(const QString& area, const Profile& profile, const GuideContext& ctx);
// The check that stands for a manual step in verify: confirmed by the admin (for this very state) or not yet.
VerifyCheck check(const PlanStep& step, const QString& confirmedBy, const QString& confirmedAt);
// What to expect from Staircase once the integration is on (its documentation): CRM data syncs about every 2 hours,
// so accounts appear after the first sync (expected 2 h after the connection); 12 months of history are fetched;
// retention is changed through the Staircase account team. Empty when the profile touches neither activation nor CRM.
// The connection is when the admin confirmed connecting by hand, else the end of the apply in `journal`
// (ApplyJournal::toJson), else `otherwise`: the same time in the GUI, verify and the report.
QStringList whatToExpect(const Profile& profile, const QJsonObject& journal, const QDateTime& otherwise);
} // namespace ManualGuide

} // namespace banister
