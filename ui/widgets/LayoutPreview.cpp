#include "widgets/LayoutPreview.h"

#include "models/LayoutsModel.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>

namespace banister {

LayoutPreview::LayoutPreview(LayoutsModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_bar(new QWidget(this))
    , m_search(new QLineEdit(m_bar))
    , m_records(new QListWidget(this))
    , m_button(new QPushButton(tr("&Preview"), m_bar))
    , m_lines(new QListWidget(this))
{
    m_search->setObjectName(QStringLiteral("recordSearchEdit"));
    m_search->setPlaceholderText(tr("Find an account by name"));
    m_search->setAccessibleName(m_search->placeholderText());
    m_records->setObjectName(QStringLiteral("recordList"));
    m_records->setAccessibleName(tr("Accounts found"));
    m_button->setObjectName(QStringLiteral("previewButton"));
    m_button->setEnabled(false);
    m_lines->setObjectName(QStringLiteral("previewList"));
    m_lines->setAccessibleName(tr("Layout preview"));
    for (QListWidget* l : { m_records, m_lines }) {
        l->setMinimumHeight(fontMetrics().height() * 6);
        l->setTextElideMode(Qt::ElideMiddle);
    }

    auto* bar = new QHBoxLayout(m_bar);
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_button);
    auto* lists = new QHBoxLayout(this);
    lists->setContentsMargins(0, 0, 0, 0);
    lists->addWidget(m_records, 1);
    lists->addWidget(m_lines, 2);

    auto* searchTimer = new QTimer(this);
    searchTimer->setSingleShot(true);
    searchTimer->setInterval(250);
    connect(m_search, &QLineEdit::textEdited, searchTimer, qOverload<>(&QTimer::start));
    connect(searchTimer, &QTimer::timeout, this, [this] { m_model->searchAccounts(m_search->text()); });
    connect(m_model, &LayoutsModel::accountsFound, this, &LayoutPreview::showAccounts);
    connect(m_button, &QPushButton::clicked, this, [this] {
        m_wanted = m_wanted || m_records->currentItem();
        follow();
    });
    connect(m_model, &LayoutsModel::previewReady, this, &LayoutPreview::render);
    render();
}

void LayoutPreview::setVisible(bool visible)
{
    QWidget::setVisible(visible);
    m_bar->setVisible(visible);
}

void LayoutPreview::showLayout(const QString& layoutId)
{
    m_layout = layoutId;
    render();
}

void LayoutPreview::follow()
{
    if (QListWidgetItem* it = m_records->currentItem(); it && m_wanted)
        m_model->preview(m_layout, it->data(Qt::UserRole).toString());
}

void LayoutPreview::showAccounts(const QList<QPair<QString, QString>>& found)
{
    m_records->clear();
    for (const auto& [id, name] : found) {
        auto* it = new QListWidgetItem(name, m_records);
        it->setData(Qt::UserRole, id);
    }
    if (m_records->count())
        m_records->setCurrentRow(0);
    m_button->setEnabled(m_records->count() > 0);
}

void LayoutPreview::render()
{
    m_lines->clear();
    const QList<LayoutsModel::PreviewLine> lines = m_model->previewLines(m_layout);
    if (lines.isEmpty()) {
        auto* hint = new QListWidgetItem(tr("Find an account and click Preview to see this layout with its data, "
                                            "the Staircase AI section where you put it."),
                                         m_lines);
        hint->setFlags(Qt::NoItemFlags);
        return;
    }
    for (const LayoutsModel::PreviewLine& line : lines) {
        auto* it = new QListWidgetItem(QStringLiteral("%1 — %2").arg(line.label, line.content), m_lines);
        it->setToolTip(it->text());
        if (line.planned) {
            QFont f = it->font();
            f.setBold(true);
            it->setFont(f);
        }
    }
}

} // namespace banister
