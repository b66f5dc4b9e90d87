#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>

namespace banister {

// Secrets (access key, Staircase token) live only in the system keychain, through QtKeychain, asynchronously.
// There is no insecure fallback: when no keychain works, secrets are kept in this process's memory for the
// session only, and unavailable() says why. "Remember" off also means memory only (and forgets any stored copy).
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    enum class Status { Ok, NotFound, Unavailable, Failed };
    Q_ENUM(Status)

    using ReadCallback = std::function<void(Status, const QString& secret, const QString& error)>;
    using WriteCallback = std::function<void(Status, const QString& error)>;

    explicit CredentialStore(const QString& service = QStringLiteral("Banister"), QObject* parent = nullptr);

    // Callbacks always run later from the event loop, and only while `context` is alive.
    void read(const QString& account, QObject* context, ReadCallback done);
    void write(const QString& account, const QString& secret, bool remember, QObject* context, WriteCallback done);
    void remove(const QString& account, QObject* context, WriteCallback done);

    bool isKeychainUnavailable() const { return !m_unavailableReason.isEmpty(); }
    QString unavailableReason() const { return m_unavailableReason; }

    static QString accountFor(const QString& kind, const QString& host);
    static QString accessKeyAccount(const QString& host)
    {
        return accountFor(QStringLiteral("gainsight-accesskey"), host);
    }
    static QString tokenAccount(const QString& host) { return accountFor(QStringLiteral("staircase-token"), host); }

Q_SIGNALS:
    void unavailable(const QString& reason);

private:
    void markUnavailable(const QString& reason);

    QString m_service;
    QHash<QString, QString> m_session;
    QString m_unavailableReason;
};

} // namespace banister
