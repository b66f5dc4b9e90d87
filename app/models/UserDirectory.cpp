#include "models/UserDirectory.h"

#include "core/Domain.h"

#include <QCoreApplication>

#include "net/TenantClient.h"

#include <QPointer>
#include <QRegularExpression>
#include <memory>

namespace banister {

namespace {
constexpr int kPageSize = 500;
constexpr int kInFlight = 4; // requests kept in flight once the page count is known

struct Reader
{
    TenantClient* client;
    QPointer<QObject> ctx;
    std::function<void(const QJsonArray&, int)> page;
    std::function<void(const QString&)> done;
    std::function<bool()> wanted;
    int total = -1;
    int nextPage = 1;
    int delivered = 0; // pages handed over, in order
    QHash<int, QJsonArray> early; // pages that arrived before an earlier one
    bool finished = false;
};

void fetch(const std::shared_ptr<Reader>& r);

void deliver(const std::shared_ptr<Reader>& r)
{
    while (r->early.contains(r->delivered + 1)) {
        const QJsonArray records = r->early.take(r->delivered + 1);
        ++r->delivered;
        r->page(records, r->total);
    }
    const int pages = r->total <= 0 ? 1 : (r->total + kPageSize - 1) / kPageSize;
    if (r->delivered >= pages && !r->finished) {
        r->finished = true;
        r->done({});
    }
}

void fetch(const std::shared_ptr<Reader>& r)
{
    const int number = r->nextPage++;
    ApiJob* job = r->client->users(number, kPageSize);
    QObject::connect(job, &ApiJob::finished, r->ctx.data(), [r, number](const ApiResult& res) {
        if (r->finished || !r->ctx)
            return;
        if (r->wanted && !r->wanted()) {
            r->finished = true; // replaced: no more pages, nothing more handed over
            return;
        }
        if (!res.ok()) {
            r->finished = true;
            r->done(res.error.message());
            return;
        }
        const bool first = r->total < 0;
        r->total = res.data[QStringLiteral("total")].toInt();
        r->early.insert(number, res.data[QStringLiteral("records")].toArray());
        const int pages = (r->total + kPageSize - 1) / kPageSize;
        if (first) // now the page count is known: keep kInFlight requests in flight
            for (int k = 0; k < kInFlight && r->nextPage <= pages; ++k)
                fetch(r);
        else if (r->nextPage <= pages)
            fetch(r);
        deliver(r);
    });
}
} // namespace

void readAllUsers(TenantClient* client, QObject* ctx, std::function<void(const QJsonArray&, int)> page,
                  std::function<void(const QString&)> done, std::function<bool()> wanted)
{
    auto r = std::make_shared<Reader>();
    r->wanted = std::move(wanted);
    r->client = client;
    r->ctx = ctx;
    r->page = std::move(page);
    r->done = std::move(done);
    fetch(r);
}

bool isValidEmail(const QString& email)
{
    // One per thread: the user access model checks emails on a worker thread while the GUI thread may too.
    thread_local const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return re.match(email).hasMatch();
}

void readUserList(TenantClient* client, QObject* ctx, std::function<void(const QJsonArray&, const QString&)> done)
{
    auto users = std::make_shared<QJsonArray>();
    readAllUsers(
        client, ctx,
        [users](const QJsonArray& page, int) {
            for (const QJsonValue& u : page)
                users->append(u);
        },
        [users, done](const QString& error) { done(*users, error); });
}

namespace {
struct AccessText
{
    Q_DECLARE_TR_FUNCTIONS(banister::UserAccessArea)
};
} // namespace

QList<AccessProblem> accessProblems(const QJsonObject& u, bool fixUsernames, bool usernameTaken)
{
    QList<AccessProblem> out;
    const QString email = u.value(QLatin1String("email")).toString();
    if (!u.value(QLatin1String("active")).toBool())
        out << AccessProblem::Inactive;
    if (!isValidEmail(email))
        out << AccessProblem::InvalidEmail;
    if (licenseFromName(u.value(QLatin1String("license")).toString()) == License::Viewer)
        out << AccessProblem::ViewerLicense;
    if (isValidEmail(email) && u.value(QLatin1String("username")).toString() != email) {
        if (!fixUsernames)
            out << AccessProblem::UsernameMismatch;
        else if (u.value(QLatin1String("superAdmin")).toBool())
            out << AccessProblem::SuperAdminUsername;
        else if (usernameTaken)
            out << AccessProblem::UsernameTaken;
    }
    return out;
}

QString accessProblemText(AccessProblem problem, const QJsonObject& u)
{
    const QString email = u.value(QLatin1String("email")).toString();
    const QString who = email.isEmpty() ? u.value(QLatin1String("name")).toString() : email;
    const QString username = u.value(QLatin1String("username")).toString();
    switch (problem) {
    case AccessProblem::Inactive:
        return AccessText::tr("%1 is inactive: no Staircase access until the user is activated in User Management.")
            .arg(who);
    case AccessProblem::InvalidEmail:
        return AccessText::tr("%1 has no valid email, so Staircase access cannot work; correct the email in User "
                              "Management.")
            .arg(who);
    case AccessProblem::ViewerLicense:
        return AccessText::tr(
                   "%1 has a Viewer license: the Staircase bundles cover Full and Viewer Plus licenses only; "
                   "change the license in User Management.")
            .arg(who);
    case AccessProblem::UsernameMismatch:
        return AccessText::tr("%1: the username (%2) differs from the email, so Staircase access will not work until "
                              "they match.")
            .arg(who, username);
    case AccessProblem::SuperAdminUsername:
        return AccessText::tr(
                   "%1 is a super admin, who cannot be deactivated, so the username fix cannot run; change the "
                   "username (%2) to the email in User Management.")
            .arg(who, username);
    case AccessProblem::UsernameTaken:
        // The fix would make the username the email, which another user already has as theirs.
        return AccessText::tr(
                   "%1: another user already has the username %2, so the username fix cannot run; resolve it "
                   "in User Management.")
            .arg(who, email);
    }
    return {};
}

} // namespace banister
