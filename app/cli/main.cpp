// auditbench-cli: the command line over the core library. Each command lives in its own file.
#include "CliCommon.h"

#include "auditbench_version.h"

#include "core/common/EnglishPlurals.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <algorithm>
#include <cstring>
#include <memory>

// Without a session (CI, ssh) QGuiApplication notes on stderr that XDG_RUNTIME_DIR is unset and uses a
// default; for a command whose stderr is one line on failure and empty on success, that note is noise.
static QtMessageHandler g_previousHandler = nullptr;
static void quietRuntimeDirNote(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

int main(int argc, char *argv[])
{
    // Printing PDFs needs fonts, which need a QGuiApplication; the CLI never opens a window, so `pdf` runs on
    // the offscreen platform unless the caller chose one; so do the other commands that write a PDF.
    // Every other command stays a QCoreApplication.
    static constexpr const char *PdfCommands[] = {"pdf",     "evidence-pack", "portfolio",
                                                  "listing", "workpaper",     "summary"};
    const bool printing =
        argc > 1 && std::any_of(std::begin(PdfCommands), std::end(PdfCommands),
                                [&](const char *name) { return std::strcmp(argv[1], name) == 0; });
    if (printing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (printing)
        g_previousHandler = qInstallMessageHandler(quietRuntimeDirNote);
    const std::unique_ptr<QCoreApplication> application =
        printing ? std::make_unique<QGuiApplication>(argc, argv)
                 : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("auditbench-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AUDITBENCH_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("AuditBench"));
    // English forms of the %n strings reports and messages use ("1 page", "2 pages").
    ab::EnglishPlurals englishPlurals;
    QCoreApplication::installTranslator(&englishPlurals);

    using namespace ab::cli;
    QStringList args = app.arguments().mid(1);
    const QString first = args.value(0);
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        writeOut(QStringLiteral("auditbench-cli %1\n").arg(QStringLiteral(AUDITBENCH_VERSION)).toUtf8());
        return Exit::Ok;
    }
    // Hidden: the command names, one a line, for the build's man page and completion generator
    // (scripts/gen-cli-docs.py), so a new command gets both without anyone listing it twice.
    if (first == QLatin1String("--list-commands")) {
        QByteArray names;
        for (const Command &c : commands())
            names += c.name.toUtf8() + '\n';
        writeOut(names);
        return Exit::Ok;
    }
    // No command is unusable arguments: one line on stderr and nothing on stdout, like every exit status 2.
    if (first.isEmpty())
        return fail(CliTr::tr("auditbench-cli: expected a COMMAND (see auditbench-cli --help)"));
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        QString text = CliTr::tr("Usage: auditbench-cli COMMAND [OPTIONS] [ARGS]\n\nCommands:\n");
        for (const Command &c : commands())
            text += QStringLiteral("  %1  %2\n").arg(c.name, -12).arg(c.summary);
        text += CliTr::tr(
            "\nRun 'auditbench-cli COMMAND --help' for a command's options; --version prints the version.\n");
        writeOut(text.toUtf8());
        return Exit::Ok;
    }
    for (const Command &c : commands())
        if (c.name == first)
            return c.run(args.mid(1));
    return fail(CliTr::tr("auditbench-cli: unknown command '%1' (see auditbench-cli --help)").arg(first));
}
