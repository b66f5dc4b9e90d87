#include "pages/LayoutPage.h"

#include "models/LayoutsModel.h"
#include "widgets/BusyBar.h"
#include "widgets/LayoutPreview.h"
#include "widgets/MessagePanel.h"
#include "widgets/SectionDrag.h"
#include "widgets/TabChain.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace banister {

namespace {
const char* const kStaircaseSectionKey = LayoutsModel::kSectionKey;
}

LayoutPage::LayoutPage(LayoutsModel* model, QWidget* parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_layouts(new QListWidget(this))
    , m_sections(new SectionList(this))
    , m_add(new QPushButton(tr("&Add to layout"), this))
    , m_up(new QPushButton(tr("Move &up"), this))
    , m_down(new QPushButton(tr("Move do&wn"), this))
    , m_label(new QLineEdit(this))
    , m_preview(new LayoutPreview(model, this))
    , m_note(new QLabel(this))
    , m_newLayout(new QLineEdit(this))
    , m_addLayout(new QPushButton(tr("Add la&yout"), this))
    , m_busy(new BusyBar(this))
    , m_error(new MessagePanel(MessagePanel::Kind::Error, this))
    , m_refusal(new MessagePanel(MessagePanel::Kind::Warning, this))
    , m_palette(new PaletteList(m_sections, this))
    , m_remove(new QPushButton(tr("&Remove from layout"), this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("layoutPage"));
    setTitle(tr("C360 / P360 layouts"));
    setSubTitle(tr("Show Staircase AI insights inside Gainsight: put the Staircase AI section into the 360 layouts. "
                   "Drag it from the palette into a layout, or use Add and Move."));
    setUpWidgets();
    arrange();

    connect(m_layouts, &QListWidget::itemChanged, this, [this](QListWidgetItem* it) {
        m_model->setIncluded(it->data(Qt::UserRole).toString(), it->checkState() == Qt::Checked);
    });
    connect(m_layouts, &QListWidget::currentRowChanged, this, [this] {
        renderSections();
        m_preview->follow(); // the preview follows the layout being looked at
    });
    connect(m_addLayout, &QPushButton::clicked, this, &LayoutPage::addLayout);
    connect(m_newLayout, &QLineEdit::returnPressed, this, &LayoutPage::addLayout);
    connect(m_palette, &PaletteList::dropped, this, [this](const QString&, int row) { dropSection(row); });
    connect(m_add, &QPushButton::clicked, this, &LayoutPage::addSection);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_remove, &QPushButton::clicked, this, [this] { m_model->setIncluded(currentLayout(), false); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(+1); });
    connect(m_label, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (m_model->isIncluded(currentLayout()))
            m_model->setLabel(currentLayout(), text);
    });
    connect(m_sections, &QListWidget::itemChanged, this, [this](QListWidgetItem* it) {
        if (it->data(Qt::UserRole).toString() == QLatin1String(kStaircaseSectionKey))
            m_model->setLabel(currentLayout(), it->text()); // renamed inline
    });
    connect(m_model, &LayoutsModel::changed, this, &LayoutPage::render);
    // Tab reads the page top to bottom, left to right, whatever order the widgets were made in.
    setTabChain({ m_newLayout, m_addLayout, m_layouts, m_palette, m_add, m_up, m_down, m_remove, m_sections, m_label,
                  m_preview->searchBar(), m_preview, m_refusal, m_error });
    render();
}

