#include "core/CompanyField.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace banister {

namespace {
struct CompanyFieldText
{
    Q_DECLARE_TR_FUNCTIONS(FieldMapping)
};
} // namespace

QList<CompanyField> companyFieldsFromJson(const QJsonArray& fields)
{
    QList<CompanyField> out;
    for (const QJsonValue& v : fields) {
        const QJsonObject o = v.toObject();
        CompanyField f;
        f.name = o.value(QLatin1String("name")).toString();
        f.label = o.value(QLatin1String("label")).toString(f.name);
        f.dataType = o.value(QLatin1String("dataType")).toString();
        f.filterable = o.value(QLatin1String("filterable")).toBool(true);
        f.multiSelect = o.value(QLatin1String("multiSelect")).toBool();
        f.picklistValues = o.value(QLatin1String("picklistValues")).toVariant().toStringList();
        f.lookupObject = o.value(QLatin1String("lookupObject")).toString();
        if (!f.name.isEmpty())
            out << f;
    }
    return out;
}

const CompanyField* findField(const QList<CompanyField>& fields, const QString& name)
{
    for (const CompanyField& f : fields)
        if (f.name == name)
            return &f;
    return nullptr;
}

QList<StaircaseAccountField> staircaseFieldsFromJson(const QJsonArray& fields)
{
    QList<StaircaseAccountField> out;
    for (const QJsonValue& v : fields) {
        const QJsonObject o = v.toObject();
        out << StaircaseAccountField {
            o.value(QLatin1String("key")).toString(),       o.value(QLatin1String("label")).toString(),
            o.value(QLatin1String("type")).toString(),      o.value(QLatin1String("required")).toBool(),
            o.value(QLatin1String("outOfTheBox")).toBool(), o.value(QLatin1String("gainsightField")).toString()
        };
    }
    return out;
}

const QList<StaircaseAccountField>& standardStaircaseAccountFields()
{
    // Labels in the field mapping page's translation context, where they were first written.
    static const QList<StaircaseAccountField> fields = [] {
        return QList<StaircaseAccountField> {
            { QStringLiteral("crmAccountId"),
              QCoreApplication::translate("banister::FieldMappingsModel", "CRM Account ID"), QStringLiteral("id"), true,
              true, QStringLiteral("Gsid") },
            { QStringLiteral("name"), QCoreApplication::translate("banister::FieldMappingsModel", "Name"),
              QStringLiteral("string"), true, true, QStringLiteral("Name") },
            { QStringLiteral("owner"), QCoreApplication::translate("banister::FieldMappingsModel", "Owner"),
              QStringLiteral("user"), true, true, QStringLiteral("CSM") },
            { QStringLiteral("parentAccount"),
              QCoreApplication::translate("banister::FieldMappingsModel", "Parent Account"), QStringLiteral("account"),
              false, true, QStringLiteral("Parent_Company") },
            { QStringLiteral("tier"),
              QCoreApplication::translate("banister::FieldMappingsModel", "Tier"),
              QStringLiteral("picklist"),
              true,
              false,
              {} },
            { QStringLiteral("revenue"),
              QCoreApplication::translate("banister::FieldMappingsModel", "Revenue"),
              QStringLiteral("currency"),
              true,
              false,
              {} },
            { QStringLiteral("renewalDate"),
              QCoreApplication::translate("banister::FieldMappingsModel", "Renewal Date"),
              QStringLiteral("date"),
              true,
              false,
              {} },
            { QStringLiteral("journeyStage"),
              QCoreApplication::translate("banister::FieldMappingsModel", "Journey Stage"),
              QStringLiteral("picklist"),
              true,
              false,
              {} },
            { QStringLiteral("industry"),
              QCoreApplication::translate("banister::FieldMappingsModel", "Industry"),
              QStringLiteral("picklist"),
              false,
              false,
              {} },
            { QStringLiteral("region"),
              QCoreApplication::translate("banister::FieldMappingsModel", "Region"),
              QStringLiteral("picklist"),
              false,
              false,
              {} },
            { QStringLiteral("employees"),
              QCoreApplication::translate("banister::FieldMappingsModel", "Employees"),
              QStringLiteral("number"),
              false,
              false,
              {} }
        };
    }();
    return fields;
}

QString mappingIncompatibility(const StaircaseAccountField& target, const CompanyField& source)
{
    const QString& t = source.dataType;
    if (target.type == QLatin1String("custom"))
        return {}; // a field Staircase has not described yet: the tenant checks it when the mapping is saved
    if (target.type == QLatin1String("picklist")) {
        if (t == QLatin1String("PICKLIST") && source.multiSelect)
            return CompanyFieldText::tr("%1 is a multi-select picklist; Staircase takes single-select picklists only")
                .arg(source.label);
        if (t != QLatin1String("PICKLIST"))
            return CompanyFieldText::tr("%1 is %2; %3 needs a single-select picklist field")
                .arg(source.label, t, target.label);
        return {};
    }
    if (target.type == QLatin1String("currency") || target.type == QLatin1String("number"))
        return source.isNumeric()
            ? QString()
            : CompanyFieldText::tr("%1 is %2; %3 needs a number or currency field").arg(source.label, t, target.label);
    if (target.type == QLatin1String("date"))
        return source.isDate()
            ? QString()
            : CompanyFieldText::tr("%1 is %2; %3 needs a date field").arg(source.label, t, target.label);
    if (target.type == QLatin1String("string"))
        return t == QLatin1String("STRING") || t == QLatin1String("PICKLIST")
            ? QString()
            : CompanyFieldText::tr("%1 is %2; %3 needs a text field").arg(source.label, t, target.label);
    return CompanyFieldText::tr("%1 is mapped by the integration itself").arg(target.label);
}

} // namespace banister
