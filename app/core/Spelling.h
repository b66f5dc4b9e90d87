#pragma once

#include <QString>
#include <QStringList>

#include <cstddef>
#include <optional>

namespace banister {

// One spelling per value of an enum, in a constexpr table; the to/from-string functions of core/Domain and
// core/CrmFilter read their tables through these three and nothing else.
template <typename E> struct Spelling
{
    E value;
    const char* name;
};

template <typename E, std::size_t N> QString nameOf(const Spelling<E> (&table)[N], E value)
{
    for (const Spelling<E>& s : table)
        if (s.value == value)
            return QString::fromLatin1(s.name);
    return {};
}

template <typename E, std::size_t N> std::optional<E> valueOf(const Spelling<E> (&table)[N], const QString& name)
{
    for (const Spelling<E>& s : table)
        if (name == QLatin1String(s.name))
            return s.value;
    return std::nullopt;
}

template <typename E, std::size_t N> QStringList namesOf(const Spelling<E> (&table)[N])
{
    QStringList out;
    for (const Spelling<E>& s : table)
        out << QString::fromLatin1(s.name);
    return out;
}

} // namespace banister
