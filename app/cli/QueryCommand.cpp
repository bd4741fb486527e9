// auditbench-cli query: the seed API's audit-log filters, offline, over a workspace.
#include "WorkspaceCli.h"

#include "core/common/Instant.h"
#include "core/workspace/RecordExport.h"

#include <QFile>

#include <cstdio>

namespace ab::cli {

static int runQuery(const QStringList &args)
{
    QCommandLineParser parser;
    addWorkspaceOption(parser);
    parser.addOption({QStringLiteral("framework"),
                      CliTr::tr("Only records of this framework (e.g. pci_dss)."), CliTr::tr("F")});
    parser.addOption(
        {QStringLiteral("action"), CliTr::tr("Only records with this action (e.g. block)."), CliTr::tr("A")});
    parser.addOption({QStringLiteral("entity-type"),
                      CliTr::tr("Only records with one of these entity types (comma list)."),
                      CliTr::tr("T1,T2")});
    parser.addOption({QStringLiteral("category"),
                      CliTr::tr("Only records of this category (e.g. authentication)."), CliTr::tr("C")});
    parser.addOption({QStringLiteral("start"), CliTr::tr("Only records at or after this instant (RFC 3339)."),
                      CliTr::tr("T")});
    parser.addOption({QStringLiteral("end"), CliTr::tr("Only records at or before this instant (RFC 3339)."),
                      CliTr::tr("T")});
    parser.addOption({QStringLiteral("user"), CliTr::tr("Only records whose user_id or user_email is U."),
                      CliTr::tr("U")});
    parser.addOption(
        {QStringLiteral("text"), CliTr::tr("Only records whose JSON contains S."), CliTr::tr("S")});
    parser.addOption(
        {QStringLiteral("limit"), CliTr::tr("At most N records (default: all)."), CliTr::tr("N")});
    parser.addOption(
        {QStringLiteral("offset"), CliTr::tr("Skip the first K matching records."), CliTr::tr("K")});
    parser.addOption({QStringLiteral("count"), CliTr::tr("Print only the number of matching records.")});
    parser.addOption(
        {QStringLiteral("format"),
         CliTr::tr("Output: json (an array of the records as imported, default), ndjson or csv."),
         CliTr::tr("json|ndjson|csv"), QStringLiteral("json")});
    int exitCode = 0;
    if (!parseArguments(
            parser, QStringLiteral("query"),
            CliTr::tr("Prints the gateway audit records of a workspace that match the filters of the "
                      "platform's audit-log API, ordered by timestamp."),
            args, exitCode))
        return exitCode;

    AuditFilter filter;
    const auto single = [&](const char *name) {
        const QString v = parser.value(QLatin1String(name));
        return v.isEmpty() ? QStringList() : QStringList{v};
    };
    filter.frameworks = single("framework");
    filter.actions = single("action");
    filter.categories = single("category");
    if (parser.isSet(QStringLiteral("entity-type"))) {
        for (const QString &t : parser.value(QStringLiteral("entity-type")).split(QLatin1Char(',')))
            if (!t.trimmed().isEmpty())
                filter.entityTypes << t.trimmed();
    }
    for (const char *name : {"start", "end"}) {
        if (!parser.isSet(QLatin1String(name)))
            continue;
        const QString value = parser.value(QLatin1String(name));
        const auto instant = Instant::parse(value);
        if (!instant)
            return fail(CliTr::tr("auditbench-cli query: --%1 '%2': expected an RFC 3339 timestamp such as "
                                  "2025-01-01T00:00:00Z")
                            .arg(QLatin1String(name), value));
        (qstrcmp(name, "start") == 0 ? filter.start : filter.end) = instant;
    }
    filter.user = parser.value(QStringLiteral("user"));
    filter.text = parser.value(QStringLiteral("text"));
    for (const char *name : {"limit", "offset"}) {
        if (!parser.isSet(QLatin1String(name)))
            continue;
        bool ok = false;
        const qint64 n = parser.value(QLatin1String(name)).toLongLong(&ok);
        if (!ok || n < 0)
            return fail(CliTr::tr("auditbench-cli query: --%1 '%2': expected a whole number of 0 or more")
                            .arg(QLatin1String(name), parser.value(QLatin1String(name))));
        (qstrcmp(name, "limit") == 0 ? filter.limit : filter.offset) = n;
    }
    const QString formatName = parser.value(QStringLiteral("format"));
    const std::optional<RecordExportFormat> format = RecordExport::formatFromName(formatName);
    if (!format)
        return fail(
            CliTr::tr("auditbench-cli query: --format '%1': expected json, ndjson or csv").arg(formatName));

    auto store = openWorkspace(parser, QStringLiteral("query"), false, exitCode);
    if (!store)
        return exitCode;
    try {
        if (parser.isSet(QStringLiteral("count"))) {
            writeOut(QByteArray::number(store->count(filter)) + '\n');
            return Exit::Ok;
        }
        // The workbench's Export Visible Records writes the same bytes (RecordExport).
        std::fflush(stdout);
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return fail(CliTr::tr("auditbench-cli query: cannot write to standard output: %1")
                            .arg(out.errorString()));
        RecordExport::write(*store, filter, *format, out);
        out.flush();
        return Exit::Ok;
    } catch (const std::exception &e) {
        return fail(QStringLiteral("query"), e);
    }
}

} // namespace ab::cli

namespace {
const ab::cli::CommandRegistration registration(
    "query",
    QT_TRANSLATE_NOOP("auditbench_cli",
                      "Query a workspace's gateway audit records with the audit-log API's filters"),
    ab::cli::runQuery);
}
