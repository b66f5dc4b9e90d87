#pragma once

namespace banister {

// Wizard page ids in the order of the integration article (DESIGN §5). Pages are added as they work.
enum PageId {
    ConnectPageId = 0,
    PrerequisitesPageId = 1,
    ActivationPageId = 2,
    CrmPageId = 3,
    FieldMappingsPageId = 4,
    UserAccessPageId = 6,
    LayoutPageId = 7,
    DashboardPageId = 8,
    ReviewPageId = 9,
    VerifyPageId = 10,
    FinishPageId = 11,
};

} // namespace banister
