#include "secrets/CredentialStore.h"

#include "core/Log.h"

#include <QCoreApplication>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace banister {

namespace {
struct CredentialStoreText
{
    Q_DECLARE_TR_FUNCTIONS(CredentialStore)
};

// Runs fn on the next event-loop turn while ctx lives: callers never see a synchronous callback.
void later(QObject* ctx, std::function<void()> fn)
{
    QTimer::singleShot(0, ctx, std::move(fn));
}
} // namespace

CredentialStore::CredentialStore(const QString& service, QObject* parent)
    : QObject(parent)
    , m_service(service)
{
}

QString CredentialStore::accountFor(const QString& kind, const QString& host)
{
    return kind + QLatin1Char('@') + host;
}

void CredentialStore::markUnavailable(const QString& reason)
{
    const bool first = m_unavailableReason.isEmpty();
    m_unavailableReason = reason.isEmpty() ? CredentialStoreText::tr("unknown error") : reason;
    qCWarning(lcSecrets).noquote() << "system keychain unavailable:" << m_unavailableReason;
    if (first)
        Q_EMIT unavailable(m_unavailableReason);
}

void CredentialStore::read(const QString& account, QObject* context, ReadCallback done)
{
    if (m_session.contains(account)) {
        const QString secret = m_session.value(account);
        later(context, [done, secret] { done(Status::Ok, secret, {}); });
        return;
    }
    if (isKeychainUnavailable()) {
        const QString reason = m_unavailableReason;
        later(context, [done, reason] { done(Status::Unavailable, {}, reason); });
        return;
    }
    // No parent: libsecret calls back into the job after its owner is gone; it deletes itself when done.
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account);
    QPointer<QObject> ctx(context);
    connect(job, &QKeychain::Job::finished, this, [this, job, ctx, done] {
        const auto err = job->error();
        Status status = Status::Ok;
        if (err == QKeychain::EntryNotFound)
            status = Status::NotFound;
        else if (err != QKeychain::NoError)
            status = Status::Failed;
        if (ctx)
            done(status, status == Status::Ok ? job->textData() : QString(), err ? job->errorString() : QString());
    });
    job->start();
}

void CredentialStore::write(const QString& account, const QString& secret, bool remember, QObject* context,
                            WriteCallback done)
{
    m_session.insert(account, secret);
    if (!remember) {
        // Session only: also forget any copy an earlier "Remember" stored.
        remove(account, context,
               [done](Status s, const QString& e) { done(s == Status::NotFound ? Status::Ok : s, e); });
        m_session.insert(account, secret);
        return;
    }
    if (isKeychainUnavailable()) {
        const QString reason = m_unavailableReason;
        later(context, [done, reason] { done(Status::Unavailable, reason); });
        return;
    }
    // No parent: libsecret calls back into the job after its owner is gone; it deletes itself when done.
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account);
    job->setTextData(secret);
    QPointer<QObject> ctx(context);
    connect(job, &QKeychain::Job::finished, this, [this, job, ctx, done] {
        const auto err = job->error();
        // QtKeychain 0.13 on libsecret reports a missing or locked service as OtherError/AccessDenied, never
        // NoBackendAvailable: any failure to write means secure storage is not usable here.
        if (err != QKeychain::NoError)
            markUnavailable(job->errorString());
        if (ctx)
            done(err == QKeychain::NoError ? Status::Ok : Status::Unavailable,
                 err == QKeychain::NoError ? QString() : m_unavailableReason);
    });
    job->start();
}

void CredentialStore::remove(const QString& account, QObject* context, WriteCallback done)
{
    m_session.remove(account);
    if (isKeychainUnavailable()) {
        later(context, [done] { done(Status::Ok, {}); });
        return;
    }
    // No parent: libsecret calls back into the job after its owner is gone; it deletes itself when done.
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account);
    QPointer<QObject> ctx(context);
    connect(job, &QKeychain::Job::finished, this, [job, ctx, done] {
        const auto err = job->error();
        if (!ctx)
            return;
        if (err == QKeychain::NoError)
            done(Status::Ok, {});
        else if (err == QKeychain::EntryNotFound)
            done(Status::NotFound, {});
        else
            done(Status::Failed, job->errorString());
    });
    job->start();
}

} // namespace banister
