#pragma once

class QThreadPool;

namespace banister {

// The threads Banister parses and ranks on (QtConcurrent::run(workers(), ...)). Not QThreadPool::globalInstance():
// Qt's raster engine splits large fills over that pool and the GUI thread waits for the pieces, so a page being
// parsed there kept a paint waiting until the whole page was parsed.
QThreadPool* workers();

} // namespace banister
