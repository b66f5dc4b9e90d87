#pragma once

#include <QLocale>

class QCoreApplication;

namespace banister {

// Installs Qt's own translation (qtbase_*.qm from Qt's translations folder, for QWizard's buttons and the standard
// dialogs) and Banister's (:/i18n/banister_*.qm, embedded by ui/CMakeLists.txt) for a locale, the translators
// parented to the application. A language Banister does not ship shows English, whose file holds the English
// plural forms. Returns whether Banister has a translation for the locale.
bool installTranslations(QCoreApplication& app, const QLocale& locale);

} // namespace banister
