#include "sandbox/resources/LayoutsResource.h"

#include "core/Graphemes.h"

#include <QJsonArray>
#include <QSet>

namespace banister::sandbox {

namespace {
QJsonArray paletteJson(const TenantState& s)
{
    QJsonArray palette { QJsonObject { { QStringLiteral("key"), QStringLiteral("report") },
                                       { QStringLiteral("label"), QStringLiteral("Report") } },
                         QJsonObject { { QStringLiteral("key"), QStringLiteral("html") },
                                       { QStringLiteral("label"), QStringLiteral("HTML") } },
                         QJsonObject { { QStringLiteral("key"), QStringLiteral("embed") },
                                       { QStringLiteral("label"), QStringLiteral("Embed Page") } } };
    if (s.connected)
        palette.prepend(QJsonObject { { QStringLiteral("key"), QStringLiteral("staircase-ai") },
                                      { QStringLiteral("label"), QStringLiteral("Staircase AI") } });
    return palette;
}

int layoutIndex(const TenantState& s, const QString& id)
{
    for (int i = 0; i < s.layouts.size(); ++i)
        if (s.layouts.at(i).id == id)
            return i;
    return -1;
}

Reply layoutNotFound(const QString& id)
{
    return Reply::error(404, "GS_NOT_FOUND", QStringLiteral("Layout \"%1\" was not found on this tenant.").arg(id));
}

Reply listLayouts(Tenant& t, const Call& c)
{
    const QString type = c.request.query.queryItemValue(QStringLiteral("type"));
    if (!type.isEmpty() && type != QLatin1String("C360") && type != QLatin1String("P360"))
        return Reply::error(400, "GS_BAD_REQUEST", QStringLiteral("type must be C360 or P360."));
    QJsonArray list;
    for (const Layout& l : t.state.layouts)
        if (type.isEmpty() || l.type == type)
            list.append(toJson(l));
    return Reply::ok(
        QJsonObject { { QStringLiteral("layouts"), list }, { QStringLiteral("palette"), paletteJson(t.state) } });
}

Reply getLayout(Tenant& t, const Call& c)
{
    const int index = layoutIndex(t.state, c.args.value(0));
    if (index < 0)
        return layoutNotFound(c.args.value(0));
    QJsonObject o = toJson(t.state.layouts.at(index));
    o.insert(QStringLiteral("palette"), paletteJson(t.state));
    return Reply::ok(o);
}

Reply putLayout(Tenant& t, const Call& c)
{
    const int index = layoutIndex(t.state, c.args.value(0));
    if (index < 0)
        return layoutNotFound(c.args.value(0));
    const QJsonValue list = c.json.value(QLatin1String("sections"));
    if (!list.isArray() || c.json.size() != 1)
        return Reply::error(400, "GS_BAD_REQUEST", QStringLiteral("Send {\"sections\": [{\"key\", \"label\"}]}."));
    Layout& layout = t.state.layouts[index];
    QSet<QString> allowed;
    for (const auto& sec : layout.sections)
        allowed.insert(sec.first);
    for (const QJsonValue& p : paletteJson(t.state))
        allowed.insert(p[QStringLiteral("key")].toString());
    QList<QPair<QString, QString>> next;
    QSet<QString> seen;
    for (const QJsonValue& v : list.toArray()) {
        const QString key = v[QStringLiteral("key")].toString();
        const QString label = v[QStringLiteral("label")].toString();
        if (!allowed.contains(key))
            return Reply::error(
                400, "GS_BAD_REQUEST",
                key == QLatin1String("staircase-ai")
                    ? QStringLiteral("The Staircase AI section is available once Staircase is connected to Gainsight.")
                    : QStringLiteral("Unknown section \"%1\" for this layout.").arg(key));
        if (seen.contains(key))
            return Reply::error(400, "GS_BAD_REQUEST", QStringLiteral("Section \"%1\" appears twice.").arg(key));
        if (label.trimmed().isEmpty())
            return Reply::error(400, "GS_BAD_REQUEST", QStringLiteral("Section \"%1\" needs a label.").arg(key));
        if (graphemeCount(label) > 80)
            return Reply::error(400, "GS_BAD_REQUEST",
                                QStringLiteral("The label of section \"%1\" is longer than 80 characters.").arg(key));
        seen.insert(key);
        next.append({ key, label });
    }
    const bool changed = next != layout.sections;
    layout.sections = next;
    QJsonObject d = toJson(layout);
    d.insert(QStringLiteral("changed"), changed);
    return Reply::ok(d);
}

Reply previewLayout(Tenant& t, const Call& c)
{
    const int index = layoutIndex(t.state, c.args.value(0));
    if (index < 0)
        return layoutNotFound(c.args.value(0));
    const QString recordId = c.request.query.queryItemValue(QStringLiteral("recordId"));
    const int row = t.data.companyRowFromGsid(recordId);
    if (row < 0)
        return Reply::error(404, "GS_NOT_FOUND",
                            QStringLiteral("No account with id \"%1\" on this tenant.").arg(recordId));
    const QString name = t.data.column(QStringLiteral("Name"))->strings[size_t(row)];
    const Column* status = t.data.column(QStringLiteral("Status"));
    const Layout& layout = t.state.layouts.at(index);
    QJsonArray rendered;
    for (const auto& sec : layout.sections) {
        QString content = QStringLiteral("%1 for %2").arg(sec.second, name);
        if (sec.first == QLatin1String("staircase-ai"))
            content = QStringLiteral("Staircase AI insights for %1: sentiment, engagement and risk signals").arg(name);
        else if (sec.first == QLatin1String("summary"))
            content = QStringLiteral("%1 · %2").arg(name, status->picklist.value(status->codes[size_t(row)]));
        rendered.append(QJsonObject { { QStringLiteral("key"), sec.first },
                                      { QStringLiteral("label"), sec.second },
                                      { QStringLiteral("content"), content } });
    }
    return Reply::ok(
        QJsonObject { { QStringLiteral("layout"), layout.id },
                      { QStringLiteral("record"),
                        QJsonObject { { QStringLiteral("id"), recordId }, { QStringLiteral("name"), name } } },
                      { QStringLiteral("sections"), rendered } });
}
} // namespace

void LayoutsResource::addRoutes(RouteTable& r)
{
    using namespace columns;
    // clang-format off
    r.add("GET", "/v1/layouts",                 G, X, NoLimit, R, listLayouts);
    r.add("GET", "/v1/layouts/([^/]+)",         G, X, NoLimit, R, getLayout);
    r.add("PUT", "/v1/layouts/([^/]+)",         G, X, NoLimit, W, putLayout);
    r.add("GET", "/v1/layouts/([^/]+)/preview", G, X, NoLimit, R, previewLayout);
    // clang-format on
}

QList<Layout> LayoutsResource::seed(const QString& idPrefix)
{
    const auto sections = [](std::initializer_list<const char*> keys) {
        static const QHash<QString, QString> labels {
            { QStringLiteral("summary"), QStringLiteral("Summary") },
            { QStringLiteral("attributes"), QStringLiteral("Attributes") },
            { QStringLiteral("timeline"), QStringLiteral("Timeline") },
            { QStringLiteral("cockpit"), QStringLiteral("Cockpit") },
            { QStringLiteral("scorecard"), QStringLiteral("Scorecard") },
            { QStringLiteral("people"), QStringLiteral("People") },
            { QStringLiteral("success-plans"), QStringLiteral("Success Plans") },
            { QStringLiteral("relationships"), QStringLiteral("Relationships") }
        };
        QList<QPair<QString, QString>> out;
        for (const char* k : keys)
            out.append({ QLatin1String(k), labels.value(QLatin1String(k)) });
        return out;
    };
    QList<Layout> layouts {
        { QStringLiteral("c360-enterprise"), QStringLiteral("Enterprise C360"), QStringLiteral("C360"),
          sections({ "summary", "attributes", "cockpit", "timeline", "scorecard", "people", "success-plans" }) },
        { QStringLiteral("c360-midmarket"), QStringLiteral("Mid-Market C360"), QStringLiteral("C360"),
          sections({ "summary", "timeline", "cockpit", "scorecard", "people" }) },
        { QStringLiteral("c360-smb"), QStringLiteral("SMB C360"), QStringLiteral("C360"),
          sections({ "summary", "timeline", "scorecard" }) },
        { QStringLiteral("p360-default"), QStringLiteral("Person 360"), QStringLiteral("P360"),
          sections({ "summary", "attributes", "timeline", "relationships" }) },
        { QStringLiteral("p360-executive"), QStringLiteral("Executive P360"), QStringLiteral("P360"),
          sections({ "summary", "timeline", "relationships" }) }
    };
    for (Layout& l : layouts)
        l.id = idPrefix + l.id;
    return layouts;
}

} // namespace banister::sandbox
