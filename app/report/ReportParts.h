#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace banister::reportparts {

// What the HTML and Markdown renderings of a report share (ReportHtml.cpp, ReportMarkdown.cpp): tenant and profile
// text made safe for each, and the rows of what the apply's journal records.

QString esc(const QString& s); // HTML text, without bidirectional controls
QString mdText(const QString& s); // Markdown text: no markup, no bidirectional controls
QString md(const QString& s); // a Markdown table cell

struct AppliedRow
{
    QString title, before, after, result, requestIds, when;
    bool ok = false;
};
struct RoleRow
{
    QString name, email, before, after;
};

// One row per journaled step; one row per user whose role a done step changed.
QList<AppliedRow> appliedRows(const QJsonObject& journal);
QList<RoleRow> roleRows(const QJsonObject& journal);
// "Applied by … on …, from … to …: outcome."
QString journalLine(const QJsonObject& journal);

} // namespace banister::reportparts
