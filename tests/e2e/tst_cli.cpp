// banister-cli as a script would use it: exit codes, text/JSON output, secrets from the environment only,
// against an in-process sandbox with persisted state and against a standalone banister-sandbox process.
#include "support/CliRun.h"
#include "support/SandboxFixture.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
using Run = banister::test::CliRun;

Run cli(const QStringList& args, const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    return banister::test::runCli(args, env);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void applyThenPlanIsEmptyWithSandboxState()
    {
        QTemporaryDir dir;
        const QString state = dir.filePath(QStringLiteral("state.json"));
        const QStringList common { QStringLiteral("--sandbox"),
                                   QStringLiteral("--sandbox-state"),
                                   state,
                                   QStringLiteral("--profile"),
                                   banister::test::shippedProfilePath("sandbox-ready.json"),
                                   QStringLiteral("--journal"),
                                   dir.filePath(QStringLiteral("journal.json")) };
        Run plan = cli(QStringList { QStringLiteral("plan") } + common);
        QCOMPARE(plan.exit, 2);
        QVERIFY(plan.out.contains(QLatin1String("9 change(s)")));
        Run apply = cli(QStringList { QStringLiteral("apply") } + common);
        QCOMPARE(apply.exit, 0);
        QVERIFY2(apply.out.contains(QLatin1String("Apply complete")), qPrintable(apply.out + apply.err));
        plan = cli(QStringList { QStringLiteral("plan"), QStringLiteral("--format"), QStringLiteral("json") } + common);
        QCOMPARE(plan.exit, 0);
        const QJsonObject json = QJsonDocument::fromJson(plan.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("changes")).toInt(-1), 0);
        Run verify = cli(QStringList { QStringLiteral("verify") } + common);
        QCOMPARE(verify.exit, 0);
        QVERIFY(verify.out.contains(QLatin1String("Verified")));
        const QString report = dir.filePath(QStringLiteral("report.md"));
        Run rep = cli(QStringList { QStringLiteral("report"), QStringLiteral("--output"), report } + common);
        QCOMPARE(rep.exit, 0);
        QVERIFY(QFile::exists(report));
    }

    void sandboxIsTheSameTenantAcrossRuns()
    {
        // The acceptance's exact commands: apply, then plan, both with plain --sandbox.
        const QStringList profile { QStringLiteral("--profile"),
                                    banister::test::shippedProfilePath("sandbox-ready.json") };
        QCOMPARE(
            cli(QStringList { QStringLiteral("plan"), QStringLiteral("--sandbox"), QStringLiteral("--sandbox-reset") }
                + profile)
                .exit,
            2);
        QCOMPARE(cli(QStringList { QStringLiteral("apply"), QStringLiteral("--sandbox") } + profile).exit, 0);
        const Run plan = cli(QStringList { QStringLiteral("plan"), QStringLiteral("--sandbox") } + profile);
        QCOMPARE(plan.exit, 0);
        QVERIFY(plan.out.contains(QLatin1String("No changes")));
        QCOMPARE(
            cli(QStringList { QStringLiteral("plan"), QStringLiteral("--sandbox"), QStringLiteral("--sandbox-reset") }
                + profile)
                .exit,
            2);
    }

    void defaultJournalIsTheWizards()
    {
        // Without --journal the sandbox's apply journal is the one the wizard keeps for it (<subdomain>-sandbox.json);
        // one that banister-cli kept under the bare subdomain before is carried over, and left in place.
        QTemporaryDir home;
        const QProcessEnvironment env = banister::test::environmentWithHome(home.path());
        const QStringList profile { QStringLiteral("--profile"),
                                    banister::test::shippedProfilePath("sandbox-ready.json") };
        const Run apply = cli(QStringList { QStringLiteral("apply"), QStringLiteral("--sandbox") } + profile, env);
        QVERIFY2(apply.exit == 0, qPrintable(apply.out + apply.err));
        QDirIterator it(home.path(), { QStringLiteral("northwind*.json") }, QDir::Files, QDirIterator::Subdirectories);
        QStringList journals;
        while (it.hasNext())
            journals << it.next();
        QCOMPARE(journals.size(), 1);
        const QFileInfo journal(journals.constFirst());
        QCOMPARE(journal.fileName(), QStringLiteral("northwind-sandbox.json"));
        QCOMPARE(journal.dir().dirName(), QStringLiteral("journals"));

        const QString legacy = journal.dir().filePath(QStringLiteral("northwind.json"));
        QVERIFY(QFile::rename(journal.filePath(), legacy));
        const Run report = cli(QStringList { QStringLiteral("report"), QStringLiteral("--sandbox"),
                                             QStringLiteral("--output"), home.filePath(QStringLiteral("report.json")) }
                                   + profile,
                               env);
        QVERIFY2(report.exit == 0, qPrintable(report.out + report.err));
        QVERIFY(QFile::exists(legacy));
        QVERIFY(QFile::exists(journal.filePath()));
        QFile written(home.filePath(QStringLiteral("report.json")));
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(written.readAll()).object();
        QCOMPARE(json[QStringLiteral("apply")][QStringLiteral("ran")].toBool(), true); // the carried-over journal
    }

    void verifyReportsDifferencesWithExit2()
    {
        const Run r = cli({ QStringLiteral("verify"), QStringLiteral("--sandbox"), QStringLiteral("--sandbox-reset"),
                            QStringLiteral("--profile"), banister::test::shippedProfilePath("sandbox-ready.json") });
        QCOMPARE(r.exit, 2);
        QVERIFY(r.out.contains(QLatin1String("FAIL")));
    }

    void badInputExits1()
    {
        QTemporaryDir dir;
        const QString bad
            = banister::test::writeFile(dir.path(), QStringLiteral("bad.json"),
                                        "{\"schema\":\"banister.profile/1\",\"activation\":{\"path\":\"teleport\"}}");
        Run r = cli({ QStringLiteral("plan"), QStringLiteral("--sandbox"), QStringLiteral("--profile"), bad });
        QCOMPARE(r.exit, 1);
        QVERIFY(r.err.contains(QLatin1String("/activation/path")));
        r = cli({ QStringLiteral("plan"), QStringLiteral("--profile"), bad, QStringLiteral("--access-key"),
                  QStringLiteral("x") });
        QCOMPARE(r.exit, 1);
        QVERIFY(r.err.contains(QLatin1String("never taken from the command line")));
        r = cli({ QStringLiteral("frobnicate") });
        QCOMPARE(r.exit, 1);
        // A profile for the wrong tenant path: a plan error, exit 1.
        r = cli({ QStringLiteral("plan"), QStringLiteral("--sandbox=ai-followup"), QStringLiteral("--profile"),
                  banister::test::shippedProfilePath("sandbox-ready.json") });
        QCOMPARE(r.exit, 1);
        QVERIFY(r.out.contains(QLatin1String("upgrade")));
    }

    void killedApplyResumes()
    {
        // A slow tenant (300 ms a request) so the apply can be killed between steps.
        QProcess sandbox;
        sandbox.start(qEnvironmentVariable("BANISTER_SANDBOX"),
                      { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--print-key"),
                        QStringLiteral("--latency"), QStringLiteral("300") });
        QVERIFY(sandbox.waitForStarted());
        QString lines;
        QTRY_VERIFY_WITH_TIMEOUT((lines += QString::fromUtf8(sandbox.readAllStandardOutput()))
                                     .contains(QLatin1String("BANISTER_STAIRCASE_TOKEN=")),
                                 10000);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BANISTER_ACCESS_KEY"),
                   QRegularExpression(QStringLiteral("BANISTER_ACCESS_KEY=(\\S+)")).match(lines).captured(1));
        env.insert(QStringLiteral("BANISTER_STAIRCASE_TOKEN"),
                   QRegularExpression(QStringLiteral("BANISTER_STAIRCASE_TOKEN=(\\S+)")).match(lines).captured(1));
        const QString url = QRegularExpression(QStringLiteral("listening on (\\S+)")).match(lines).captured(1);
        QTemporaryDir dir;
        const QString journal = dir.filePath(QStringLiteral("j.json"));
        const QStringList common {
            QStringLiteral("--url"),     url,
            QStringLiteral("--profile"), banister::test::shippedProfilePath("sandbox-ready.json"),
            QStringLiteral("--journal"), journal
        };

        QProcess apply;
        apply.setProcessEnvironment(env);
        apply.start(qEnvironmentVariable("BANISTER_CLI"), QStringList { QStringLiteral("apply") } + common);
        QString out;
        QTRY_VERIFY_WITH_TIMEOUT(
            (out += QString::fromUtf8(apply.readAllStandardOutput())).contains(QLatin1String("[2/9]")), 20000);
        apply.kill();
        QVERIFY(apply.waitForFinished(5000));
        QFile j(journal);
        QVERIFY(j.open(QIODevice::ReadOnly));
        const QJsonObject record = QJsonDocument::fromJson(j.readAll()).object();
        QCOMPARE(record.value(QStringLiteral("outcome")).toString(), QStringLiteral("running")); // it never finished
        QCOMPARE(record[QStringLiteral("steps")][0][QStringLiteral("status")].toString(), QStringLiteral("done"));

        const Run resumed = cli(QStringList { QStringLiteral("apply") } + common, env);
        QCOMPARE(resumed.exit, 0);
        QVERIFY2(!resumed.out.contains(QLatin1String("Ask Gainsight Support")), qPrintable(resumed.out)); // not again
        QCOMPARE(cli(QStringList { QStringLiteral("plan") } + common, env).exit, 0);
        sandbox.terminate();
        sandbox.waitForFinished(5000);
    }

    void standaloneSandboxOverHttp()
    {
        QProcess sandbox;
        sandbox.start(qEnvironmentVariable("BANISTER_SANDBOX"),
                      { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--print-key") });
        QVERIFY(sandbox.waitForStarted());
        QString lines;
        QTRY_VERIFY_WITH_TIMEOUT((lines += QString::fromUtf8(sandbox.readAllStandardOutput()))
                                     .contains(QLatin1String("BANISTER_STAIRCASE_TOKEN=")),
                                 10000);
        const QString url
            = QRegularExpression(QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)")).match(lines).captured(1);
        const QString key = QRegularExpression(QStringLiteral("BANISTER_ACCESS_KEY=(\\S+)")).match(lines).captured(1);
        const QString token
            = QRegularExpression(QStringLiteral("BANISTER_STAIRCASE_TOKEN=(\\S+)")).match(lines).captured(1);
        QVERIFY(!url.isEmpty() && !key.isEmpty() && !token.isEmpty());

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BANISTER_ACCESS_KEY"), key);
        env.insert(QStringLiteral("BANISTER_STAIRCASE_TOKEN"), token);
        QTemporaryDir dir;
        const QStringList common {
            QStringLiteral("--url"),     url,
            QStringLiteral("--profile"), banister::test::shippedProfilePath("sandbox-ready.json"),
            QStringLiteral("--journal"), dir.filePath(QStringLiteral("j.json"))
        };
        QCOMPARE(cli(QStringList { QStringLiteral("apply") } + common, env).exit, 0);
        QCOMPARE(cli(QStringList { QStringLiteral("plan") } + common, env).exit, 0);

        // The live state read over HTTP equals the profile.
        QNetworkAccessManager nam;
        QNetworkRequest req(QUrl(url + QStringLiteral("/staircase/v1/integrations/gainsight")));
        req.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QNetworkReply* reply = nam.get(req);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        const QJsonObject data
            = QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("connected")).toBool(), true);
        QCOMPARE(data.value(QStringLiteral("subdomain")).toString(), QStringLiteral("northwind"));
        reply->deleteLater();

        // A wrong key is an error with words, exit 1, and the key is not echoed.
        env.insert(QStringLiteral("BANISTER_ACCESS_KEY"), QStringLiteral("wrong-key-123"));
        const Run wrong = cli(QStringList { QStringLiteral("plan") } + common, env);
        QCOMPARE(wrong.exit, 1);
        QVERIFY(wrong.err.contains(QLatin1String("401")));
        QVERIFY(!wrong.err.contains(QLatin1String("wrong-key-123")));
        sandbox.terminate();
        sandbox.waitForFinished(5000);
    }

    void supportProgressSurvivesBetweenRuns()
    {
        // The support request moves on while apply polls it (GETs): those changes are saved too, so the next
        // plan is empty instead of asking to wait for support again.
        QTemporaryDir dir;
        const QStringList common { QStringLiteral("--sandbox=ai-followup"),
                                   QStringLiteral("--sandbox-state"),
                                   dir.filePath(QStringLiteral("state.json")),
                                   QStringLiteral("--profile"),
                                   banister::test::shippedProfilePath("sandbox-ai-followup.json"),
                                   QStringLiteral("--journal"),
                                   dir.filePath(QStringLiteral("journal.json")) };
        QCOMPARE(cli(QStringList { QStringLiteral("plan") } + common).exit, 2);
        const Run apply = cli(QStringList { QStringLiteral("apply") } + common);
        QVERIFY2(apply.exit == 0, qPrintable(apply.out + apply.err));
        const Run plan = cli(QStringList { QStringLiteral("plan") } + common);
        QVERIFY2(plan.exit == 0, qPrintable(plan.out + plan.err));
    }

    void standaloneSandboxWritesItsStateWhenTerminated()
    {
        QTemporaryDir dir;
        const QString state = dir.filePath(QStringLiteral("state.json"));
        QProcess sandbox;
        sandbox.start(qEnvironmentVariable("BANISTER_SANDBOX"),
                      { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--print-key"),
                        QStringLiteral("--state"), state });
        QVERIFY(sandbox.waitForStarted());
        QString lines;
        QTRY_VERIFY_WITH_TIMEOUT((lines += QString::fromUtf8(sandbox.readAllStandardOutput()))
                                     .contains(QLatin1String("BANISTER_STAIRCASE_TOKEN=")),
                                 10000);
        const QString url
            = QRegularExpression(QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)")).match(lines).captured(1);
        const QString key = QRegularExpression(QStringLiteral("BANISTER_ACCESS_KEY=(\\S+)")).match(lines).captured(1);
        QNetworkAccessManager nam;
        QNetworkRequest req(QUrl(url + QStringLiteral("/v1/support/requests")));
        req.setRawHeader("accesskey", key.toUtf8());
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply* reply = nam.post(req, QByteArray("{\"type\":\"staircase-integration\"}"));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        reply->deleteLater();
        sandbox.terminate(); // SIGTERM, possibly before the coalesced write was due
        QVERIFY(sandbox.waitForFinished(5000));
        QCOMPARE(sandbox.exitStatus(), QProcess::NormalExit);
        QFile f(state);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(
            QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("supportRequests")).toArray().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
