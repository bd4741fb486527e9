#pragma once
// Runs the built auditbench-cli as a user would, for the tests that drive the command line: exit status,
// stdout and stderr. One place, so every CLI test treats a crash or a hang the same way (exit -1, never 0).
#include "TestConfig.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace ab::test {

struct CliRun
{
    int exitCode = -1; // -1: crashed or did not finish within two minutes
    QByteArray out, err;
};

// Waits for a CLI process the test started itself (e.g. several at once) and collects what it printed.
inline CliRun finishCli(QProcess &p)
{
    const bool finished = p.waitForFinished(120000);
    if (!finished) {
        p.kill();
        p.waitForFinished();
    }
    return CliRun{finished && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                  p.readAllStandardOutput(), p.readAllStandardError()};
}

// Runs `auditbench-cli ARGS...`; `env` is added to (or replaces variables of) the test's environment.
inline CliRun runCli(const QStringList &args, const QProcessEnvironment &env = {})
{
    QProcess p;
    if (!env.isEmpty()) {
        QProcessEnvironment all = QProcessEnvironment::systemEnvironment();
        for (const QString &key : env.keys())
            all.insert(key, env.value(key));
        p.setProcessEnvironment(all);
    }
    p.start(QStringLiteral(AB_CLI_PATH), args);
    return finishCli(p);
}

} // namespace ab::test
