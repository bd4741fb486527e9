#include "core/workspace/RecordExport.h"

#include "core/workspace/AuditQuery.h"
#include "core/workspace/HashingWriter.h"
#include "core/workspace/SqlSession.h"
#include "core/workspace/WorkspaceStore.h"

#include <QIODevice>
#include <QSaveFile>

#include <simdjson.h>

#include <array>
#include <string>

namespace ab {

namespace {

constexpr qint64 CancelCheckEvery = 256;

// The members CSV takes from the record's JSON (not indexed in SQLite), in column order of their own.
enum RawMember
{
    FrameworkReference,
    SourceIp,
    Model,
    Provider,
    RuleName,
    OverrideReason,
    RawMemberCount
};
constexpr std::array<std::string_view, RawMemberCount> RawMemberNames{
    "framework_reference", "source_ip", "model", "provider", "rule_name", "override_reason"};

// The CSV text of a member: a string's value, another value's JSON, "" when absent or null.
QString memberText(const simdjson::dom::object &record, std::string_view name)
{
    simdjson::dom::element value;
    if (record.at_key(name).get(value) != simdjson::SUCCESS || value.is_null())
        return {};
    std::string_view text;
    if (value.get_string().get(text) == simdjson::SUCCESS)
        return QString::fromUtf8(text.data(), qsizetype(text.size()));
    const std::string json = simdjson::minify(value);
    return QString::fromStdString(json);
}

QByteArray csvLine(const QStringList &cells)
{
    QByteArray line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i)
            line += ',';
        line += RecordExport::csvCell(cells[i]);
    }
    return line + "\r\n";
}

// One line per record for NDJSON: the record minified (a record may span lines in its file).
QByteArray oneLine(const QByteArray &raw)
{
    if (!raw.contains('\n') && !raw.contains('\r'))
        return raw;
    return minifiedJson(raw);
}

} // namespace

std::optional<RecordExportFormat> RecordExport::formatFromName(const QString &name)
{
    if (name == QLatin1String("json"))
        return RecordExportFormat::Json;
    if (name == QLatin1String("ndjson"))
        return RecordExportFormat::Ndjson;
    if (name == QLatin1String("csv"))
        return RecordExportFormat::Csv;
    return std::nullopt;
}

QString RecordExport::formatName(RecordExportFormat format)
{
    switch (format) {
    case RecordExportFormat::Json:
        return QStringLiteral("json");
    case RecordExportFormat::Ndjson:
        return QStringLiteral("ndjson");
    case RecordExportFormat::Csv:
        break;
    }
    return QStringLiteral("csv");
}

const QStringList &RecordExport::csvColumns()
{
    static const QStringList columns{QStringLiteral("timestamp"),
                                     QStringLiteral("id"),
                                     QStringLiteral("sequence"),
                                     QStringLiteral("category"),
                                     QStringLiteral("action"),
                                     QStringLiteral("framework"),
                                     QStringLiteral("framework_reference"),
                                     QStringLiteral("entity_type"),
                                     QStringLiteral("user_id"),
                                     QStringLiteral("user_email"),
                                     QStringLiteral("source_ip"),
                                     QStringLiteral("model"),
                                     QStringLiteral("provider"),
                                     QStringLiteral("policy_name"),
                                     QStringLiteral("rule_name"),
                                     QStringLiteral("override_reason"),
                                     QStringLiteral("source")};
    return columns;
}

QStringList RecordExport::rowCells(const GatewayRecordRow &row, const QByteArray &raw)
{
    // One parser per thread, reused: its buffers grow once instead of per record.
    thread_local simdjson::dom::parser parser;
    std::array<QString, RawMemberCount> members;
    simdjson::dom::object record;
    if (parser.parse(raw.constData(), size_t(raw.size())).get_object().get(record) == simdjson::SUCCESS) {
        for (int m = 0; m < RawMemberCount; ++m)
            members[size_t(m)] = memberText(record, RawMemberNames[size_t(m)]);
    }
    return {row.timestamp,
            row.recordId,
            row.sequence ? QString::number(*row.sequence) : QString(),
            row.category,
            row.action,
            row.framework,
            members[FrameworkReference],
            row.entityType,
            row.userId,
            row.userEmail,
            members[SourceIp],
            members[Model],
            members[Provider],
            row.policyName,
            members[RuleName],
            members[OverrideReason],
            row.sourceFile};
}

QByteArray RecordExport::csvCell(const QString &value)
{
    QByteArray v = value.toUtf8();
    // A cell a spreadsheet would run as a formula is prefixed with a quote (CSV injection).
    if (!v.isEmpty() &&
        (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@' || v[0] == '\t' || v[0] == '\r'))
        v.prepend('\'');
    if (v.contains(',') || v.contains('"') || v.contains('\n') || v.contains('\r'))
        return '"' + v.replace("\"", "\"\"") + '"';
    return v;
}

RecordExportResult RecordExport::write(const WorkspaceStore &store, const AuditFilter &filter,
                                       RecordExportFormat format, QIODevice &out, Progress *progress)
{
    throwIfCancelled(progress);
    if (progress)
        progress->beginStage(WorkspaceTr::tr("Exporting records"), store.count(filter));
    HashingWriter writer(out);
    RecordExportResult result;
    if (format == RecordExportFormat::Csv)
        writer.append(csvLine(csvColumns()));
    else if (format == RecordExportFormat::Json)
        writer.append("[");
    store.forEachRecord(filter, [&](const GatewayRecordRow &row, const QByteArray &raw) {
        if (result.records % CancelCheckEvery == 0) {
            throwIfCancelled(progress);
            if (progress)
                progress->report(result.records);
        }
        switch (format) {
        case RecordExportFormat::Json:
            writer.append((result.records ? ",\n" : "\n") + raw);
            break;
        case RecordExportFormat::Ndjson:
            writer.append(oneLine(raw) + '\n');
            break;
        case RecordExportFormat::Csv:
            writer.append(csvLine(rowCells(row, raw)));
            break;
        }
        ++result.records;
        return true;
    });
    throwIfCancelled(progress);
    if (format == RecordExportFormat::Json)
        writer.append(result.records ? "\n]\n" : "]\n");
    writer.flush();
    if (progress)
        progress->report(result.records);
    result.bytes = writer.written();
    result.sha256 = writer.sha256();
    return result;
}

RecordExportResult RecordExport::writeFile(const WorkspaceStore &store, const AuditFilter &filter,
                                           RecordExportFormat format, const QString &path, Progress *progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw WorkspaceError(WorkspaceTr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    const RecordExportResult result = write(store, filter, format, file, progress); // throws: no file
    if (!file.commit())
        throw WorkspaceError(WorkspaceTr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return result;
}

} // namespace ab
