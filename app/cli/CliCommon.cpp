#include "CliCommon.h"

#include "core/common/Error.h"

#include <algorithm>
#include <cstdio>

namespace ab::cli {

static QList<Command> &registry()
{
    static QList<Command> all;
    return all;
}

CommandRegistration::CommandRegistration(const char *name, const char *summary,
                                         std::function<int(const QStringList &)> run)
{
    // The summary is translated when listed (tr() needs the application's translators installed).
    registry().append(Command{QString::fromLatin1(name), QString::fromUtf8(summary), std::move(run)});
}

QList<Command> commands()
{
    QList<Command> all = registry();
    std::sort(all.begin(), all.end(), [](const Command &a, const Command &b) { return a.name < b.name; });
    for (Command &c : all)
        c.summary = QCoreApplication::translate("auditbench_cli", c.summary.toUtf8().constData());
    return all;
}

int fail(const QString &message)
{
    const QByteArray line = message.toUtf8().replace('\n', ' ') + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
    return Exit::Unusable;
}

QString commandError(const QString &command, const std::exception &error)
{
    if (dynamic_cast<const Error *>(&error))
        return errorMessage(error);
    return CliTr::tr("auditbench-cli %1: %2").arg(command, errorMessage(error));
}

int fail(const QString &command, const std::exception &error)
{
    return fail(commandError(command, error));
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
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  CliTr::tr("Show this help."));
    parser.addOption(help);
    QStringList full = args;
    full.prepend(QStringLiteral("auditbench-cli %1").arg(command));
    if (!parser.parse(full)) {
        exitCode = fail(CliTr::tr("auditbench-cli %1: %2").arg(command, parser.errorText()));
        return false;
    }
    if (parser.isSet(help)) {
        // helpText() names the binary by its path; name the command as the user types it instead.
        QString text = parser.helpText();
        const qsizetype eol = text.indexOf(QLatin1Char('\n'));
        const QString usage = text.left(eol);
        const qsizetype optionsAt = usage.indexOf(QLatin1String(" [options]"));
        if (usage.startsWith(QLatin1String("Usage: ")) && optionsAt > 0)
            text = QStringLiteral("Usage: auditbench-cli %1").arg(command) + usage.mid(optionsAt) +
                   text.mid(eol);
        writeOut(text.toUtf8());
        exitCode = Exit::Ok;
        return false;
    }
    return true;
}

} // namespace ab::cli
