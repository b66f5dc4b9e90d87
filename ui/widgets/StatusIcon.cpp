#include "widgets/StatusIcon.h"

#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>

namespace banister {

namespace {
class StatusIconEngine : public QIconEngine
{
public:
    explicit StatusIconEngine(StatusKind kind)
        : m_kind(kind)
    {
    }
    QIconEngine* clone() const override { return new StatusIconEngine(m_kind); }
    void paint(QPainter* p, const QRect& rect, QIcon::Mode, QIcon::State) override
    {
        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        const qreal s = std::min(rect.width(), rect.height());
        const QRectF r(rect.x() + (rect.width() - s) / 2.0 + s * 0.06, rect.y() + (rect.height() - s) / 2.0 + s * 0.06,
                       s * 0.88, s * 0.88);
        QColor fill;
        switch (m_kind) {
        case StatusKind::Passed:
            fill = QColor(0x2e, 0x7d, 0x32);
            break;
        case StatusKind::Failed:
            fill = QColor(0xc6, 0x28, 0x28);
            break;
        case StatusKind::Unknown:
            fill = QColor(0xef, 0x8f, 0x00);
            break;
        case StatusKind::Busy:
            fill = QColor(0x15, 0x65, 0xc0);
            break;
        case StatusKind::Pending:
            fill = QColor(0x9e, 0x9e, 0x9e);
            break;
        }
        p->setPen(Qt::NoPen);
        p->setBrush(fill);
        p->drawEllipse(r);
        QPen pen(Qt::white, s * 0.11, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        p->setPen(pen);
        p->setBrush(Qt::NoBrush);
        const auto at = [&r](qreal fx, qreal fy) { return QPointF(r.x() + r.width() * fx, r.y() + r.height() * fy); };
        switch (m_kind) {
        case StatusKind::Passed: {
            QPainterPath path(at(0.27, 0.52));
            path.lineTo(at(0.44, 0.69));
            path.lineTo(at(0.74, 0.34));
            p->drawPath(path);
            break;
        }
        case StatusKind::Failed:
            p->drawLine(at(0.32, 0.32), at(0.68, 0.68));
            p->drawLine(at(0.68, 0.32), at(0.32, 0.68));
            break;
        case StatusKind::Unknown:
            p->drawLine(at(0.5, 0.26), at(0.5, 0.56));
            p->drawPoint(at(0.5, 0.74));
            break;
        case StatusKind::Busy:
            for (qreal fx : { 0.3, 0.5, 0.7 })
                p->drawPoint(at(fx, 0.5));
            break;
        case StatusKind::Pending:
            p->drawLine(at(0.3, 0.5), at(0.7, 0.5));
            break;
        }
        p->restore();
    }
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pm(size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        paint(&p, QRect(QPoint(0, 0), size), mode, state);
        return pm;
    }

private:
    StatusKind m_kind;
};
} // namespace

QIcon statusIcon(StatusKind kind)
{
    return QIcon(new StatusIconEngine(kind));
}

} // namespace banister
