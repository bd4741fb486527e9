#pragma once

#include "core/json/JsonWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <exception>
#include <functional>

namespace ab::cli {

// Exit statuses shared by every command (docs/spec/chain.md "Command line").
enum Exit
{
    Ok = 0,
    Findings = 1,
    Unusable = 2,
    LinkageOnly = 3
};

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
// The one line a user reads for an exception: an ab::Error's text as it is (it already names the file and
// position or the workspace), anything else prefixed "auditbench-cli COMMAND: ".
QString commandError(const QString &command, const std::exception &error);
// fail(commandError(command, error)).
int fail(const QString &command, const std::exception &error);
// Writes bytes to stdout as they are.
void writeOut(const QByteArray &bytes);

// The list commands' output (sources, runs, packages, bundles, log, workpapers): `items` as a JSON array of
// objects, one per item, whose members `members(w, item)` writes between the braces.
template <typename Items, typename Members>
void writeObjectArray(JsonWriter &w, const Items &items, Members members)
{
    w.beginArray();
    for (const auto &item : items) {
        w.beginObject();
        members(w, item);
        w.endObject();
    }
    w.endArray();
}

// Parses a command's arguments; on --help prints help and returns false with `exitCode` 0, on errors prints
// one line and returns false with `exitCode` 2.
bool parseArguments(QCommandLineParser &parser, const QString &command, const QString &description,
                    const QStringList &args, int &exitCode);

struct CliTr
{
    Q_DECLARE_TR_FUNCTIONS(auditbench_cli)
};

} // namespace ab::cli
