// LayoutsModel against a sandbox: placement arithmetic, label rules, profile round trip, account search and preview.
#include "models/LayoutsModel.h"
#include "support/SandboxFixture.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace banister;
using banister::test::SandboxFixture;

class TestLayoutsModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placements()
    {
        SandboxFixture f;
        LayoutsModel m(&f.client());
        m.load();
        QTRY_VERIFY_WITH_TIMEOUT(m.isLoaded(), 10000);
        QCOMPARE(m.layouts().size(), 5);
        QVERIFY(!m.canProceed()); // nothing chosen
        const QString smb = QStringLiteral("c360-smb"); // Summary, Timeline, Scorecard
        m.setIncluded(smb, true);
        QVERIFY(m.canProceed());
        QCOMPARE(m.sectionsOf(smb).at(1).first, QStringLiteral("staircase-ai")); // second by default
        m.setPosition(smb, 99);
        QCOMPARE(m.position(smb), 3); // clamped to the end
        QCOMPARE(m.sectionsOf(smb).last().first, QStringLiteral("staircase-ai"));
        m.setPosition(smb, -5);
        QCOMPARE(m.position(smb), 0);
        QVERIFY(m.setLabel(smb, QStringLiteral("  AI insights  ")));
        QCOMPARE(m.label(smb), QStringLiteral("AI insights"));
        QVERIFY(!m.setLabel(smb, QString(81, QLatin1Char('x'))));
        QVERIFY(m.setLabel(smb, QString::fromUtf8("\xF0\x9F\x91\x8D").repeated(80))); // 80 emoji, 160 UTF-16 units
        QVERIFY(!m.setLabel(smb, QString::fromUtf8("\xF0\x9F\x91\x8D").repeated(81)));
        QVERIFY(m.setLabel(smb, QStringLiteral("AI insights")));
        QVERIFY(!m.setLabel(smb, QStringLiteral("   ")));
        QCOMPARE(m.label(smb), QStringLiteral("AI insights"));

        // Profile round trip, including a layout the tenant no longer has (kept; the plan warns).
        const QList<LayoutPlacement> saved { { QStringLiteral("p360-default"), QStringLiteral("Staircase AI"), 1 },
                                             { QStringLiteral("c360-gone"), QStringLiteral("Staircase AI"), 0 } };
        m.setPlacements(saved);
        QCOMPARE(m.placements().size(), 2);
        QVERIFY(m.isIncluded(QStringLiteral("p360-default")));
        QVERIFY(!m.isIncluded(smb));
        m.setPlacements(std::nullopt);
        QVERIFY(!m.hasDraft());
    }

    void accountSearchAndPreview()
    {
        SandboxFixture f;
        LayoutsModel m(&f.client());
        QSignalSpy found(&m, &LayoutsModel::accountsFound);
        m.searchAccounts(QStringLiteral("harbor"));
        QVERIFY(found.wait(10000));
        const auto accounts = found.first().first().value<QList<QPair<QString, QString>>>();
        QVERIFY(!accounts.isEmpty());
        for (const auto& a : accounts)
            QVERIFY(a.second.contains(QLatin1String("Harbor"), Qt::CaseInsensitive));
        QSignalSpy preview(&m, &LayoutsModel::previewReady);
        m.preview(QStringLiteral("c360-smb"), accounts.first().first);
        QVERIFY(preview.wait(10000));
        QCOMPARE(preview.first().first().toJsonObject().value(QStringLiteral("sections")).toArray().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestLayoutsModel)
#include "tst_layoutsmodel.moc"
