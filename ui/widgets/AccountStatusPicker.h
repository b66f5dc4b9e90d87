#pragma once

#include <QGroupBox>

class QLabel;
class QListWidget;

namespace banister {

// Which values of the Status field mean churned and which mean prospect: two lists of the same values to tick, and a
// notice below them (say, why a status moved from one list to the other).
class AccountStatusPicker : public QGroupBox
{
    Q_OBJECT
public:
    explicit AccountStatusPicker(QWidget* parent = nullptr);

    // The values to choose from and those ticked in each list; emits nothing.
    void setStatuses(const QStringList& values, const QStringList& churned, const QStringList& prospect);
    void setNotice(const QString& text); // hidden when empty

Q_SIGNALS:
    void churnedChanged(const QStringList& statuses);
    void prospectChanged(const QStringList& statuses);

private:
    QListWidget* m_churned;
    QListWidget* m_prospect;
    QLabel* m_notice;
};

} // namespace banister
