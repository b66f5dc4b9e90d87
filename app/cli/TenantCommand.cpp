#include "cli/TenantCommand.h"

#include "cli/Output.h"
#include "engine/ApplyJournal.h"
#include "engine/JournalPath.h"
#include "engine/SandboxTuning.h"
#include "models/Prerequisites.h"
#include "net/UrlPolicy.h"
#include "sandbox/SandboxServer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>
#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstdio>

namespace banister::cli {

namespace {

std::atomic<int> g_interrupts { 0 };

void onSigint(int)
{
    if (g_interrupts.fetch_add(1) >= 1)
        std::_Exit(130);
}

} // namespace

TenantCommand::TenantCommand(Args args)
    : m_args(std::move(args))
    , m_client(this)
    , m_store(QStringLiteral("Banister"), this)
    , m_engine(&m_client, this)
    , m_planner(&m_engine, this)
    , m_directory(&m_client, this)
{
    // A call held back long enough to notice (a limit's next window, a retry) is said on stderr with when it goes
    // out, so a run waiting for User Management's next hour does not look hung. Once for everything waiting until
    // about the same moment: a hold that ends no later than one already said (another queued call, a jittered retry)
    // adds nothing.
    connect(&m_client, &TenantClient::callHeldBack, this, [this](const CallHold& h) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (h.untilMs - now < kSaidHoldMs || h.untilMs <= m_saidUntilMs + 1000)
            return;
        m_saidUntilMs = h.untilMs;
        err(holdText(h, now));
    });
}

TenantCommand::~TenantCommand() = default;

int TenantCommand::exec()
{
    std::signal(SIGINT, onSigint);
    QTimer::singleShot(0, this, [this] { start(); });
    return QCoreApplication::exec();
}

bool TenantCommand::interrupted()
{
    return g_interrupts.load() > 0;
}

void TenantCommand::start()
{
    const ProfileLoad load = m_args.profile.isEmpty() ? ProfileLoad { Profile {}, {} } : loadProfile(m_args.profile);
    if (!load.profile) {
        err(QStringLiteral("%1 is not a usable profile:").arg(m_args.profile));
        for (const ProfileError& e : load.errors)
            std::fprintf(stderr, "  %s\n", qPrintable(e.toString()));
        return quit(1);
    }
    m_profile = *load.profile;
    if (m_args.sandbox && !startSandbox())
        return quit(1);
    QString gs = !m_args.url.isEmpty() ? m_args.url : m_profile.tenant.gainsightUrl;
    QString sc = !m_args.staircaseUrl.isEmpty()
        ? m_args.staircaseUrl
        : (!m_profile.tenant.staircaseUrl.isEmpty() && m_args.url.isEmpty() ? m_profile.tenant.staircaseUrl : gs);
    if (m_sandbox)
        gs = sc = m_sandbox->url().toString();
    if (gs.isEmpty())
        return fail(QStringLiteral("no tenant URL: pass --url or set tenant.gainsightUrl in the profile"));
    const UrlCheck gsCheck = checkTenantUrl(gs), scCheck = checkTenantUrl(sc);
    if (!gsCheck.ok() || !scCheck.ok())
        return fail(!gsCheck.ok() ? gsCheck.error : scCheck.error);
    m_gsUrl = gs;
    m_scUrl = sc;
    QString key = m_sandbox ? m_sandbox->accessKey() : qEnvironmentVariable("BANISTER_ACCESS_KEY");
    QString token = m_sandbox ? m_sandbox->staircaseToken() : qEnvironmentVariable("BANISTER_STAIRCASE_TOKEN");
    if (!key.isEmpty() && !token.isEmpty())
        return withSecrets(key, token);
    // Fall back to what the wizard saved in the keychain.
    m_store.read(
        CredentialStore::accessKeyAccount(gsCheck.url.host()), this,
        [this, key, token, host = scCheck.url.host()](CredentialStore::Status, const QString& k, const QString&) {
            const QString kk = key.isEmpty() ? k : key;
            m_store.read(CredentialStore::tokenAccount(host), this,
                         [this, kk, token](CredentialStore::Status, const QString& t, const QString&) {
                             withSecrets(kk, token.isEmpty() ? t : token);
                         });
        });
}

bool TenantCommand::startSandbox()
{
    if (!sandbox::knownScenarios().contains(m_args.scenario)) {
        err(QStringLiteral("unknown sandbox scenario \"%1\"").arg(m_args.scenario));
        return false;
    }
    sandbox::SandboxOptions o = sandbox::forScenario(m_args.scenario);
    o.dataRate = {}; // a script against the in-process sandbox runs at full speed: no data limit
    o.publicApiOnly = m_args.sandboxPublicApiOnly;
    // The same sandbox tenant across runs (apply, then plan), like a real one; --sandbox-reset starts over.
    o.statePath = m_args.sandboxState;
    if (o.statePath.isEmpty()) {
        const QString dir
            = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/sandbox");
        QDir().mkpath(dir);
        o.statePath = dir + QStringLiteral("/%1.json").arg(o.scenario);
    }
    if (m_args.sandboxReset)
        QFile::remove(o.statePath);
    m_sandbox = std::make_unique<sandbox::SandboxServer>(o);
    const QString stateError = m_sandbox->loadState();
    if (!stateError.isEmpty()) {
        err(QStringLiteral("--sandbox-state: %1").arg(stateError));
        return false;
    }
    if (m_sandbox->listen(0) == 0) {
        err(QStringLiteral("the sandbox could not listen on 127.0.0.1"));
        return false;
    }
    tuneForSandbox(m_engine, m_client, o.dataRate.windows(), o.userWriteRate.windows(), SandboxUse::Script);
    return true;
}

