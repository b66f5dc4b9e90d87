#pragma once

#include <QWidget>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace banister {

class LayoutsModel;

// A 360 layout as it will look for one account: find the account by name, click Preview, and the layout shows each
// section with that account's data (LayoutsModel::previewLines), the planned Staircase AI section in bold. Once
// asked for, the preview follows the layout being looked at. The widget is the accounts found beside the preview; the
// search field and the Preview button are a bar of their own, for the page to put above it.
class LayoutPreview : public QWidget
{
    Q_OBJECT
public:
    explicit LayoutPreview(LayoutsModel* model, QWidget* parent = nullptr);

    QWidget* searchBar() const { return m_bar; }
    void setVisible(bool visible) override; // the search bar too

    // The layout previewed: its lines from the last preview, or a hint when there is none for it.
    void showLayout(const QString& layoutId);
    // Asks for the chosen account's preview of the layout shown again, if the admin has asked for one before.
    void follow();

private:
    void showAccounts(const QList<QPair<QString, QString>>& found);
    void render();

    LayoutsModel* m_model;
    QString m_layout;
    bool m_wanted = false; // the admin asked for a preview: switching layouts shows the new one
    QWidget* m_bar;
    QLineEdit* m_search;
    QListWidget* m_records;
    QPushButton* m_button;
    QListWidget* m_lines;
};

} // namespace banister
