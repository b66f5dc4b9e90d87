// BandedScrollBarStyle: a scroll bar painted in tiles looks as its base style paints it, at 1× and 2× (a vertical one
// exactly; a horizontal one within a few edge pixels), also inside a window, and a long one paints without waiting for
// the global thread pool (which the base style does).
#include "support/HeldPool.h"
#include "widgets/BandedScrollBarStyle.h"

#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <QStyleFactory>
#include <QTest>
#include <algorithm>
#include <cstdlib>
#include <memory>

using namespace banister;
using banister::test::HeldPool;

namespace {
// How many pixels differ, and by how much at most (in any channel).
struct Difference
{
    int pixels = 0;
    int most = 0;
    int offEdge = 0; // not in the first or last row
};
Difference compare(const QImage& a, const QImage& b)
{
    Difference d;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            if (p == q)
                continue;
            ++d.pixels;
            d.offEdge += y != 0 && y != a.height() - 1;
            d.most = std::max({ d.most, std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                                std::abs(qBlue(p) - qBlue(q)), std::abs(qAlpha(p) - qAlpha(q)) });
        }
    return d;
}

// A horizontal bar at 1× is split across its edge lines, and Qt strokes a clipped line a little differently: a few
// pixels of the top and bottom edge by up to 17 of 255 levels (measured over the rows of samePixelsAsTheBaseStyle).
// Above 1× it is not split: the same pixels.
// Empty when it is that close; otherwise what differs.
QString horizontalProblem(const Difference& d, qreal ratio)
{
    const bool close = ratio > 1 ? d.pixels == 0 : d.pixels <= 3 && d.most <= 17 && d.offEdge == 0;
    return close ? QString()
                 : QStringLiteral("%1 pixels differ, by up to %2, %3 of them off the edges")
                       .arg(d.pixels)
                       .arg(d.most)
                       .arg(d.offEdge);
}

QImage paint(QWidget& widget, qreal ratio)
{
    QImage image((QSizeF(widget.size()) * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::magenta);
    widget.render(&image);
    return image;
}

// Paints widget while the global pool's only thread is held: true when the paint had to wait for the pool (the hold
// runs out after holdMs, so a paint that waits still finishes).
bool paintWaitsForPool(QWidget& widget, int holdMs, qreal ratio = 1.0)
{
    const HeldPool held(QThreadPool::globalInstance(), holdMs);
    paint(widget, ratio);
    return held.ranOut();
}
} // namespace