void TenantCommand::withSecrets(const QString& key, const QString& token)
{
    if (key.isEmpty())
        return fail(QStringLiteral("no access key: set BANISTER_ACCESS_KEY or save it in the wizard"));
    m_client.setGainsight(m_gsUrl, key);
    m_client.setStaircase(m_scUrl, token);
    // A documented call first: it validates the key and tells whether the tenant has more than Gainsight's
    // documented REST (the sandbox's own routes) or not (a real tenant, or --sandbox-public-api-only).
    ApiJob* probe = m_client.probe();
    connect(probe, &ApiJob::finished, this, [this, token](const ApiResult& r) {
        if (!r.ok())
            return fail(r.error.message());
        if (m_client.publicApiOnly()) {
            const QString sub
                = !m_profile.tenant.subdomain.isEmpty() ? m_profile.tenant.subdomain : subdomainFromUrl(m_gsUrl);
            m_tenant = tenantInfoFromConfirmations(m_profile.confirmed, sub);
            if (text() && m_args.command != QLatin1String("report"))
                out(QStringLiteral("%1 offers Gainsight's documented REST only: user roles and usernames are "
                                   "automated, the rest are guided manual steps.")
                        .arg(QUrl(m_gsUrl).host()));
            return run();
        }
        if (token.isEmpty())
            return fail(QStringLiteral("no Staircase token: set BANISTER_STAIRCASE_TOKEN or save it in the wizard"));
        ApiJob* info = m_client.tenantInfo();
        connect(info, &ApiJob::finished, this, [this](const ApiResult& r) {
            if (!r.ok())
                return fail(r.error.message());
            const Result<TenantInfo> info = tenantInfoFromJson(r.data.toObject());
            if (!info)
                return fail(
                    QStringLiteral("the tenant's answer to GET /v1/tenant/info is not usable: %1").arg(info.error()));
            m_tenant = info.value();
            run();
        });
    });
}

void TenantCommand::run()
{
    // Ids may differ from the tenant the profile was made on: match layouts by name, users by email first.
    connect(&m_directory, &DirectoryReader::finished, this, [this](const TenantDirectory& d, const QString& error) {
        if (!error.isEmpty())
            return fail(error);
        retarget(m_profile, d, m_args.retarget, m_resolveErrors, m_resolveWarnings);
        connect(&m_planner, &Planner::finished, this, [this](const Plan& plan) {
            m_plan = plan;
            m_plan.errors = m_resolveErrors + m_plan.errors;
            m_plan.warnings = m_resolveWarnings + m_plan.warnings;
            planned(m_plan);
        });
        m_planner.setJournalPath(journalPath());
        m_planner.run(m_profile);
    });
    m_directory.run(m_profile);
}

QString TenantCommand::journalPath() const
{
    return !m_args.journal.isEmpty() ? m_args.journal : defaultJournalPath(m_tenant.subdomain, m_sandbox != nullptr);
}

bool TenantCommand::recordConfirmations()
{
    const QString by = ApplyJournal::confirmer(m_tenant.callerEmail, QStringLiteral("the admin"));
    QStringList manualIds;
    for (const PlanStep& s : m_plan.steps + m_plan.confirmed)
        if (s.isManual())
            manualIds << s.id;
    for (const QString& id : m_args.confirm) // all or nothing: every id is checked before one is recorded
        if (!manualIds.contains(id)) {
            err(manualIds.isEmpty()
                    ? QStringLiteral("--confirm %1: this plan has no manual steps").arg(id)
                    : QStringLiteral("--confirm %1: not a manual step of this plan; its manual steps: %2")
                          .arg(id, manualIds.join(QStringLiteral(", "))));
            return false;
        }
    for (const QString& id : m_args.confirm) {
        const auto it = std::find_if(m_plan.steps.begin(), m_plan.steps.end(),
                                     [&](const PlanStep& s) { return s.id == id && s.isManual(); });
        if (it == m_plan.steps.end())
            continue; // confirmed before, for this very state
        if (const Result<void> recorded = ApplyJournal::confirm(journalPath(), *it, m_tenant.subdomain, by);
            !recorded) {
            err(QStringLiteral("--confirm %1: %2").arg(id, recorded.error()));
            return false;
        }
        if (text())
            out(QStringLiteral("Confirmed by %1: %2 [%3] (recorded in %4).").arg(by, it->title, id, journalPath()));
        m_plan.confirmed << *it;
        m_plan.steps.erase(it);
    }
    return true;
}

void TenantCommand::printPlan(const Plan& plan) const
{
    cli::printPlan(plan, m_tenant, json(), undoing());
}

void TenantCommand::fail(const QString& message)
{
    err(message);
    quit(1);
}

void TenantCommand::quit(int code)
{
    if (m_sandbox && m_args.sandboxPublicApiOnly) // evidence that a real tenant would have answered everything
        err(QStringLiteral("sandbox: %1 request(s) to sandbox-only routes")
                .arg(m_sandbox->tenant().sandboxOnlyRequests().size()));
    QTimer::singleShot(0, qApp, [code] { QCoreApplication::exit(code); });
}

} // namespace banister::cli
