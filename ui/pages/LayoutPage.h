#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace banister {

class LayoutsModel;
class BusyBar;
class LayoutPreview;
class MessagePanel;
class PaletteList;
class SectionList;

// Step 7: the Staircase AI section in C360 / P360 layouts. Tick the layouts, drag the section from the palette into
// a layout's section list (or Add, then Move up / Move down), rename it, and preview a layout for an account.
class LayoutPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit LayoutPage(LayoutsModel* model, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

private:
    void setUpWidgets(); // names, texts, sizes
    void arrange();
    void render();
    void renderSections();
    QString currentLayout() const;
    int positionForRow(int row) const; // the section position a drop before `row` means
    void dropSection(int row); // the section dropped from the palette before `row`
    void addSection(); // after the current section, or second
    void move(int by);
    void addLayout();

    // In the order Tab visits them.
    LayoutsModel* m_model;
    QListWidget* m_layouts;
    SectionList* m_sections;
    QPushButton* m_add;
    QPushButton* m_up;
    QPushButton* m_down;
    QLineEdit* m_label;
    LayoutPreview* m_preview;
    QLabel* m_note;
    QLineEdit* m_newLayout;
    QPushButton* m_addLayout;
    BusyBar* m_busy;
    MessagePanel* m_error;
    MessagePanel* m_refusal;
    PaletteList* m_palette;
    QPushButton* m_remove;
    QLabel* m_problem;
};

} // namespace banister
