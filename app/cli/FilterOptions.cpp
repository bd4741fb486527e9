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

} // namespace ab::cli
