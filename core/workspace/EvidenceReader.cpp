#include "core/workspace/EvidenceReader.h"

#include "core/common/InputError.h"
#include "core/common/Instant.h"
#include "core/crypto/Crypto.h"
#include "core/json/ExportReader.h"
#include "core/json/Jcs.h"
#include "core/json/JsonDiagnostics.h"
#include "core/json/JsonWhitespace.h"

#include <QCoreApplication>

#include <simdjson.h>

#include <algorithm>
#include <array>
#include <optional>

namespace ab {

struct EvidenceReaderTr
{
    Q_DECLARE_TR_FUNCTIONS(ab::EvidenceReader)
};

namespace {

using namespace simdjson;

constexpr qint64 ReportEvery = 4096;
constexpr int MaxWarningsPerKind = 20;

size_t offsetIn(const SourceText &src, std::string_view span)
{
    return size_t(span.data() - src.data());
}

// Parses a span of `src` in place (the source's padding makes that safe) and rejects invalid JSON and
// duplicate member names anywhere in it, with file:line:column.
dom::element parseValidated(dom::parser &parser, const SourceText &src, std::string_view raw)
{
    dom::element el;
    auto err = parser.parse(raw.data(), raw.size(), false).get(el);
    // An integer beyond 64 bits: read as JCS (and so verify) reads it, a double (docs/spec/chain.md); the
    // stored raw record keeps its bytes. The DOM keeps no pointer into the widened copy.
    if (err == NUMBER_ERROR)
        if (const auto widened = jcs::widenBigIntegers(raw))
            err = parser.parse(padded_string(*widened)).get(el);
    if (err)
        throw jsonSyntaxError(src.name(), src.text(), raw, offsetIn(src, raw), error_message(err));
    try {
        jcs::requireUniqueMembers(el);
    } catch (const jcs::DuplicateMemberError &) {
        size_t at = findDuplicateMember(raw);
        at = (at == std::string_view::npos ? 0 : at) + offsetIn(src, raw);
        throw InputError::atOffset(
            src.name(), src.text(), at,
            EvidenceReaderTr::tr("duplicate member name: expected each name once per object"));
    }
    return el;
}

std::string_view stringMember(dom::object obj, std::string_view key)
{
    std::string_view v;
    if (obj.at_key(key).get_string().get(v))
        return {};
    return v;
}

std::optional<int64_t> intMember(dom::object obj, std::string_view key)
{
    dom::element el;
    if (obj.at_key(key).get(el))
        return std::nullopt;
    int64_t i = 0;
    if (!el.get_int64().get(i))
        return i;
    uint64_t u = 0;
    if (!el.get_uint64().get(u) && u <= uint64_t(INT64_MAX))
        return int64_t(u);
    return std::nullopt;
}

bool hasMember(dom::object obj, std::string_view key)
{
    dom::element el;
    return !obj.at_key(key).get(el);
}

std::optional<int64_t> instantMs(std::string_view text)
{
    if (text.empty())
        return std::nullopt;
    if (auto inst = Instant::parse(text))
        return inst->toMSecsSinceEpoch();
    return std::nullopt;
}

ImportWarning warningAt(const SourceText &src, std::string_view raw, const QString &message)
{
    const TextPosition pos = textPosition(src.text(), offsetIn(src, raw));
    return ImportWarning{src.name(), pos.line, pos.column, message};
}

// The first top-level document of a `{`-form input, without surrounding white space.
std::string_view firstDocument(const SourceText &src)
{
    // NDJSON: when the first line parses as one JSON value on its own, it is the first document, found at
    // the cost of that line instead of a document stream indexing the whole file (as big as the input).
    const std::string_view text = src.text();
    const size_t first = skipJsonWhitespace(text, 0);
    if (const size_t newline = text.find('\n', first); newline != std::string_view::npos) {
        const std::string_view line = trimmedJson(text.substr(first, newline - first));
        dom::parser lineParser;
        dom::element el;
        if (!lineParser.parse(line.data(), line.size(), false).get(el)) // the text's padding follows
            return line;
    }
    ondemand::parser parser;
    ondemand::document_stream stream;
    const size_t batch = std::max<size_t>(src.size(), 1 << 20);
    if (auto err = parser.iterate_many(src.data(), src.size(), batch).get(stream))
        throw jsonSyntaxError(src.name(), src.text(), src.text(), 0, error_message(err));
    for (auto it = stream.begin(); it != stream.end(); ++it)
        return trimmedJson(it.source());
    return {};
}

bool isGatewayRecord(dom::object obj)
{
    return hasMember(obj, "hmac") || hasMember(obj, "previous_hmac") || hasMember(obj, "hmac_key_id");
}

bool isBundle(dom::object obj)
{
    dom::array mappings;
    return hasMember(obj, "regulatory_framework") &&
           !obj.at_key("seed_rule_mappings").get_array().get(mappings);
}

class Reporter
{
public:
    Reporter(Progress *progress, const QString &label, qint64 total) : m_progress(progress)
    {
        if (m_progress)
            m_progress->beginStage(label, total);
    }
    void step(qint64 done)
    {
        if ((done % ReportEvery) != 0)
            return;
        throwIfCancelled(m_progress);
        if (m_progress)
            m_progress->report(done);
    }

private:
    Progress *m_progress;
};

void validateOthers(const SourceText &src, const ExportSplit &split, dom::parser &parser)
{
    for (std::string_view other : split.others)
        parseValidated(parser, src, other);
}

// --- gateway -------------------------------------------------------------------------------------------

// A line of a provisionally split text, parsed, when it is one record object the strict split would also
// have found there; otherwise SplitDeclined. The same rules as verification's deferred split
// (ChainRecords.cpp): any parse error or repeated name, anything but an object, and any array under a page
// key (ExportReader::declinesProvisionalLine).
dom::object parseProvisional(dom::parser &parser, const SourceText &src, std::string_view raw)
{
    dom::element el;
    try {
        el = parseValidated(parser, src, raw);
    } catch (const InputError &) {
        throw EvidenceReader::SplitDeclined();
    }
    dom::object obj;
    if (el.get_object().get(obj))
        throw EvidenceReader::SplitDeclined();
    for (const dom::key_value_pair member : obj)
        if (ExportReader::declinesProvisionalLine(member.key, member.value.is_array()))
            throw EvidenceReader::SplitDeclined();
    return obj;
}

// `first` is split.records[0], already parsed by the caller (that parse decided the file's kind) with a
// parser of its own, which must outlive this call.
void readGateway(const SourceText &src, const ExportSplit &split, dom::object first, EvidenceSink &sink,
                 EvidenceReader::Summary &summary, Progress *progress, bool provisional = false)
{
    dom::parser parser;
    validateOthers(src, split, parser);
    Reporter reporter(progress, EvidenceReaderTr::tr("Importing %1").arg(src.fileName()),
                      qint64(split.records.size()));
    sink.expectGatewayRecords(qint64(split.records.size()));
    qint64 withoutTimestamp = 0;
    std::string_view firstWithoutTimestamp;
    for (size_t i = 0; i < split.records.size(); ++i) {
        const std::string_view raw = trimmedJson(split.records[i]);
        const dom::object obj = i == 0        ? first
                                : provisional ? parseProvisional(parser, src, raw)
                                              : parseValidated(parser, src, raw);
        GatewayFields f;
        dom::element idEl;
        if (!obj.at_key("id").get(idEl)) {
            if (idEl.is_string()) {
                f.id = std::string(std::string_view(idEl));
            } else if (idEl.is_number()) {
                std::string id;
                jcs::canonicalize(idEl, id);
                f.id = std::move(id);
            }
        }
        f.sequence = intMember(obj, "sequence");
        f.timestamp = stringMember(obj, "timestamp");
        f.timestampMs = instantMs(f.timestamp);
        if (!f.timestampMs && !withoutTimestamp++)
            firstWithoutTimestamp = raw;
        f.category = stringMember(obj, "category");
        f.action = stringMember(obj, "action");
        f.framework = stringMember(obj, "framework");
        f.entityType = stringMember(obj, "entity_type");
        f.userId = stringMember(obj, "user_id");
        f.userEmail = stringMember(obj, "user_email");
        f.policyName = stringMember(obj, "policy_name");
        sink.gatewayRecord(qint64(i), raw, f);
        reporter.step(qint64(i) + 1);
    }
    if (withoutTimestamp)
        summary.warnings << warningAt(
            src, firstWithoutTimestamp,
            QStringLiteral("%1 record(s) without an RFC 3339 timestamp: they match no --start/--end filter "
                           "and are listed last")
                .arg(withoutTimestamp));
    summary.format = QString::fromLatin1(EvidenceFormat::GatewayAuditExport);
    summary.records = qint64(split.records.size());
}

// --- agent runtime export ------------------------------------------------------------------------------

void requireSingleDocument(const SourceText &src, std::string_view doc, const QString &what)
{
    const size_t end = skipJsonWhitespace(src.text(), offsetIn(src, doc) + doc.size());
    if (end != src.size())
        throw InputError::atOffset(
            src.name(), src.text(), end,
            EvidenceReaderTr::tr("expected end of input after the %1 object").arg(what));
}

void readRuntime(const SourceText &src, dom::object top, const ExportSplit &split, EvidenceSink &sink,
                 EvidenceReader::Summary &summary, Progress *progress)
{
    const auto version = intMember(top, "version");
    if (version != 1)
        summary.warnings << ImportWarning{
            src.name(), 0, 0,
            QStringLiteral("agent runtime export version %1: expected 1; read as version 1")
                .arg(version ? QString::number(*version) : QStringLiteral("(missing)"))};
    dom::array agents;
    if (!top.at_key("agents").get_array().get(agents)) {
        for (dom::element a : agents) {
            dom::object agent;
            if (a.get_object().get(agent))
                continue;
            const std::string raw = simdjson::to_string(a);
            sink.agent(stringMember(agent, "id"), stringMember(agent, "name"), raw);
        }
    } else {
        summary.warnings << ImportWarning{src.name(), 0, 0,
                                          QStringLiteral("agent runtime export without an \"agents\" array")};
    }
    dom::parser parser;
    Reporter reporter(progress, EvidenceReaderTr::tr("Importing %1").arg(src.fileName()),
                      qint64(split.records.size()));
    for (size_t i = 0; i < split.records.size(); ++i) {
        const std::string_view raw = trimmedJson(split.records[i]);
        const dom::object obj = parseValidated(parser, src, raw);
        AgentEntryFields f;
        f.agentId = stringMember(obj, "agent_id");
        f.actionType = stringMember(obj, "action_type");
        f.connector = stringMember(obj, "connector");
        f.timestamp = stringMember(obj, "timestamp");
        f.timestampMs = instantMs(f.timestamp);
        sink.agentEntry(qint64(i), raw, f);
        reporter.step(qint64(i) + 1);
    }
    summary.format = QString::fromLatin1(EvidenceFormat::AgentRuntimeExport);
    summary.records = qint64(split.records.size());
}

// --- compliance package --------------------------------------------------------------------------------

QString contentHashOf(dom::element top)
{
    std::string canonical;
    jcs::canonicalize(top, canonical, {"content_sha256"});
    return crypto::sha256Hex(canonical);
}

void readPackageObject(const QString &name, dom::element topElement, std::string_view raw, EvidenceSink &sink,
                       QList<ImportWarning> *warnings)
{
    const dom::object top = topElement;
    PackageFields f;
    f.packageId = stringMember(top, "package_id");
    f.agentId = stringMember(top, "agent_id");
    if (f.packageId.empty() || f.agentId.empty())
        throw InputError(name,
                         EvidenceReaderTr::tr(
                             "compliance package: expected string members \"package_id\" and \"agent_id\""));
    f.agentName = stringMember(top, "agent_name");
    f.generatedAt = stringMember(top, "generated_at");
    f.generatedBy = stringMember(top, "generated_by");
    f.contentSha256 = stringMember(top, "content_sha256");
    if (warnings) {
        const QString computed = contentHashOf(topElement);
        if (f.contentSha256.empty())
            *warnings << ImportWarning{
                name, 0, 0,
                QStringLiteral("compliance package without content_sha256 (computed %1)").arg(computed)};
        else if (computed != QLatin1String(f.contentSha256.data(), qsizetype(f.contentSha256.size())))
            *warnings << ImportWarning{
                name, 0, 0,
                QStringLiteral(
                    "compliance package content_sha256 %1 does not match its content (computed %2)")
                    .arg(QString::fromUtf8(f.contentSha256.data(), qsizetype(f.contentSha256.size())),
                         computed)};
    }
    sink.package(raw, f);
}

// --- compliance bundles --------------------------------------------------------------------------------

void readBundles(const SourceText &src, const ExportSplit &split, EvidenceSink &sink,
                 EvidenceReader::Summary &summary)
{
    dom::parser parser;
    validateOthers(src, split, parser);
    for (size_t i = 0; i < split.records.size(); ++i) {
        const std::string_view raw = trimmedJson(split.records[i]);
        const dom::object obj = parseValidated(parser, src, raw);
        if (!isBundle(obj))
            throw InputError::atOffset(
                src.name(), src.text(), offsetIn(src, raw),
                EvidenceReaderTr::tr(
                    "expected a compliance bundle object with \"regulatory_framework\" and a "
                    "\"seed_rule_mappings\" array"));
        BundleFields f;
        f.name = stringMember(obj, "name");
        f.regulatoryFramework = stringMember(obj, "regulatory_framework");
        f.version = stringMember(obj, "version");
        bool enabled = false;
        if (!obj.at_key("enabled").get_bool().get(enabled))
            f.enabled = enabled;
        sink.bundle(qint64(i), raw, f);
    }
    summary.format = QString::fromLatin1(EvidenceFormat::ComplianceBundles);
    summary.records = qint64(split.records.size());
}

// --- OCSF v1.1 -------------------------------------------------------------------------------------------

struct OcsfClass
{
    int64_t uid;
    const char *name;
    std::vector<std::string_view> required; // core required attributes (OCSF 1.1.0 compiled schema)
};

const std::vector<OcsfClass> &ocsfClasses()
{
    static const std::vector<OcsfClass> classes{
        {2001,
         "Security Finding",
         {"activity_id", "category_uid", "class_uid", "finding", "metadata", "severity_id", "state_id",
          "time", "type_uid"}},
        {2003,
         "Compliance Finding",
         {"activity_id", "category_uid", "class_uid", "compliance", "finding_info", "metadata", "severity_id",
          "time", "type_uid"}},
        {2004,
         "Detection Finding",
         {"activity_id", "category_uid", "class_uid", "finding_info", "metadata", "severity_id", "time",
          "type_uid"}},
        {3001,
         "Account Change",
         {"activity_id", "category_uid", "class_uid", "metadata", "severity_id", "time", "type_uid", "user"}},
        {3002,
         "Authentication",
         {"activity_id", "category_uid", "class_uid", "metadata", "severity_id", "time", "type_uid", "user"}},
    };
    return classes;
}

void readOcsf(const SourceText &src, const ExportSplit &split, EvidenceSink &sink,
              EvidenceReader::Summary &summary, Progress *progress)
{
    dom::parser parser;
    validateOthers(src, split, parser);
    Reporter reporter(progress, EvidenceReaderTr::tr("Importing %1").arg(src.fileName()),
                      qint64(split.records.size()));
    qint64 deprecated = 0, otherWarnings = 0;
    std::string_view firstDeprecated;
    const auto warn = [&](std::string_view raw, const QString &message) {
        if (otherWarnings++ < MaxWarningsPerKind)
            summary.warnings << warningAt(src, raw, message);
    };
    for (size_t i = 0; i < split.records.size(); ++i) {
        const std::string_view raw = trimmedJson(split.records[i]);
        const dom::object obj = parseValidated(parser, src, raw);
        OcsfFields f;
        const auto classUid = intMember(obj, "class_uid");
        const auto known = std::find_if(ocsfClasses().begin(), ocsfClasses().end(),
                                        [&](const OcsfClass &c) { return classUid && c.uid == *classUid; });
        if (known == ocsfClasses().end())
            throw InputError::atOffset(
                src.name(), src.text(), offsetIn(src, raw),
                classUid ? EvidenceReaderTr::tr(
                               "OCSF class_uid %1 is not supported: expected 2001, 2003, 2004, 3001 or 3002")
                               .arg(*classUid)
                         : EvidenceReaderTr::tr("expected an OCSF v1.1 event with an integer \"class_uid\""));
        f.classUid = *classUid;
        f.activityId = intMember(obj, "activity_id");
        f.severityId = intMember(obj, "severity_id");
        f.timeMs = intMember(obj, "time");
        if (f.classUid == 2001 && !deprecated++)
            firstDeprecated = raw;
        QStringList missing;
        for (std::string_view name : known->required)
            if (!hasMember(obj, name))
                missing << QString::fromLatin1(name.data(), qsizetype(name.size()));
        if (!missing.isEmpty())
            warn(raw, QStringLiteral("OCSF %1 (%2) event without required attribute(s): %3")
                          .arg(QLatin1String(known->name))
                          .arg(f.classUid)
                          .arg(missing.join(QLatin1String(", "))));
        const auto typeUid = intMember(obj, "type_uid");
        if (f.activityId && typeUid && *typeUid != f.classUid * 100 + *f.activityId)
            warn(raw, QStringLiteral("OCSF type_uid %1: expected class_uid * 100 + activity_id = %2")
                          .arg(*typeUid)
                          .arg(f.classUid * 100 + *f.activityId));
        sink.ocsfEvent(qint64(i), raw, f);
        reporter.step(qint64(i) + 1);
    }
    if (otherWarnings > MaxWarningsPerKind)
        summary.warnings << ImportWarning{
            src.name(), 0, 0,
            QStringLiteral("%1 more OCSF warnings not listed").arg(otherWarnings - MaxWarningsPerKind)};
    if (deprecated)
        summary.warnings << warningAt(
            src, firstDeprecated,
            QStringLiteral(
                "%1 Security Finding (class_uid 2001) event(s): the class is deprecated in OCSF 1.1 "
                "(use Compliance Finding 2003 or Detection Finding 2004); imported as given")
                .arg(deprecated));
    summary.format = QString::fromLatin1(EvidenceFormat::OcsfEvents);
    summary.records = qint64(split.records.size());
}

[[noreturn]] void throwUnknown(const SourceText &src)
{
    throw InputError(
        src.name(),
        EvidenceReaderTr::tr(
            "not a recognised evidence file: expected a gateway audit export (records with hmac_key_id, "
            "previous_hmac, hmac), an agent runtime export or compliance package (\"format\" member), "
            "compliance bundles (regulatory_framework, seed_rule_mappings) or OCSF v1.1 events (class_uid)"));
}

} // namespace

QString ImportWarning::toString() const
{
    if (line > 0)
        return QStringLiteral("%1:%2:%3: %4").arg(file).arg(line).arg(column).arg(message);
    return QStringLiteral("%1: %2").arg(file, message);
}

namespace {

// Reads `src` as gateway records split at its line feeds, when its first record is on one line and is one
// (the strict reader would then read the text as gateway records too): NDJSON, or a JSON array written an
// element per line. False, with nothing handed to the sink, when it is not. Throws SplitDeclined when a
// later line is not one record object.
bool readGatewayLines(const SourceText &src, EvidenceSink &sink, EvidenceReader::Summary &summary,
                      Progress *progress)
{
    // The first record's line alone first: a text of another kind (a pretty-printed export, say) costs one
    // line.
    const std::string_view text = src.text();
    const size_t start = skipJsonWhitespace(text, 0);
    const bool array = start < text.size() && text[start] == '[';
    std::string_view firstLine;
    if (array) {
        const std::optional<std::string_view> element = ExportReader::firstArrayElementLine(src);
        if (!element)
            return false;
        firstLine = *element;
    } else {
        const size_t newline = std::min(text.find('\n', start), text.size());
        firstLine = trimmedJson(text.substr(start, newline - start));
        if (firstLine.empty() || firstLine.front() != '{')
            return false; // an array's first element line opens an object by construction
    }
    dom::parser parser;
    dom::object first;
    try {
        first = parseProvisional(parser, src, firstLine);
    } catch (const EvidenceReader::SplitDeclined &) {
        return false;
    }
    if (hasMember(first, "format") || hasMember(first, "class_uid") || isBundle(first) ||
        !isGatewayRecord(first))
        return false;
    std::optional<std::vector<std::string_view>> lines =
        array ? ExportReader::splitArrayLines(src) : ExportReader::splitLines(src);
    if (!lines || lines->empty())
        return false;
    ExportSplit split;
    split.records = std::move(*lines);
    readGateway(src, split, first, sink, summary, progress, true);
    summary.splitAtLineFeeds = true;
    return true;
}

} // namespace

EvidenceReader::Summary EvidenceReader::read(const SourceText &src, EvidenceSink &sink, Progress *progress,
                                             Split mode)
{
    Summary summary;
    if (mode == Split::Provisional && readGatewayLines(src, sink, summary, progress))
        return summary;
    const ExportSplit split = ExportReader::split(src); // structure first: file:line:column on bad input
    throwIfCancelled(progress);
    const size_t first = skipJsonWhitespace(src.text(), 0);

    if (src.text()[first] == '{') {
        const std::string_view doc = firstDocument(src);
        dom::parser topParser;
        const dom::element top = parseValidated(topParser, src, doc);
        dom::object obj;
        if (!top.get_object().get(obj)) {
            const std::string_view format = stringMember(obj, "format");
            if (format == "arx-runtime-export") {
                requireSingleDocument(src, doc, EvidenceReaderTr::tr("agent runtime export"));
                readRuntime(src, obj, split, sink, summary, progress);
                return summary;
            }
            if (format == "arx-compliance-package") {
                requireSingleDocument(src, doc, EvidenceReaderTr::tr("compliance package"));
                readPackageObject(src.name(), top, doc, sink, &summary.warnings);
                summary.format = QString::fromLatin1(EvidenceFormat::CompliancePackage);
                summary.records = 1;
                return summary;
            }
            if (!format.empty() && !isGatewayRecord(obj))
                throw InputError(
                    src.name(),
                    EvidenceReaderTr::tr("\"format\": \"%1\" is not a format AuditBench imports: expected "
                                         "\"arx-runtime-export\" or \"arx-compliance-package\"")
                        .arg(QString::fromUtf8(format.data(), qsizetype(format.size()))));
        }
    }

    if (split.records.empty())
        throwUnknown(src);
    dom::parser parser;
    const dom::element firstRecord = parseValidated(parser, src, split.records.front());
    const dom::object obj = firstRecord;
    if (hasMember(obj, "class_uid"))
        readOcsf(src, split, sink, summary, progress);
    else if (isBundle(obj))
        readBundles(src, split, sink, summary);
    else if (isGatewayRecord(obj))
        readGateway(src, split, obj, sink, summary, progress);
    else
        throwUnknown(src);
    return summary;
}

QString EvidenceReader::packageContentSha256(const QString &name, const QByteArray &json)
{
    const SourceText src = SourceText::fromBytes(name, json);
    dom::parser parser;
    const dom::element top = parseValidated(parser, src, trimmedJson(src.text()));
    if (!top.is_object())
        throw InputError(name, EvidenceReaderTr::tr("expected a JSON object"));
    return contentHashOf(top);
}

void EvidenceReader::readPackage(const QString &name, const QByteArray &json, EvidenceSink &sink)
{
    const SourceText src = SourceText::fromBytes(name, json);
    const std::string_view text = trimmedJson(src.text());
    if (text.empty())
        throw InputError(name, EvidenceReaderTr::tr("expected a compliance package object, found no data"));
    dom::parser parser;
    const dom::element top = parseValidated(parser, src, text);
    if (!top.is_object())
        throw InputError(name, EvidenceReaderTr::tr("expected a compliance package object"));
    readPackageObject(name, top, text, sink, nullptr);
}

} // namespace ab
