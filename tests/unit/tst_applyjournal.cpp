// ApplyJournal on disk: every step and call recorded and saved as it happens, read back equal; a journal that cannot
// be written refuses to begin; a run that died is marked interrupted; half-done username fixes are found; the
// admin's confirmations of manual steps outlive later applies.
#include "engine/ApplyJournal.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace banister;

namespace {
PlanStep step(const QString& id, const QString& area = QStringLiteral("crm"))
{
    PlanStep s;
    s.id = id;
    s.area = area;
    s.title = QStringLiteral("Change %1").arg(id);
    s.before = QJsonObject { { QStringLiteral("sync"), false } };
    s.after = QJsonObject { { QStringLiteral("sync"), true } };
    s.beforeText = QStringLiteral("off");
    s.afterText = QStringLiteral("on");
    return s;
}

Plan plan(const QStringList& ids)
{
    Plan p;
    for (const QString& id : ids)
        p.steps << step(id);
    p.tenant.callerEmail = QStringLiteral("dana@northwind.example");
    return p;
}

QJsonObject onDisk(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

// Sets an environment variable for one test and puts it back after.
class EnvOverride
{
public:
    EnvOverride(const char* name, const QByteArray& value)
        : m_name(name)
        , m_had(qEnvironmentVariableIsSet(name))
        , m_old(qgetenv(name))
    {
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
    ~EnvOverride()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char* m_name;
    bool m_had;
    QByteArray m_old;
};
} // namespace

class TestApplyJournal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void beginRecordsEveryStepPending()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.json"));
        ApplyJournal j(path);
        QCOMPARE(j.path(), path);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        QVERIFY2(j.begin(plan({ QStringLiteral("crm.settings"), QStringLiteral("fields.revenue") }),
                         QStringLiteral("northwind")),
                 qPrintable(j.lastError()));
        QVERIFY(j.lastError().isEmpty());
        QCOMPARE(j.outcome(), QStringLiteral("running"));
        QCOMPARE(j.tenant(), QStringLiteral("northwind"));
        QCOMPARE(j.admin(), QStringLiteral("dana@northwind.example"));
        QVERIFY(j.started() >= before.addMSecs(-1));
        QVERIFY(!j.finished().isValid());
        QCOMPARE(j.entries().size(), 2);

        const ApplyJournal read = ApplyJournal::load(path);
        QCOMPARE(read.outcome(), QStringLiteral("running"));
        QCOMPARE(read.tenant(), QStringLiteral("northwind"));
        QCOMPARE(read.admin(), QStringLiteral("dana@northwind.example"));
        QCOMPARE(read.started(), j.started());
        QCOMPARE(read.entries().size(), 2);
        const ApplyJournal::Entry& e = read.entries().at(1);
        QCOMPARE(e.id, QStringLiteral("fields.revenue"));
        QCOMPARE(e.area, QStringLiteral("crm"));
        QCOMPARE(e.title, QStringLiteral("Change fields.revenue"));
        QCOMPARE(e.status, QStringLiteral("pending"));
        QCOMPARE(e.before, QJsonValue(QJsonObject { { QStringLiteral("sync"), false } }));
        QCOMPARE(e.after, QJsonValue(QJsonObject { { QStringLiteral("sync"), true } }));
        QCOMPARE(e.beforeText, QStringLiteral("off"));
        QCOMPARE(e.afterText, QStringLiteral("on"));
        QVERIFY(e.calls.isEmpty());
        QCOMPARE(onDisk(path).value(QLatin1String("schema")).toString(), QStringLiteral("banister.journal/1"));
    }

    void stepsAndCallsAreSavedAsTheyHappen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.json"));
        ApplyJournal j(path);
        QVERIFY(j.begin(plan({ QStringLiteral("users.roles.1"), QStringLiteral("layouts.c360") }),
                        QStringLiteral("northwind")));
        j.mark(QStringLiteral("users.roles.1"), QStringLiteral("running"));
        ApplyJournal read = ApplyJournal::load(path);
        QCOMPARE(read.entries().at(0).status, QStringLiteral("running"));
        QVERIFY(read.entries().at(0).started.isValid());
        QVERIFY(!read.entries().at(0).finished.isValid());

