// User access figures on the `large` tenant (20 000 users), the sandbox on its own thread as in the app:
//   users_first_rows      first page of the table shown; goal ≤ 300 ms
//   users_full_load       all 20 000 users loaded; goal ≤ 250 ms
//   users_filter_stall    GUI-thread stalls (p50 / p99 / max of the gaps between 1 ms ticks) over a scripted run:
//                         type a search, toggle every filter, sort each column both ways, scroll top to bottom;
//                         repeated 5 times; goal: max ≤ 8 ms in every run. Beside it: idle_max_ms_per_run, the
//                         worst gap of the same meter over as long with nothing to do just before each run (what
//                         the machine adds), and gui_cpu_max_ms_per_run, the most CPU time the GUI thread used
//                         within any one gap of each run (its own work; the rest of a longer gap it waited for a core)
//                         and worst_gap_cpu_ms_per_run, how much of each run's longest gap it was on the CPU
//   users_plan            planning Staircase User for all 20 000 (reads and computation): wall time, and the
//                         longest GUI-thread stall meanwhile (goal ≤ 8 ms, as above)
//   users_verify          verifying it afterwards (all 20 000 read back, checks computed): wall time, checks and
//                         how many failed, the users check's detail, and the longest GUI-thread stall meanwhile
//                         (goal ≤ 8 ms)
//   users_rss             resident memory after loading, sandbox in the same process; goal ≤ 80 MB
//   users_assign_all      Staircase User for all 20 000: write calls (goal ceil(changes/50)) and wall time
//                         against a 600/min user-write limit (goal within 1.2× of what the limit allows)
// With --sandbox-process PATH (PATH: banister-sandbox) the sandbox runs as a separate process and only
//   users_rss_gui_only    resident memory of the GUI alone after loading; goal ≤ 60 MB
// is printed (with that run's load time).
#include "BenchUtil.h"
#include "engine/Engine.h"
#include "models/UserAccessModel.h"
#include "net/TenantClient.h"
#include "pages/UserAccessPage.h"
#include "sandbox/EmbeddedSandbox.h"
#include "widgets/BandedScrollBarStyle.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkReply>
#include <QProcess>
#include <QScopeGuard>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <cmath>
#include <cstdio>
#include <functional>

using namespace banister;
using banister::bench::line;
using banister::bench::rounded;
using banister::bench::spinUntil;

namespace {
double rssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    f.open(QIODevice::ReadOnly);
    for (const QByteArray& l : f.readAll().split('\n'))
        if (l.startsWith("VmRSS:"))
            return l.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

// One scripted pass over the page: every action runs from a 60 ms timer, as a person's clicks would.
QList<std::function<void()>> script(QTableView* view, QLineEdit* search, QComboBox* license, QComboBox* role,
                                    QCheckBox* problems)
{
    QList<std::function<void()>> s;
    const auto idle = [&s](int n) {
        for (int i = 0; i < n; ++i)
            s << [] {};
    };
    for (const QChar c : QStringLiteral("mar"))
        s << [search, c] { QTest::keyClicks(search, QString(c)); };
    idle(4); // the search waits 150 ms after the last key
    s << [search] { search->clear(); };
    idle(4);
    for (int i = 1; i <= license->count(); ++i)
        s << [license, i] { license->setCurrentIndex(i % license->count()); };
    for (int i = 1; i <= role->count(); ++i)
        s << [role, i] { role->setCurrentIndex(i % role->count()); };
    s << [problems] { problems->setChecked(true); };
    s << [problems] { problems->setChecked(false); };
    for (int c = 0; c < UserAccessModel::ColumnCount; ++c)
        for (const Qt::SortOrder o : { Qt::AscendingOrder, Qt::DescendingOrder })
            s << [view, c, o] { view->sortByColumn(c, o); };
    s << [view] { view->sortByColumn(UserAccessModel::NameColumn, Qt::AscendingOrder); };
    for (int k = 1; k <= 20; ++k)
        s << [view, k] { view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() * k / 20); };
    s << [view] { view->scrollToTop(); };
    idle(2);
    return s;
}

