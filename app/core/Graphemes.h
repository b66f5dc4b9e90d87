#pragma once

#include <QString>

namespace banister {

// User-perceived characters (extended grapheme clusters): what a person counts when a limit says
// "80 characters". QString::size() counts UTF-16 units, so one emoji can count 2 to 11 there.
int graphemeCount(const QString& text);

} // namespace banister
