// auditbench-cli workpaper: a tests-of-controls workpaper over a stored sample (create, record results,
// review notes, preparer and reviewer sign-off, show). docs/analytics.md "Tests-of-controls workpapers".
#include "WorkspaceCli.h"

#include "core/analytics/SampleSize.h"
#include "core/analytics/WorkpaperStore.h"
#include "core/export/XlsxExportAnalytics.h"
#include "core/report/WorkpaperReport.h"

#include <optional>

namespace ab::cli {

namespace {

const QString CommandName = QStringLiteral("workpaper");

std::optional<qint64> positiveNumber(const QCommandLineParser &parser, const char *option)
{
    bool ok = false;
    const qint64 n = parser.value(QLatin1String(option)).toLongLong(&ok);
    if (!parser.isSet(QLatin1String(option)) || !ok || n < 1)
        return std::nullopt;
    return n;
}

int badOption(const QCommandLineParser &parser, const char *option, const QString &expected)
{
    return fail(CliTr::tr("auditbench-cli workpaper: --%1 '%2': expected %3")
                    .arg(QLatin1String(option), parser.value(QLatin1String(option)), expected));
}

void printWorkpaper(const WorkspaceStore &store, const analytics::Workpaper &wp)
{
    std::vector<qint64> rowIds;
    for (const analytics::WorkpaperItem &item : wp.items)
        rowIds.push_back(item.rowId);
    writeOut(wp.toJson(store.recordsByRowIds(rowIds)) + '\n');
}

int create(const QCommandLineParser &parser, WorkspaceStore &store)
{
    const std::optional<qint64> sample = positiveNumber(parser, "sample");
    if (!sample)
        return badOption(parser, "sample", CliTr::tr("a sample id (see 'samples')"));
    const auto percent = [&](const char *option, const char *fallback) {
        return analytics::percentToBp(parser.isSet(QLatin1String(option))
                                          ? parser.value(QLatin1String(option))
                                          : QString::fromLatin1(fallback));
    };
    const std::optional<int> confidence = percent("confidence", "95");
    if (!confidence || *confidence <= 0 || *confidence >= 10000)
        return badOption(parser, "confidence", CliTr::tr("a percentage above 0 and below 100 such as 95"));
    if (!parser.isSet(QStringLiteral("tolerable")))
        return fail(
            CliTr::tr("auditbench-cli workpaper create: --tolerable is required (e.g. --tolerable 5)"));
    const std::optional<int> tolerable = percent("tolerable", "");
    if (!tolerable || *tolerable <= 0)
        return badOption(parser, "tolerable",
                         CliTr::tr("a percentage above 0 with at most two decimals such as 5"));
    printWorkpaper(store, analytics::createWorkpaper(store, *sample, parser.value(QStringLiteral("name")),
                                                     *confidence, *tolerable));
    return Exit::Ok;
}

int record(const QCommandLineParser &parser, WorkspaceStore &store, qint64 workpaperId)
{
    const std::optional<qint64> item = positiveNumber(parser, "item");
    if (!item)
        return badOption(parser, "item",
                         CliTr::tr("an item number from 1 (as 'workpaper show' numbers them)"));
    const std::optional<analytics::ItemResult> result =
        analytics::itemResultFromName(parser.value(QStringLiteral("result")));
    if (!result)
        return badOption(parser, "result", CliTr::tr("exception, no-exception or not-applicable"));
    std::optional<int> version;
    if (parser.isSet(QStringLiteral("version"))) {
        const std::optional<qint64> v = positiveNumber(parser, "version");
        if (!v)
            return badOption(parser, "version", CliTr::tr("a version number from 1"));
        version = int(*v);
    }
    printWorkpaper(store, analytics::recordResult(store, workpaperId, *item - 1, *result,
                                                  parser.value(QStringLiteral("note")), version));
    return Exit::Ok;
}

// pdf / xlsx: the workpaper as a branded PDF or an Excel workbook; prints what was written.
int writeFile(const QCommandLineParser &parser, WorkspaceStore &store, qint64 workpaperId,
              std::optional<int> version, const QString &action)
{
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return fail(CliTr::tr("auditbench-cli workpaper %1: expected --out FILE").arg(action));
    JsonWriter w;
    w.beginObject();
    w.key("file").value(out);
    w.key("format").value(action);
    if (action == QLatin1String("pdf")) {
        QString error;
        ReportBranding branding = ReportBranding::defaults();
        if (parser.isSet(QStringLiteral("branding"))) {
            const auto b = ReportBranding::fromFile(parser.value(QStringLiteral("branding")), &error);
            if (!b)
                return fail(CliTr::tr("auditbench-cli workpaper pdf: %1").arg(error));
            branding = *b;
        }
        const auto written =
            WorkpaperReport::print(store, workpaperId, version, out, branding, nullptr, &error);
        if (!written)
            return fail(CliTr::tr("auditbench-cli workpaper pdf: %1").arg(error));
        w.key("pages").value(written->pageCount);
        w.key("bytes").value(qint64(written->pdf.size()));
        w.key("sha256").value(written->sha256);
    } else {
        const std::optional<analytics::Workpaper> wp =
            analytics::storedWorkpaper(store, workpaperId, version);
        if (!wp)
            return fail(CliTr::tr("auditbench-cli workpaper: %1 has no workpaper %2")
                            .arg(store.path())
                            .arg(workpaperId));
        const RecordExportResult written = XlsxAnalyticsExport::writeWorkpaper(store, *wp, out);
        XlsxAnalyticsExport::logExport(store, "workpaper", "workpaper_sha256", wp->contentSha256(), out,
                                       written);
        w.key("records").value(written.records);
        w.key("bytes").value(written.bytes);
        w.key("sha256").value(written.sha256);
    }
    w.endObject();
    writeOut(w.toByteArray() + '\n');
    return Exit::Ok;
}

int run(const QCommandLineParser &parser, const QString &action)
{
    int exitCode = 0;
    auto store = openWorkspace(parser, CommandName, false, exitCode);
    if (!store)
        return exitCode;
    if (action == QLatin1String("create"))
        return create(parser, *store);
    const std::optional<qint64> workpaper = positiveNumber(parser, "workpaper");
    if (!workpaper)
        return badOption(parser, "workpaper", CliTr::tr("a workpaper id (see 'workpapers')"));
    if (action == QLatin1String("record"))
        return record(parser, *store, *workpaper);
    if (action == QLatin1String("review-note")) {
        printWorkpaper(*store,
                       analytics::addReviewNote(*store, *workpaper, parser.value(QStringLiteral("note"))));
        return Exit::Ok;
    }
    if (action == QLatin1String("sign")) {
        printWorkpaper(*store,
                       analytics::signWorkpaper(*store, *workpaper, parser.value(QStringLiteral("role")),
                                                parser.value(QStringLiteral("name")),
                                                parser.value(QStringLiteral("sha256"))));
        return Exit::Ok;
    }
    std::optional<int> version;
    if (parser.isSet(QStringLiteral("version"))) {
        const std::optional<qint64> v = positiveNumber(parser, "version");
        if (!v)
            return badOption(parser, "version", CliTr::tr("a version number from 1"));
        version = int(*v);
    }
    if (action == QLatin1String("pdf") || action == QLatin1String("xlsx"))
        return writeFile(parser, *store, *workpaper, version, action);
    const std::optional<analytics::Workpaper> wp = analytics::storedWorkpaper(*store, *workpaper, version);
    if (!wp)
        return fail(CliTr::tr("auditbench-cli workpaper: %1 has no workpaper %2%3")
                        .arg(store->path())
                        .arg(*workpaper)
                        .arg(version ? CliTr::tr(" version %1").arg(*version) : QString()));
    printWorkpaper(*store, *wp);
    return Exit::Ok;
}

} // namespace

static int runWorkpaper(const QStringList &args)
{
    QCommandLineParser parser;
    addWorkspaceOption(parser);
    parser.addPositionalArgument(QStringLiteral("action"),
                                 CliTr::tr("create, record, review-note, sign, show, pdf or xlsx."));
    parser.addOption(
        {QStringLiteral("sample"), CliTr::tr("create: the sample tested (see 'samples')."), CliTr::tr("ID")});
    parser.addOption(
        {QStringLiteral("name"),
         CliTr::tr("create: a name for the workpaper (default: workpaper ID); sign: the signer's "
                   "name."),
         CliTr::tr("NAME")});
    parser.addOption(
        {QStringLiteral("confidence"),
         CliTr::tr("create: the confidence for the upper deviation limit, in percent (default 95)."),
         CliTr::tr("PCT")});
    parser.addOption({QStringLiteral("tolerable"),
                      CliTr::tr("create: the tolerable deviation rate, in percent (e.g. 5)."),
                      CliTr::tr("PCT")});
    parser.addOption(
        {QStringLiteral("workpaper"), CliTr::tr("The workpaper (see 'workpapers')."), CliTr::tr("ID")});
    parser.addOption({QStringLiteral("item"),
                      CliTr::tr("record: the item, numbered from 1 in the sample's draw order."),
                      CliTr::tr("N")});
    parser.addOption({QStringLiteral("result"),
                      CliTr::tr("record: exception, no-exception or not-applicable."), CliTr::tr("RESULT")});
    parser.addOption({QStringLiteral("note"), CliTr::tr("record: the auditor's note; review-note: the note."),
                      CliTr::tr("TEXT")});
    parser.addOption({QStringLiteral("version"),
                      CliTr::tr("record: change exactly this version (refused when it is signed or not the "
                                "latest); show: this version instead of the latest."),
                      CliTr::tr("V")});
    parser.addOption({QStringLiteral("out"), CliTr::tr("pdf, xlsx: the file to write."), CliTr::tr("FILE")});
    parser.addOption({QStringLiteral("branding"),
                      CliTr::tr("pdf: branding JSON (organisation, logo, accent_colour, footer)."),
                      CliTr::tr("FILE.json")});
    parser.addOption({QStringLiteral("role"), CliTr::tr("sign: preparer or reviewer."), CliTr::tr("ROLE")});
    parser.addOption({QStringLiteral("sha256"),
                      CliTr::tr("sign: the content SHA-256 (or its first 8+ digits) the signer read; refused "
                                "when the workpaper differs."),
                      CliTr::tr("HEX")});
    int exitCode = 0;
    if (!parseArguments(
            parser, CommandName,
            CliTr::tr(
                "A tests-of-controls workpaper over a stored sample. Each action prints the workpaper "
                "(JSON): every item with its result, note and the record's details, the evaluation "
                "(deviation rate, upper deviation limit at the confidence, conclusion against the "
                "tolerable rate), review notes, sign-offs and content_sha256, the SHA-256 of the "
                "workpaper's canonical (RFC 8785) content that sign-offs bind.\n"
                "create --sample ID --tolerable PCT [--confidence PCT] [--name NAME]\n"
                "record --workpaper ID --item N --result exception|no-exception|not-applicable [--note "
                "TEXT] [--version V]\n"
                "review-note --workpaper ID --note TEXT\n"
                "sign --workpaper ID --role preparer|reviewer --name NAME [--sha256 HEX]\n"
                "show --workpaper ID [--version V]\n"
                "pdf --workpaper ID --out FILE.pdf [--version V] [--branding FILE.json]\n"
                "xlsx --workpaper ID --out FILE.xlsx [--version V]\n"
                "A signed version never changes: recording a result on it makes the next version, "
                "which needs signing again. The preparer signs when no item is pending; the reviewer, "
                "someone else, signs what the preparer signed. Every change, PDF and workbook is in the "
                "activity log."),
            args, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    static const QStringList actions{QStringLiteral("create"),      QStringLiteral("record"),
                                     QStringLiteral("review-note"), QStringLiteral("sign"),
                                     QStringLiteral("show"),        QStringLiteral("pdf"),
                                     QStringLiteral("xlsx")};
    if (positional.size() != 1 || !actions.contains(action))
        return fail(
            CliTr::tr("auditbench-cli workpaper: expected one action: create, record, review-note, sign, "
                      "show, pdf or xlsx (see --help)"));
    try {
        return run(parser, action);
    } catch (const std::exception &e) {
        return fail(CommandName, e);
    }
}

} // namespace ab::cli

namespace {
const ab::cli::CommandRegistration registration(
    "workpaper",
    QT_TRANSLATE_NOOP(
        "auditbench_cli",
        "Tests-of-controls workpaper over a sample: results, conclusion, review notes, sign-off"),
    ab::cli::runWorkpaper);
}