// With BANISTER_BENCH_VERBOSE: names every event that keeps a thread for more than 3 ms (notify() sees every
// thread's events; those not on the GUI thread say so), and sums up the GUI thread's events within each long gap
// (many short events in one gap stall as much as one long one).
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject* receiver, QEvent* event) override
    {
        if (!m_verbose)
            return QApplication::notify(receiver, event);
        // Named before: a deferred delete destroys the receiver.
        const char* className = receiver->metaObject()->className();
        const QString name = receiver->objectName();
        const int type = int(event->type());
        const bool gui = QThread::currentThread() == thread();
        const bool outermost = gui && m_depth == 0;
        if (gui) // the count is the GUI thread's alone: another thread writing it, even unchanged, would race
            ++m_depth;
        QElapsedTimer t;
        t.start();
        const bool r = QApplication::notify(receiver, event);
        if (gui)
            --m_depth;
        if (t.nsecsElapsed() > 3000000)
            std::fprintf(stderr, "  event %d to %s (%s) took %.1f ms%s\n", type, className, qPrintable(name),
                         double(t.nsecsElapsed()) / 1e6, gui ? "" : " on another thread");
        if (outermost) {
            Spent& s = m_gap[QStringLiteral("%1 to %2").arg(type).arg(QLatin1String(className))];
            ++s.count;
            s.ms += double(t.nsecsElapsed()) / 1e6;
        }
        return r;
    }
    // The GUI thread's outermost events since the last call, costliest first: "12× 43 to ApiJob 3.1 ms, ...".
    QString takeGap()
    {
        QList<std::pair<QString, Spent>> all;
        for (auto it = m_gap.cbegin(); it != m_gap.cend(); ++it)
            all.append({ it.key(), it.value() });
        m_gap.clear();
        std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.second.ms > b.second.ms; });
        QStringList out;
        for (const auto& [what, s] : all.mid(0, 4))
            out << QStringLiteral("%1× %2 %3 ms").arg(s.count).arg(what).arg(s.ms, 0, 'f', 1);
        return out.join(QStringLiteral(", "));
    }
    // At every tick: the next gap starts empty (nothing formatted, every millisecond).
    void clearGap() { m_gap.clear(); }
    bool m_verbose = qEnvironmentVariableIsSet("BANISTER_BENCH_VERBOSE");

private:
    struct Spent
    {
        int count = 0;
        double ms = 0;
    };
    QHash<QString, Spent> m_gap;
    int m_depth = 0;
};

struct External
{
    QUrl url;
    QString key, token;
};

