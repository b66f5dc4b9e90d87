#include "pages/FieldMappingsPage.h"

#include "models/FieldMappingsModel.h"
#include "widgets/BusyBar.h"
#include "widgets/MessagePanel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace banister {

namespace {
// The Gainsight column's editor: the compatible fields only, plus "not mapped".
class FieldChoiceDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex& index) const override
    {
        auto* combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("gainsightFieldCombo"));
        combo->addItem(FieldMappingsPage::tr("— not mapped —"), QString());
        for (const QString& f : index.data(FieldMappingsModel::CandidatesRole).toStringList())
            combo->addItem(f, f);
        // A choice takes effect at once (and a refusal shows at once), not when the editor closes.
        auto* self = const_cast<FieldChoiceDelegate*>(this);
        QObject::connect(combo, &QComboBox::currentIndexChanged, self,
                         [self, combo] { Q_EMIT self->commitData(combo); });
        return combo;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        auto* combo = static_cast<QComboBox*>(editor);
        const QSignalBlocker block(combo); // showing the current value is not a choice
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toString())));
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        model->setData(index, static_cast<QComboBox*>(editor)->currentData(), Qt::EditRole);
    }
};
} // namespace

FieldMappingsPage::FieldMappingsPage(FieldMappingsModel* model, QWidget* parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_standardNote(new QLabel(this))
    , m_view(new QTableView(this))
    , m_clear(new QPushButton(tr("&Unmap selected field"), this))
    , m_problem(new QLabel(this))
    , m_refusal(new MessagePanel(MessagePanel::Kind::Warning, this))
    , m_busy(new BusyBar(this))
    , m_error(new MessagePanel(MessagePanel::Kind::Error, this))
{
    setObjectName(QStringLiteral("fieldMappingsPage"));
    setTitle(tr("Field mappings"));
    setSubTitle(tr("What Staircase knows about each account. Tier matters most; Revenue, Renewal Date and Journey "
                   "Stage are needed too. Double-click a Gainsight field to change it."));
    m_standardNote->setObjectName(QStringLiteral("standardFieldsNote"));
    m_standardNote->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("mappingsView"));
    m_view->setAccessibleName(tr("Field mappings"));
    m_view->setAccessibleDescription(tr("Arrow keys choose a row; F2 changes its Gainsight field."));
    m_view->setTabKeyNavigation(false); // Tab leaves the table; arrows move within it
    m_view->setModel(model);
    m_view->setItemDelegateForColumn(FieldMappingsModel::GainsightColumn, new FieldChoiceDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_clear->setObjectName(QStringLiteral("clearMappingButton"));
    m_problem->setObjectName(QStringLiteral("mappingProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    m_refusal->setObjectName(QStringLiteral("mappingRefusal"));
    m_error->setObjectName(QStringLiteral("errorPanel"));
    m_error->actionButton()->setObjectName(QStringLiteral("retryButton"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_problem, 1);
    buttons->addWidget(m_clear);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_standardNote);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_refusal);
    layout->addWidget(m_busy);
    layout->addWidget(m_error);

    connect(m_clear, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            m_model->map(current.data(FieldMappingsModel::KeyRole).toString(), QString());
    });
    connect(m_model, &FieldMappingsModel::refused, m_refusal, &MessagePanel::setText);
    connect(m_model, &FieldMappingsModel::changed, this, &FieldMappingsPage::render);
    connect(m_model, &QAbstractItemModel::modelReset, m_view, [this] { m_view->resizeColumnsToContents(); });
    render();
}

void FieldMappingsPage::initializePage()
{
    m_refusal->setText(QString());
    m_model->load();
}

void FieldMappingsPage::render()
{
    m_busy->setVisible(m_model->isBusy());
    m_error->setText(m_model->errorText());
    m_error->setActionText(m_model->errorText().isEmpty() ? QString() : tr("&Retry"));
    m_standardNote->setText(m_model->usesStandardFields() ? tr(
                                "Staircase is not connected yet, so these are the standard account fields from the "
                                "integration guide. Custom Staircase fields appear here once it is connected.")
                                                          : QString());
    m_standardNote->setVisible(!m_standardNote->text().isEmpty());
    if (m_model->lastRefusal().isEmpty())
        m_refusal->setText(QString());
    m_problem->setText(m_model->problem());
    m_view->resizeColumnToContents(FieldMappingsModel::GainsightColumn);
    Q_EMIT completeChanged();
}

bool FieldMappingsPage::isComplete() const
{
    return m_model->canProceed();
}

} // namespace banister
