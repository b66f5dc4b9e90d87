#pragma once

#include <QJsonObject>
#include <QString>

namespace banister {

// What was read from the tenant for one step or area (or why it could not be read).
struct LiveState
{
    QJsonObject state;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

} // namespace banister
