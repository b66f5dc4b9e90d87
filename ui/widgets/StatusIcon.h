#pragma once

#include <QIcon>

namespace banister {

enum class StatusKind { Pending, Busy, Passed, Failed, Unknown };

// Check-state icons drawn with QPainter: crisp at any scale factor and independent of the icon theme.
QIcon statusIcon(StatusKind kind);

} // namespace banister
