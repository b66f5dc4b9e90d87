#pragma once

#include <QProxyStyle>

namespace banister {

// The application's style with one change: a long Fusion scroll bar is painted in tiles of at most kBandRows device
// pixels along it, each into an image of its own that is then copied into place. Why: Qt's raster engine hands any
// blend of 96 spans or more to the global thread pool in pieces and waits for them: a gradient fill of 96 rows
// (Fusion's groove, all along a vertical scroll bar) or, at 1×, a translucent line of 96 pixels (its edges, along a
// horizontal one; a one-pixel line is a span per pixel). Each wait is for another thread to be scheduled (and, on the
// global pool, behind whatever else runs there: Banister's parsing has a pool of its own, net/Workers.h): on a busy
// machine the GUI thread stalled on every scroll, filter and sort of a long table. Tiled, a 398-pixel bar paints in
// 0.06 / 0.12 / 0.45 ms (median / 99th percentile / worst of 2 000 repaints) instead of 0.26 / 1.0 / 3.1 ms, at 2× a
// 280-pixel one in 0.14 / 0.22 / 0.35 instead of 0.64 / 1.9 / 11.8 ms, a 782-pixel horizontal one at 1× in
// 0.11 / 0.20 / 1.5 instead of 0.27 / 1.3 / 5.2 ms. (An outline across a whole tile can still go to the pool; smaller
// tiles would avoid that but cost more than they save.) A vertical bar comes out pixel for pixel as Fusion paints it;
// a horizontal one at 1× all but: Qt strokes a clipped line a little differently, up to 3 pixels of its edge lines by
// up to 17 of 255 levels. Other styles, fractional scale factors, transformed painters and other composition modes
// are left to the base style.
class BandedScrollBarStyle : public QProxyStyle
{
    Q_OBJECT
public:
    // Blends of fewer than 96 spans stay on the painting thread (qdrawhelper: (spans + 32) / 64 pieces); a tile is at
    // most this many device pixels long.
    static constexpr int kBandRows = 80;

    explicit BandedScrollBarStyle(QStyle* base = nullptr);
    // Makes the application's style this one over a new instance of the style it has now (its platform's, or the one
    // -style named); leaves a style the factory cannot make as it is. Call once, before the first window.
    static void install();

    void drawComplexControl(ComplexControl control, const QStyleOptionComplex* option, QPainter* painter,
                            const QWidget* widget = nullptr) const override;
};

} // namespace banister
