#include "core/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace banister {

namespace {
// English first (for the plural forms), then made longer.
class PseudoTranslator : public QTranslator
{
public:
    explicit PseudoTranslator(QObject* parent)
        : QTranslator(parent)
    {
        // Without it the sources (English already) are used; only the plural forms would read "(s)".
        [[maybe_unused]] const bool loaded = m_english.load(QStringLiteral(":/i18n/banister_en.qm"));
    }
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char* disambiguation, int n) const override
    {
        if (!source || !*source)
            return {};
        QString english = m_english.translate(context, source, disambiguation, n);
        if (english.isEmpty())
            english = QString::fromUtf8(source);
        return pseudoText(english);
    }

private:
    QTranslator m_english;
};

QChar accented(QChar c)
{
    static const QString plain = QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
    static const QString fancy = QStringLiteral("àƀçđéƒĝĥîĵķļɱñöƥʠŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĻṀÑÖƤɊŔŠŢÛṼŴẊÝŽ");
    const qsizetype i = plain.indexOf(c);
    return i < 0 ? c : fancy.at(i);
}
} // namespace

QString pseudoText(const QString& text)
{
    QString out;
    out.reserve(text.size() * 2);
    qsizetype word = 0; // letters in the word being copied
    const auto endWord = [&] {
        // Each word grows by 40 % (rounded), so wrapping behaves as in a longer language.
        for (qsizetype k = 0, extra = (word * 4 + 5) / 10; k < extra; ++k)
            out += QChar(0x00B7); // ·
        word = 0;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        // %1, %L1, %n, and QProgressBar's %v %m %p: placeholders stay as they are.
        if (c == QLatin1Char('%') && i + 1 < text.size()
            && (text.at(i + 1).isDigit() || QStringLiteral("nLvmp").contains(text.at(i + 1)))) {
            endWord();
            out += c;
            if (QStringLiteral("nvmp").contains(text.at(i + 1)))
                out += text.at(++i);
            else
                while (i + 1 < text.size() && (text.at(i + 1).isDigit() || text.at(i + 1) == QLatin1Char('L')))
                    out += text.at(++i);
            continue;
        }
        if (c == QLatin1Char('<')) { // a tag: copied whole
            endWord();
            const qsizetype close = text.indexOf(QLatin1Char('>'), i);
            if (close > i) {
                out += text.mid(i, close - i + 1);
                i = close;
                continue;
            }
        }
        if (c == QLatin1Char('&')) { // an entity is copied whole; an accelerator keeps its letter
            const qsizetype semi = text.indexOf(QLatin1Char(';'), i);
            if (semi > i + 1 && semi - i <= 8) {
                endWord();
                out += text.mid(i, semi - i + 1);
                i = semi;
                continue;
            }
            out += c;
            if (i + 1 < text.size()) {
                out += text.at(++i);
                ++word;
            }
            continue;
        }
        if (c.isLetter()) {
            out += accented(c);
            ++word;
            continue;
        }
        endWord();
        out += c;
    }
    endWord();
    return QLatin1Char('[') + out + QLatin1Char(']');
}

void installPseudoTranslation(QCoreApplication& app)
{
    QCoreApplication::installTranslator(new PseudoTranslator(&app));
}

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
