#pragma once

#include "core/Profile.h"
#include "models/StepModel.h"

#include <QJsonObject>
#include <QObject>
#include <QPair>

namespace banister {

class TenantClient;

// The C360 / P360 step: which layouts get the Staircase AI section, where, and under which label; plus a preview
// of a layout for an account found by name. Until Staircase is connected the tenant's palette lacks the section,
// but Banister places it anyway: the plan adds it right after connecting.
class LayoutsModel : public QObject, public StepModel
{
    Q_OBJECT
public:
    struct Layout
    {
        QString id;
        QString name;
        QString type;
        QList<QPair<QString, QString>> sections; // key, label — as on the tenant
    };
    using Sections = QList<QPair<QString, QString>>;
    static constexpr const char* kSectionKey = "staircase-ai";

    explicit LayoutsModel(TenantClient* client, QObject* parent = nullptr);

    void load() override;
    // A public-API tenant cannot list its layouts: the admin names them (as shown under Administration > 360
    // Layouts) and Banister guides the rest by hand. False when empty or already there.
    bool isPublicApi() const;
    bool addLayout(const QString& name);
    QString problem() const override;
    const QList<Layout>& layouts() const { return m_layouts; }

    bool isIncluded(const QString& id) const { return m_draft.contains(id); }
    void setIncluded(const QString& id, bool on);
    QString label(const QString& id) const;
    bool setLabel(const QString& id, const QString& label); // false (and refusal()) when empty or > 80 characters
    int position(const QString& id) const;
    void setPosition(const QString& id, int position);
    QString refusal() const { return m_refusal; }
    // The layout's sections as they will be, with the Staircase AI section placed when the layout is included.
    Sections sectionsOf(const QString& id) const;

    QList<LayoutPlacement> placements() const;
    void setPlacements(const std::optional<QList<LayoutPlacement>>& placements);
    void writeDraft(Profile& profile) const override;
    void readDraft(const Profile& profile) override { setPlacements(profile.layouts); }
    void forgetTenant() override;

    void searchAccounts(const QString& text); // -> accountsFound
    void preview(const QString& layoutId, const QString& recordId); // -> previewReady / errorText
    // The last preview as the layout will look after the plan: the tenant's rendering of each section, in the
    // draft's order, with the Staircase AI section where the draft puts it (planned: not on the tenant yet).
    // Empty unless the last preview was of this layout.
    struct PreviewLine
    {
        QString label;
        QString content;
        bool planned = false;
    };
    QList<PreviewLine> previewLines(const QString& layoutId) const;

Q_SIGNALS:
    void changed();
    void accountsFound(const QList<QPair<QString, QString>>& accounts); // id, name
    void previewReady(const QJsonObject& preview);

private:
    const Layout* find(const QString& id) const;
    void startFromTenant();
    void touched(); // the admin changed the draft: it is theirs now

    TenantClient* m_client;
    QList<Layout> m_layouts;
    QHash<QString, LayoutPlacement> m_draft;
    PendingDraft<QList<LayoutPlacement>> m_pending;
    QString m_refusal;
    QJsonObject m_preview;
    quint64 m_searchGeneration = 0;
};

} // namespace banister
