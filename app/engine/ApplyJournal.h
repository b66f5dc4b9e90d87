#pragma once

#include "core/Plan.h"
#include "core/Result.h"

#include <QDateTime>
#include <QJsonValue>
#include <QSet>
#include <QString>

namespace banister {

// What an apply did, step by step and call by call, saved atomically after every change: an interrupted apply
// leaves a journal that says exactly which steps (and which calls of a multi-call step) ran; the next plan reads it
// to finish a half-done step, and the next apply re-plans from the live tenant. A run killed before it could say
// how it ended is marked "interrupted" by the next start (recoverInterrupted). Evidence for the report: before
// values as read at plan time, every call's request id, start and end times, and who applied.
class ApplyJournal
{
public:
    struct Call
    {
        int index = 0;
        QString request; // "POST /v1/users/U1/deactivate"
        QString requestId;
        QString status; // done | failed
        QString message;
        QDateTime at;
    };
    struct Entry
    {
        QString id;
        QString area;
        QString title;
        QString status = QStringLiteral("pending"); // pending | running | done | failed | skipped | canceled
        QString message;
        QDateTime at; // the last change
        QDateTime started;
        QDateTime finished;
        QJsonValue before;
        QJsonValue after;
        QString beforeText;
        QString afterText;
        QList<Call> calls;
    };

    // A manual step the admin says is done, for exactly the state its key names (confirmationKey()).
    struct Confirmation
    {
        QString stepId;
        QString key;
        QString title;
        QString by; // who confirmed (the admin's email when the tenant says it, else the OS user)
        QDateTime at;
    };

    explicit ApplyJournal(QString path = {});

    // Records that the admin did a manual step (kept across later applies on this journal).
    static Result<void> confirm(const QString& path, const PlanStep& step, const QString& tenant, const QString& by);
    // Who a confirmation is recorded as: the admin's email when the tenant says it, else the OS user, else fallback.
    static QString confirmer(const QString& callerEmail, const QString& fallback);
    // Takes a confirmation back (the admin unticked Done).
    static Result<void> unconfirm(const QString& path, const QString& stepId);
    QList<Confirmation> confirmations() const { return m_confirmations; }

    // Fails (also kept as lastError()) when the journal cannot be written: the apply must not start then.
    Result<void> begin(const Plan& plan, const QString& tenant);
    void mark(const QString& stepId, const QString& status, const QString& message = {});
    void recordCall(const QString& stepId, int index, const QString& request, const QString& requestId, bool ok,
                    const QString& message = {});
    void finish(const QString& outcome); // completed | failed | canceled | paused (a daily cap)

    const QList<Entry>& entries() const { return m_entries; }
    QString outcome() const { return m_outcome; }
    QString path() const { return m_path; }
    QString tenant() const { return m_tenant; }
    QString admin() const { return m_admin; }
    QDateTime started() const { return m_started; }
    QDateTime finished() const { return m_finished; }
    QString lastError() const { return m_error; }
    QJsonObject toJson() const;

    // Users whose username fix began (deactivated, perhaps renamed) but did not finish in this run.
    QSet<QString> begunFixes() const;

    static ApplyJournal load(const QString& path, QString* error = nullptr);
    // Loads the journal at path; one still "running" (its process died) is marked "interrupted" and saved.
    static ApplyJournal recoverInterrupted(const QString& path);

private:
    Result<void> save();
    Entry* entry(const QString& stepId);

    QString m_path;
    QString m_tenant;
    QString m_admin;
    QString m_outcome = QStringLiteral("running");
    QDateTime m_started;
    QDateTime m_finished;
    QJsonObject m_previous; // how the run before this one on the same journal ended, when it was interrupted
    QList<Entry> m_entries;
    QList<Confirmation> m_confirmations;
    QString m_error;
};

} // namespace banister
