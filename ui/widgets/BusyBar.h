#pragma once

#include <QProgressBar>

namespace banister {

// A thin indeterminate progress bar shown while a page waits for the tenant; objectName "busyIndicator".
class BusyBar : public QProgressBar
{
    Q_OBJECT
public:
    explicit BusyBar(QWidget* parent = nullptr)
        : QProgressBar(parent)
    {
        setObjectName(QStringLiteral("busyIndicator"));
        setRange(0, 0);
        setMaximumHeight(6);
        setTextVisible(false);
        hide();
    }
};

} // namespace banister
