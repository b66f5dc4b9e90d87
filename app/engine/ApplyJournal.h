#pragma once

#include "core/Plan.h"

#include <QDateTime>
#include <QString>

namespace banister {

// What an apply did, step by step, saved atomically after every change: an interrupted apply leaves a journal
// that says exactly which steps ran; the next apply re-plans from the live tenant and finishes the job.
class ApplyJournal
{
public:
    struct Entry
    {
        QString id;
        QString title;
        QString status = QStringLiteral("pending"); // pending | running | done | failed | skipped | canceled
        QString message;
        QDateTime at;
    };

    explicit ApplyJournal(QString path = {});

    void begin(const Plan& plan, const QString& tenant);
    void mark(const QString& stepId, const QString& status, const QString& message = {});
    void finish(const QString& outcome); // completed | failed | canceled

    const QList<Entry>& entries() const { return m_entries; }
    QString outcome() const { return m_outcome; }
    QString path() const { return m_path; }
    QString lastError() const { return m_error; }
    QJsonObject toJson() const;

    static ApplyJournal load(const QString& path, QString* error = nullptr);

private:
    void save();

    QString m_path;
    QString m_tenant;
    QString m_outcome = QStringLiteral("running");
    QDateTime m_started;
    QList<Entry> m_entries;
    QString m_error;
};

} // namespace banister
