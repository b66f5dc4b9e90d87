#pragma once

#include "sandbox/SandboxOptions.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVarLengthArray>
#include <cmath>
#include <vector>

namespace banister::sandbox {

enum class DataType { Gsid, String, Number, Currency, Date, DateTime, Picklist, Lookup, Boolean };
QString dataTypeName(DataType t);

// The text of a String column: every row's value one after another in one Latin-1 buffer (the seeded names are
// ASCII), a few bytes a row instead of a QString each. Rows are appended in order.
class TextColumn
{
public:
    void reserve(size_t rows, qsizetype bytes)
    {
        m_ends.reserve(rows);
        m_text.reserve(bytes);
    }
    void append(const QString& value)
    {
        Q_ASSERT(QString::fromLatin1(value.toLatin1()) == value);
        m_text += value.toLatin1();
        m_ends.push_back(quint32(m_text.size()));
    }
    // Or a row written as Latin-1 straight into the buffer: startRow(), append to what it returns, endRow().
    QByteArray& startRow() { return m_text; }
    void endRow() { m_ends.push_back(quint32(m_text.size())); }
    void squeeze() { m_text.squeeze(); }
    size_t size() const { return m_ends.size(); }
    QLatin1String latin1(size_t row) const
    {
        const quint32 begin = row == 0 ? 0 : m_ends[row - 1];
        return QLatin1String(m_text.constData() + begin, qsizetype(m_ends[row] - begin));
    }
    QString operator[](size_t row) const { return QString(latin1(row)); }
    // The row's text as UTF-16 in buf, for QString's own comparisons without a QString per row.
    QStringView utf16(size_t row, QVarLengthArray<char16_t, 128>& buf) const
    {
        const QLatin1String s = latin1(row);
        buf.resize(s.size());
        for (qsizetype i = 0; i < s.size(); ++i)
            buf[i] = char16_t(uchar(s.at(i).toLatin1()));
        return QStringView(buf.constData(), buf.size());
    }

private:
    QByteArray m_text;
    std::vector<quint32> m_ends; // where each row's text ends in m_text
};

// The numbers of a Number, Currency, Date or DateTime column. A column whose values are all whole multiples of
// 1/divisor that fit 32 bits (amounts, cents, days, counts) keeps them as integers, half the size of doubles; the
// value read back is the same double.
class NumberColumn
{
public:
    void resize(size_t rows, int divisor = 0) // divisor 0: doubles
    {
        m_divisor = divisor;
        if (divisor > 0)
            m_scaled.resize(rows);
        else
            m_doubles.resize(rows);
    }
    void set(size_t row, double value)
    {
        if (m_divisor == 0) {
            m_doubles[row] = value;
            return;
        }
        m_scaled[row] = qint32(std::llround(value * m_divisor));
        Q_ASSERT((*this)[row] == value);
    }
    size_t size() const { return m_divisor > 0 ? m_scaled.size() : m_doubles.size(); }
    double operator[](size_t row) const
    {
        return m_divisor > 0 ? double(m_scaled[row]) / double(m_divisor) : m_doubles[row];
    }

private:
    int m_divisor = 0;
    std::vector<qint32> m_scaled;
    std::vector<double> m_doubles;
};

// One Company field stored column-wise so a filtered COUNT over 200 000 rows is a few tight loops.
// Which vector holds the values depends on the type:
//   Picklist (single)   codes[i] = index into picklist, 0xFFFF = empty
//   Picklist (multi)    codes[i] = bit mask over picklist
//   Boolean             codes[i] = 0/1
//   Lookup              refs[i]  = row in the target (users for CSM, companies for Parent_Company), -1 = empty
//   Number / Currency   numbers[i] (NumberColumn: whole amounts, cents and counts as 32-bit integers)
//   Date                numbers[i] = Julian day;  DateTime: numbers[i] = ms since epoch (UTC)
//   String              strings[i] (TextColumn);  Gsid: derived from the row, nothing stored
struct Column
{
    QString name;
    QString label;
    DataType type = DataType::String;
    bool filterable = true;
    bool multiSelect = false;
    QString lookupTarget; // "User" or "Company" for lookups
    QStringList picklist;
    std::vector<quint16> codes;
    std::vector<qint32> refs;
    NumberColumn numbers;
    TextColumn strings;
};

struct User
{
    QString id;
    QString name;
    QString email;
    QString username;
    QString license; // "Full", "Viewer Plus", "Viewer"
    bool active = true;
    QStringList gsRoles;
    QString managerId;
    bool superAdmin = false;
    bool isAdmin = false;
    bool operator==(const User& o) const
    {
        return id == o.id && name == o.name && email == o.email && username == o.username && license == o.license
            && active == o.active && gsRoles == o.gsRoles && managerId == o.managerId && superAdmin == o.superAdmin
            && isAdmin == o.isAdmin;
    }
};

struct TenantFacts
{
    QString tenantName;
    QString subdomain;
    bool gainsightCs = true;
    bool staircase = true;
    QString primaryCrm = QStringLiteral("Gainsight");
    bool aiFollowUp = false;
    int callerUser = 0; // index into users
    bool staircaseTokenAdmin = true; // whether the Staircase token belongs to a Staircase admin
};

// The seeded world of one sandbox: deterministic for (scenario, seed). SandboxTenant never changes it: what the API
// changes lives in TenantState, which starts from a copy of these users.
class SandboxData
{
public:
    static SandboxData generate(const ScenarioWorld& world, quint32 seed);
    static SandboxData generate(const QString& scenario, quint32 seed)
    {
        return generate(scenarioWorld(scenario), seed);
    }

    int companyCount() const { return m_companyCount; }
    const std::vector<Column>& columns() const { return m_columns; }
    const Column* column(const QString& name) const;
    QString companyGsid(int row) const;
    int companyRowFromGsid(const QString& gsid) const; // -1 when not a company GSID of this tenant

    // Implicitly shared: TenantState starts from a copy that costs nothing until the API changes a user.
    QList<User>& users() { return m_users; }
    const QList<User>& users() const { return m_users; }
    int userIndexFromId(const QString& id) const;

    TenantFacts& facts() { return m_facts; }
    const TenantFacts& facts() const { return m_facts; }

private:
    void generateUsers(int count, quint32 seed);
    void generateCompanies(int count, quint32 seed);

    int m_companyCount = 0;
    quint32 m_seed = 1;
    std::vector<Column> m_columns;
    QList<User> m_users;
    TenantFacts m_facts;
};

} // namespace banister::sandbox
