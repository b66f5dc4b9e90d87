#include "core/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace banister {

bool installTranslations(QCoreApplication& app, const QLocale& locale)
{
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto* own = new QTranslator(&app);
    // An installed copy (share/banister/translations next to bin/, as `cmake --install` lays it out) first, then
    // the one embedded in the binary.
    const QString installed = QCoreApplication::applicationDirPath() + QStringLiteral("/" BANISTER_TRANSLATIONS_RELDIR);
    const bool shipped = own->load(locale, QStringLiteral("banister"), QStringLiteral("_"), installed)
        || own->load(locale, QStringLiteral("banister"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (shipped || own->load(QStringLiteral(":/i18n/banister_en.qm")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    return shipped;
}

} // namespace banister
