#include "FilterOptions.h"

#include "core/common/Instant.h"

namespace ab::cli {

void addFilterOptions(QCommandLineParser &parser, FilterWindow window)
{
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
    if (window == FilterWindow::With) {
        parser.addOption(
            {QStringLiteral("limit"), CliTr::tr("At most N records (default: all)."), CliTr::tr("N")});
        parser.addOption(
            {QStringLiteral("offset"), CliTr::tr("Skip the first K matching records."), CliTr::tr("K")});
    }
}

std::optional<AuditFilter> filterFromOptions(const QCommandLineParser &parser, const QString &command,
                                             FilterWindow window, int &exitCode)
{
    exitCode = Exit::Unusable;
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
        if (!instant) {
            fail(CliTr::tr("auditbench-cli %1: --%2 '%3': expected an RFC 3339 timestamp such as "
                           "2025-01-01T00:00:00Z")
                     .arg(command, QLatin1String(name), value));
            return std::nullopt;
        }
        (qstrcmp(name, "start") == 0 ? filter.start : filter.end) = instant;
    }
    filter.user = parser.value(QStringLiteral("user"));
    filter.text = parser.value(QStringLiteral("text"));
    if (window == FilterWindow::With) {
        for (const char *name : {"limit", "offset"}) {
            if (!parser.isSet(QLatin1String(name)))
                continue;
            bool ok = false;
            const qint64 n = parser.value(QLatin1String(name)).toLongLong(&ok);
            if (!ok || n < 0) {
                fail(CliTr::tr("auditbench-cli %1: --%2 '%3': expected a whole number of 0 or more")
                         .arg(command, QLatin1String(name), parser.value(QLatin1String(name))));
                return std::nullopt;
            }
            (qstrcmp(name, "limit") == 0 ? filter.limit : filter.offset) = n;
        }
    }
    exitCode = Exit::Ok;
    return filter;
}

void addRecordViewOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("ocsf"), CliTr::tr("Imported OCSF events instead of gateway records.")});
    parser.addOption(
        {QStringLiteral("runtime"), CliTr::tr("Agent runtime audit entries instead of gateway records.")});
    parser.addOption({QStringLiteral("class"),
                      CliTr::tr("--ocsf: only events of these class_uids (comma list, e.g. 2001,3002)."),
                      CliTr::tr("N1,N2")});
    parser.addOption({QStringLiteral("activity"),
                      CliTr::tr("--ocsf: only events with this activity_id or activity_name (comma list)."),
                      CliTr::tr("A1,A2")});
    parser.addOption({QStringLiteral("framework-reference"),
                      CliTr::tr("--ocsf: only events whose metadata.framework_reference contains S."),
                      CliTr::tr("S")});
    parser.addOption({QStringLiteral("agent"),
                      CliTr::tr("--runtime: only entries of these agent ids (comma list)."),
                      CliTr::tr("ID1,ID2")});
    parser.addOption({QStringLiteral("action-type"),
                      CliTr::tr("--runtime: only entries of these action types (comma list)."),
                      CliTr::tr("T1,T2")});
    parser.addOption({QStringLiteral("connector"),
                      CliTr::tr("--runtime: only entries of these connectors (comma list)."),
                      CliTr::tr("C1,C2")});
    parser.addOption({QStringLiteral("decision"),
                      CliTr::tr("--runtime: only entries with these decisions (comma list)."),
                      CliTr::tr("D1,D2")});
}

namespace {

QStringList commaList(const QCommandLineParser &parser, const char *name)
{
    QStringList out;
    for (const QString &v : parser.value(QLatin1String(name)).split(QLatin1Char(',')))
        if (!v.trimmed().isEmpty())
            out << v.trimmed();
    return out;
}

// The options that do not apply to a view: the first one given is named in the error.
bool rejectOptions(const QCommandLineParser &parser, const QString &command, const char *view,
                   std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        if (parser.isSet(QLatin1String(name))) {
            fail(CliTr::tr("auditbench-cli %1: --%2 does not apply to --%3")
                     .arg(command, QLatin1String(name), QLatin1String(view)));
            return false;
        }
    }
    return true;
}

