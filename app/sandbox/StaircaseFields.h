#pragma once

#include "sandbox/SandboxData.h"

#include <QList>
#include <QString>

namespace banister::sandbox {

// Staircase's account fields (Settings > Configuration > Account Fields) and which Gainsight field types each
// accepts. Out-of-the-box fields are mapped by the integration and locked.
struct StaircaseField
{
    QString key;
    QString label;
    QString type; // "id", "string", "user", "account", "picklist", "currency", "date", "number"
    bool required = false;
    bool outOfTheBox = false;
    QString defaultMapping; // for out-of-the-box fields
};

const QList<StaircaseField>& staircaseAccountFields();
const StaircaseField* staircaseField(const QString& key);

// Empty when `column` can feed `field`; otherwise why not, in an admin's words.
QString incompatibility(const StaircaseField& field, const Column& column);

} // namespace banister::sandbox
