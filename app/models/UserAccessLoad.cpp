#include "models/UserAccessModel.h"

#include "core/WhenFinished.h"
#include "models/UserDirectory.h"
#include "net/Workers.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <numeric>
#include <utility>

namespace banister {

// Loading: pages of users turned into rows on a worker thread, taken in order; sort ranks computed once after.

UserAccessModel::Page UserAccessModel::parsePage(const QJsonArray& users)
{
    Page p;
    p.rows.reserve(users.size());
    p.licenses.reserve(users.size());
    p.managerIds.reserve(users.size());
    p.searchEnds.reserve(size_t(users.size()));
    p.search.reserve(users.size() * 64); // name, email and username: about 60 bytes
    for (const QJsonValue& u : users) {
        const QJsonObject o = u.toObject();
        Row r;
        r.id = o.value(QLatin1String("id")).toString();
        r.name = o.value(QLatin1String("name")).toString();
        r.email = o.value(QLatin1String("email")).toString();
        r.username = o.value(QLatin1String("username")).toString();
        if (r.username == r.email)
            r.username = r.email; // one string, not two equal ones
        r.active = o.value(QLatin1String("active")).toBool();
        r.superAdmin = o.value(QLatin1String("superAdmin")).toBool();
        QStringList gsRoles;
        for (const QJsonValue& g : o.value(QLatin1String("gsRoles")).toArray())
            gsRoles << g.toString();
        r.currentRole = roleCode(staircaseRoleOf(gsRoles));
        r.newRole = r.currentRole;
        r.validEmail = isValidEmail(r.email);
        r.usernameIsEmail = r.username == r.email;
        appendSearchText(r, p);
        p.licenses << o.value(QLatin1String("license")).toString();
        p.managerIds << o.value(QLatin1String("managerId")).toString();
        p.rows << std::move(r);
    }
    return p;
}

void UserAccessModel::load()
{
    // Loading again (Retry) makes the rows again: the roles set so far come back once the users are there.
    if (hasDraft() && !m_pending.isHeld())
        m_pending.hold(section());
    const quint64 gen = beginLoad();
    beginResetModel();
    m_rows.clear();
    m_order.clear();
    m_byId.clear();
    m_byEmail.clear();
    m_licenses.clear();
    m_managerIds.clear();
    m_search.clear();
    m_searchEnd.clear();
    m_utf16Rows.clear();
    m_parsing.clear();
    m_ranks = {};
    m_ranksFor = -1;
    m_ranksJob = {};
    endResetModel();
    m_fetched = false;
    setLoaded(false); // the rows are made again as the pages come
    Q_EMIT changed();
    readAllUsers(
        m_client, this,
        [this, gen](const QJsonArray& page, int total) {
            if (!isCurrent(gen))
                return;
            m_total = total;
            // Turning 500 users into rows is the slow part of a page: a worker does it; pages are taken in order.
            QFuture<Page> parsed = QtConcurrent::run(workers(), &UserAccessModel::parsePage, page);
            m_parsing << parsed;
            whenFinished(this, parsed, [this, gen](const QFuture<Page>&) {
                if (isCurrent(gen))
                    takeParsedPages();
            });
        },
        [this, gen](const QString& error) {
            if (!isCurrent(gen))
                return;
            if (!error.isEmpty()) {
                m_parsing.clear();
                endLoad(error);
                Q_EMIT changed();
                return;
            }
            m_fetched = true;
            takeParsedPages();
        },
        [this, gen] { return isCurrent(gen); });
}

void UserAccessModel::takeParsedPages()
{
    while (!m_parsing.isEmpty() && m_parsing.first().isFinished())
        appendPage(m_parsing.takeFirst().result());
    if (m_fetched && m_parsing.isEmpty() && isBusy())
        finishLoad();
}

void UserAccessModel::appendPage(Page page)
{
    if (page.rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page.rows.size()) - 1);
    m_rows.reserve(std::max(qsizetype(m_total), m_rows.size() + page.rows.size()));
    const quint32 base = quint32(m_search.size());
    m_search.append(page.search);
    for (const quint32 end : page.searchEnds)
        m_searchEnd.push_back(base + end);
    for (int i = 0; i < page.rows.size(); ++i) {
        Row& r = page.rows[i];
        int code = int(m_licenses.indexOf(page.licenses.at(i)));
        if (code < 0) {
            code = int(m_licenses.size());
            m_licenses << page.licenses.at(i);
        }
        r.license = quint8(std::min(code, 255));
        const int stored = int(m_rows.size());
        m_byId.insert(r.id, stored);
        const QString lower = r.email.toLower();
        m_byEmail.insert(lower == r.email ? r.email : lower, stored);
        m_order.append(stored);
        if (r.searchUtf16)
            m_utf16Rows << stored;
        m_managerIds << page.managerIds.at(i);
        m_rows.append(std::move(r));
    }
    endInsertRows();
    m_sortDirty = true;
    Q_EMIT progress(int(m_rows.size()), m_total);
}

