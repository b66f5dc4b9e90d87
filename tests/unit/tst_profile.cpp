// Profile JSON I/O: strict validation with JSON pointers, all-or-nothing loads, unknown keys kept, atomic saves.
#include "core/Profile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace banister;

namespace {
// Kept in a file: moc (Qt 6.4) misreads raw string literals that contain "//".
QByteArray full()
{
    QFile f(qEnvironmentVariable("BANISTER_SOURCE_DIR") + QStringLiteral("/tests/data/full-profile.json"));
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}
} // namespace

class TestProfile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loadsEverySection()
    {
        const ProfileLoad load = profileFromJson(full());
        QVERIFY2(load.errors.isEmpty(), qPrintable(load.errors.value(0).toString()));
        const Profile& p = *load.profile;
        QCOMPARE(p.tenant.subdomain, QStringLiteral("acme"));
        QCOMPARE(p.activation->path, QStringLiteral("connect"));
        QCOMPARE(p.crm->rows.size(), 1);
        QCOMPARE(p.crm->rows.first().values, QStringList { QStringLiteral("Active") });
        QCOMPARE(p.fieldMappings->first().gainsightField, QStringLiteral("Tier"));
        QCOMPARE(p.userAccess->assignments.size(), 2);
        QCOMPARE(p.layouts->first().position, 1);
        QCOMPARE(p.dashboard->principals.first().id, QStringLiteral("Staircase Manager"));
    }

    void roundTripKeepsUnknownKeys()
    {
        const Profile p = *profileFromJson(full()).profile;
        const QJsonObject saved = toJson(p);
        QCOMPARE(saved.value(QStringLiteral("x-owner")).toString(), QStringLiteral("consultant A"));
        QCOMPARE(saved[QStringLiteral("tenant")][QStringLiteral("x-note")].toString(), QStringLiteral("keep"));
        QCOMPARE(
            saved[QStringLiteral("crm")][QStringLiteral("filter")][QStringLiteral("rows")][0][QStringLiteral("x-row")]
                .toInt(),
            1);
        const ProfileLoad again = profileFromJson(QJsonDocument(saved).toJson());
        QVERIFY(again.profile);
        QCOMPARE(*again.profile, p);
    }

    void operatorsAndCombineRoundTrip()
    {
        const QByteArray json
            = "{\"schema\":\"banister.profile/1\",\"crm\":{\"syncAccounts\":true,\"filter\":{\"mode\":\"specific\","
              "\"combine\":\"or\",\"rows\":[{\"field\":\"ARR\",\"operator\":\"between\",\"values\":[\"10\",\"20\"]},"
              "{\"field\":\"Name\",\"operator\":\"contains\",\"values\":[\"Acme\"]}]}}}";
        const ProfileLoad load = profileFromJson(json);
        QVERIFY2(load.profile, qPrintable(load.errors.value(0).toString()));
        QCOMPARE(load.profile->crm->combine, CrmCombine::Or);
        QCOMPARE(load.profile->crm->rows.at(0).op, QStringLiteral("between"));
        QCOMPARE(load.profile->crm->rows.at(1).op, QStringLiteral("contains"));
        const QJsonObject filter = toJson(*load.profile)[QStringLiteral("crm")][QStringLiteral("filter")].toObject();
        QCOMPARE(filter[QStringLiteral("combine")].toString(), QStringLiteral("or"));
        QCOMPARE(filter[QStringLiteral("rows")][0][QStringLiteral("operator")].toString(), QStringLiteral("between"));
        // A profile without them reads as every row, "is".
        const ProfileLoad old = profileFromJson(full());
        QCOMPARE(old.profile->crm->combine, CrmCombine::And);
        QCOMPARE(old.profile->crm->rows.first().op, QStringLiteral("in"));
    }

    void removedSectionStaysRemoved()
    {
        Profile p = *profileFromJson(full()).profile;
        p.dashboard.reset();
        QVERIFY(!toJson(p).contains(QStringLiteral("dashboard")));
    }

    void errorsCarryPointers_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QByteArray head = "{\"schema\":\"banister.profile/1\",";
        QTest::newRow("malformed") << QByteArray("{\"schema\": ") << "not valid JSON";
        QTest::newRow("truncated") << full().left(200) << "not valid JSON";
        QTest::newRow("not object") << QByteArray("[]") << "JSON object";
        QTest::newRow("other schema") << QByteArray("{\"schema\":\"banister.profile/2\"}")
                                      << "/schema: unknown schema version \"banister.profile/2\"";
        QTest::newRow("no schema") << QByteArray("{}") << "/schema: required";
        QTest::newRow("wrong type") << head + "\"crm\":{\"syncAccounts\":\"yes\"}}"
                                    << "/crm/syncAccounts: must be true or false";
        QTest::newRow("unknown enum") << head + "\"activation\":{\"path\":\"teleport\"}}"
                                      << "/activation/path: unknown value \"teleport\"";
        QTest::newRow("row field") << head
                + "\"crm\":{\"filter\":{\"mode\":\"specific\",\"rows\":[{\"field\":\"Tier\",\"values\":[\"Tier "
                  "1\"]},{\"field\":\"Status\",\"values\":[\"A\"]},{\"field\":7,\"values\":[\"x\"]}]}}}"
                                   << "/crm/filter/rows/2/field: must be a string";
        QTest::newRow("empty values") << head
                + "\"crm\":{\"filter\":{\"mode\":\"specific\",\"rows\":[{\"field\":\"Tier\",\"values\":[]}]}}}"
                                      << "/crm/filter/rows/0/values";
        QTest::newRow("unknown operator") << head
                + "\"crm\":{\"filter\":{\"mode\":\"specific\",\"rows\":[{\"field\":\"ARR\",\"operator\":\"gtx\","
                  "\"values\":[\"1\"]}]}}}"
                                          << "/crm/filter/rows/0/operator: unknown value \"gtx\"";
        QTest::newRow("unknown combine") << head + "\"crm\":{\"filter\":{\"mode\":\"all\",\"combine\":\"xor\"}}}"
                                         << "/crm/filter/combine: unknown value \"xor\"";
        QTest::newRow("specific without rows") << head + "\"crm\":{\"filter\":{\"mode\":\"specific\",\"rows\":[]}}}"
                                               << "/crm/filter/rows";
        QTest::newRow("status both") << head
                + "\"crm\":{\"churnedStatuses\":[\"Churned\"],\"prospectStatuses\":[\"Churned\"]}}"
                                     << "/crm/prospectStatuses/0";
        QTest::newRow("duplicate mapping") << head
                + "\"fieldMappings\":[{\"staircaseField\":\"tier\",\"gainsightField\":\"Tier\"},{\"staircaseField\":"
                  "\"tier\",\"gainsightField\":\"Customer_Tier__gc\"}]}"
                                           << "/fieldMappings/1/staircaseField";
        QTest::newRow("role") << head
                + "\"userAccess\":{\"assignments\":[{\"userId\":\"u\",\"staircaseRole\":\"Boss\"}]}}"
                              << "/userAccess/assignments/0/staircaseRole";
        QTest::newRow("nobody") << head + "\"userAccess\":{\"assignments\":[{\"staircaseRole\":\"User\"}]}}"
                                << "/userAccess/assignments/0: needs a userId or an email";
        QTest::newRow("position") << head + "\"layouts\":[{\"layoutId\":\"l\",\"sectionLabel\":\"S\",\"position\":-1}]}"
                                  << "/layouts/0/position";
        QTest::newRow("huge position") << head
                + "\"layouts\":[{\"layoutId\":\"l\",\"sectionLabel\":\"S\",\"position\":1e300}]}"
                                       << "/layouts/0/position";
        QTest::newRow("long label") << head + "\"layouts\":[{\"layoutId\":\"l\",\"sectionLabel\":\""
                + QByteArray(81, 'x') + "\",\"position\":0}]}"
                                    << "/layouts/0/sectionLabel";
        QTest::newRow("permission") << head + "\"dashboard\":{\"permission\":\"everyone\"}}"
                                    << "/dashboard/permission";
        QTest::newRow("principal kind") << head
                + "\"dashboard\":{\"permission\":\"specific\",\"principals\":[{\"kind\":\"team\",\"id\":\"x\"}]}}"
                                        << "/dashboard/principals/0/kind";
        QTest::newRow("section type") << head + "\"layouts\":{}}"
                                      << "/layouts: must be an array";
        QTest::newRow("same layout twice") << head
                + "\"layouts\":[{\"layoutId\":\"a\",\"sectionLabel\":\"S\",\"position\":2},"
                  "{\"layoutId\":\"b\",\"sectionLabel\":\"S\",\"position\":1},"
                  "{\"layoutId\":\"a\",\"sectionLabel\":\"S\",\"position\":4}]}"
                                           << "/layouts/2/layoutId: layout \"a\" is already placed at /layouts/0";
        QTest::newRow("same user id twice")
            << head
                + "\"userAccess\":{\"assignments\":[{\"userId\":\"1U1\",\"staircaseRole\":\"Admin\"},"
                  "{\"userId\":\"1U1\",\"staircaseRole\":\"User\"}]}}"
            << "/userAccess/assignments/1/userId: user \"1U1\" is already assigned at /userAccess/assignments/0";
        QTest::newRow("same email, other case")
            << head
                + "\"userAccess\":{\"assignments\":[{\"email\":\"Ann@Acme.example\",\"staircaseRole\":\"Admin\"},"
                  "{\"email\":\"ann@acme.EXAMPLE\",\"staircaseRole\":\"User\"}]}}"
            << "/userAccess/assignments/1/email: ann@acme.EXAMPLE is already assigned at /userAccess/assignments/0";
        QTest::newRow("same principal twice")
            << head
                + "\"dashboard\":{\"permission\":\"specific\",\"principals\":[{\"kind\":\"role\",\"id\":\"CSM\"},"
                  "{\"kind\":\"user\",\"id\":\"CSM\"},{\"kind\":\"role\",\"id\":\"CSM\"}]}}"
            << "/dashboard/principals/2: role \"CSM\" is already listed at /dashboard/principals/0";
        QTest::newRow("81 emoji") << head + "\"layouts\":[{\"layoutId\":\"l\",\"sectionLabel\":\""
                + QString(81, QChar(0x2728)).toUtf8() + "\",\"position\":0}]}"
                                  << "/layouts/0/sectionLabel";
    }
    void errorsCarryPointers()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const ProfileLoad load = profileFromJson(json);
        QVERIFY(!load.profile); // nothing half-loaded
        QVERIFY(!load.errors.isEmpty());
        QStringList texts;
        for (const ProfileError& e : load.errors)
            texts << e.toString();
        QVERIFY2(texts.join(QLatin1Char('\n')).contains(expected), qPrintable(texts.join(QLatin1Char('\n'))));
    }

    void allErrorsAreListed()
    {
        const ProfileLoad load = profileFromJson(
            "{\"schema\":\"banister.profile/"
            "1\",\"activation\":{\"path\":1},\"dashboard\":{\"permission\":\"x\"},\"crm\":{\"syncAccounts\":0}}");
        QCOMPARE(load.errors.size(), 3);
    }

    void saveIsAtomic()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.json"));
        const Profile p = *profileFromJson(full()).profile;
        {
            const Result<void> saved = saveProfile(p, path);
            QVERIFY2(saved.ok(), qPrintable(saved.error()));
        }
        const ProfileLoad back = loadProfile(path);
        QVERIFY(back.profile);
        QCOMPARE(*back.profile, p);
        // A save that cannot happen leaves the old file as it was.
        const QByteArray before = [&] {
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        {
            const Result<void> failed = saveProfile(p, dir.filePath(QStringLiteral("missing-dir/p.json")));
            QVERIFY(!failed.ok());
            QVERIFY(!failed.error().isEmpty());
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    void sameKindsDifferOnlyByKind()
    {
        // A user and a role of the same name are two principals; users differing in userId are two users.
        const ProfileLoad load = profileFromJson(
            "{\"schema\":\"banister.profile/1\",\"dashboard\":{\"permission\":\"specific\",\"principals\":"
            "[{\"kind\":\"role\",\"id\":\"CSM\"},{\"kind\":\"group\",\"id\":\"CSM\"}]},\"userAccess\":{\"assignments\":"
            "[{\"userId\":\"a\",\"staircaseRole\":\"User\"},{\"userId\":\"b\",\"staircaseRole\":\"User\"}]}}");
        QVERIFY2(load.profile, qPrintable(load.errors.value(0).toString()));
    }

    void labelLimitCountsWhatAPersonSees()
    {
        // 41 emoji are 82 UTF-16 units but 41 characters; 80 "é" written as e + combining accent are 80.
        for (const QString& label : { QString(41, QChar(0x2728)) + QString::fromUtf8("\xF0\x9F\x91\x8D"),
                                      QStringLiteral("e\u0301").repeated(80) }) {
            const QByteArray json
                = "{\"schema\":\"banister.profile/1\",\"layouts\":[{\"layoutId\":\"l\",\"sectionLabel\":\""
                + label.toUtf8() + "\",\"position\":0}]}";
            const ProfileLoad load = profileFromJson(json);
            QVERIFY2(load.profile, qPrintable(load.errors.value(0).toString()));
        }
    }

    void oddFilesAreRefusedByType()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("pipe.json"));
        QVERIFY(mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        const QString link = dir.filePath(QStringLiteral("zero.json"));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), link));
        const QList<QPair<QString, QString>> cases {
            { fifo, QStringLiteral("not a regular file") },
            { QStringLiteral("/dev/zero"), QStringLiteral("not a regular file") },
            { link, QStringLiteral("not a regular file") },
            { dir.path(), QStringLiteral("folder") },
            { dir.filePath(QStringLiteral("none.json")), QStringLiteral("no such file") }
        };
        for (const auto& c : cases) {
            const ProfileLoad load = loadProfile(c.first); // returns at once: no blocking open, no endless read
            QVERIFY(!load.profile);
            QVERIFY2(load.errors.value(0).toString().contains(c.second), qPrintable(load.errors.value(0).toString()));
        }
        // A file over the cap is refused from what it holds, not from what size() says.
        const QString big = dir.filePath(QStringLiteral("big.json"));
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(17 * 1024 * 1024));
        f.close();
        QVERIFY(loadProfile(big).errors.value(0).toString().contains(QLatin1String("16 MiB")));
    }

    void testDataLoads()
    {
        const QDir dir(qEnvironmentVariable("BANISTER_SOURCE_DIR") + QStringLiteral("/tests/data"));
        const QStringList files = dir.entryList({ QStringLiteral("*.json") });
        QVERIFY(!files.isEmpty());
        for (const QString& f : files) {
            const ProfileLoad load = loadProfile(dir.filePath(f));
            QVERIFY2(load.profile, qPrintable(f + QStringLiteral(": ") + load.errors.value(0).toString()));
        }
    }

    void sampleProfilesLoad()
    {
        const QDir dir(qEnvironmentVariable("BANISTER_SOURCE_DIR") + QStringLiteral("/resources/profiles"));
        const QStringList files = dir.entryList({ QStringLiteral("*.json") });
        QVERIFY(!files.isEmpty());
        for (const QString& f : files) {
            const ProfileLoad load = loadProfile(dir.filePath(f));
            QVERIFY2(load.profile, qPrintable(f + QStringLiteral(": ") + load.errors.value(0).toString()));
        }
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
