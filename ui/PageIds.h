#pragma once

namespace banister {

// Wizard page ids in the order of the integration article (DESIGN §5), without gaps: QWizard's default nextId() (the
// next higher id) is the way through, and only a page that branches overrides it (Prerequisites: Salesforce as
// primary CRM goes straight to Finish).
enum PageId {
    ConnectPageId = 0,
    PrerequisitesPageId = 1,
    ActivationPageId = 2,
    CrmPageId = 3,
    FieldMappingsPageId = 4,
    UserAccessPageId = 5,
    LayoutPageId = 6,
    DashboardPageId = 7,
    ReviewPageId = 8,
    VerifyPageId = 9,
    FinishPageId = 10,
};

} // namespace banister
