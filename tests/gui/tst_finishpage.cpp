// The Finish page: the report exported in each format, the profile saved from here, and Undo only after an apply.
#include "support/WizardFixture.h"
#include "widgets/MessagePanel.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>

using namespace banister;
using namespace banister::test;

class TestFinishPage : public QObject
{
    Q_OBJECT
    QTranslator m_english;

private Q_SLOTS:
    void initTestCase() { QVERIFY(setUpWizardTest(m_english)); }

    void exportsTheReportAndSavesTheProfile()
    {
        WizardFixture w;
        QVERIFY(w.showAt(ConnectPageId));
        QVERIFY(openSampleProfile(w.wizard(), w.session()));
        w.wizard().setStartId(FinishPageId);
        w.wizard().restart();
        QWidget* page = w.wizard().currentPage();
        QVERIFY(!child<QLabel>(page, "finishSummary")->text().isEmpty());
        QVERIFY(!child<QPushButton>(page, "undoApplyButton")->isVisible()); // nothing applied

        const QString markdown = exportMarkdownReport(w.wizard());
        QVERIFY(!markdown.isEmpty());
        QVERIFY(markdown.contains(QLatin1String("northwind")));
        QVERIFY(!markdown.contains(w.sandbox().server().accessKey()));
        auto* result = child<MessagePanel>(page, "exportResult");
        QVERIFY(says(result->text(), "Report saved to"));

        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("report.json"));
        FileDialogs::setNextFileName(json);
        QTest::mouseClick(child<QPushButton>(page, "exportReportButton"), Qt::LeftButton);
        QTRY_VERIFY(QFile::exists(json));
        QFile jf(json);
        QVERIFY(jf.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonObject report = QJsonDocument::fromJson(jf.readAll(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(!report.isEmpty());
        QVERIFY(!QJsonDocument(report).toJson().contains(w.sandbox().server().staircaseToken().toUtf8()));

        // Save profile… from here writes what every page holds.
        const QString saved = dir.filePath(QStringLiteral("saved.json"));
        FileDialogs::setNextFileName(saved);
        QTest::mouseClick(child<QPushButton>(page, "finishSaveProfileButton"), Qt::LeftButton);
        QTRY_VERIFY(QFile::exists(saved));
        const ProfileLoad load = loadProfile(saved);
        QVERIFY(load.profile.has_value());
        QVERIFY(load.profile->layouts == w.session().currentProfile().layouts);
        QVERIFY(load.profile->crm == w.session().currentProfile().crm);
        QVERIFY(load.profile->layouts.has_value());
    }
};

QTEST_MAIN(TestFinishPage)
#include "tst_finishpage.moc"
