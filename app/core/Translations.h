#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace banister {

// Installs Qt's own translation (qtbase_*.qm from Qt's translations folder, for QWizard's buttons and the standard
// dialogs) and Banister's (:/i18n/banister_*.qm, embedded by ui/CMakeLists.txt) for a locale, the translators
// parented to the application. A language Banister does not ship shows English, whose file holds the English
// plural forms. Returns whether Banister has a translation for the locale.
bool installTranslations(QCoreApplication& app, const QLocale& locale);

// The pseudo-locale ("--lang pseudo"): English, every text made about 40 % longer with accented letters and put in
// [brackets], so screenshots show where a longer translation would be clipped or where a string is not translated
// at all. Placeholders (%1, %n), accelerators (&), tags and entities are kept as they are.
void installPseudoTranslation(QCoreApplication& app);
QString pseudoText(const QString& text);

} // namespace banister
