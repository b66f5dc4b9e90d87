#pragma once

#include "models/CrmModel.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QMenu;
class QToolButton;

namespace banister {

// One "Field / Values" filter row of the CRM tab. Values are picked from the field's distinct values (with counts)
// for picklists, typed as a comma-separated list for numbers (validated), dates (YYYY-MM-DD) and text.
// Children are named filterField<N>, filterValues<N> (choices), filterValuesEdit<N> (typed), removeFilterRow<N>.
class FilterRowWidget : public QWidget
{
    Q_OBJECT
public:
    FilterRowWidget(CrmModel* model, int row, QWidget* parent = nullptr);
    void refreshChoices(); // the field's distinct values arrived

Q_SIGNALS:
    void removeRequested(int row);

private:
    void rebuildValues();
    void updateChoicesText();

    CrmModel* m_model;
    int m_row;
    QComboBox* m_field;
    QToolButton* m_choices;
    QMenu* m_menu;
    QLineEdit* m_typed;
};

} // namespace banister