        j.recordCall(QStringLiteral("users.roles.1"), 0, QStringLiteral("PUT /v1/users"), QStringLiteral("req-1"),
                     true);
        j.recordCall(QStringLiteral("users.roles.1"), 1, QStringLiteral("PUT /v1/users"), QString(), false,
                     QStringLiteral("HTTP 500"));
        read = ApplyJournal::load(path); // each call is on disk at once
        QCOMPARE(read.entries().at(0).calls.size(), 2);
        j.mark(QStringLiteral("users.roles.1"), QStringLiteral("failed"), QStringLiteral("the second call failed"));
        j.mark(QStringLiteral("layouts.c360"), QStringLiteral("skipped"), QStringLiteral("not reached"));
        j.mark(QStringLiteral("no.such.step"), QStringLiteral("done")); // ignored
        j.finish(QStringLiteral("failed"));
        QCOMPARE(j.outcome(), QStringLiteral("failed"));
        QVERIFY(j.finished().isValid());

        read = ApplyJournal::load(path);
        QCOMPARE(read.outcome(), QStringLiteral("failed"));
        QCOMPARE(read.finished(), j.finished());
        QCOMPARE(read.entries().size(), 2);
        const ApplyJournal::Entry& users = read.entries().at(0);
        QCOMPARE(users.status, QStringLiteral("failed"));
        QCOMPARE(users.message, QStringLiteral("the second call failed"));
        QVERIFY(users.finished.isValid());
        QVERIFY(users.finished >= users.started);
        QCOMPARE(users.calls.at(0).index, 0);
        QCOMPARE(users.calls.at(0).request, QStringLiteral("PUT /v1/users"));
        QCOMPARE(users.calls.at(0).requestId, QStringLiteral("req-1"));
        QCOMPARE(users.calls.at(0).status, QStringLiteral("done"));
        QVERIFY(users.calls.at(0).at.isValid());
        QCOMPARE(users.calls.at(1).index, 1);
        QCOMPARE(users.calls.at(1).status, QStringLiteral("failed"));
        QCOMPARE(users.calls.at(1).message, QStringLiteral("HTTP 500"));
        const ApplyJournal::Entry& layouts = read.entries().at(1);
        QCOMPARE(layouts.status, QStringLiteral("skipped"));
        QCOMPARE(layouts.message, QStringLiteral("not reached"));
        QVERIFY(layouts.at.isValid());
        QVERIFY(!layouts.finished.isValid()); // never started, so never finished