void UserAccessModel::finishLoad()
{
    endLoad();
    // Who manages someone (for the Manager suggestion).
    for (const QString& managerId : std::as_const(m_managerIds))
        if (const int m = m_byId.value(managerId, -1); m >= 0)
            m_rows[m].isManager = true;
    m_managerIds = QStringList();
    m_licenses.squeeze();
    m_search.squeeze();
    startRanks();
    applyPending();
    Q_EMIT changed();
}

UserAccessModel::Ranks UserAccessModel::computeRanks(const std::vector<QString>& names,
                                                     const std::vector<QString>& emails,
                                                     const std::vector<QString>& usernames)
{
    // Lower-case UTF-8 compared bytewise, as the table always sorted; ties keep equal ranks. The keys of a column
    // sit one after another in one buffer (one allocation, not one per row).
    const auto rank = [](const std::vector<QString>& texts) {
        QByteArray buffer;
        std::vector<qsizetype> ends(texts.size());
        for (size_t i = 0; i < texts.size(); ++i) {
            buffer += texts[i].toLower().toUtf8();
            ends[i] = buffer.size();
        }
        const auto key = [&](quint32 i) {
            const qsizetype begin = i == 0 ? 0 : ends[i - 1];
            return QByteArrayView(buffer.constData() + begin, ends[i] - begin);
        };
        std::vector<quint32> order(texts.size());
        std::iota(order.begin(), order.end(), 0u);
        std::sort(order.begin(), order.end(), [&key](quint32 a, quint32 b) { return key(a) < key(b); });
        std::vector<quint32> ranks(texts.size());
        quint32 r = 0;
        for (size_t i = 0; i < order.size(); ++i) {
            if (i > 0 && key(order[i]) != key(order[i - 1]))
                r = quint32(i);
            ranks[order[i]] = r;
        }
        return ranks;
    };
    return Ranks { rank(names), rank(emails), rank(usernames) };
}

void UserAccessModel::startRanks()
{
    std::vector<QString> names, emails, usernames; // shallow copies: the rows' strings never change after load
    names.reserve(m_rows.size());
    emails.reserve(m_rows.size());
    usernames.reserve(m_rows.size());
    for (const Row& r : std::as_const(m_rows)) {
        names.push_back(r.name);
        emails.push_back(r.email);
        usernames.push_back(r.username);
    }
    const quint64 gen = currentTicket();
    const int count = int(m_rows.size());
    m_ranksJob = QtConcurrent::run(workers(), &UserAccessModel::computeRanks, std::move(names), std::move(emails),
                                   std::move(usernames));
    whenFinished(this, m_ranksJob, [this, gen, count](const QFuture<Ranks>& done) {
        if (!isCurrent(gen) || m_ranksFor == count)
            return;
        m_ranks = done.result();
        m_ranksFor = count;
    });
}

const UserAccessModel::Ranks& UserAccessModel::ranks()
{
    if (m_ranksFor == int(m_rows.size()))
        return m_ranks;
    // A sort before the worker is done (or while loading): the same ranks, made here once.
    std::vector<QString> names, emails, usernames;
    for (const Row& r : std::as_const(m_rows)) {
        names.push_back(r.name);
        emails.push_back(r.email);
        usernames.push_back(r.username);
    }
    m_ranks = computeRanks(names, emails, usernames);
    m_ranksFor = int(m_rows.size());
    return m_ranks;
}

} // namespace banister
