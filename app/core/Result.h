#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>
#include <utility>

namespace banister {

// A value or an error text. Errors are values in Banister: nothing throws across Qt event boundaries.
// [[nodiscard]]: a result is read, never dropped. value() on a failure is a programming error: it stops the program
// with qFatal (in every build type, so a release build never reads an empty value), naming the error it ignored.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    static Result failure(QString error)
    {
        Result r;
        r.m_error = std::move(error);
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const
    {
        check();
        return *m_value;
    }
    T& value()
    {
        check();
        return *m_value;
    }
    const T* operator->() const { return &value(); }
    const QString& error() const { return m_error; }

private:
    Result() = default;
    void check() const
    {
        Q_ASSERT_X(m_value.has_value(), "Result::value", "read without checking ok()");
        if (!m_value.has_value())
            qFatal("Result::value() read a failure without checking it: %s", qPrintable(m_error));
    }
    std::optional<T> m_value;
    QString m_error;
};

// For writers: success, or an error text.
template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default; // success
    static Result failure(QString error)
    {
        Result r;
        r.m_failed = true;
        r.m_error = std::move(error);
        return r;
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString& error() const { return m_error; }

private:
    bool m_failed = false;
    QString m_error;
};

} // namespace banister
