// banister-cli report: plan and verify, then a setup report of it (HTML, Markdown, JSON or PDF) with the latest apply
// on this tenant as evidence; report --check FILE.json checks a JSON report's digest instead.
#include "cli/Command.h"
#include "cli/Output.h"
#include "cli/VerifyCommand.h"
#include "models/CrmModel.h"
#include "report/ReportBuilder.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace banister::cli {

namespace {

class ReportCommand : public VerifyCommand
{
public:
    using VerifyCommand::VerifyCommand;

private:
    void verified(const QList<VerifyCheck>& checks) override
    {
        // The latest apply on this tenant is what the report is evidence of (--journal to choose another).
        QString journalError;
        const QJsonObject journal = latestApply(journalPath(), m_tenant.subdomain, &journalError);
        if (journal.isEmpty() && !m_args.journal.isEmpty())
            return fail(QStringLiteral("--journal %1: %2").arg(m_args.journal, journalError));
        ReportData d = reportData(m_profile, m_tenant, m_gsUrl, m_plan, checks, true, journal);
        if (!m_profile.crm || !m_profile.crm->syncAccounts)
            return write(d);
        // How many accounts the CRM filter matches now, typed by the Company describe.
        ApiJob* describe = m_client.describeCompany();
        connect(describe, &ApiJob::finished, this, [this, d](const ApiResult& r) mutable {
            const QList<CompanyField> fields = companyFieldsFromJson(r.data[QStringLiteral("fields")].toArray());
            const QJsonObject where = m_profile.crm->filterMode == CrmFilterMode::Specific
                ? filterWhere(fields, m_profile.crm->rows, m_profile.crm->combine)
                : QJsonObject {};
            ApiJob* count = m_client.countCompanies(where);
            connect(count, &ApiJob::finished, this, [this, d](const ApiResult& c) mutable {
                if (c.ok())
                    d.matchingAccounts = TenantClient::countFrom(c.data);
                write(d);
            });
        });
    }

    void write(const ReportData& data)
    {
        const QString error = ReportBuilder(data).write(m_args.output);
        if (!error.isEmpty())
            return fail(error);
        out(QStringLiteral("Report written to %1").arg(QFileInfo(m_args.output).absoluteFilePath()));
        quit(0);
    }
};

// report --check FILE.json: whether the report is exactly as Banister wrote it. Needs no tenant.
int checkReport(const QString& path)
{
    QFile f(path);
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() > (256 << 20) || !f.open(QIODevice::ReadOnly)) {
        err(QStringLiteral("%1: cannot read the report (%2)").arg(path, f.errorString()));
        return 1;
    }
    const QByteArray bytes = f.readAll();
    const QString problem = ReportBuilder::check(bytes);
    if (!problem.isEmpty()) {
        err(QStringLiteral("%1: %2").arg(path, problem));
        return 1;
    }
    std::printf("%s: intact (%s)\n", qPrintable(path),
                qPrintable(QJsonDocument::fromJson(bytes).object().value(QStringLiteral("digest")).toString()));
    return 0;
}

QString checkArguments(const Args& args)
{
    if (!args.check.isEmpty())
        return {}; // report --check reads only the report
    if (args.profile.isEmpty())
        return QStringLiteral("--profile FILE is required");
    if (args.output.isEmpty())
        return QStringLiteral("report needs --output FILE (.html, .md, .json or .pdf)");
    return {};
}

int execute(const Args& args)
{
    if (!args.check.isEmpty())
        return checkReport(args.check);
    ReportCommand command(args);
    return command.exec();
}

} // namespace

Command reportCommand()
{
    return { QStringLiteral("report"),
             QStringLiteral(
                 "Plan and verify, then write a setup report (--output FILE: .html, .md, .json or .pdf) that "
                 "includes the latest apply on this tenant (its journal).\nreport --check FILE.json checks a "
                 "JSON report's digest.\nExit 0: written (or intact), 1: error (or changed)."),
             &checkArguments, &execute };
}

} // namespace banister::cli
