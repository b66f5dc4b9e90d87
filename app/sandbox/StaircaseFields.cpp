#include "sandbox/StaircaseFields.h"

namespace banister::sandbox {

const QList<StaircaseField>& staircaseAccountFields()
{
    static const QList<StaircaseField> fields {
        { QStringLiteral("crmAccountId"), QStringLiteral("CRM Account ID"), QStringLiteral("id"), true, true,
          QStringLiteral("Gsid") },
        { QStringLiteral("name"), QStringLiteral("Name"), QStringLiteral("string"), true, true,
          QStringLiteral("Name") },
        { QStringLiteral("owner"), QStringLiteral("Owner"), QStringLiteral("user"), true, true, QStringLiteral("CSM") },
        { QStringLiteral("parentAccount"), QStringLiteral("Parent Account"), QStringLiteral("account"), false, true,
          QStringLiteral("Parent_Company") },
        { QStringLiteral("tier"), QStringLiteral("Tier"), QStringLiteral("picklist"), true, false, {} },
        { QStringLiteral("revenue"), QStringLiteral("Revenue"), QStringLiteral("currency"), true, false, {} },
        { QStringLiteral("renewalDate"), QStringLiteral("Renewal Date"), QStringLiteral("date"), true, false, {} },
        { QStringLiteral("journeyStage"),
          QStringLiteral("Journey Stage"),
          QStringLiteral("picklist"),
          true,
          false,
          {} },
        { QStringLiteral("industry"), QStringLiteral("Industry"), QStringLiteral("picklist"), false, false, {} },
        { QStringLiteral("region"), QStringLiteral("Region"), QStringLiteral("picklist"), false, false, {} },
        { QStringLiteral("employees"), QStringLiteral("Employees"), QStringLiteral("number"), false, false, {} },
    };
    return fields;
}

const StaircaseField* staircaseField(const QString& key)
{
    for (const StaircaseField& f : staircaseAccountFields())
        if (f.key == key)
            return &f;
    return nullptr;
}

QString incompatibility(const StaircaseField& field, const Column& column)
{
    const DataType t = column.type;
    const QString type = dataTypeName(t);
    if (field.type == QLatin1String("picklist")) {
        if (t == DataType::Picklist && column.multiSelect)
            return QStringLiteral("%1 is a multi-select picklist; Staircase takes single-select picklists only")
                .arg(column.name);
        if (t != DataType::Picklist)
            return QStringLiteral("%1 is %2; %3 needs a single-select picklist field")
                .arg(column.name, type, field.label);
        return {};
    }
    if (field.type == QLatin1String("currency") || field.type == QLatin1String("number")) {
        if (t != DataType::Currency && t != DataType::Number)
            return QStringLiteral("%1 is %2; %3 needs a number or currency field").arg(column.name, type, field.label);
        return {};
    }
    if (field.type == QLatin1String("date")) {
        if (t != DataType::Date && t != DataType::DateTime)
            return QStringLiteral("%1 is %2; %3 needs a date field").arg(column.name, type, field.label);
        return {};
    }
    if (field.type == QLatin1String("string")) {
        if (t != DataType::String && t != DataType::Picklist)
            return QStringLiteral("%1 is %2; %3 needs a text field").arg(column.name, type, field.label);
        return {};
    }
    if (field.type == QLatin1String("id"))
        return t == DataType::Gsid ? QString() : QStringLiteral("%1 is not an ID field").arg(column.name);
    if (field.type == QLatin1String("user"))
        return t == DataType::Lookup && column.lookupTarget == QLatin1String("User")
            ? QString()
            : QStringLiteral("%1 is not a lookup to a user").arg(column.name);
    if (field.type == QLatin1String("account"))
        return t == DataType::Lookup && column.lookupTarget == QLatin1String("Company")
            ? QString()
            : QStringLiteral("%1 is not a lookup to a company").arg(column.name);
    return QStringLiteral("unknown Staircase field type %1").arg(field.type);
}

} // namespace banister::sandbox
