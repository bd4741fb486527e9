#pragma once
// Runs the built auditbench-cli for the analytics tests: exit status, stdout and stderr.
#include "TestConfig.h"

#include <QProcess>
#include <QStringList>

namespace analyticstest {

struct Run
{
    int exitCode = -1;
    QByteArray out, err;
};

inline Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(AB_CLI_PATH), args);
    p.waitForFinished(120000);
    return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
               p.readAllStandardError()};
}

} // namespace analyticstest
