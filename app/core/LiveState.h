#pragma once

#include <QJsonObject>
#include <QString>

namespace banister {

// What was read from the tenant for one step or area (or why it could not be read).
struct LiveState
{
    QJsonObject state;
    QString error;
    bool publicApi = false; // the tenant is reached through its documented API only (set by the engine)
    bool ok() const { return error.isEmpty(); }
};

} // namespace banister
