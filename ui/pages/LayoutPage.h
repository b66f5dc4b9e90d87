#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace banister {

class LayoutsModel;
class BusyBar;
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
    void render();
    void renderSections();
    void renderPreview();
    QString currentLayout() const;
    int positionForRow(int row) const; // the section position a drop before `row` means

    LayoutsModel* m_model;
    QListWidget* m_layouts;
    PaletteList* m_palette;
    SectionList* m_sections;
    QPushButton* m_add;
    QPushButton* m_up;
    QPushButton* m_down;
    QPushButton* m_remove = nullptr;
    QLabel* m_problem = nullptr;
    bool m_previewWanted = false; // the admin asked for a preview: switching layouts shows the new one
    QLineEdit* m_label;
    QLineEdit* m_search;
    QListWidget* m_records;
    QPushButton* m_previewButton;
    QListWidget* m_preview;
    QLabel* m_note;
    QLineEdit* m_newLayout;
    QPushButton* m_addLayout;
    BusyBar* m_busy;
    MessagePanel* m_error;
    MessagePanel* m_refusal;
};

} // namespace banister
