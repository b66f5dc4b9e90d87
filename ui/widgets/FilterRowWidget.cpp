#include "widgets/FilterRowWidget.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QRegularExpressionValidator>
#include <QToolButton>

namespace banister {

namespace {
// A menu of checkable values that stays open while the admin ticks several (Escape or a click outside closes it).
class MultiSelectMenu : public QMenu
{
public:
    using QMenu::QMenu;

protected:
    void mouseReleaseEvent(QMouseEvent* e) override
    {
        QAction* a = actionAt(e->position().toPoint());
        if (a && a->isCheckable() && a->isEnabled()) {
            a->trigger(); // toggles and emits triggered(); QMenu would also close here
            return;
        }
        QMenu::mouseReleaseEvent(e);
    }
    void keyPressEvent(QKeyEvent* e) override
    {
        QAction* a = activeAction();
        if (a && a->isCheckable() && a->isEnabled()
            && (e->key() == Qt::Key_Space || e->key() == Qt::Key_Return || e->key() == Qt::Key_Enter)) {
            a->trigger();
            return;
        }
        QMenu::keyPressEvent(e);
    }
};

QStringList splitValues(const QString& text)
{
    QStringList values;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            values << part.trimmed();
    return values;
}
} // namespace

FilterRowWidget::FilterRowWidget(CrmModel* model, int row, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_row(row)
    , m_field(new QComboBox(this))
    , m_operator(new QComboBox(this))
    , m_choices(new QToolButton(this))
    , m_menu(new MultiSelectMenu(this))
    , m_typed(new QLineEdit(this))
    , m_and(new QLabel(tr("and", "between low and high"), this))
    , m_high(new QLineEdit(this))
{
    const QString n = QString::number(row);
    m_field->setObjectName(QStringLiteral("filterField") + n);
    m_operator->setObjectName(QStringLiteral("filterOperator") + n);
    m_choices->setObjectName(QStringLiteral("filterValues") + n);
    m_typed->setObjectName(QStringLiteral("filterValuesEdit") + n);
    m_high->setObjectName(QStringLiteral("filterValuesHigh") + n);
    m_menu->setObjectName(QStringLiteral("filterValuesMenu") + n);
    auto* remove = new QToolButton(this);
    remove->setObjectName(QStringLiteral("removeFilterRow") + n);
    remove->setText(QStringLiteral("✕"));
    remove->setToolTip(tr("Remove this filter"));
    remove->setAccessibleName(remove->toolTip()); // not "✕"
    m_field->setAccessibleName(tr("Filter %1: field").arg(row + 1));
    m_operator->setAccessibleName(tr("Filter %1: operator").arg(row + 1));
    m_choices->setAccessibleName(tr("Filter %1: values").arg(row + 1));
    m_typed->setAccessibleName(tr("Filter %1: values").arg(row + 1));
    m_high->setAccessibleName(tr("Filter %1: upper value").arg(row + 1));
    m_choices->setMenu(m_menu);
    m_choices->setPopupMode(QToolButton::InstantPopup);
    m_choices->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_choices->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_field->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_field->setMinimumContentsLength(14);
    m_operator->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_field->addItem(tr("Choose a field…"), QString());
    for (const CompanyField& f : model->filterableFields())
        m_field->addItem(f.label, f.name);
    const FilterRow& current = model->section().rows.value(row);
    m_field->setCurrentIndex(std::max(0, m_field->findData(current.field)));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field);
    layout->addWidget(m_operator);
    layout->addWidget(m_choices, 1);
    layout->addWidget(m_typed, 1);
    layout->addWidget(m_and);
    layout->addWidget(m_high, 1);
    layout->addWidget(remove);

    connect(m_field, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setRowField(m_row, m_field->currentData().toString()); });
    connect(m_operator, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setRowOperator(m_row, m_operator->currentData().toString()); });
    connect(remove, &QToolButton::clicked, this, [this] { Q_EMIT removeRequested(m_row); });
    connect(m_typed, &QLineEdit::textEdited, this, &FilterRowWidget::typedEdited);
    connect(m_high, &QLineEdit::textEdited, this, &FilterRowWidget::typedEdited);
    connect(m_menu, &QMenu::triggered, this, [this] {
        QStringList values;
        for (QAction* a : m_menu->actions())
            if (a->isChecked())
                values << a->data().toString();
        m_model->setRowValues(m_row, values);
        updateChoicesText();
    });
    connect(m_model, &CrmModel::rowChanged, this, [this](int row) {
        if (row == m_row)
            rebuildValues();
    });
    rebuildValues();
}

