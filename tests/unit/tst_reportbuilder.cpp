// The setup report in all four formats, from the same content, with no secret in any of them.
#include "report/ReportBuilder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace banister;

namespace {
const char* const kSecretKey = "ak-SECRET-4c1d9f0e7b2a";

ReportData sample()
{
    ReportData d;
    d.profile.tenant = { QStringLiteral("https://northwind.gainsightcloud.com"),
                         QStringLiteral("https://app.staircase.ai"), QStringLiteral("northwind") };
    d.profile.activation = ActivationSection { QStringLiteral("connect"), QStringLiteral("dana@northwind.example"),
                                               QStringLiteral("Grüße — please link | us") };
    d.tenant.tenantName = QStringLiteral("Northwind Analytics");
    d.tenant.subdomain = QStringLiteral("northwind");
    d.tenant.callerEmail = QStringLiteral("dana@northwind.example");
    d.gainsightUrl = d.profile.tenant.gainsightUrl;
    PlanStep s;
    s.id = QStringLiteral("activation.connect");
    s.area = QStringLiteral("activation");
    s.title = QStringLiteral("Connect Staircase to Gainsight");
    s.before = QJsonObject { { QStringLiteral("connected"), false } };
    s.after = QJsonObject { { QStringLiteral("connected"), true } };
    d.plan.steps << s;
    d.results << StepResult { StepResult::Status::Done, QStringLiteral("Staircase is connected."), {} };
    d.applied = true;
    d.applyOutcome = QStringLiteral("completed");
    d.checks << VerifyCheck { QStringLiteral("activation.connected"), QStringLiteral("activation"),
                              QStringLiteral("Staircase is connected to Gainsight"), true,
                              QStringLiteral("Connected.") };
    d.verified = true;
    d.warnings << QStringLiteral("2 users skipped");
    d.manualSteps << QStringLiteral("Validate single sign-on.");
    return d;
}

bool banisterWrite(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray read(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}
} // namespace

class TestReportBuilder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void allFormats()
    {
        QTemporaryDir dir;
        const ReportBuilder report(sample());
        for (const char* ext : { "html", "md", "json", "pdf" }) {
            const QString path = dir.filePath(QStringLiteral("report.") + QLatin1String(ext));
            QCOMPARE(report.write(path), QString());
            const QByteArray bytes = read(path);
            QVERIFY2(bytes.size() > 200, ext);
            QVERIFY2(!bytes.contains(kSecretKey), ext);
        }
        const QByteArray html = read(dir.filePath(QStringLiteral("report.html")));
        QVERIFY(html.contains("<style>")); // self-contained
        QVERIFY(!html.contains("<link"));
        QVERIFY(html.contains("Connect Staircase to Gainsight"));
        QVERIFY(html.contains("Grüße — please link | us"));
        QVERIFY(read(dir.filePath(QStringLiteral("report.md"))).contains("Grüße — please link \\| us"));
        const QJsonObject json = QJsonDocument::fromJson(read(dir.filePath(QStringLiteral("report.json")))).object();
        QCOMPARE(json.value(QStringLiteral("schema")).toString(), QStringLiteral("banister.report/1"));
        QCOMPARE(json[QStringLiteral("plan")][QStringLiteral("steps")][0][QStringLiteral("status")].toString(),
                 QStringLiteral("done"));
        QCOMPARE(json[QStringLiteral("verification")][QStringLiteral("checks")].toArray().size(), 1);
        QCOMPARE(json[QStringLiteral("profile")][QStringLiteral("tenant")][QStringLiteral("subdomain")].toString(),
                 QStringLiteral("northwind"));
        QVERIFY(read(dir.filePath(QStringLiteral("report.pdf"))).startsWith("%PDF-"));
    }

    void pdfHasTheSettings()
    {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.pdf"));
        QCOMPARE(ReportBuilder(sample()).write(path), QString());
        QProcess p;
        p.start(pdftotext, { path, QStringLiteral("-") });
        QVERIFY(p.waitForFinished(20000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(text.contains(QLatin1String("Northwind Analytics")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("northwind")));
        QVERIFY(text.contains(QLatin1String("Staircase is connected to Gainsight")));
    }

    void unknownExtensionIsRefused()
    {
        QTemporaryDir dir;
        QVERIFY(!ReportBuilder(sample()).write(dir.filePath(QStringLiteral("r.docx"))).isEmpty());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("r.docx"))));
    }

    void pdfIsAtomicAndRefusesWhatTheOthersRefuse()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral("QPainter|QPdfWriter")));
        QTemporaryDir dir;
        const ReportBuilder report(sample());
        for (const char* ext : { "pdf", "md", "html", "json" }) {
            // A read-only report is left alone, by every format alike (also when running as root).
            const QString path = dir.filePath(QStringLiteral("locked.") + QLatin1String(ext));
            QVERIFY(banisterWrite(path, "OLD"));
            QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
            const QString error = report.write(path);
            QVERIFY2(error.contains(QLatin1String("read-only")), qPrintable(error));
            QCOMPARE(read(path), QByteArray("OLD"));
            // A folder does not become a report and is not removed.
            const QString folder = dir.filePath(QStringLiteral("folder.") + QLatin1String(ext));
            QVERIFY(QDir().mkdir(folder));
            QVERIFY(!report.write(folder).isEmpty());
            QVERIFY(QFileInfo(folder).isDir());
            // A missing folder gets a clear error and leaves nothing behind.
            const QString missing = dir.filePath(QStringLiteral("no-such-dir/r.") + QLatin1String(ext));
            QVERIFY(report.write(missing).contains(QLatin1String("cannot write")));
        }
        // An existing, writable report is replaced whole; no temporary file stays beside it.
        const QString path = dir.filePath(QStringLiteral("r.pdf"));
        QVERIFY(banisterWrite(path, "OLD"));
        QCOMPARE(report.write(path), QString());
        QVERIFY(read(path).startsWith("%PDF-"));
        QCOMPARE(QDir(dir.path()).entryList({ QStringLiteral("r.pdf*") }, QDir::Files),
                 QStringList { QStringLiteral("r.pdf") });
    }

    void markdownAndHtmlAreNotMarkup()
    {
        ReportData d = sample();
        const QString label = QStringLiteral("<script>alert(1)</script> & \u202Egnp.exe\u2066x\u2069");
        d.profile.layouts = QList<LayoutPlacement> { { QStringLiteral("c360-enterprise"), label, 1 } };
        d.tenant.tenantName = QStringLiteral("<img src=x onerror=alert(2)>");
        d.warnings << QStringLiteral("<b>bold</b>");
        d.checks.first().detail = QStringLiteral("\u202Bdetail<i>");
        const ReportBuilder report(d);
        const QString md = report.markdown();
        QVERIFY(!md.contains(QLatin1String("<script>")));
        QVERIFY(!md.contains(QLatin1String("<img")));
        QVERIFY(!md.contains(QLatin1String("<b>")));
        QVERIFY(!md.contains(QLatin1String("<i>")));
        QVERIFY(md.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt; &amp; gnp.exex")));
        const QString html = report.html();
        for (const QString& text : { md, html })
            for (char16_t bidi :
                 { u'\u202A', u'\u202B', u'\u202C', u'\u202D', u'\u202E', u'\u2066', u'\u2067', u'\u2068', u'\u2069' })
                QVERIFY(!text.contains(QChar(bidi)));
        QVERIFY(!html.contains(QLatin1String("<script>")));
    }
};

QTEST_MAIN(TestReportBuilder)
#include "tst_reportbuilder.moc"
