#include "core/ocsf/OcsfExport.h"

#include "core/json/JsonWriter.h"
#include "core/ocsf/OcsfEvent.h"
#include "core/workspace/HashingWriter.h"
#include "core/workspace/SqlSession.h"
#include "core/workspace/WorkspaceStore.h"

#include <QIODevice>
#include <QSaveFile>

#include <simdjson.h>

namespace ab::ocsf {

namespace {

constexpr qint64 CancelCheckEvery = 256;

// A string member of the record, empty when absent or not a string (the mapping copies text only).
std::string_view text(const simdjson::dom::object &record, std::string_view name)
{
    std::string_view value;
    if (record.at_key(name).get_string().get(value) != simdjson::SUCCESS)
        return {};
    return value;
}

} // namespace

std::optional<OcsfFormat> formatFromName(const QString &name)
{
    if (name == QLatin1String("ndjson"))
        return OcsfFormat::Ndjson;
    if (name == QLatin1String("json"))
        return OcsfFormat::Json;
    return std::nullopt;
}

QString formatName(OcsfFormat format)
{
    return format == OcsfFormat::Json ? QStringLiteral("json") : QStringLiteral("ndjson");
}

QByteArray OcsfSummary::toJson() const
{
    JsonWriter w(false);
    w.beginObject();
    w.key("events").value(events);
    w.key("by_class").beginObject();
    for (const auto &[classUid, count] : byClass)
        w.key(std::to_string(classUid)).value(count);
    w.endObject();
    w.key("skipped").beginObject();
    for (const auto &[category, count] : skipped)
        w.key(category).value(count);
    w.endObject();
    w.endObject();
    return w.toByteArray();
}

OcsfSummary OcsfExport::write(const WorkspaceStore &store, const AuditFilter &filter, OcsfFormat format,
                              QIODevice &out, Progress *progress)
{
    throwIfCancelled(progress);
    if (progress)
        progress->beginStage(WorkspaceTr::tr("Exporting OCSF events"), store.count(filter));
    HashingWriter writer(out);
    OcsfSummary summary;
    simdjson::dom::parser parser;
    qint64 seen = 0;
    if (format == OcsfFormat::Json)
        writer.buffer() += "[";
    store.forEachRecord(filter, [&](const GatewayRecordRow &row, const QByteArray &raw) {
        if (seen++ % CancelCheckEvery == 0) {
            throwIfCancelled(progress);
            if (progress)
                progress->report(seen - 1);
        }
        simdjson::dom::object record;
        if (parser.parse(raw.constData(), size_t(raw.size())).get_object().get(record) != simdjson::SUCCESS)
            throw WorkspaceError(WorkspaceTr::tr("record %1 is not a JSON object").arg(row.recordId));
        GatewayFields f{text(record, "id"),
                        text(record, "category"),
                        text(record, "action"),
                        text(record, "org_id"),
                        text(record, "user_id"),
                        text(record, "user_email"),
                        text(record, "source_ip"),
                        text(record, "entity_type"),
                        text(record, "rule_name"),
                        text(record, "policy_name"),
                        text(record, "framework_reference")};
        const int classUid = classForCategory(f.category);
        if (!classUid) {
            ++summary.skipped[f.category.empty() ? std::string(NoCategory) : std::string(f.category)];
            return true;
        }
        if (!row.timestampMs) {
            ++summary.skipped[std::string(NoTimestamp)];
            return true;
        }
        std::string &buffer = writer.buffer();
        if (format == OcsfFormat::Json)
            buffer += summary.events ? ",\n" : "\n";
        appendEvent(f, *row.timestampMs, buffer);
        if (format == OcsfFormat::Ndjson)
            buffer += '\n';
        ++summary.events;
        ++summary.byClass[classUid];
        writer.flushIfFull();
        return true;
    });
    throwIfCancelled(progress);
    if (format == OcsfFormat::Json)
        writer.buffer() += summary.events ? "\n]\n" : "]\n";
    writer.flush();
    if (progress)
        progress->report(seen);
    summary.bytes = writer.written();
    summary.sha256 = writer.sha256();
    return summary;
}

OcsfSummary OcsfExport::writeFile(const WorkspaceStore &store, const AuditFilter &filter, OcsfFormat format,
                                  const QString &path, Progress *progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw WorkspaceError(WorkspaceTr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    const OcsfSummary summary = write(store, filter, format, file, progress); // throws: no file
    if (!file.commit())
        throw WorkspaceError(WorkspaceTr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return summary;
}

} // namespace ab::ocsf
