#pragma once

#include "models/CrmModel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QToolButton;

namespace banister {

// One "Field / operator / Values" filter row of the CRM tab. The operators follow the field's type (text: is, is not,
// contains; numbers, currency, dates: = ≠ > ≥ < ≤ between). Values are picked from the field's distinct values (with
// counts) in a menu that stays open while ticking, for picklists; typed for numbers (validated), dates (YYYY-MM-DD)
// and text: a comma-separated list for is / is not / contains, one value for > ≥ < ≤, two for between.
// Children are named filterField<N>, filterOperator<N>, filterValues<N> (choices), filterValuesEdit<N> (typed),
// filterValuesHigh<N> (between's upper value), removeFilterRow<N>.
class FilterRowWidget : public QWidget
{
    Q_OBJECT
public:
    FilterRowWidget(CrmModel* model, int row, QWidget* parent = nullptr);
    void refreshChoices(); // the field's distinct values arrived

Q_SIGNALS:
    void removeRequested(int row);

private:
    void rebuildOperators();
    void rebuildValues();
    void updateChoicesText();
    void typedEdited();

    CrmModel* m_model;
    int m_row;
    QComboBox* m_field;
    QComboBox* m_operator;
    QToolButton* m_choices;
    QMenu* m_menu;
    QLineEdit* m_typed;
    QLabel* m_and;
    QLineEdit* m_high;
};

} // namespace banister