// Starts banister-sandbox (large) and reads where it listens and its secrets from its first lines.
External startExternal(QProcess& p, const QString& path)
{
    p.start(path,
            { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--scenario"), QStringLiteral("large"),
              QStringLiteral("--print-key"), QStringLiteral("--rate"), QStringLiteral("users=600/min") });
    External e;
    QByteArray out;
    spinUntil([&] {
        out += p.readAllStandardOutput();
        return out.count('\n') >= 3 || p.state() == QProcess::NotRunning;
    });
    for (const QByteArray& l : out.split('\n')) {
        if (l.startsWith("listening on "))
            e.url = QUrl(QString::fromUtf8(l.mid(13)));
        else if (l.startsWith("BANISTER_ACCESS_KEY="))
            e.key = QString::fromUtf8(l.mid(20));
        else if (l.startsWith("BANISTER_STAIRCASE_TOKEN="))
            e.token = QString::fromUtf8(l.mid(25));
    }
    return e;
}
} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    TimedApplication app(argc, argv);
    BandedScrollBarStyle::install(); // as the app does
    const QStringList args = app.arguments();
    const int external = int(args.indexOf(QStringLiteral("--sandbox-process")));
    const bool guiOnly = external > 0 && external + 1 < args.size();
    sandbox::EmbeddedSandbox sandbox;
    QProcess process;
    const auto stopProcess = qScopeGuard([&] {
        if (process.state() != QProcess::NotRunning) {
            process.terminate();
            process.waitForFinished(5000);
        }
    });
    QUrl url;
    QString key, token;
    if (guiOnly) {
        const External e = startExternal(process, args.at(external + 1));
        if (!e.url.isValid() || e.key.isEmpty()) {
            std::fprintf(stderr, "bench_users: %s did not start\n", qPrintable(args.at(external + 1)));
            return 1;
        }
        url = e.url;
        key = e.key;
        token = e.token;
    } else {
        sandbox::SandboxOptions o;
        o.scenario = QStringLiteral("large");
        o.dataRate = {};
        o.userWriteRate = { 600, 60000 };
        sandbox.start(o);
        spinUntil([&] { return sandbox.isRunning(); });
        url = sandbox.url();
        key = sandbox.accessKey();
        token = sandbox.staircaseToken();
    }

    TenantClient client;
    client.setRateLimit(TenantClient::RateClass::Data, 0, 60000);
    client.setRateLimit(TenantClient::RateClass::UserWrites, 600, 60000);
    client.setGainsight(url.toString(), key);
    client.setStaircase(url.toString(), token);

    UserAccessModel model(&client);
    UserAccessPage page(&model);
    page.resize(820, 600);
    page.show();
    QElapsedTimer t;
    t.start();
    qint64 firstRows = -1;
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, [&] {
        if (firstRows < 0)
            firstRows = t.elapsed();
    });
    if (qEnvironmentVariableIsSet("BANISTER_BENCH_VERBOSE"))
        QObject::connect(&model, &UserAccessModel::progress, [&](int loaded, int total) {
            std::fprintf(stderr, "%lld ms: %d of %d users\n", static_cast<long long>(t.elapsed()), loaded, total);
        });
    const double rssBefore = rssMb();
    model.load();
    spinUntil([&] { return model.isLoaded(); });
    const qint64 full = t.elapsed();
    if (qEnvironmentVariableIsSet("BANISTER_BENCH_VERBOSE"))
        std::fprintf(stderr, "rss before load %.1f MB, after %.1f MB\n", rssBefore, rssMb());
    if (guiOnly) {
        line({ { QStringLiteral("bench"), QStringLiteral("users_rss_gui_only") },
               { QStringLiteral("mb"), rounded(rssMb()) },
               { QStringLiteral("users"), model.rowCount() },
               { QStringLiteral("load_ms"), double(full) },
               { QStringLiteral("goal_mb"), 60 } });
        return 0;
    }
    line({ { QStringLiteral("bench"), QStringLiteral("users_first_rows") },
           { QStringLiteral("ms"), double(firstRows) },
           { QStringLiteral("goal_ms"), 300 } });
    line({ { QStringLiteral("bench"), QStringLiteral("users_full_load") },
           { QStringLiteral("ms"), double(full) },
           { QStringLiteral("users"), model.rowCount() },
           { QStringLiteral("goal_ms"), 250 } });
    line({ { QStringLiteral("bench"), QStringLiteral("users_rss") },
           { QStringLiteral("mb"), rounded(rssMb()) },
           { QStringLiteral("goal_mb"), 80 } });

    // The scripted run, 5 times, while a 1 ms ticker records every gap.
    auto* view = page.findChild<QTableView*>(QStringLiteral("usersView"));
    const QList<std::function<void()>> actions
        = script(view, page.findChild<QLineEdit*>(QStringLiteral("userSearchEdit")),
                 page.findChild<QComboBox*>(QStringLiteral("licenseFilter")),
                 page.findChild<QComboBox*>(QStringLiteral("roleFilter")),
                 page.findChild<QCheckBox*>(QStringLiteral("problemsOnlyCheck")));
    const bool verbose = qEnvironmentVariableIsSet("BANISTER_BENCH_VERBOSE");
    banister::bench::StallMeter stalls;
    std::vector<qint64> all;
    QJsonArray runs, cpuRuns, worstCpuRuns;
    int run = 0, step = 0;
    // What the verbose lines say the GUI thread was doing: an action of the scripted run, or planning/verifying.
    QString phase;
    if (verbose) {
        stalls.onLongGap([&](double ms, double cpuMs) {
            const QString where
                = phase.isEmpty() ? QStringLiteral("run %1 after action %2").arg(run).arg(step - 1) : phase;
            std::fprintf(stderr, "%s: stall %.1f ms (GUI thread on the CPU %.1f ms; events: %s)\n", qPrintable(where),
                         ms, cpuMs, qPrintable(app.takeGap()));
        });
        stalls.onTick([&app] { app.clearGap(); });
    }
    // Before each run, the same meter over as long a time with nothing to do: the gaps the machine makes on its own
    // (another process or the hypervisor taking the core), printed beside the runs' figures.
    QJsonArray idleRuns;
    for (; run < 5; ++run) {
        stalls.restart();
        QElapsedTimer idle;
        idle.start();
        spinUntil([&] { return idle.elapsed() >= 60 * actions.size(); });
        idleRuns.append(rounded(stalls.worstMs()));
        stalls.restart();
        step = 0;
        QTimer timer;
        QObject::connect(&timer, &QTimer::timeout, [&] {
            QElapsedTimer one;
            one.start();
            actions.at(step)();
            if (verbose && one.elapsed() > 2)
                std::fprintf(stderr, "run %d action %d took %lld ms\n", run, step,
                             static_cast<long long>(one.elapsed()));
            ++step;
        });
        timer.start(60);
        spinUntil([&] { return step >= actions.size(); });
        timer.stop();
        all.insert(all.end(), stalls.gapsUs().begin(), stalls.gapsUs().end());
        runs.append(rounded(stalls.worstMs()));
        cpuRuns.append(rounded(stalls.worstCpuMs()));
        worstCpuRuns.append(rounded(stalls.worstGapCpuMs()));
    }
    stalls.stop();
    std::sort(all.begin(), all.end());
    const auto pct = [&all](double p) {
        return rounded(double(all.at(std::min(all.size() - 1, size_t(p / 100.0 * double(all.size()))))) / 1000.0, 2);
    };
    line({ { QStringLiteral("bench"), QStringLiteral("users_filter_stall") },
           { QStringLiteral("p50_ms"), pct(50) },
           { QStringLiteral("p99_ms"), pct(99) },
           { QStringLiteral("max_ms"), rounded(double(all.back()) / 1000.0) },
           { QStringLiteral("max_ms_per_run"), runs },
           { QStringLiteral("idle_max_ms_per_run"), idleRuns },
           { QStringLiteral("gui_cpu_max_ms_per_run"), cpuRuns },
           { QStringLiteral("worst_gap_cpu_ms_per_run"), worstCpuRuns },
           { QStringLiteral("goal_ms"), 8 } });

    // Staircase User for everyone, as "Select all shown" + "Set for selection" does it (super admins keep Admin,
    // inactive users are left alone), through the engine; count the write calls.
    QList<int> everyone;
    for (int r = 0; r < model.rowCount(); ++r)
        everyone << r;
    model.setRole(everyone, StaircaseRole::User);
    Profile p;
    p.userAccess = model.section();
    Engine engine(&client);
    Planner planner(&engine);
    Plan plan;
    bool planned = false;
    QObject::connect(&planner, &Planner::finished, [&](const Plan& result) {
        plan = result;
        planned = true;
    });
    // Runs `start` and spins until `finished`, with the stall meter on; returns the milliseconds it took.
    const auto metered = [&stalls](const std::function<void()>& start, const std::function<bool()>& finished) {
        stalls.restart();
        QElapsedTimer took;
        took.start();
        start();
        spinUntil(finished);
        const qint64 ms = took.elapsed();
        // A gap is counted when the next tick ends it: tick on a little so the one the end fell into counts too.
        QElapsedTimer after;
        after.start();
        spinUntil([&] { return after.elapsed() >= 20; });
        stalls.stop();
        return ms;
    };
    // The plan's reads and its computation over 20 000 users, with the same meter: what the Review page's busy bar
    // would show of it.
    phase = QStringLiteral("planning");
    const qint64 planMs = metered([&] { planner.run(p); }, [&] { return planned; });
    line({ { QStringLiteral("bench"), QStringLiteral("users_plan") },
           { QStringLiteral("ms"), double(planMs) },
           { QStringLiteral("steps"), int(plan.steps.size()) },
           { QStringLiteral("max_stall_ms"), rounded(stalls.worstMs()) },
           { QStringLiteral("gui_cpu_max_ms"), rounded(stalls.worstCpuMs()) },
           { QStringLiteral("goal_stall_ms"), 8 } });
    int writes = 0;
    QObject::connect(client.networkAccessManager(), &QNetworkAccessManager::finished, [&](QNetworkReply* r) {
        // TenantClient sends its writes with sendCustomRequest(): a PUT is a custom operation with the verb "PUT".
        const bool put = r->operation() == QNetworkAccessManager::PutOperation
            || (r->operation() == QNetworkAccessManager::CustomOperation
                && r->request().attribute(QNetworkRequest::CustomVerbAttribute).toByteArray() == "PUT");
        writes += put && r->url().path() == QLatin1String("/v1/users");
    });
    Applier applier(&engine);
    bool done = false;
    QObject::connect(&applier, &Applier::finished, [&] { done = true; });
    QElapsedTimer wall;
    wall.start();
    applier.start(plan, p, {}, QStringLiteral("large"));
    spinUntil([&] { return done; }, 600000);
    const double seconds = wall.elapsed() / 1000.0;
    // 600/min with a burst of 600: 400 calls need no waiting; the floor is what the calls themselves take.
    const int calls = int(std::ceil(model.changeCount() / 50.0));
    const double allowed = std::max(0.0, (writes - 600) / 10.0);
    line({ { QStringLiteral("bench"), QStringLiteral("users_assign_all") },
           { QStringLiteral("write_calls"), writes },
           { QStringLiteral("goal_write_calls"), calls },
           { QStringLiteral("wall_s"), std::round(seconds * 100) / 100 },
           { QStringLiteral("limit_allows_s"), allowed },
           { QStringLiteral("journal"), applier.journal().outcome() },
           { QStringLiteral("plan_errors"), QJsonArray::fromStringList(plan.errors) },
           { QStringLiteral("plan_steps"), int(plan.steps.size()) },
           { QStringLiteral("first_step"),
             applier.journal().entries().isEmpty() ? QString()
                                                   : applier.journal().entries().first().status + QStringLiteral(": ")
                     + applier.journal().entries().first().message } });
    // What the Finish page does next: read all 20 000 back and check them (reads on the event loop, the checks on a
    // worker), with the same meter.
    Verifier verifier(&engine);
    QList<VerifyCheck> checks;
    bool verified = false;
    QObject::connect(&verifier, &Verifier::finished, [&](const QList<VerifyCheck>& result) {
        checks = result;
        verified = true;
    });
    phase = QStringLiteral("verifying");
    const qint64 verifyMs = metered([&] { verifier.run(p); }, [&] { return verified; });
    const auto userCheck = std::find_if(checks.cbegin(), checks.cend(), [](const VerifyCheck& c) {
        return c.id == QLatin1String("users.access") || c.id == QLatin1String("users.roles");
    });
    line({ { QStringLiteral("bench"), QStringLiteral("users_verify") },
           { QStringLiteral("ms"), double(verifyMs) },
           { QStringLiteral("checks"), int(checks.size()) },
           { QStringLiteral("failed"),
             int(std::count_if(checks.cbegin(), checks.cend(), [](const VerifyCheck& c) { return !c.passed; })) },
           { QStringLiteral("users_check"), userCheck == checks.cend() ? QString() : userCheck->detail },
           { QStringLiteral("max_stall_ms"), rounded(stalls.worstMs()) },
           { QStringLiteral("gui_cpu_max_ms"), rounded(stalls.worstCpuMs()) },
           { QStringLiteral("goal_stall_ms"), 8 } });
    return 0;
}
