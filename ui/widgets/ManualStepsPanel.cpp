#include "widgets/ManualStepsPanel.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace banister {

ManualStepsPanel::ManualStepsPanel(QWidget* parent)
    : QGroupBox(parent)
    , m_list(new QListWidget(this))
    , m_detail(new QLabel(this))
    , m_copy(new QPushButton(tr("Cop&y what to enter"), this))
    , m_open(new QPushButton(tr("Open the admin &page"), this))
{
    setObjectName(QStringLiteral("manualStepsPanel"));
    m_list->setObjectName(QStringLiteral("manualStepList"));
    m_list->setAccessibleName(tr("Steps to do by hand; tick Done when a step is done"));
    m_list->setMaximumHeight(fontMetrics().height() * 7);
    m_detail->setObjectName(QStringLiteral("manualStepDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_detail->setTextFormat(Qt::RichText);
    m_copy->setObjectName(QStringLiteral("copyManualValuesButton"));
    m_open->setObjectName(QStringLiteral("openAdminPageButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_open);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(m_detail);
    layout->addLayout(buttons);
    connect(m_list, &QListWidget::currentRowChanged, this, &ManualStepsPanel::showCurrent);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem* it) {
        const int row = m_list->row(it);
        if (row < 0 || row >= m_steps.size())
            return;
        const bool done = it->checkState() == Qt::Checked;
        if (done != (row >= m_todo))
            Q_EMIT doneChanged(m_steps.at(row), done);
    });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row >= 0 && row < m_steps.size())
            QGuiApplication::clipboard()->setText(m_steps.at(row).values);
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row >= 0 && row < m_steps.size())
            QDesktopServices::openUrl(QUrl(m_steps.at(row).link));
    });
    hide();
}

void ManualStepsPanel::setSteps(const QList<PlanStep>& steps, const QList<PlanStep>& confirmed)
{
    const QString current = m_list->currentRow() >= 0 && m_list->currentRow() < m_steps.size()
        ? m_steps.at(m_list->currentRow()).id
        : QString();
    m_steps.clear();
    for (const PlanStep& s : steps)
        if (s.isManual())
            m_steps << s;
    m_todo = int(m_steps.size());
    m_steps << confirmed;
    setTitle(tr("By hand in Gainsight or Staircase: %1 of %2 done").arg(m_steps.size() - m_todo).arg(m_steps.size()));
    const QSignalBlocker block(m_list);
    m_list->clear();
    int select = 0;
    for (int i = 0; i < m_steps.size(); ++i) {
        auto* it = new QListWidgetItem(tr("Done: %1").arg(m_steps.at(i).title), m_list);
        it->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        it->setCheckState(i >= m_todo ? Qt::Checked : Qt::Unchecked);
        it->setToolTip(m_steps.at(i).afterText);
        if (m_steps.at(i).id == current)
            select = i;
    }
    setVisible(!m_steps.isEmpty());
    if (!m_steps.isEmpty())
        m_list->setCurrentRow(select);
    showCurrent();
}

void ManualStepsPanel::showCurrent()
{
    const int row = m_list->currentRow();
    const bool any = row >= 0 && row < m_steps.size();
    m_copy->setEnabled(any && !m_steps.at(row).values.isEmpty());
    m_open->setEnabled(any && !m_steps.at(row).link.isEmpty());
    if (!any) {
        m_detail->clear();
        return;
    }
    const PlanStep& s = m_steps.at(row);
    QString html = QStringLiteral("<ol>");
    for (const QString& i : s.instructions)
        html += QStringLiteral("<li>%1</li>").arg(i.toHtmlEscaped());
    html += QStringLiteral("</ol>");
    if (!s.values.isEmpty())
        html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                    .arg(tr("What to enter:").toHtmlEscaped(),
                         s.values.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    m_detail->setText(html);
}

} // namespace banister
