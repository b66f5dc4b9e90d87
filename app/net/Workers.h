#pragma once

class QThreadPool;

namespace banister {

// The threads Banister parses and ranks on (QtConcurrent::run(workers(), ...)). Not QThreadPool::globalInstance():
// Qt's raster engine splits large fills over that pool and the GUI thread waits for the pieces, so a page being
// parsed there kept a paint waiting until the whole page was parsed. One for the process, like Qt's: every job's
// work shares the same cores, so a pool per caller would only oversubscribe them.
QThreadPool* workers();

} // namespace banister
