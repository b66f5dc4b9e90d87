#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace banister {

// One field of the Gainsight Company object, as the describe API reports it.
struct CompanyField
{
    QString name;
    QString label;
    QString dataType; // STRING, NUMBER, CURRENCY, DATE, DATETIME, PICKLIST, GSID, LOOKUP, BOOLEAN
    bool filterable = true;
    bool multiSelect = false;
    QStringList picklistValues;
    QString lookupObject;

    bool isNumeric() const { return dataType == QLatin1String("NUMBER") || dataType == QLatin1String("CURRENCY"); }
    bool isDate() const { return dataType == QLatin1String("DATE") || dataType == QLatin1String("DATETIME"); }
};

QList<CompanyField> companyFieldsFromJson(const QJsonArray& fields);
const CompanyField* findField(const QList<CompanyField>& fields, const QString& name);

// A Staircase account field (Settings > Configuration > Account Fields) and its current Gainsight mapping.
struct StaircaseAccountField
{
    QString key;
    QString label;
    QString type; // id, string, user, account, picklist, currency, date, number
    bool required = false;
    bool outOfTheBox = false;
    QString gainsightField;
};

QList<StaircaseAccountField> staircaseFieldsFromJson(const QJsonArray& fields);

// Staircase's standard account fields (its documentation's list), known before Staircase is connected, so the plan
// can check types even then: Tier a single-select picklist, Revenue currency or number, Renewal Date a date,
// Journey Stage a picklist; the out-of-the-box four are fixed.
const QList<StaircaseAccountField>& standardStaircaseAccountFields();

// Empty when the Gainsight field can feed the Staircase field; otherwise why not, in an admin's words.
QString mappingIncompatibility(const StaircaseAccountField& target, const CompanyField& source);

} // namespace banister
