#include "report/ReportParts.h"

#include "core/Domain.h"
#include "models/UserDirectory.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>
#include <QVariant>

namespace banister::reportparts {

namespace {
struct ReportPartsText
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

// Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) can make a label read
// differently from what it is ("Trojan Source"); a report shows text as stored, so they go.
QString stripBidi(QString s)
{
    s.removeIf([](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
    });
    return s;
}

QString roleWords(const QJsonValue& gsRoles)
{
    const StaircaseRole role = staircaseRoleOf(gsRoles.toVariant().toStringList());
    return role == StaircaseRole::None ? ReportPartsText::tr("no Staircase role") : staircaseGsRole(role);
}

// A long list (a batch of 50 role changes) reads as its first line and a count; the role table has all of them.
QString shortened(const QString& text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    if (lines.size() <= 3)
        return lines.join(QStringLiteral("; "));
    return ReportPartsText::tr("%1 (+ %n more, see the role changes)", nullptr, int(lines.size() - 1))
        .arg(lines.first());
}
} // namespace

QString esc(const QString& s)
{
    return stripBidi(s).toHtmlEscaped();
}

// Markdown renderers pass inline HTML through: tenant and profile text must not become markup.
QString mdText(const QString& s)
{
    QString out = stripBidi(s);
    return out.replace(QLatin1Char('&'), QStringLiteral("&amp;"))
        .replace(QLatin1Char('<'), QStringLiteral("&lt;"))
        .replace(QLatin1Char('>'), QStringLiteral("&gt;"));
}

// Markdown table cells: pipes and newlines would break the row.
QString md(const QString& s)
{
    return mdText(s).replace(QLatin1Char('|'), QStringLiteral("\\|")).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

QList<AppliedRow> appliedRows(const QJsonObject& journal)
{
    QList<AppliedRow> rows;
    for (const QJsonValue& e : journal.value(QLatin1String("steps")).toArray()) {
        AppliedRow r;
        r.title = e[QStringLiteral("title")].toString();
        r.before = shortened(e[QStringLiteral("beforeText")].toString());
        r.after = shortened(e[QStringLiteral("afterText")].toString());
        r.result
            = e[QStringLiteral("status")].toString() + QStringLiteral(": ") + e[QStringLiteral("message")].toString();
        r.ok = e[QStringLiteral("status")].toString() == QLatin1String("done");
        r.requestIds = e[QStringLiteral("requestIds")].toVariant().toStringList().join(QStringLiteral(", "));
        r.when = e[QStringLiteral("started")].toString().isEmpty()
            ? QString()
            : QStringLiteral("%1 – %2").arg(e[QStringLiteral("started")].toString(),
                                            e[QStringLiteral("finished")].toString());
        rows << r;
    }
    return rows;
}

QList<RoleRow> roleRows(const QJsonObject& journal)
{
    QList<RoleRow> rows;
    for (const QJsonValue& e : journal.value(QLatin1String("steps")).toArray()) {
        if (!e[QStringLiteral("id")].toString().startsWith(QLatin1String("users.roles."))
            || e[QStringLiteral("status")].toString() != QLatin1String("done"))
            continue;
        for (const QJsonValue& u : e[QStringLiteral("after")][QStringLiteral("users")].toArray())
            rows << RoleRow { u[QStringLiteral("name")].toString(), u[QStringLiteral("email")].toString(),
                              roleWords(u[QStringLiteral("before")]), roleWords(u[QStringLiteral("gsRoles")]) };
    }
    return rows;
}

QString journalLine(const QJsonObject& j)
{
    return ReportPartsText::tr("Applied by %1 on %2, from %3 to %4: %5.")
        .arg(j.value(QLatin1String("admin")).toString(), j.value(QLatin1String("tenant")).toString(),
             j.value(QLatin1String("started")).toString(), j.value(QLatin1String("finished")).toString(),
             j.value(QLatin1String("outcome")).toString());
}

} // namespace banister::reportparts
