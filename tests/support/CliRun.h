#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace banister::test {

// banister-cli (its path in BANISTER_CLI) run to its end, as a script would run it.
struct CliRun
{
    int exit = -1; // -1: it crashed or did not finish within a minute
    QString out;
    QString err;
};

inline CliRun runCli(const QStringList& args, const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("BANISTER_CLI"), args);
    CliRun r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished(5000);
        return r;
    }
    r.exit = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// The environment with HOME and the XDG folders under home: the CLI's data (journals, sandbox state) stays there.
inline QProcessEnvironment environmentWithHome(const QString& home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    return env;
}

} // namespace banister::test
