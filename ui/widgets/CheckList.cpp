#include "widgets/CheckList.h"

#include "widgets/WrapLabel.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace banister {

CheckList::CheckList(QWidget* parent)
    : QWidget(parent)
    , m_grid(new QGridLayout)
{
    // Rows keep their natural height; spare room goes below them, not between them.
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addLayout(m_grid);
    outer->addStretch(1);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(1, 1);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(4);
}

CheckList::Widgets CheckList::widgetsFor(int row, const QString& name)
{
    while (m_widgets.size() <= row) {
        const int r = int(m_widgets.size());
        Widgets w { new QLabel(this), new WrapLabel(this), new WrapLabel(this), new WrapLabel(this) };
        const int iconSize = fontMetrics().height() * 3 / 2;
        w.icon->setFixedSize(iconSize, iconSize);
        QFont bold = w.title->font();
        bold.setBold(true);
        w.title->setFont(bold);
        for (QLabel* l : { w.title, w.detail, w.fix }) {
            l->setWordWrap(true);
            l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        }
        w.fix->setStyleSheet(QStringLiteral("color: #8a4b00;"));
        // Four grid rows a check: title, detail, the fix (often hidden) and a gap before the next check, there
        // whether or not the check has a fix.
        m_grid->addWidget(w.icon, r * 4, 0, 3, 1, Qt::AlignTop);
        m_grid->addWidget(w.title, r * 4, 1);
        m_grid->addWidget(w.detail, r * 4 + 1, 1);
        m_grid->addWidget(w.fix, r * 4 + 2, 1);
        m_widgets.append(w);
    }
    Widgets w = m_widgets.at(row);
    w.icon->setObjectName(name + QStringLiteral("Icon"));
    w.title->setObjectName(name + QStringLiteral("Title"));
    w.detail->setObjectName(name + QStringLiteral("Detail"));
    w.fix->setObjectName(name + QStringLiteral("Fix"));
    return w;
}

void CheckList::setRows(const QList<Row>& rows)
{
    for (int i = 0; i < rows.size(); ++i) {
        const Row& r = rows.at(i);
        Widgets w = widgetsFor(i, r.name);
        const int size = w.icon->width();
        w.icon->setPixmap(statusIcon(r.status).pixmap(QSize(size, size), devicePixelRatioF()));
        w.title->setText(r.title);
        w.detail->setText(r.detail);
        w.fix->setText(r.fix.isEmpty() ? QString() : tr("Fix: %1").arg(r.fix));
        for (QLabel* l : { w.icon, w.title, w.detail })
            l->setVisible(true);
        w.fix->setVisible(!r.fix.isEmpty());
        m_grid->setRowMinimumHeight(i * 4 + 3, 4);
    }
    for (int i = int(rows.size()); i < m_widgets.size(); ++i) {
        for (QLabel* l : { m_widgets[i].icon, m_widgets[i].title, m_widgets[i].detail, m_widgets[i].fix })
            l->hide();
        m_grid->setRowMinimumHeight(i * 4 + 3, 0); // a hidden check's gap would still take room
    }
}

} // namespace banister
