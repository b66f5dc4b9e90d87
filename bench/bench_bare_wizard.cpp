// The yardstick for bench_startup: a bare QWizard with 11 pages (title, subtitle and one line of text each), the
// same style and size as Banister's, and nothing else.
#include <QApplication>
#include <QLabel>
#include <QVBoxLayout>
#include <QWizard>
#include <QWizardPage>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QWizard wizard;
    wizard.setWizardStyle(QWizard::ModernStyle);
    for (int i = 0; i < 11; ++i) {
        auto* page = new QWizardPage;
        page->setTitle(QStringLiteral("Step %1").arg(i + 1));
        page->setSubTitle(QStringLiteral("Step %1 of 11 · what this step does, in one sentence.").arg(i + 1));
        auto* layout = new QVBoxLayout(page);
        layout->addWidget(new QLabel(QStringLiteral("Page %1").arg(i + 1), page));
        wizard.setPage(i, page);
    }
    wizard.resize(1100, 760);
    wizard.show();
    return app.exec();
}
