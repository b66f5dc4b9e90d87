#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <utility>

namespace banister {

// Runs `done(future)` on ctx's thread once `future` has finished, and not at all if ctx is gone by then: the watcher
// is ctx's child. (QFuture::then(ctx, ...) asserts in Qt 6.4 when ctx is destroyed while the work still runs.)
template <typename T, typename F> void whenFinished(QObject* ctx, const QFuture<T>& future, F done)
{
    auto* watcher = new QFutureWatcher<T>(ctx);
    QObject::connect(watcher, &QFutureWatcherBase::finished, ctx, [watcher, done = std::move(done)]() mutable {
        watcher->deleteLater();
        done(watcher->future());
    });
    watcher->setFuture(future);
}

} // namespace banister
