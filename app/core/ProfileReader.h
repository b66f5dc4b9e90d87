#pragma once

#include "core/Profile.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace banister {

// The strict profile reader behind profileFromJson (core/Profile): reads typed values out of JSON, collecting every
// problem with its JSON pointer instead of stopping at the first. Only Profile.cpp uses it.
class ProfileReader
{
public:
    QList<ProfileError> errors;

    void error(const QString& ptr, const QString& msg) { errors.append({ ptr, msg }); }

    // The JSON type found, for "must be a string, not %1".
    static QString typeName(const QJsonValue& v);

    QString str(const QJsonObject& o, const char* key, const QString& ptr, bool required = false,
                const QStringList& allowed = {}, const QString& def = {});
    bool boolean(const QJsonObject& o, const char* key, const QString& ptr, bool def = false);
    QStringList strings(const QJsonObject& o, const char* key, const QString& ptr);
    // The object at key, or nullopt (with an error when present but not an object).
    std::optional<QJsonObject> object(const QJsonObject& o, const char* key, const QString& ptr);

    // Calls item(obj, pointer) for each object element of the array at key; false when there is no array.
    template <typename Fn> bool array(const QJsonObject& o, const char* key, const QString& ptr, Fn item)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        const QString p = ptr + QLatin1Char('/') + QLatin1String(key);
        if (v.isUndefined() || v.isNull())
            return false;
        if (!v.isArray()) {
            error(p, mustBeArray(v));
            return false;
        }
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i) {
            const QString ip = p + QLatin1Char('/') + QString::number(i);
            if (!a.at(i).isObject())
                error(ip, mustBeObject(a.at(i)));
            else
                item(a.at(i).toObject(), ip);
        }
        return true;
    }

private:
    static QString mustBeArray(const QJsonValue& v);
    static QString mustBeObject(const QJsonValue& v);
};

// Every section after the schema, into p; problems go to r.errors.
void readProfileSections(ProfileReader& r, const QJsonObject& root, Profile& p);

} // namespace banister