void FilterRowWidget::typedEdited()
{
    const FilterRow row = m_model->section().rows.value(m_row);
    const std::optional<FilterOp> op = filterOpFromName(row.op);
    const bool acceptable = (m_typed->hasAcceptableInput() || m_typed->text().trimmed().isEmpty())
        && (m_high->isHidden() || m_high->hasAcceptableInput() || m_high->text().trimmed().isEmpty());
    if (!acceptable)
        return;
    QStringList values = splitValues(m_typed->text());
    if (op == FilterOp::Between) {
        const QString low = m_typed->text().trimmed(), high = m_high->text().trimmed();
        values = low.isEmpty() && high.isEmpty() ? QStringList {} : QStringList { low, high };
    }
    m_model->setRowValues(m_row, values);
}

void FilterRowWidget::rebuildOperators()
{
    const FilterRow row = m_model->section().rows.value(m_row);
    const QSignalBlocker block(m_operator);
    m_operator->clear();
    const bool ordered = m_model->isOrdered(row.field);
    for (FilterOp op : m_model->operatorsFor(row.field))
        m_operator->addItem(filterOpLabel(op, ordered), filterOpName(op));
    m_operator->setCurrentIndex(std::max(0, m_operator->findData(row.op)));
    m_operator->setEnabled(!row.field.isEmpty());
}

void FilterRowWidget::rebuildValues()
{
    rebuildOperators();
    const FilterRow row = m_model->section().rows.value(m_row);
    const auto editor = m_model->editorFor(row.field);
    const bool choices = !row.field.isEmpty() && editor == CrmModel::ValueEditor::Choices;
    const std::optional<FilterOp> op = filterOpFromName(row.op);
    const int takes = op ? filterOpValueCount(*op) : kFilterAnyCount;
    m_choices->setVisible(choices || row.field.isEmpty());
    m_choices->setEnabled(choices);
    m_typed->setVisible(!choices && !row.field.isEmpty());
    m_and->setVisible(!choices && takes == 2);
    m_high->setVisible(!choices && takes == 2);
    if (choices) {
        refreshChoices();
        return;
    }
    const QString number = QStringLiteral("-?\\d+(\\.\\d+)?"), date = QStringLiteral("\\d{4}-\\d{2}-\\d{2}");
    const auto pattern = [takes](const QString& one) {
        return QRegularExpression(takes == kFilterAnyCount ? QStringLiteral("^\\s*%1(\\s*,\\s*%1)*\\s*,?\\s*$").arg(one)
                                                           : QStringLiteral("^\\s*%1\\s*$").arg(one));
    };
    for (QLineEdit* edit : { m_typed, m_high }) {
        delete edit->validator();
        edit->setValidator(
            editor == CrmModel::ValueEditor::Number     ? new QRegularExpressionValidator(pattern(number), edit)
                : editor == CrmModel::ValueEditor::Date ? new QRegularExpressionValidator(pattern(date), edit)
                                                        : nullptr);
    }
    const bool one = takes != kFilterAnyCount;
    m_typed->setPlaceholderText(
        editor == CrmModel::ValueEditor::Number ? (one ? tr("A number") : tr("Numbers, separated by commas"))
            : editor == CrmModel::ValueEditor::Date
            ? (one ? tr("A date as YYYY-MM-DD") : tr("Dates as YYYY-MM-DD, separated by commas"))
            : tr("Values, separated by commas"));
    m_high->setPlaceholderText(m_typed->placeholderText());
    m_typed->setAccessibleDescription(one ? QString() : tr("Several values separated by commas"));
    if (takes == 2) {
        m_typed->setText(row.values.value(0));
        m_high->setText(row.values.value(1));
    } else {
        m_typed->setText(row.values.join(QStringLiteral(", ")));
    }
    updateChoicesText();
}

void FilterRowWidget::refreshChoices()
{
    const FilterRow row = m_model->section().rows.value(m_row);
    m_menu->clear();
    const CrmModel::ValueCounts values = m_model->distinctValues(row.field);
    const QLocale locale;
    for (const auto& [value, count] : values) {
        QAction* a = m_menu->addAction(tr("%1 (%2)").arg(value, locale.toString(count)));
        a->setCheckable(true);
        a->setData(value);
        a->setChecked(row.values.contains(value));
    }
    updateChoicesText();
}

void FilterRowWidget::updateChoicesText()
{
    const FilterRow row = m_model->section().rows.value(m_row);
    if (row.field.isEmpty())
        m_choices->setText(tr("Values"));
    else if (m_menu->isEmpty() && m_model->editorFor(row.field) == CrmModel::ValueEditor::Choices)
        m_choices->setText(tr("Loading values…"));
    else
        m_choices->setText(row.values.isEmpty() ? tr("Choose values…") : row.values.join(QStringLiteral(", ")));
    m_choices->setToolTip(row.values.join(QStringLiteral(", ")));
}

} // namespace banister
