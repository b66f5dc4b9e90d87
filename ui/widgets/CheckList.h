#pragma once

#include "widgets/StatusIcon.h"

#include <QWidget>

class QGridLayout;
class QLabel;

namespace banister {

// Rows of checks: a status icon, a bold title, a detail line and, for failures, a fix. Row widgets are named
// "<name>Icon", "<name>Title", "<name>Detail", "<name>Fix" so tests can find them.
class CheckList : public QWidget
{
    Q_OBJECT
public:
    struct Row
    {
        QString name;
        StatusKind status = StatusKind::Pending;
        QString title;
        QString detail;
        QString fix;
    };

    explicit CheckList(QWidget* parent = nullptr);
    void setRows(const QList<Row>& rows);

private:
    struct Widgets
    {
        QLabel* icon;
        QLabel* title;
        QLabel* detail;
        QLabel* fix;
    };
    Widgets widgetsFor(int row, const QString& name);

    QGridLayout* m_grid;
    QList<Widgets> m_widgets;
};

} // namespace banister
