#pragma once

#include <QTreeView>

namespace banister {

class PlanModel;

// The plan as a tree: each area with its steps, Change | Now | After | Status. Every new plan opens all areas and
// fits the first three columns to their text within a share of the width; full texts are in tooltips.
class PlanView : public QTreeView
{
    Q_OBJECT
public:
    explicit PlanView(PlanModel* plan, QWidget* parent = nullptr);

private:
    void fitColumns();
};

} // namespace banister
