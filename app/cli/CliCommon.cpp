#include "CliCommon.h"

#include <cstdio>

namespace ab::cli {

const QList<Command> &commands()
{
    static const QList<Command> all{
        {QStringLiteral("verify"), CliTr::tr("Verify the HMAC chain of audit export files (or of a workspace)"), runVerify},
        {QStringLiteral("demo-data"), CliTr::tr("Write deterministic synthetic evidence for demos and benchmarks"), runDemoData},
    };
    return all;
}

int fail(const QString &message)
{
    const QByteArray line = message.toUtf8().replace('\n', ' ') + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
    return Exit::Unusable;
}

void writeOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

bool parseArguments(QCommandLineParser &parser, const QString &command, const QString &description,
                    const QStringList &args, int &exitCode)
{
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, CliTr::tr("Show this help."));
    parser.addOption(help);
    QStringList full = args;
    full.prepend(QStringLiteral("auditbench-cli %1").arg(command));
    if (!parser.parse(full)) {
        exitCode = fail(CliTr::tr("auditbench-cli %1: %2").arg(command, parser.errorText()));
        return false;
    }
    if (parser.isSet(help)) {
        writeOut(parser.helpText().toUtf8());
        exitCode = Exit::Ok;
        return false;
    }
    return true;
}

} // namespace ab::cli
