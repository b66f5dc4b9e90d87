// What Banister leaves behind an apply: a report that is evidence (journal, request ids, digest that detects any
// change) and an undo that puts the tenant back, naming what it cannot reverse and refusing to overwrite changes
// made since.
#include "engine/Capture.h"
#include "engine/Undo.h"
#include "report/ReportBuilder.h"
#include "support/EngineRun.h"
#include "support/SandboxFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace banister;
using namespace banister::test;

namespace {
Profile readyProfile()
{
    return banister::test::shippedProfile(QStringLiteral("sandbox-ready.json")).value_or(Profile {});
}

// Every configuration route's answer (status and data), with the parts only an irreversible step changes
// (the connection, support requests, super admins' Staircase Admin) set aside.
QJsonObject configuration(SandboxFixture& f)
{
    TenantClient& c = f.client();
    const auto answer = [](const ApiResult& r) {
        return QJsonObject { { QStringLiteral("status"), r.httpStatus }, { QStringLiteral("data"), r.data } };
    };
    QJsonObject o;
    const ApiResult crm = SandboxFixture::wait(c.crmSettings());
    // Before the connection the CRM tab cannot be read; it then holds Staircase's defaults.
    o.insert(QStringLiteral("crm"), crm.ok() ? crm.data : toJson(CrmSection {}));
    const ApiResult fields = SandboxFixture::wait(c.accountFields());
    QJsonObject mapped;
    for (const QJsonValue& fl : fields.data.toArray())
        if (!fl[QStringLiteral("outOfTheBox")].toBool() && !fl[QStringLiteral("gainsightField")].isNull())
            mapped.insert(fl[QStringLiteral("key")].toString(), fl[QStringLiteral("gainsightField")]);
    o.insert(QStringLiteral("mappings"), mapped);
    for (const QJsonValue& l : SandboxFixture::wait(c.layouts()).data[QStringLiteral("layouts")].toArray()) {
        QJsonObject a = answer(SandboxFixture::wait(c.layout(l[QStringLiteral("id")].toString())));
        QJsonObject data = a.value(QLatin1String("data")).toObject();
        data.remove(QStringLiteral("palette")); // the Staircase AI section joins it with the (irreversible) connection
        a.insert(QStringLiteral("data"), data);
        o.insert(QStringLiteral("layout:") + l[QStringLiteral("id")].toString(), a);
    }
    o.insert(QStringLiteral("dashboard"),
             answer(SandboxFixture::wait(c.dashboardPermissions(QStringLiteral("staircase-executive-dashboard")))));
    QJsonObject roles;
    for (const QJsonValue& u : SandboxFixture::wait(c.users(1, 500)).data[QStringLiteral("records")].toArray()) {
        QStringList r = u[QStringLiteral("gsRoles")].toVariant().toStringList();
        if (u[QStringLiteral("superAdmin")].toBool())
            r.removeAll(QStringLiteral("Staircase Admin"));
        roles.insert(u[QStringLiteral("id")].toString(), QJsonArray::fromStringList(r));
    }
    o.insert(QStringLiteral("roles"), roles);
    return o;
}

Plan undoPlan(SandboxFixture& f, const ApplyJournal& journal, bool force)
{
    UndoPlanner undo(&f.client());
    QSignalSpy spy(&undo, &UndoPlanner::finished);
    undo.run(journal, force);
    if (!spy.wait(15000))
        qWarning("undo plan timed out");
    return spy.value(0).value(0).value<Plan>();
}
} // namespace