        // The report's evidence: only calls that got a request id list one.
        const QJsonArray steps = read.toJson().value(QLatin1String("steps")).toArray();
        QCOMPARE(steps.at(0)[QStringLiteral("requestIds")].toArray(), QJsonArray { QStringLiteral("req-1") });
        QCOMPARE(read.toJson(), j.toJson());
    }

    void aJournalThatCannotBeWrittenRefusesToBegin()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing-folder/journal.json"));
        ApplyJournal j(path);
        QVERIFY(!j.begin(plan({ QStringLiteral("crm.settings") }), QStringLiteral("northwind")));
        QVERIFY2(j.lastError().startsWith(path + QStringLiteral(": ")), qPrintable(j.lastError()));
        QVERIFY(!QFile::exists(path));
    }

    void withoutAPathNothingIsWritten()
    {
        QTemporaryDir dir;
        ApplyJournal j;
        QVERIFY(j.begin(plan({ QStringLiteral("crm.settings") }), QStringLiteral("northwind")));
        j.mark(QStringLiteral("crm.settings"), QStringLiteral("done"));
        j.finish(QStringLiteral("completed"));
        QCOMPARE(j.entries().at(0).status, QStringLiteral("done"));
        QCOMPARE(j.outcome(), QStringLiteral("completed"));
        QVERIFY(j.lastError().isEmpty());
        QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList {});
        QCOMPARE(ApplyJournal::recoverInterrupted(QString()).entries().size(), 0);
    }

    void loadSaysWhatIsWrong()
    {
        QTemporaryDir dir;
        QString error;
        ApplyJournal missing = ApplyJournal::load(dir.filePath(QStringLiteral("none.json")), &error);
        QCOMPARE(error, QStringLiteral("no such file"));
        QCOMPARE(missing.outcome(), QString());
        QVERIFY(missing.entries().isEmpty());

        error.clear();
        QCOMPARE(ApplyJournal::load(dir.path(), &error).outcome(), QString());
        QCOMPARE(error, QStringLiteral("not a regular file"));

        const QString other = dir.filePath(QStringLiteral("profile.json"));
        QFile f(other);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"schema\": \"banister.profile/1\", \"outcome\": \"completed\"}");
        f.close();
        error.clear();
        QCOMPARE(ApplyJournal::load(other, &error).outcome(), QString());
        QCOMPARE(error, QStringLiteral("not a Banister apply journal"));

        QCOMPARE(ApplyJournal::load(other).outcome(), QString()); // the error is optional
    }

    void aRunThatDiedIsMarkedInterrupted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.json"));
        {
            ApplyJournal j(path);
            QVERIFY(j.begin(plan({ QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") }),
                            QStringLiteral("northwind")));
            j.mark(QStringLiteral("a"), QStringLiteral("done"));
            j.mark(QStringLiteral("b"), QStringLiteral("running"));
            // the process dies here: no finish()
        }
        const ApplyJournal recovered = ApplyJournal::recoverInterrupted(path);
        QCOMPARE(recovered.outcome(), QStringLiteral("interrupted"));
        QCOMPARE(recovered.entries().at(0).status, QStringLiteral("done"));
        QCOMPARE(recovered.entries().at(1).status, QStringLiteral("interrupted"));
        QCOMPARE(recovered.entries().at(2).status, QStringLiteral("pending"));
        QCOMPARE(ApplyJournal::load(path).outcome(), QStringLiteral("interrupted")); // and saved so

        // The next apply on this journal says how the one before it ended.
        ApplyJournal next(path);
        QVERIFY(next.begin(plan({ QStringLiteral("b") }), QStringLiteral("northwind")));
        const QJsonObject previous = ApplyJournal::load(path).toJson().value(QLatin1String("previousRun")).toObject();
        QCOMPARE(previous.value(QLatin1String("outcome")).toString(), QStringLiteral("interrupted"));
        QCOMPARE(previous.value(QLatin1String("started")).toString(), recovered.started().toString(Qt::ISODateWithMs));
        next.finish(QStringLiteral("completed"));

        // A run that ended is left alone, and the one after it has no previous run to mention.
        QCOMPARE(ApplyJournal::recoverInterrupted(path).outcome(), QStringLiteral("completed"));
        ApplyJournal third(path);
        QVERIFY(third.begin(plan({ QStringLiteral("c") }), QStringLiteral("northwind")));
        QVERIFY(!third.toJson().contains(QLatin1String("previousRun")));
        QCOMPARE(third.entries().size(), 1); // a new run starts from its own plan
    }

    void begunUsernameFixes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.json"));
        ApplyJournal j(path);
        QVERIFY(j.begin(
            plan({ QStringLiteral("users.fix.U1"), QStringLiteral("users.fix.U2"), QStringLiteral("users.fix.U3"),
                   QStringLiteral("users.fix.U4"), QStringLiteral("users.fix.U5"), QStringLiteral("users.roles.1") }),
            QStringLiteral("northwind")));
        j.mark(QStringLiteral("users.fix.U1"), QStringLiteral("running")); // deactivating
        j.mark(QStringLiteral("users.fix.U2"), QStringLiteral("done")); // finished
        j.recordCall(QStringLiteral("users.fix.U3"), 0, QStringLiteral("PUT /v1/users/status"), // one call in
                     QStringLiteral("r1"), true);
        j.mark(QStringLiteral("users.fix.U5"), QStringLiteral("failed"));
        j.mark(QStringLiteral("users.roles.1"), QStringLiteral("running")); // not a fix
        QCOMPARE(j.begunFixes(), (QSet<QString> { QStringLiteral("U1"), QStringLiteral("U3"), QStringLiteral("U5") }));
        // Read back after the process died: the running one is interrupted, and still begun.
        const ApplyJournal recovered = ApplyJournal::recoverInterrupted(path);
        QCOMPARE(recovered.entries().at(0).status, QStringLiteral("interrupted"));
        QCOMPARE(recovered.begunFixes(),
                 (QSet<QString> { QStringLiteral("U1"), QStringLiteral("U3"), QStringLiteral("U5") }));
        QCOMPARE(ApplyJournal().begunFixes(), QSet<QString> {});
    }

    void confirmationsOutliveApplies()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.json"));
        PlanStep manual = step(QStringLiteral("activation.request"), QStringLiteral("activation"));
        manual.mode = PlanStep::Mode::Manual;

        const Result<void> nowhere
            = ApplyJournal::confirm(QString(), manual, QStringLiteral("northwind"), QStringLiteral("dana"));
        QVERIFY(!nowhere.ok());
        QCOMPARE(nowhere.error(), QStringLiteral("no journal file to record the confirmation in"));

        // No apply yet: the journal starts with the confirmation.
        QVERIFY(
            ApplyJournal::confirm(path, manual, QStringLiteral("northwind"), QStringLiteral("dana@northwind.example"))
                .ok());
        ApplyJournal read = ApplyJournal::load(path);
        QCOMPARE(read.outcome(), QStringLiteral("none"));
        QCOMPARE(read.tenant(), QStringLiteral("northwind"));
        QCOMPARE(read.confirmations().size(), 1);
        const ApplyJournal::Confirmation c = read.confirmations().first();
        QCOMPARE(c.stepId, QStringLiteral("activation.request"));
        QCOMPARE(c.key, confirmationKey(manual));
        QCOMPARE(c.title, manual.title);
        QCOMPARE(c.by, QStringLiteral("dana@northwind.example"));
        QVERIFY(c.at.isValid());

        // Confirming the same step again replaces the confirmation; another step adds one.
        QVERIFY(ApplyJournal::confirm(path, manual, QStringLiteral("other"), QStringLiteral("lee")).ok());
        PlanStep second = step(QStringLiteral("activation.connect"), QStringLiteral("activation"));
        QVERIFY(ApplyJournal::confirm(path, second, QStringLiteral("northwind"), QStringLiteral("lee")).ok());
        read = ApplyJournal::load(path);
        QCOMPARE(read.tenant(), QStringLiteral("northwind")); // the tenant it was first recorded for
        QCOMPARE(read.confirmations().size(), 2);
        QCOMPARE(read.confirmations().at(0).stepId, QStringLiteral("activation.request"));
        QCOMPARE(read.confirmations().at(0).by, QStringLiteral("lee"));

        // An apply on this journal keeps them, and so does its end.
        ApplyJournal j(path);
        QVERIFY(j.begin(plan({ QStringLiteral("crm.settings") }), QStringLiteral("northwind")));
        QCOMPARE(j.confirmations().size(), 2);
        j.finish(QStringLiteral("completed"));
        QCOMPARE(ApplyJournal::load(path).confirmations().size(), 2);

        // Unticking takes one back; unticking on a tenant with no journal is nothing to do.
        QVERIFY(ApplyJournal::unconfirm(path, QStringLiteral("activation.request")).ok());
        read = ApplyJournal::load(path);
        QCOMPARE(read.confirmations().size(), 1);
        QCOMPARE(read.confirmations().at(0).stepId, QStringLiteral("activation.connect"));
        QCOMPARE(read.outcome(), QStringLiteral("completed"));
        const QString none = dir.filePath(QStringLiteral("none.json"));
        QVERIFY(ApplyJournal::unconfirm(none, QStringLiteral("activation.connect")).ok());
        QVERIFY(!QFile::exists(none));
    }

    void confirmingIntoAnUnwritableJournalSaysWhy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing-folder/journal.json"));
        const Result<void> r = ApplyJournal::confirm(path, step(QStringLiteral("a")), QStringLiteral("northwind"),
                                                     QStringLiteral("dana"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().startsWith(path + QStringLiteral(": ")), qPrintable(r.error()));
    }

    void whoConfirms()
    {
        EnvOverride user("USER", "os-user");
        EnvOverride logname("LOGNAME", "login-name");
        QCOMPARE(ApplyJournal::confirmer(QStringLiteral("dana@northwind.example"), QStringLiteral("admin")),
                 QStringLiteral("dana@northwind.example"));
        QCOMPARE(ApplyJournal::confirmer(QString(), QStringLiteral("admin")), QStringLiteral("os-user"));
        {
            EnvOverride noUser("USER", QByteArray());
            QCOMPARE(ApplyJournal::confirmer(QString(), QStringLiteral("admin")), QStringLiteral("login-name"));
            EnvOverride noLogname("LOGNAME", QByteArray());
            QCOMPARE(ApplyJournal::confirmer(QString(), QStringLiteral("admin")), QStringLiteral("admin"));
        }
        QCOMPARE(qEnvironmentVariable("USER"), QStringLiteral("os-user")); // put back
    }
};

QTEST_GUILESS_MAIN(TestApplyJournal)
#include "tst_applyjournal.moc"
