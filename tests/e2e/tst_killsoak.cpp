// banister-cli killed (SIGKILL) at random moments of an apply against a standalone banister-sandbox, then run again:
// every run must end with the apply complete, an empty plan, verify passing, no user left inactive and the support
// request filed once. The kill moments are drawn from a seed printed with any failure.
#include "support/SandboxFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Sandbox
{
    QProcess process;
    QString url, key, token;
};

bool startSandbox(Sandbox& s)
{
    s.process.start(qEnvironmentVariable("BANISTER_SANDBOX"),
                    { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--scenario"),
                      QStringLiteral("messy-users"), QStringLiteral("--latency"), QStringLiteral("15"),
                      QStringLiteral("--print-key") });
    QString out;
    for (int i = 0; i < 100 && (s.key.isEmpty() || s.token.isEmpty() || s.url.isEmpty()); ++i) {
        if (!s.process.waitForReadyRead(200) && s.process.state() != QProcess::Running)
            return false;
        out += QString::fromUtf8(s.process.readAllStandardOutput());
        const auto m = QRegularExpression(QStringLiteral("listening on (\\S+)")).match(out);
        if (m.hasMatch())
            s.url = m.captured(1);
        const auto k = QRegularExpression(QStringLiteral("BANISTER_ACCESS_KEY=(\\S+)")).match(out);
        if (k.hasMatch())
            s.key = k.captured(1);
        const auto t = QRegularExpression(QStringLiteral("BANISTER_STAIRCASE_TOKEN=(\\S+)")).match(out);
        if (t.hasMatch())
            s.token = t.captured(1);
    }
    return !s.url.isEmpty() && !s.key.isEmpty() && !s.token.isEmpty();
}

QJsonValue get(const Sandbox& s, const QString& path)
{
    QNetworkAccessManager nam;
    QNetworkRequest req(QUrl(s.url + path));
    req.setRawHeader("accesskey", s.key.toUtf8());
    QNetworkReply* reply = nam.get(req);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(10000);
    const QJsonValue data = QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("data"));
    reply->deleteLater();
    return data;
}
} // namespace

class TestKillSoak : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedApplyConverges_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 6; ++seed)
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }

    void killedApplyConverges()
    {
        QFETCH(quint32, seed);
        Sandbox sandbox;
        QVERIFY(startSandbox(sandbox));
        const auto activeBefore = [&] {
            int n = 0;
            for (const QJsonValue& u :
                 get(sandbox, QStringLiteral("/v1/users?page=1&pageSize=500"))[QStringLiteral("records")].toArray())
                n += u[QStringLiteral("active")].toBool();
            return n;
        };
        const int active = activeBefore();
        QTemporaryDir dir;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BANISTER_ACCESS_KEY"), sandbox.key);
        env.insert(QStringLiteral("BANISTER_STAIRCASE_TOKEN"), sandbox.token);
        const QStringList common {
            QStringLiteral("--url"),     sandbox.url,
            QStringLiteral("--profile"), banister::test::shippedProfilePath(QStringLiteral("sandbox-messy-users.json")),
            QStringLiteral("--journal"), dir.filePath(QStringLiteral("journal.json"))
        };
        const auto run = [&](const QString& command, int killAfterMs) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(qEnvironmentVariable("BANISTER_CLI"), QStringList { command } + common);
            if (killAfterMs > 0 && !p.waitForFinished(killAfterMs)) {
                p.kill(); // SIGKILL: no chance to mark anything
                p.waitForFinished(5000);
                return -9;
            }
            p.waitForFinished(60000);
            return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        };
        QRandomGenerator rng(seed);
        const QString why = QStringLiteral("seed %1").arg(seed);
        // Up to three kills at random moments, then runs until the apply completes.
        for (int k = 0; k < 3; ++k)
            run(QStringLiteral("apply"), 100 + int(rng.bounded(2500)));
        int exit = -1;
        for (int attempt = 0; attempt < 4 && exit != 0; ++attempt)
            exit = run(QStringLiteral("apply"), 0);
        QVERIFY2(exit == 0, qPrintable(why));
        QVERIFY2(run(QStringLiteral("plan"), 0) == 0, qPrintable(why + QStringLiteral(": plan not empty")));
        QVERIFY2(run(QStringLiteral("verify"), 0) == 0, qPrintable(why + QStringLiteral(": verify failed")));
        QVERIFY2(activeBefore() == active, qPrintable(why + QStringLiteral(": a user was left inactive")));
        QCOMPARE(get(sandbox, QStringLiteral("/v1/support/requests"))[QStringLiteral("records")].toArray().size(), 1);
        sandbox.process.kill();
        sandbox.process.waitForFinished(5000);
    }
};

QTEST_MAIN(TestKillSoak)
#include "tst_killsoak.moc"
