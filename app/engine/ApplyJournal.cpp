#include "engine/ApplyJournal.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace banister {

ApplyJournal::ApplyJournal(QString path)
    : m_path(std::move(path))
{
}

void ApplyJournal::begin(const Plan& plan, const QString& tenant)
{
    m_tenant = tenant;
    m_started = QDateTime::currentDateTimeUtc();
    m_outcome = QStringLiteral("running");
    m_entries.clear();
    for (const PlanStep& s : plan.steps)
        m_entries.append({s.id, s.title, QStringLiteral("pending"), {}, {}});
    save();
}

void ApplyJournal::mark(const QString& stepId, const QString& status, const QString& message)
{
    for (Entry& e : m_entries) {
        if (e.id == stepId) {
            e.status = status;
            e.message = message;
            e.at = QDateTime::currentDateTimeUtc();
        }
    }
    save();
}

void ApplyJournal::finish(const QString& outcome)
{
    m_outcome = outcome;
    save();
}

QJsonObject ApplyJournal::toJson() const
{
    QJsonArray steps;
    for (const Entry& e : m_entries)
        steps.append(QJsonObject{{QStringLiteral("id"), e.id},
                                 {QStringLiteral("title"), e.title},
                                 {QStringLiteral("status"), e.status},
                                 {QStringLiteral("message"), e.message},
                                 {QStringLiteral("at"), e.at.isValid() ? e.at.toString(Qt::ISODate) : QString()}});
    return QJsonObject{{QStringLiteral("schema"), QStringLiteral("banister.journal/1")},
                       {QStringLiteral("tenant"), m_tenant},
                       {QStringLiteral("started"), m_started.toString(Qt::ISODate)},
                       {QStringLiteral("outcome"), m_outcome},
                       {QStringLiteral("steps"), steps}};
}

void ApplyJournal::save()
{
    if (m_path.isEmpty())
        return;
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(toJson()).toJson()) < 0 || !f.commit())
        m_error = f.errorString();
}

ApplyJournal ApplyJournal::load(const QString& path, QString* error)
{
    ApplyJournal j(path);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = f.errorString();
        return j;
    }
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    if (o.value(QLatin1String("schema")).toString() != QLatin1String("banister.journal/1")) {
        if (error)
            *error = QStringLiteral("not a Banister apply journal");
        return j;
    }
    j.m_tenant = o.value(QLatin1String("tenant")).toString();
    j.m_outcome = o.value(QLatin1String("outcome")).toString();
    j.m_started = QDateTime::fromString(o.value(QLatin1String("started")).toString(), Qt::ISODate);
    for (const QJsonValue& s : o.value(QLatin1String("steps")).toArray())
        j.m_entries.append({s[QStringLiteral("id")].toString(), s[QStringLiteral("title")].toString(),
                            s[QStringLiteral("status")].toString(), s[QStringLiteral("message")].toString(),
                            QDateTime::fromString(s[QStringLiteral("at")].toString(), Qt::ISODate)});
    return j;
}

} // namespace banister
