#pragma once

#include "core/Profile.h"
#include "core/TenantInfo.h"
#include "core/Plan.h"

#include <QDateTime>
#include <QJsonObject>

namespace banister {

// Everything a setup report says (DESIGN §6). Holds no secrets: only the profile (which has none), tenant facts,
// plan, outcomes and checks.
struct ReportData
{
    Profile profile;
    TenantInfo tenant;
    QString gainsightUrl;
    QDateTime generated = QDateTime::currentDateTimeUtc();
    Plan plan;
    QList<StepResult> results; // parallel to plan.steps when an apply ran
    bool applied = false;
    QString applyOutcome; // completed | failed | canceled
    QList<VerifyCheck> checks;
    bool verified = false;
    QStringList warnings;
    QStringList manualSteps;
    QJsonObject journal;        // the apply this report is evidence of (ApplyJournal::toJson), or empty
    qint64 matchingAccounts = -1; // accounts the CRM filter matches at report time, -1 when not counted
    // Steps no documented API can do (a public-API tenant), done by the admin: confirmed (with who and when, from
    // the journal) or not yet.
    struct ByHand
    {
        PlanStep step;
        bool confirmed = false;
        QString by;
        QString at;
    };
    QList<ByHand> byHand;
    QStringList whatToExpect; // from Staircase's documentation, once the integration is on
};

// The one place a report's content is assembled, for the wizard and banister-cli alike: the plan (its manual steps
// and warnings), the checks, and the apply's journal when there was one.
ReportData reportData(const Profile& profile, const TenantInfo& tenant, const QString& gainsightUrl, const Plan& plan,
                      const QList<VerifyCheck>& checks, bool verified, const QJsonObject& journal,
                      qint64 matchingAccounts = -1);

// One report, four formats from the same content: HTML (self-contained), Markdown, JSON ("banister.report/1"), PDF.
class ReportBuilder
{
public:
    explicit ReportBuilder(ReportData data);

    QString html() const;
    QString markdown() const;
    // The canonical JSON (everything but the digest) and its SHA-256, printed in every format.
    QJsonObject json() const;
    QByteArray canonical() const;
    QString digest() const;
    // Checks a JSON report: its digest matches its content and the file is exactly as Banister wrote it.
    // Returns an error text, or empty when the report is intact.
    static QString check(const QByteArray& reportJson);
    // PDF needs a QGuiApplication (fonts). Returns an error text or empty.
    QString writePdf(const QString& path) const;
    // Writes by extension: .html/.htm, .md, .json, .pdf. Atomic. Returns an error text or empty.
    QString write(const QString& path) const;

    static QStringList supportedExtensions();

private:
    QList<QPair<QString, QString>> settings() const; // (setting, value) rows, grouped by area in the key
    QString nothingConfigured() const;
    QString alreadyRight() const;
    QString byHandTitle() const;
    static QString byHandStatus(const ReportData::ByHand& b);
    ReportData m_d;
};

} // namespace banister
