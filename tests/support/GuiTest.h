#pragma once

// Helpers the GUI tests share (header-only: tests that include it link the UI library).
#include "core/Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>
#include <QWidget>

namespace banister::test {

// Test mode for settings and data, and the translations a GUI test runs in, as the app installs them:
// BANISTER_TEST_LANG's when set (screenshots in a language; "pseudo": English 40 % longer in [brackets]), else
// English, whose plural forms are in banister_en.qm.
inline bool setUpGuiTest(QTranslator& english)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BanisterTest"));
    if (qEnvironmentVariable("BANISTER_TEST_LANG") == QLatin1String("pseudo")) {
        installPseudoTranslation(*QCoreApplication::instance());
        return true;
    }
    if (!qEnvironmentVariableIsEmpty("BANISTER_TEST_LANG")) {
        const QLocale locale(qEnvironmentVariable("BANISTER_TEST_LANG"));
        QLocale::setDefault(locale);
        return installTranslations(*QCoreApplication::instance(), locale);
    }
    return english.load(QStringLiteral(":/i18n/banister_en.qm")) && QCoreApplication::installTranslator(&english);
}

// "QLineEdit searchEdit in userAccessPage": a widget as a failure message names it.
inline QString describeWidget(const QWidget* w, bool withParent = true)
{
    QString d = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty())
        d += QLatin1Char(' ') + w->objectName();
    if (withParent)
        for (const QWidget* p = w->parentWidget(); p; p = p->parentWidget())
            if (!p->objectName().isEmpty() && !p->objectName().startsWith(QLatin1String("qt_"))) {
                d += QStringLiteral(" in ") + p->objectName();
                break;
            }
    return d;
}

} // namespace banister::test