class TestBandedScrollBarStyle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void samePixelsAsTheBaseStyle_data()
    {
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("value");
        QTest::addColumn<qreal>("ratio");
        QTest::addColumn<bool>("enabled");
        for (const qreal ratio : { 1.0, 2.0, 1.5 })
            for (const int height : { 30, 79, 81, 400, 1333 })
                for (const int value : { 0, 4321, 20000 })
                    QTest::addRow("h%d v%d @%.1fx", height, value, ratio) << height << value << ratio << true;
        QTest::addRow("disabled h600 @1x") << 600 << 100 << 1.0 << false;
        for (const qreal ratio : { 1.0, 2.0 })
            for (const int width : { 81, 230, 780, 1920 })
                for (int value = 0; value <= 20000; value += 997)
                    QTest::addRow("horizontal w%d v%d @%.0fx", width, value, ratio) << -width << value << ratio << true;
        QTest::addRow("disabled h600 @2x") << 600 << 100 << 2.0 << false;
    }
    void samePixelsAsTheBaseStyle()
    {
        QFETCH(int, height);
        QFETCH(int, value);
        QFETCH(qreal, ratio);
        QFETCH(bool, enabled);
        std::unique_ptr<QStyle> plain(QStyleFactory::create(QStringLiteral("fusion")));
        BandedScrollBarStyle banded(QStyleFactory::create(QStringLiteral("fusion")));
        // A negative height: a horizontal scroll bar that long.
        const Qt::Orientation orientation = height < 0 ? Qt::Horizontal : Qt::Vertical;
        QScrollBar a(orientation), b(orientation);
        a.setStyle(plain.get());
        b.setStyle(&banded);
        for (QScrollBar* bar : { &a, &b }) {
            bar->setRange(0, 20000);
            bar->setPageStep(20);
            bar->setValue(value);
            bar->setEnabled(enabled);
            bar->resize(height < 0 ? QSize(-height, 17) : QSize(17, height));
        }
        const QImage expected = paint(a, ratio), actual = paint(b, ratio);
        QCOMPARE(actual.size(), expected.size());
        QVERIFY(actual.pixel(actual.width() / 2, actual.height() / 2) != qRgb(255, 0, 255)); // something was painted
        if (height > 0) {
            QCOMPARE(actual, expected);
            return;
        }
        const QString problem = horizontalProblem(compare(actual, expected), ratio);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // As in a window: the scroll bar at an offset in its parent, painted with it.
    void samePixelsInAWindow_data()
    {
        QTest::addColumn<qreal>("ratio");
        QTest::newRow("1x") << 1.0;
        QTest::newRow("2x") << 2.0;
    }
    void samePixelsInAWindow()
    {
        QFETCH(qreal, ratio);
        std::unique_ptr<QStyle> plain(QStyleFactory::create(QStringLiteral("fusion")));
        BandedScrollBarStyle banded(QStyleFactory::create(QStringLiteral("fusion")));
        const QRect across(3, 660, 230, 14); // the horizontal bar, in the window
        QWidget a, b;
        for (QWidget* window : { &a, &b }) {
            window->resize(240, 700);
            auto* bar = new QScrollBar(Qt::Vertical, window);
            bar->setStyle(window == &a ? plain.get() : static_cast<QStyle*>(&banded));
            bar->setRange(0, 300);
            bar->setPageStep(100); // a slider taller than a band too
            bar->setValue(120);
            bar->setGeometry(103, 37, 17, 613);
            auto* horizontal = new QScrollBar(Qt::Horizontal, window);
            horizontal->setStyle(bar->style());
            horizontal->setRange(0, 300);
            horizontal->setGeometry(across);
        }
        // Outside the horizontal bar (the vertical one, the window around): the same pixels; the horizontal one as
        // close as samePixelsAsTheBaseStyle says.
        const QImage actual = paint(b, ratio), expected = paint(a, ratio);
        QImage outside = actual, outsideExpected = expected;
        for (QImage* image : { &outside, &outsideExpected })
            QPainter(image).fillRect(across, Qt::black);
        QCOMPARE(outside, outsideExpected);
        const QRect pixels(across.topLeft() * ratio, across.size() * ratio);
        const QString problem = horizontalProblem(compare(actual.copy(pixels), expected.copy(pixels)), ratio);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // At 1× nothing goes to the pool; at 2× an outline across a whole tile still may (see the header).
        if (ratio == 1)
            QVERIFY(!paintWaitsForPool(b, 10000, ratio));
    }

    void aTallScrollBarPaintsWithoutThePool()
    {
        QScrollBar bar(Qt::Vertical);
        bar.setRange(0, 20000);
        bar.resize(17, 800);
        std::unique_ptr<QStyle> plain(QStyleFactory::create(QStringLiteral("fusion")));
        bar.setStyle(plain.get());
        if (!paintWaitsForPool(bar, 500))
            QSKIP("this Qt fills a tall gradient on the painting thread: there is nothing to avoid");
        BandedScrollBarStyle banded(QStyleFactory::create(QStringLiteral("fusion")));
        bar.setStyle(&banded);
        QVERIFY2(!paintWaitsForPool(bar, 10000), "the banded scroll bar waited for the global thread pool");
    }

    void installWrapsTheApplicationsStyle()
    {
        const QString before = QApplication::style()->name();
        BandedScrollBarStyle::install();
        auto* style = qobject_cast<BandedScrollBarStyle*>(QApplication::style());
        QVERIFY(style);
        QCOMPARE(style->baseStyle()->name(), before);
        // Once is enough: the proxy has no name the factory knows, so a second call leaves it.
        BandedScrollBarStyle::install();
        QCOMPARE(QApplication::style(), style);
    }
};

QTEST_MAIN(TestBandedScrollBarStyle)
#include "tst_bandedscrollbarstyle.moc"
