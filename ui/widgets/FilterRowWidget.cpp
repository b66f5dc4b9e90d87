#include "widgets/FilterRowWidget.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QRegularExpressionValidator>
#include <QToolButton>

namespace banister {

FilterRowWidget::FilterRowWidget(CrmModel* model, int row, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_row(row)
    , m_field(new QComboBox(this))
    , m_choices(new QToolButton(this))
    , m_menu(new QMenu(this))
    , m_typed(new QLineEdit(this))
{
    const QString n = QString::number(row);
    m_field->setObjectName(QStringLiteral("filterField") + n);
    m_choices->setObjectName(QStringLiteral("filterValues") + n);
    m_typed->setObjectName(QStringLiteral("filterValuesEdit") + n);
    m_menu->setObjectName(QStringLiteral("filterValuesMenu") + n);
    auto* remove = new QToolButton(this);
    remove->setObjectName(QStringLiteral("removeFilterRow") + n);
    remove->setText(QStringLiteral("✕"));
    remove->setToolTip(tr("Remove this filter"));
    remove->setAccessibleName(remove->toolTip()); // not "✕"
    m_field->setAccessibleName(tr("Filter %1: field").arg(row + 1));
    m_choices->setAccessibleName(tr("Filter %1: values").arg(row + 1));
    m_typed->setAccessibleName(tr("Filter %1: values").arg(row + 1));
    m_typed->setAccessibleDescription(tr("Several values separated by commas"));
    m_choices->setMenu(m_menu);
    m_choices->setPopupMode(QToolButton::InstantPopup);
    m_choices->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_choices->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_field->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_field->setMinimumContentsLength(14);

    m_field->addItem(tr("Choose a field…"), QString());
    for (const CompanyField& f : model->filterableFields())
        m_field->addItem(f.label, f.name);
    const FilterRow& current = model->section().rows.value(row);
    m_field->setCurrentIndex(std::max(0, m_field->findData(current.field)));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field);
    layout->addWidget(m_choices, 1);
    layout->addWidget(m_typed, 1);
    layout->addWidget(remove);

    connect(m_field, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setRowField(m_row, m_field->currentData().toString()); });
    connect(remove, &QToolButton::clicked, this, [this] { Q_EMIT removeRequested(m_row); });
    connect(m_typed, &QLineEdit::textEdited, this, [this](const QString& text) {
        QStringList values;
        for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!part.trimmed().isEmpty())
                values << part.trimmed();
        if (m_typed->hasAcceptableInput() || text.trimmed().isEmpty())
            m_model->setRowValues(m_row, values);
    });
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

void FilterRowWidget::rebuildValues()
{
    const FilterRow row = m_model->section().rows.value(m_row);
    const auto editor = m_model->editorFor(row.field);
    const bool choices = !row.field.isEmpty() && editor == CrmModel::ValueEditor::Choices;
    m_choices->setVisible(choices || row.field.isEmpty());
    m_choices->setEnabled(choices);
    m_typed->setVisible(!choices && !row.field.isEmpty());
    if (choices) {
        refreshChoices();
        return;
    }
    static const QRegularExpression numbers(QStringLiteral("^\\s*-?\\d+(\\.\\d+)?(\\s*,\\s*-?\\d+(\\.\\d+)?)*\\s*,?\\s*$"));
    static const QRegularExpression dates(QStringLiteral("^\\s*\\d{4}-\\d{2}-\\d{2}(\\s*,\\s*\\d{4}-\\d{2}-\\d{2})*\\s*,?\\s*$"));
    m_typed->setValidator(editor == CrmModel::ValueEditor::Number ? new QRegularExpressionValidator(numbers, m_typed)
                          : editor == CrmModel::ValueEditor::Date ? new QRegularExpressionValidator(dates, m_typed)
                                                                  : nullptr);
    m_typed->setPlaceholderText(editor == CrmModel::ValueEditor::Number ? tr("Numbers, separated by commas")
                                : editor == CrmModel::ValueEditor::Date ? tr("Dates as YYYY-MM-DD, separated by commas")
                                                                        : tr("Values, separated by commas"));
    m_typed->setText(row.values.join(QStringLiteral(", ")));
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
}

} // namespace banister