// Period and window: the gateway filter's parsing, so the same values mean the same.
std::optional<AuditFilter> sharedOptions(const QCommandLineParser &parser, const QString &command,
                                         int &exitCode)
{
    return filterFromOptions(parser, command, FilterWindow::With, exitCode);
}

} // namespace

std::optional<views::RecordKind> recordKindFromOptions(const QCommandLineParser &parser,
                                                       const QString &command, int &exitCode)
{
    const bool ocsf = parser.isSet(QStringLiteral("ocsf"));
    const bool runtime = parser.isSet(QStringLiteral("runtime"));
    if (ocsf && runtime) {
        exitCode = fail(CliTr::tr("auditbench-cli %1: give --ocsf or --runtime, not both").arg(command));
        return std::nullopt;
    }
    if (!ocsf && !runtime) {
        // The other views' own options select nothing among gateway records: say which view they need.
        for (const char *name : {"class", "activity", "framework-reference"})
            if (parser.isSet(QLatin1String(name))) {
                exitCode =
                    fail(CliTr::tr("auditbench-cli %1: --%2 needs --ocsf").arg(command, QLatin1String(name)));
                return std::nullopt;
            }
        for (const char *name : {"agent", "action-type", "connector", "decision"})
            if (parser.isSet(QLatin1String(name))) {
                exitCode = fail(
                    CliTr::tr("auditbench-cli %1: --%2 needs --runtime").arg(command, QLatin1String(name)));
                return std::nullopt;
            }
    }
    exitCode = Exit::Ok;
    return ocsf ? views::RecordKind::Ocsf : runtime ? views::RecordKind::Runtime : views::RecordKind::Gateway;
}

std::optional<views::OcsfFilter> ocsfFilterFromOptions(const QCommandLineParser &parser,
                                                       const QString &command, int &exitCode)
{
    exitCode = Exit::Unusable;
    if (!rejectOptions(parser, command, "ocsf",
                       {"framework", "category", "text", "agent", "action-type", "connector", "decision"}))
        return std::nullopt;
    const std::optional<AuditFilter> shared = sharedOptions(parser, command, exitCode);
    if (!shared)
        return std::nullopt;
    views::OcsfFilter f;
    for (const QString &c : commaList(parser, "class")) {
        bool ok = false;
        const int uid = c.toInt(&ok);
        if (!ok || uid <= 0) {
            exitCode =
                fail(CliTr::tr("auditbench-cli %1: --class '%2': expected class_uid numbers such as 2001")
                         .arg(command, c));
            return std::nullopt;
        }
        f.classUids << uid;
    }
    f.activities = commaList(parser, "activity");
    f.frameworkReference = parser.value(QStringLiteral("framework-reference"));
    f.entityTypes = shared->entityTypes;
    f.actions = shared->actions;
    f.user = shared->user;
    f.start = shared->start;
    f.end = shared->end;
    f.limit = shared->limit;
    f.offset = shared->offset;
    exitCode = Exit::Ok;
    return f;
}

std::optional<views::RuntimeFilter> runtimeFilterFromOptions(const QCommandLineParser &parser,
                                                             const QString &command, int &exitCode)
{
    exitCode = Exit::Unusable;
    if (!rejectOptions(parser, command, "runtime",
                       {"framework", "category", "text", "action", "entity-type", "user", "class", "activity",
                        "framework-reference"}))
        return std::nullopt;
    const std::optional<AuditFilter> shared = sharedOptions(parser, command, exitCode);
    if (!shared)
        return std::nullopt;
    views::RuntimeFilter f;
    f.agentIds = commaList(parser, "agent");
    f.actionTypes = commaList(parser, "action-type");
    f.connectors = commaList(parser, "connector");
    f.decisions = commaList(parser, "decision");
    f.start = shared->start;
    f.end = shared->end;
    f.limit = shared->limit;
    f.offset = shared->offset;
    exitCode = Exit::Ok;
    return f;
}

} // namespace ab::cli
