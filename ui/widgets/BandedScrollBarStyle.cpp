#include "widgets/BandedScrollBarStyle.h"

#include <QApplication>
#include <QImage>
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
    // A new instance of the current style: QApplication owns (and deletes) the one it has. A style the factory cannot
    // make again (one an application set itself, or this one: a proxy has no name) is left as it is.
    QStyle* base = QStyleFactory::create(QApplication::style()->name());
    if (!base)
        return;
    QApplication::setStyle(new BandedScrollBarStyle(base));
}

void BandedScrollBarStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex* option,
                                              QPainter* painter, const QWidget* widget) const
{
    // Device pixels per logical pixel, from the painter: a widget painted into a 2× image (render(), grab()) is itself
    // at 1×. A whole number, the same both ways, and a whole-pixel shift, or tiles would not land on device pixels.
    // Above 1× a horizontal bar has nothing to split: its edges are strokes two pixels wide (two spans a row, not one
    // a pixel) and it is too short for its gradient to count.
    const QTransform& to = painter->deviceTransform();
    const qreal ratio = to.m11();
    const bool banded = control == CC_ScrollBar && to.type() <= QTransform::TxScale && ratio >= 1 && isWhole(ratio)
        && to.m22() == ratio && isWhole(to.dx()) && isWhole(to.dy())
        && std::max(option->rect.height(), option->rect.width()) * ratio > kBandRows
        && (ratio == 1 || !(option->state & State_Horizontal))
        && baseStyle()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0
        && !styleHint(SH_ScrollBar_Transient, option, widget) && qFuzzyCompare(painter->opacity(), 1.0)
        && painter->compositionMode() == QPainter::CompositionMode_SourceOver;
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
