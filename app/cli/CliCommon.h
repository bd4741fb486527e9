#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace ab::cli {

// Exit statuses shared by every command (chain.md "Command line").
enum Exit { Ok = 0, Findings = 1, Unusable = 2, LinkageOnly = 3 };

struct Command
{
    QString name;
    QString summary;
    std::function<int(const QStringList &args)> run;
};

// All commands, sorted by name. Each command file registers itself with a static CommandRegistration.
QList<Command> commands();

struct CommandRegistration
{
    CommandRegistration(const char *name, const char *summary, std::function<int(const QStringList &)> run);
};

// Prints one line on stderr (no stdout output) and returns Exit::Unusable.
int fail(const QString &message);
// Writes bytes to stdout as they are.
void writeOut(const QByteArray &bytes);

// Parses a command's arguments; on --help prints help and returns false with `exitCode` 0, on errors prints
// one line and returns false with `exitCode` 2.
bool parseArguments(QCommandLineParser &parser, const QString &command, const QString &description,
                    const QStringList &args, int &exitCode);

struct CliTr
{
    Q_DECLARE_TR_FUNCTIONS(auditbench_cli)
};


} // namespace ab::cli
