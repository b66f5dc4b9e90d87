// CRM page figures on the `large` tenant (200 000 accounts), the sandbox on its own thread as in the app:
//   crm_load_large        describe + distinct values of two picklists, until usable; goal < 500 ms
//   crm_typing_stall      longest GUI-thread stall while typing into a filter value (live count running);
//                         goal ≤ 16 ms
#include "BenchUtil.h"
#include "models/CrmModel.h"
#include "net/TenantClient.h"
#include "pages/CrmPage.h"
#include "sandbox/EmbeddedSandbox.h"
#include "widgets/BandedScrollBarStyle.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QTest>
#include <QTimer>
#include <cstdio>

using namespace banister;
using banister::bench::line;
using banister::bench::spinUntil;

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    BandedScrollBarStyle::install(); // as the app does
    sandbox::EmbeddedSandbox sandbox;
    sandbox::SandboxOptions o;
    o.scenario = QStringLiteral("large");
    o.dataRate = {};
    sandbox.start(o);
    spinUntil([&] { return sandbox.isRunning(); });

    TenantClient client;
    client.setRateLimit(TenantClient::RateClass::Data, 0, 60000);
    client.setGainsight(sandbox.url().toString(), sandbox.accessKey());
    client.setStaircase(sandbox.url().toString(), sandbox.staircaseToken()); // the CRM tab's current settings
    CrmModel model(&client);
    QElapsedTimer t;
    t.start();
    model.load();
    spinUntil([&] { return model.isLoaded() || !model.errorText().isEmpty(); });
    if (!model.isLoaded()) {
        std::fprintf(stderr, "bench_crm: the CRM page did not load: %s\n", qPrintable(model.errorText()));
        return 1;
    }
    model.distinctValues(QStringLiteral("Status"));
    model.distinctValues(QStringLiteral("Industry"));
    spinUntil([&] {
        return !model.distinctValues(QStringLiteral("Status")).isEmpty()
            && !model.distinctValues(QStringLiteral("Industry")).isEmpty();
    });
    line({ { QStringLiteral("bench"), QStringLiteral("crm_load_large") },
           { QStringLiteral("ms"), double(t.elapsed()) },
           { QStringLiteral("goal_ms"), 500 } });

    CrmPage page(&model);
    page.resize(820, 600);
    page.show();
    model.setSyncAccounts(true);
    model.setFilterMode(CrmFilterMode::Specific);
    model.setRowField(0, QStringLiteral("Employees"));
    QCoreApplication::processEvents();
    QLineEdit* edit = nullptr;
    spinUntil(
        [&] { return (edit = page.findChild<QLineEdit*>(QStringLiteral("filterValuesEdit0"))) && edit->isVisible(); });

    // Type "100, 250, 400, ..." a key every 40 ms while a 1 ms ticker records the longest gap between ticks.
    QString text;
    for (int i = 1; i <= 25; ++i)
        text += QString::number(i * 37) + QStringLiteral(", ");
    banister::bench::StallMeter stalls;
    int typed = 0;
    QTimer typist;
    QObject::connect(&typist, &QTimer::timeout, [&] {
        if (typed < text.size())
            QTest::keyClick(edit, text.at(typed++).toLatin1());
    });
    typist.start(40);
    spinUntil([&] { return typed >= text.size() && !model.isCounting(); }, 60000);
    line({ { QStringLiteral("bench"), QStringLiteral("crm_typing_stall") },
           { QStringLiteral("keystrokes"), typed },
           { QStringLiteral("worst_stall_ms"), stalls.worstMs() },
           { QStringLiteral("final_count"), double(model.matchingCount()) },
           { QStringLiteral("goal_ms"), 16 } });
    return 0;
}
