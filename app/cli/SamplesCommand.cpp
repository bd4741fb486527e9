// auditbench-cli samples: the samples stored in a workspace; --sample ID --xlsx FILE exports one as Excel.
#include "WorkspaceCli.h"

#include "core/analytics/SampleStore.h"
#include "core/export/XlsxExportAnalytics.h"

namespace ab::cli {

static int runSamples(const QStringList &args)
{
    return runWorkspaceListing(
        args, QStringLiteral("samples"),
        CliTr::tr("Lists the samples stored in a workspace, oldest first (JSON): each as `sample` printed "
                  "it, with the records in draw order. With --sample ID --xlsx FILE.xlsx, writes that sample "
                  "as an Excel workbook instead (one row per drawn record with every column of the CSV "
                  "export, and its population), logs the export and prints what was written."),
        [](QCommandLineParser &parser) {
            parser.addOption({QStringLiteral("sample"), CliTr::tr("The sample to export."), CliTr::tr("ID")});
            parser.addOption({QStringLiteral("xlsx"), CliTr::tr("Write the sample to this Excel file."),
                              CliTr::tr("FILE.xlsx")});
        },
        [](const QCommandLineParser &parser, WorkspaceStore &store, JsonWriter &w) {
            if (parser.isSet(QStringLiteral("xlsx"))) {
                const qint64 id = parser.value(QStringLiteral("sample")).toLongLong();
                const std::optional<analytics::Sample> sample = analytics::storedSample(store, id);
                if (!sample)
                    throw analytics::SampleError(
                        CliTr::tr("auditbench-cli samples: --sample '%1': no such sample "
                                  "in %2")
                            .arg(parser.value(QStringLiteral("sample")), store.path()));
                const QString out = parser.value(QStringLiteral("xlsx"));
                const RecordExportResult written = XlsxAnalyticsExport::writeSample(store, *sample, out);
                XlsxAnalyticsExport::logExport(store, "sample", "sample_id", QString::number(id), out,
                                               written);
                w.beginObject();
                w.key("file").value(out);
                w.key("format").value("xlsx");
                w.key("records").value(written.records);
                w.key("bytes").value(written.bytes);
                w.key("sha256").value(written.sha256);
                w.endObject();
                return int(Exit::Ok);
            }
            w.beginArray();
            for (const analytics::Sample &sample : analytics::storedSamples(store, true)) {
                const QByteArray json = sample.toJson(false);
                w.raw(std::string_view(json.constData(), size_t(json.size())));
            }
            w.endArray();
            return int(Exit::Ok);
        });
}

} // namespace ab::cli

namespace {
const ab::cli::CommandRegistration
    registration("samples", QT_TRANSLATE_NOOP("auditbench_cli", "List the samples stored in a workspace"),
                 ab::cli::runSamples);
}
