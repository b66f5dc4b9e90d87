#pragma once

#include "engine/Engine.h"

#include <QAbstractListModel>

namespace banister {

// Verification checks as a list: title, pass/fail, detail. run() reads everything back from the tenant.
class VerifyModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { PassedRole = Qt::UserRole + 1, DetailRole, CheckIdRole };
    explicit VerifyModel(Engine* engine, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    void run(const Profile& profile, const QString& journalPath = {});
    bool isBusy() const { return m_verifier.isBusy(); }
    bool hasRun() const { return m_ran; }
    int failed() const;
    int warnings() const; // WARN lines: to do in Gainsight, not failures
    const QList<VerifyCheck>& checks() const { return m_checks; }

Q_SIGNALS:
    void changed();

private:
    Verifier m_verifier;
    QList<VerifyCheck> m_checks;
    bool m_ran = false;
};

} // namespace banister
