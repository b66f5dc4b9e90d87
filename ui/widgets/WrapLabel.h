#pragma once

#include <QLabel>

namespace banister {

// A word-wrapping label that asks its layout for the height its text needs at its current width. Plain QLabels
// with word wrap get one line's height in QWizard pages, form rows and scroll areas, which cuts the rest off.
class WrapLabel : public QLabel
{
    Q_OBJECT
public:
    explicit WrapLabel(QWidget* parent = nullptr);
    explicit WrapLabel(const QString& text, QWidget* parent = nullptr);
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* e) override;

private:
    int m_width = -1; // the width the last minimum height was given for
};

} // namespace banister