void LayoutPage::setUpWidgets()
{
    m_layouts->setObjectName(QStringLiteral("layoutList"));
    m_palette->setObjectName(QStringLiteral("paletteList"));
    m_sections->setObjectName(QStringLiteral("sectionList"));
    m_add->setObjectName(QStringLiteral("addSectionButton"));
    m_up->setObjectName(QStringLiteral("moveUpButton"));
    m_down->setObjectName(QStringLiteral("moveDownButton"));
    m_label->setObjectName(QStringLiteral("sectionLabelEdit"));
    m_label->setMaxLength(80 * 8); // a hard stop in UTF-16 units; the model counts the 80 characters a person sees
    m_note->setObjectName(QStringLiteral("layoutNote"));
    m_newLayout->setObjectName(QStringLiteral("newLayoutEdit"));
    m_newLayout->setPlaceholderText(tr("Layout name, as under Administration > 360 Layouts"));
    m_newLayout->setAccessibleName(tr("Layout name"));
    m_addLayout->setObjectName(QStringLiteral("addLayoutButton"));
    m_note->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("errorPanel"));
    m_refusal->setObjectName(QStringLiteral("layoutRefusal"));
    auto* item = new QListWidgetItem(tr("Staircase AI"), m_palette);
    item->setData(Qt::UserRole, QLatin1String(kStaircaseSectionKey));
    item->setToolTip(tr("Drag into a layout's sections"));
    m_remove->setObjectName(QStringLiteral("removeSectionButton"));
    m_remove->setToolTip(tr("Leave this layout out: Banister will not place the section there"));
    m_problem->setObjectName(QStringLiteral("layoutProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    m_problem->setWordWrap(true);
    m_palette->setMaximumHeight(fontMetrics().height() * 4);
    m_layouts->setAccessibleDescription(tr("Space ticks or unticks the current layout."));
    m_palette->setAccessibleDescription(tr("Drag into a layout's sections, or use Add to layout."));
}

void LayoutPage::arrange()
{
    auto* grid = new QGridLayout;
    const auto caption = [this](const QString& text, QWidget* named) {
        auto* label = new QLabel(text, this);
        label->setBuddy(named);
        named->setAccessibleName(text);
        return label;
    };
    grid->addWidget(caption(tr("Layouts (tick to include):"), m_layouts), 0, 0);
    grid->addWidget(caption(tr("Palette:"), m_palette), 0, 1);
    grid->addWidget(caption(tr("Sections of the selected layout:"), m_sections), 0, 2);
    grid->addWidget(m_layouts, 1, 0, 3, 1);
    grid->addWidget(m_palette, 1, 1);
    grid->addWidget(m_sections, 1, 2, 3, 1);
    auto* moves = new QVBoxLayout;
    for (QWidget* w : std::initializer_list<QWidget*> { m_add, m_up, m_down, m_remove })
        moves->addWidget(w);
    moves->addStretch(1);
    grid->addLayout(moves, 2, 1);
    auto* labelRow = new QHBoxLayout;
    auto* labelCaption = new QLabel(tr("Section &label:"), this);
    labelCaption->setBuddy(m_label);
    labelRow->addWidget(labelCaption);
    labelRow->addWidget(m_label, 1);
    auto* newLayoutRow = new QHBoxLayout;
    newLayoutRow->addWidget(m_newLayout, 1);
    newLayoutRow->addWidget(m_addLayout);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addLayout(newLayoutRow);
    layout->addLayout(grid, 3);
    layout->addLayout(labelRow);
    layout->addWidget(m_preview->searchBar());
    auto* previewRow = new QHBoxLayout; // keeps its share of the height when the preview is hidden (public API)
    previewRow->addWidget(m_preview);
    layout->addLayout(previewRow, 2);
    layout->addWidget(m_problem);
    layout->addWidget(m_refusal);
    layout->addWidget(m_busy);
    layout->addWidget(m_error);
}

void LayoutPage::initializePage()
{
    m_model->load();
    m_model->searchAccounts({});
}

QString LayoutPage::currentLayout() const
{
    const QListWidgetItem* it = m_layouts->currentItem();
    return it ? it->data(Qt::UserRole).toString() : QString();
}

int LayoutPage::positionForRow(int row) const
{
    int position = 0;
    for (int r = 0; r < row && r < m_sections->count(); ++r)
        position += m_sections->item(r)->data(Qt::UserRole).toString() != QLatin1String(kStaircaseSectionKey);
    return position;
}

void LayoutPage::dropSection(int row)
{
    const QString id = currentLayout();
    const int position = positionForRow(row);
    m_model->setIncluded(id, true);
    m_model->setPosition(id, position);
}

void LayoutPage::addSection()
{
    const QString id = currentLayout();
    const int row = m_sections->currentRow();
    m_model->setIncluded(id, true);
    m_model->setPosition(id, row >= 0 ? positionForRow(row + 1) : 1); // counted in the list that now has the section
}

void LayoutPage::move(int by)
{
    m_model->setPosition(currentLayout(), m_model->position(currentLayout()) + by);
}

void LayoutPage::addLayout()
{
    if (m_model->addLayout(m_newLayout->text()))
        m_newLayout->clear();
}

void LayoutPage::render()
{
    m_busy->setVisible(m_model->isBusy());
    m_error->setText(m_model->errorText());
    m_refusal->setText(m_model->refusal());
    m_problem->setText(m_model->isLoaded() && !m_model->isBusy() ? m_model->problem() : QString());
    m_problem->setVisible(!m_problem->text().isEmpty());
    const bool publicApi = m_model->isPublicApi();
    m_note->setText(publicApi
                        ? tr("Gainsight's public API cannot list or change 360 layouts: name each layout that gets "
                             "the Staircase AI section, choose its position and label, and the Review page "
                             "lists the clicks to do it by hand.")
                        : tr("The Staircase AI section joins Gainsight's palette once Staircase is connected; "
                             "Banister places it right after connecting when you apply."));
    for (QWidget* w : std::initializer_list<QWidget*> { m_newLayout, m_addLayout })
        w->setVisible(publicApi);
    m_preview->setVisible(!publicApi); // the preview route is the sandbox's
    {
        const QSignalBlocker block(m_layouts);
        const QString current = currentLayout();
        if (m_layouts->count() != m_model->layouts().size()) {
            m_layouts->clear();
            for (const auto& l : m_model->layouts()) {
                auto* it = new QListWidgetItem(QStringLiteral("%1 (%2)").arg(l.name, l.type), m_layouts);
                it->setData(Qt::UserRole, l.id);
                it->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            }
            if (m_layouts->count())
                m_layouts->setCurrentRow(0);
        }
        for (int i = 0; i < m_layouts->count(); ++i) {
            QListWidgetItem* it = m_layouts->item(i);
            it->setCheckState(m_model->isIncluded(it->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
            if (it->data(Qt::UserRole).toString() == current)
                m_layouts->setCurrentRow(i);
        }
    }
    renderSections();
    Q_EMIT completeChanged();
}

void LayoutPage::renderSections()
{
    const QString id = currentLayout();
    const QSignalBlocker block(m_sections);
    m_sections->clear();
    int placed = -1;
    for (const auto& [key, label] : m_model->sectionsOf(id)) {
        auto* it = new QListWidgetItem(label, m_sections);
        it->setData(Qt::UserRole, key);
        if (key == QLatin1String(kStaircaseSectionKey)) {
            QFont f = it->font();
            f.setBold(true);
            it->setFont(f);
            it->setFlags(it->flags() | Qt::ItemIsEditable);
            placed = m_sections->count() - 1;
        }
    }
    const bool included = m_model->isIncluded(id);
    if (placed >= 0)
        m_sections->setCurrentRow(placed);
    m_up->setEnabled(included && m_model->position(id) > 0);
    m_down->setEnabled(included && placed >= 0 && placed < m_sections->count() - 1);
    m_remove->setEnabled(included);
    m_add->setEnabled(!id.isEmpty() && !included);
    m_label->setEnabled(included);
    const QString label = included ? m_model->label(id) : QString();
    if (m_label->text().trimmed() != label) // a space being typed is not a change to undo
        m_label->setText(label);
    m_preview->showLayout(id);
}

bool LayoutPage::isComplete() const
{
    return m_model->canProceed();
}

} // namespace banister
