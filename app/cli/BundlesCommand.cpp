// auditbench-cli bundles: the compliance bundle definitions a workspace holds (docs/spec/formats.md 4), the
// seed's proof that a framework's controls are configured and enabled, as JSON in import order.
#include "WorkspaceCli.h"

#include "core/json/JsonWriter.h"
#include "core/views/BundleQueries.h"

namespace ab::cli {

static int runBundles(const QStringList &args)
{
    return runWorkspaceListing(
        args, QStringLiteral("bundles"),
        CliTr::tr("Lists the compliance bundle definitions imported into a workspace (name, framework, "
                  "version, enabled, rule mappings, exported_at and the file they came from), in import "
                  "order, as JSON."),
        {}, [](const QCommandLineParser &, WorkspaceStore &store, JsonWriter &w) {
            writeObjectArray(w, views::bundles(store), [&](JsonWriter &w, const views::BundleRow &b) {
                w.key("name").value(b.name);
                w.key("framework").value(b.framework);
                w.key("version").value(b.version);
                if (b.enabled)
                    w.key("enabled").value(*b.enabled);
                else
                    w.key("enabled").null();
                w.key("rule_mappings").raw(b.ruleMappingsJson.toStdString());
                w.key("rule_mapping_count").value(b.ruleMappingCount);
                w.key("exported_at").value(b.exportedAt);
                w.key("source").beginObject();
                w.key("file").value(b.sourceFile);
                w.key("sha256").value(b.sourceSha256);
                w.endObject();
            });
            return int(Exit::Ok);
        });
}

} // namespace ab::cli

namespace {
const ab::cli::CommandRegistration
    registration("bundles",
                 QT_TRANSLATE_NOOP("auditbench_cli", "List the compliance bundle definitions in a workspace"),
                 ab::cli::runBundles);
}
