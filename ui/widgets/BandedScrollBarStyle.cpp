#include "widgets/BandedScrollBarStyle.h"

#include <QApplication>
#include <QImage>
#include <QPaintDevice>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>
#include <algorithm>
#include <cmath>

namespace banister {

namespace {
bool isWhole(qreal v)
{
    return std::abs(v - std::round(v)) < 1e-9;
}
} // namespace

BandedScrollBarStyle::BandedScrollBarStyle(QStyle* base)
    : QProxyStyle(base)
{
}

void BandedScrollBarStyle::install()
{
    // A new instance of the current style: QApplication owns (and deletes) the one it has.
    QApplication::setStyle(new BandedScrollBarStyle(QStyleFactory::create(QApplication::style()->name())));
}

void BandedScrollBarStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex* option,
                                              QPainter* painter, const QWidget* widget) const
{
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
    const QTransform& to = painter->deviceTransform(); // logical to device pixels: a whole-pixel shift only
    const bool banded = control == CC_ScrollBar
        && std::max(option->rect.height(), option->rect.width()) * ratio > kBandRows && isWhole(ratio)
        && to.type() <= QTransform::TxScale && to.m11() == ratio && to.m22() == ratio && isWhole(to.dx())
        && isWhole(to.dy()) && baseStyle()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0
        && !styleHint(SH_ScrollBar_Transient, option, widget) && qFuzzyCompare(painter->opacity(), 1.0);
    if (!banded) {
        QProxyStyle::drawComplexControl(control, option, painter, widget);
        return;
    }
    // Fusion paints every pixel of its scroll bar opaque (the groove's fill covers the whole rectangle first), so a
    // tile painted on transparency and copied is the same as painting it in place.
    const QRect r = option->rect;
    const int tile = std::max(1, int(kBandRows / ratio));
    const int scale = int(std::round(ratio));
    for (int y = r.top(); y <= r.bottom(); y += tile) {
        for (int x = r.left(); x <= r.right(); x += tile) {
            const QSize size(std::min(tile, r.right() + 1 - x), std::min(tile, r.bottom() + 1 - y));
            QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
            image.setDevicePixelRatio(ratio);
            image.fill(Qt::transparent);
            {
                QPainter p(&image);
                p.setRenderHints(painter->renderHints());
                p.translate(-x, -y);
                QProxyStyle::drawComplexControl(control, option, &p, widget);
            }
            painter->drawImage(QPoint(x, y), image);
        }
    }
}

} // namespace banister