class TestEvidence : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<QList<banister::VerifyCheck>>(); }

    void undoPutsTheTenantBack()
    {
        SandboxFixture f;
        Engine engine(&f.client());
        engine.activation()->setSupportPolling(1, 10);
        const Profile p = readyProfile();
        const QJsonObject before = configuration(f);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.json"));
        QVERIFY(applyNow(engine, planNow(engine, p), p, path));
        QVERIFY(configuration(f) != before);

        const ApplyJournal journal = ApplyJournal::load(path);
        const Plan reverse = undoPlan(f, journal, false);
        QVERIFY2(reverse.canApply(), qPrintable(reverse.errors.join(QLatin1Char('\n'))));
        QVERIFY(!reverse.isEmpty());
        // What cannot be reversed is named, never skipped silently.
        const QString manual = reverse.manual.join(QLatin1Char('\n'));
        QVERIFY(manual.contains(QLatin1String("Not undone: Ask Gainsight Support")));
        QVERIFY(manual.contains(QLatin1String("Not undone: Connect Staircase")));
        QVERIFY(applyNow(engine, reverse, p, dir.filePath(QStringLiteral("undo.json"))));
        const QJsonObject after = configuration(f);
        for (auto it = before.begin(); it != before.end(); ++it)
            QVERIFY2(after.value(it.key()) == it.value(), qPrintable(it.key()));
        // Undone already: nothing left to undo, and no conflict claimed.
        const Plan again = undoPlan(f, journal, false);
        QVERIFY2(again.canApply() && again.isEmpty(), qPrintable(again.errors.join(QLatin1Char('\n'))));
    }

    void undoDoesNotOverwriteLaterChanges()
    {
        SandboxFixture f;
        Engine engine(&f.client());
        engine.activation()->setSupportPolling(1, 10);
        const Profile p = readyProfile();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.json"));
        QVERIFY(applyNow(engine, planNow(engine, p), p, path));
        // An admin renames the section in one layout after the apply.
        const ApiResult layout = SandboxFixture::wait(f.client().layout(QStringLiteral("p360-default")));
        QJsonArray sections;
        for (const QJsonValue& s : layout.data[QStringLiteral("sections")].toArray())
            sections.append(QJsonObject { { QStringLiteral("key"), s[QStringLiteral("key")] },
                                          { QStringLiteral("label"),
                                            s[QStringLiteral("key")] == QLatin1String("staircase-ai")
                                                ? QStringLiteral("AI signals")
                                                : s[QStringLiteral("label")] } });
        QVERIFY(SandboxFixture::wait(f.client().putLayoutSections(QStringLiteral("p360-default"), sections)).ok());
        const ApplyJournal journal = ApplyJournal::load(path);
        const Plan refused = undoPlan(f, journal, false);
        QVERIFY(!refused.canApply());
        QVERIFY2(refused.errors.join(QLatin1Char('\n')).contains(QLatin1String("AI signals")),
                 qPrintable(refused.errors.join(QLatin1Char('\n'))));
        const Plan forced = undoPlan(f, journal, true);
        QVERIFY(forced.canApply());
        QVERIFY(std::any_of(forced.steps.begin(), forced.steps.end(),
                            [](const PlanStep& s) { return s.id == QLatin1String("undo.layouts.p360-default"); }));
    }

    void captureThenReplayOnAnotherTenant()
    {
        // Tenant A (seed 1) set up with the sample profile; its configuration captured into a profile.
        SandboxFixture a(QStringLiteral("ready"), [](sandbox::SandboxOptions& o) { o.seed = 1; });
        Engine engineA(&a.client());
        engineA.activation()->setSupportPolling(1, 10);
        Profile sample = readyProfile();
        // A user principal too, so that users are matched by email.
        const QJsonArray usersA
            = SandboxFixture::wait(a.client().users(1, 500)).data[QStringLiteral("records")].toArray();
        sample.dashboard->principals << Principal { PrincipalKind::User,
                                                    usersA.at(0)[QStringLiteral("id")].toString() };
        QVERIFY(applyNow(engineA, planNow(engineA, sample), sample, {}));
        Capturer capture(&a.client());
        QSignalSpy captured(&capture, &Capturer::finished);
        capture.run();
        QVERIFY(captured.wait(15000));
        const ProfileLoad load = captured.value(0).value(0).value<ProfileLoad>();
        QVERIFY2(load.profile, qPrintable(load.errors.isEmpty() ? QString() : load.errors.first().toString()));
        const Profile profile = *load.profile;
        QVERIFY(planNow(engineA, profile).isEmpty()); // the same tenant: nothing to do
        QCOMPARE(profile.layouts->size(), 3);
        QVERIFY(!profile.layouts->first().layoutName.isEmpty());

        // Tenant B: another seed, another subdomain, other layout ids.
        SandboxFixture b(QStringLiteral("ready"), [](sandbox::SandboxOptions& o) {
            o.seed = 2;
            o.subdomain = QStringLiteral("contoso");
            o.layoutIdPrefix = QStringLiteral("b-");
        });
        Engine engineB(&b.client());
        engineB.activation()->setSupportPolling(1, 10);
        const auto resolved = [&](bool retargeting, QStringList& errors, QStringList& warnings) {
            DirectoryReader reader(&b.client());
            QSignalSpy read(&reader, &DirectoryReader::finished);
            reader.run(profile);
            read.wait(15000);
            Profile p = profile;
            retarget(p, read.value(0).value(0).value<TenantDirectory>(), retargeting, errors, warnings);
            return p;
        };
        QStringList errors, warnings;
        const Profile strict = resolved(false, errors, warnings);
        const Plan refused = planNow(engineB, strict);
        QVERIFY2(!refused.canApply(), "a profile for another subdomain needs --retarget");
        QVERIFY(refused.errors.join(QLatin1Char('\n')).contains(QLatin1String("contoso")));

        errors.clear();
        warnings.clear();
        const Profile here = resolved(true, errors, warnings);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QVERIFY(warnings.join(QLatin1Char('\n')).contains(QLatin1String("contoso")));
        QVERIFY(here.layouts->first().layoutId.startsWith(QLatin1String("b-")));
        const Plan plan = planNow(engineB, here);
        QVERIFY2(plan.canApply(), qPrintable(plan.errors.join(QLatin1Char('\n'))));
        QVERIFY(applyNow(engineB, plan, here, {}));
        QVERIFY(planNow(engineB, here).isEmpty());
        for (const VerifyCheck& c : verifyNow(engineB, here))
            QVERIFY2(c.passed, qPrintable(c.title + QStringLiteral(": ") + c.detail));

        // A layout the other tenant does not have is named, with the candidates.
        Profile missing = profile;
        (*missing.layouts)[0].layoutName = QStringLiteral("Strategic C360");
        (*missing.layouts)[0].layoutId = QStringLiteral("c360-strategic");
        errors.clear();
        DirectoryReader reader(&b.client());
        QSignalSpy read(&reader, &DirectoryReader::finished);
        reader.run(missing);
        QVERIFY(read.wait(15000));
        retarget(missing, read.value(0).value(0).value<TenantDirectory>(), true, errors, warnings);
        QVERIFY2(errors.join(QLatin1Char('\n'))
                     .contains(QLatin1String(
                         "no layout named \"Strategic C360\" on this tenant; candidates: \"Enterprise C360\"")),
                 qPrintable(errors.join(QLatin1Char('\n'))));
    }

    void cliUndoCaptureAndCheck()
    {
        // The same through banister-cli, as a script would: exit codes and files.
        QTemporaryDir dir;
        const auto cli = [&](const QStringList& args) {
            QProcess p;
            p.start(qEnvironmentVariable("BANISTER_CLI"), args);
            p.waitForFinished(60000);
            return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        };
        const QStringList tenant { QStringLiteral("--sandbox"), QStringLiteral("--sandbox-state"),
                                   dir.filePath(QStringLiteral("state.json")) };
        const QString journal = dir.filePath(QStringLiteral("journal.json"));
        const QString sample = shippedProfilePath(QStringLiteral("sandbox-ready.json"));
        QCOMPARE(cli(QStringList { QStringLiteral("apply"), QStringLiteral("--sandbox-reset"),
                                   QStringLiteral("--profile"), sample, QStringLiteral("--journal"), journal }
                     + tenant),
                 0);
        const QString report = dir.filePath(QStringLiteral("report.json"));
        QCOMPARE(cli(QStringList { QStringLiteral("report"), QStringLiteral("--profile"), sample,
                                   QStringLiteral("--journal"), journal, QStringLiteral("--output"), report }
                     + tenant),
                 0);
        QCOMPARE(cli({ QStringLiteral("report"), QStringLiteral("--check"), report }), 0);
        QFile f(report);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        f.close();
        QVERIFY(bytes.contains("\"requestIds\""));
        bytes.replace("Northwind", "Northwinc");
        const QString tampered = dir.filePath(QStringLiteral("tampered.json"));
        QFile t(tampered);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write(bytes);
        t.close();
        QCOMPARE(cli({ QStringLiteral("report"), QStringLiteral("--check"), tampered }), 1);

        const QString captured = dir.filePath(QStringLiteral("captured.json"));
        QCOMPARE(cli(QStringList { QStringLiteral("capture"), QStringLiteral("--output"), captured } + tenant), 0);
        QCOMPARE(cli(QStringList { QStringLiteral("plan"), QStringLiteral("--profile"), captured } + tenant), 0);

        QCOMPARE(cli(QStringList { QStringLiteral("undo"), QStringLiteral("--journal"), journal } + tenant), 2);
        QCOMPARE(
            cli(QStringList { QStringLiteral("undo"), QStringLiteral("--journal"), journal, QStringLiteral("--apply") }
                + tenant),
            0);
        QCOMPARE(cli(QStringList { QStringLiteral("undo"), QStringLiteral("--journal"), journal } + tenant), 0);
        QVERIFY(QFile::exists(journal + QStringLiteral(".undo.json")));
        // Undone, the sample profile has its changes pending again (all but the irreversible connection).
        QCOMPARE(cli(QStringList { QStringLiteral("plan"), QStringLiteral("--profile"), sample } + tenant), 2);
    }

    void reportIsEvidence()
    {
        SandboxFixture f(QStringLiteral("messy-users"));
        Engine engine(&f.client());
        engine.activation()->setSupportPolling(1, 10);
        const std::optional<Profile> shipped = shippedProfile(QStringLiteral("sandbox-messy-users.json"));
        QVERIFY(shipped);
        const Profile p = *shipped;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.json"));
        const Plan plan = planNow(engine, p);
        QVERIFY(applyNow(engine, plan, p, path));
        ReportData d;
        d.profile = p;
        d.plan = planNow(engine, p);
        d.journal = ApplyJournal::load(path).toJson();
        d.applied = true;
        const ReportBuilder report(d);
        // Every applied step with its request ids; role changes as a table of names and emails.
        const QString md = report.markdown();
        for (const QJsonValue& e : d.journal.value(QStringLiteral("steps")).toArray()) {
            QVERIFY(md.contains(e[QStringLiteral("title")].toString()));
            const QStringList ids = e[QStringLiteral("requestIds")].toVariant().toStringList();
            QVERIFY2(!ids.isEmpty(), qPrintable(e[QStringLiteral("id")].toString()));
            QVERIFY(md.contains(ids.join(QStringLiteral(", "))));
        }
        QVERIFY(md.contains(QLatin1String("Role changes (51)")));
        QVERIFY(md.contains(QLatin1String("Staircase User")));
        QVERIFY(md.contains(report.digest()));
        QVERIFY(report.html().contains(report.digest()));
        // The JSON report checks; any one changed character does not.
        const QString file = dir.filePath(QStringLiteral("report.json"));
        QCOMPARE(report.write(file), QString());
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        QCOMPARE(ReportBuilder::check(bytes), QString());
        for (int at : { int(bytes.size() / 3), int(bytes.indexOf("sha256:") + 10), int(bytes.size() / 2) }) {
            QByteArray changed = bytes;
            changed[at] = changed[at] == 'a' ? 'b' : changed[at] == ' ' ? '\t' : 'a';
            QVERIFY2(!ReportBuilder::check(changed).isEmpty(),
                     qPrintable(QStringLiteral("change at %1 not detected").arg(at)));
        }
    }
};

QTEST_MAIN(TestEvidence)
#include "tst_evidence.moc"
