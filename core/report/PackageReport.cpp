#include "core/report/PackageReport.h"

#include "core/crypto/Crypto.h"
#include "core/package/PackageGenerator.h"
#include "core/report/PackageTrail.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <exception>

namespace ab {

namespace {

struct PackageTr
{
    Q_DECLARE_TR_FUNCTIONS(ab::PackageReport)
};

using KV = ReportDocument::KeyValue;
using Column = ReportDocument::Column;

QString notProvided()
{
    return PackageTr::tr("not provided");
}

// "a.b.c" inside nested objects; Undefined when any step is missing or not an object.
QJsonValue at(const QJsonObject &o, const QString &path)
{
    QJsonValue v = o;
    for (const QString &part : path.split(QLatin1Char('.'))) {
        if (!v.isObject())
            return QJsonValue(QJsonValue::Undefined);
        v = v.toObject().value(part);
    }
    return v;
}

QString number(double d)
{
    if (std::floor(d) == d && std::abs(d) < 9e15)
        return QLocale::c().toString(qint64(d));
    return QString::number(d, 'g', 10);
}

// A JSON value in words, one line per element for arrays of objects.
QString describe(const QJsonValue &v, bool inlineObjects = false)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double:
        return number(v.toDouble());
    case QJsonValue::Bool:
        return v.toBool() ? PackageTr::tr("yes") : PackageTr::tr("no");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QString();
    case QJsonValue::Array: {
        QStringList parts;
        bool objects = false;
        for (const QJsonValue &e : v.toArray()) {
            objects = objects || e.isObject() || e.isArray();
            parts.append(describe(e, true));
        }
        return parts.join(objects && !inlineObjects ? QStringLiteral("\n") : QStringLiteral(", "));
    }
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        QStringList parts;
        for (auto it = o.begin(); it != o.end(); ++it)
            parts.append(QStringLiteral("%1: %2").arg(it.key(), describe(it.value(), true)));
        return parts.join(inlineObjects ? QStringLiteral("; ") : QStringLiteral("\n"));
    }
    }
    return QString();
}

QString text(const QJsonObject &o, const QString &path)
{
    return describe(at(o, path));
}

// "drift_events" -> "Drift events".
QString humanise(const QString &key)
{
    QString s = key;
    s.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

bool isScalar(const QJsonValue &v)
{
    return !v.isObject() && !v.isArray();
}

// An array of objects as a table whose columns are the union of the members, in first-seen order.
ReportDocument::Table genericTable(const QJsonArray &array, const QString &scalarTitle = QString())
{
    ReportDocument::Table table;
    QStringList keys;
    bool scalars = false;
    for (const QJsonValue &e : array) {
        if (!e.isObject()) {
            scalars = true;
            continue;
        }
        const QJsonObject o = e.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!keys.contains(it.key()))
                keys.append(it.key());
    }
    if (scalars)
        keys.prepend(QString());
    for (const QString &k : keys) {
        const bool hashLike = k.contains(QLatin1String("sha256")) || k.endsWith(QLatin1String("_id")) ||
                              k == QLatin1String("id");
        table.columns.append(
            Column{k.isEmpty() ? (scalarTitle.isEmpty() ? PackageTr::tr("Value") : scalarTitle) : humanise(k),
                   0, hashLike});
    }
    for (const QJsonValue &e : array) {
        QStringList row;
        const QJsonObject o = e.toObject();
        for (const QString &k : keys)
            row.append(k.isEmpty() ? (e.isObject() ? QString() : describe(e, true))
                                   : describe(o.value(k), true));
        table.rows.append(row);
    }
    table.emptyText = PackageTr::tr("None.");
    return table;
}

// Any member the report has no dedicated layout for still reaches the auditor.
void addGeneric(ReportDocument &doc, const QString &title, const QJsonValue &v)
{
    doc.heading(title, 2);
    if (v.isArray()) {
        doc.add(genericTable(v.toArray()));
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (o.isEmpty()) {
            doc.note(PackageTr::tr("None."));
            return;
        }
        const bool allScalar =
            std::all_of(o.begin(), o.end(), [](const QJsonValue &e) { return isScalar(e); });
        if (allScalar && o.size() > 12) {
            ReportDocument::Table t;
            t.columns = {Column{PackageTr::tr("Key"), 0}, Column{PackageTr::tr("Value"), 0, false, true}};
            for (auto it = o.begin(); it != o.end(); ++it)
                t.rows.append({it.key(), describe(it.value())});
            doc.add(t);
        } else {
            ReportDocument::KeyValues kv;
            for (auto it = o.begin(); it != o.end(); ++it)
                kv.rows.append(KV{humanise(it.key()), describe(it.value())});
            doc.add(kv);
        }
    } else {
        doc.paragraph(v.isUndefined() || v.isNull() ? notProvided() : describe(v));
    }
}

void addRemaining(ReportDocument &doc, const QJsonObject &o, const QSet<QString> &handled)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!handled.contains(it.key()))
            addGeneric(doc, humanise(it.key()), it.value());
}

void executionGraph(ReportDocument &doc, const QJsonObject &pkg)
{
    doc.heading(PackageTr::tr("Execution Graph"));
    doc.note(
        PackageTr::tr("What the agent did, derived from its audit trail rather than from documentation."));
    doc.add(ReportDocument::KeyValues{{
        KV{PackageTr::tr("Audit entries"), text(pkg, QStringLiteral("source.audit_entries"))},
        KV{PackageTr::tr("First entry"), text(pkg, QStringLiteral("source.first_entry"))},
        KV{PackageTr::tr("Last entry"), text(pkg, QStringLiteral("source.last_entry"))},
        KV{PackageTr::tr("Input SHA-256"), text(pkg, QStringLiteral("source.input_sha256")), true},
    }});
    const QJsonObject graph = pkg.value(QLatin1String("execution_graph")).toObject();
    if (!pkg.value(QLatin1String("execution_graph")).isObject()) {
        doc.paragraph(PackageTr::tr("Execution graph: not provided."), Tone::Warning);
        return;
    }

    doc.heading(PackageTr::tr("Actions by type"), 2);
    ReportDocument::Table actions;
    actions.columns = {Column{PackageTr::tr("Action type"), 0},
                       Column{PackageTr::tr("Count"), 0, false, true}};
    actions.emptyText = PackageTr::tr("Action counts: not provided.");
    const QJsonObject counts = graph.value(QLatin1String("action_counts")).toObject();
    double total = 0;
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        actions.rows.append({it.key(), describe(it.value())});
        total += it.value().toDouble();
    }
    if (!counts.isEmpty())
        actions.rows.append({PackageTr::tr("Total"), number(total)});
    doc.add(actions);

    doc.heading(PackageTr::tr("Connectors"), 2);
    ReportDocument::Table connectors;
    connectors.columns = {
        Column{PackageTr::tr("Connector"), 0},  Column{PackageTr::tr("Calls"), 0, false, true},
        Column{PackageTr::tr("Operations"), 0}, Column{PackageTr::tr("Decisions"), 0},
        Column{PackageTr::tr("First call"), 0}, Column{PackageTr::tr("Last call"), 0}};
    connectors.emptyText = PackageTr::tr("Connectors: not provided.");
    for (const QJsonValue &c : graph.value(QLatin1String("connectors")).toArray()) {
        const QJsonObject o = c.toObject();
        connectors.rows.append(
            {describe(o.value(QLatin1String("connector"))), describe(o.value(QLatin1String("calls"))),
             describe(o.value(QLatin1String("operations")), true),
             describe(o.value(QLatin1String("decisions")), true), describe(o.value(QLatin1String("first"))),
             describe(o.value(QLatin1String("last")))});
        // A denied or escalated call is worth the auditor's eye.
        const QJsonObject decisions = o.value(QLatin1String("decisions")).toObject();
        const bool refused = decisions.value(QLatin1String("deny")).toDouble() > 0 ||
                             decisions.value(QLatin1String("escalate")).toDouble() > 0;
        connectors.rowTones.append(refused ? Tone::Warning : Tone::Neutral);
    }
    doc.add(connectors);
    addRemaining(doc, graph, {QStringLiteral("action_counts"), QStringLiteral("connectors")});
}

void dataFlow(ReportDocument &doc, const QJsonObject &pkg)
{
    doc.heading(PackageTr::tr("Data Flow Diagram"));
    const QJsonObject flow = pkg.value(QLatin1String("data_flow")).toObject();
    doc.note(PackageTr::tr(
        "How data moves between the agent, the policy engine, the audit trail and external systems. "
        "Every flow passes through the policy engine; flows crossing a trust boundary are marked."));
    const QString dot = flow.value(QLatin1String("dot")).toString();
    doc.add(ReportDocument::Svg{
        flow.value(QLatin1String("svg")).toString().toUtf8(),
        dot.isEmpty()
            ? PackageTr::tr("Figure: the package's data_flow.svg. DOT source: not provided.")
            : PackageTr::tr(
                  "Figure: the package's data_flow.svg, drawn as vector graphics. DOT source SHA-256 %1.")
                  .arg(crypto::sha256Hex(dot.toUtf8()))});
    const QJsonArray flows = flow.value(QLatin1String("flows")).toArray();
    if (!flows.isEmpty()) {
        doc.heading(PackageTr::tr("Flows"), 2);
        ReportDocument::Table t = genericTable(flows);
        for (const QJsonValue &f : flows) {
            const QJsonObject o = f.toObject();
            bool crosses = false;
            for (auto it = o.begin(); it != o.end(); ++it)
                crosses = crosses || (it.key().contains(QLatin1String("boundary")) && it.value().toBool());
            t.rowTones.append(crosses ? Tone::Warning : Tone::Neutral);
        }
        doc.add(t);
    }
    addRemaining(doc, flow, {QStringLiteral("svg"), QStringLiteral("dot"), QStringLiteral("flows")});
}

void vsq(ReportDocument &doc, const QJsonObject &pkg, const PackageReport::Options &options)
{
    doc.heading(PackageTr::tr("Vendor Security Questionnaire"));
    doc.note(PackageTr::tr(
        "CAIQ v4 style answers derived from runtime data, with the evidence each answer rests on, "
        "every exception found, and the auditor's verdict."));
    const QJsonArray answers = at(pkg, QStringLiteral("vsq.answers")).toArray();
    if (answers.isEmpty())
        doc.paragraph(PackageTr::tr("Questionnaire answers: not provided."), Tone::Warning);
    for (const QJsonValue &a : answers) {
        const QJsonObject answer = a.toObject();
        const QString category = answer.value(QLatin1String("category")).toString();
        doc.heading(category.isEmpty() ? PackageTr::tr("Answer (category not provided)") : category, 2);
        doc.add(ReportDocument::KeyValues{
            {KV{PackageTr::tr("CAIQ v4 questions"), describe(answer.value(QLatin1String("ccm_ids")))}}});
        const QString answerText = describe(answer.value(QLatin1String("answer")));
        doc.paragraph(answerText.isEmpty() ? PackageTr::tr("Answer: not provided.") : answerText);
        const QJsonValue evidence = answer.value(QLatin1String("evidence"));
        if (evidence.isArray() && !evidence.toArray().isEmpty() && evidence.toArray().first().isObject()) {
            doc.add(ReportDocument::Paragraph{PackageTr::tr("Evidence"), Tone::Neutral, true});
            doc.add(genericTable(evidence.toArray()));
        } else {
            doc.add(ReportDocument::KeyValues{{KV{PackageTr::tr("Evidence"), describe(evidence)}}});
        }
        const QJsonArray exceptions = answer.value(QLatin1String("exceptions")).toArray();
        if (exceptions.isEmpty()) {
            doc.add(ReportDocument::Paragraph{PackageTr::tr("Exceptions: none."), Tone::Good, true});
        } else {
            doc.paragraph(PackageTr::tr("Exceptions: %n listed below.", nullptr, int(exceptions.size())),
                          Tone::Bad);
            ReportDocument::Table t = genericTable(exceptions, PackageTr::tr("Exception"));
            for (qsizetype i = 0; i < t.rows.size(); ++i)
                t.rowTones.append(Tone::Bad);
            doc.add(t);
        }
        const auto verdict = options.verdicts.constFind(PackageReport::answerKey(answer));
        if (verdict == options.verdicts.cend()) {
            doc.add(ReportDocument::Banner{Tone::Neutral, PackageTr::tr("Auditor verdict: not reviewed"),
                                           QString()});
        } else {
            const Tone tone = verdict->kind == AuditorVerdict::Agree       ? Tone::Good
                              : verdict->kind == AuditorVerdict::Exception ? Tone::Bad
                                                                           : Tone::Neutral;
            QString detail = verdict->comment;
            if (!verdict->by.isEmpty() || !verdict->at.isEmpty())
                detail += (detail.isEmpty() ? QString() : QStringLiteral("\n")) +
                          PackageTr::tr("Reviewed by %1 at %2")
                              .arg(verdict->by.isEmpty() ? notProvided() : verdict->by,
                                   verdict->at.isEmpty() ? notProvided() : verdict->at);
            doc.add(ReportDocument::Banner{
                tone, PackageTr::tr("Auditor verdict: %1").arg(PackageReport::verdictText(verdict->kind)),
                detail});
        }
    }
    addRemaining(doc, pkg.value(QLatin1String("vsq")).toObject(), {QStringLiteral("answers")});
}

void subProcessors(ReportDocument &doc, const QJsonObject &pkg)
{
    doc.heading(PackageTr::tr("Sub-Processor List"));
    const QJsonArray list = pkg.value(QLatin1String("sub_processors")).toArray();
    qsizetype unmapped = 0;
    ReportDocument::Table t;
    t.columns = {Column{PackageTr::tr("Name"), 0},       Column{PackageTr::tr("Service"), 0},
                 Column{PackageTr::tr("Data types"), 0}, Column{PackageTr::tr("SOC 2 status"), 0},
                 Column{PackageTr::tr("Connector"), 0},  Column{PackageTr::tr("Registry"), 0}};
    t.emptyText = PackageTr::tr("Sub-processors: not provided.");
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        const QJsonValue mappedValue = o.value(QLatin1String("mapped"));
        const bool isUnmapped = mappedValue.isBool() && !mappedValue.toBool();
        unmapped += isUnmapped ? 1 : 0;
        const auto field = [&](const char *name) {
            const QJsonValue v = o.value(QLatin1String(name));
            if (v.isNull() && qstrcmp(name, "connector") == 0)
                return PackageTr::tr("none (always included)");
            const QString s = describe(v, true);
            return s.isEmpty() ? notProvided() : s;
        };
        t.rows.append({field("name"), field("service"), field("data_types"), field("soc2_status"),
                       field("connector"),
                       isUnmapped ? PackageTr::tr("UNMAPPED: not in the registry")
                                  : (mappedValue.isBool() ? PackageTr::tr("mapped") : notProvided())});
        t.rowTones.append(isUnmapped ? Tone::Warning : Tone::Neutral);
    }
    doc.paragraph(PackageTr::tr("%n third-party service(s) process data on behalf of the agent.", nullptr,
                                int(list.size())));
    if (unmapped > 0)
        doc.paragraph(
            PackageTr::tr(
                "%n sub-processor(s) are not in the connector registry: vendor, service and SOC 2 status "
                "need confirming by hand (marked UNMAPPED).",
                nullptr, int(unmapped)),
            Tone::Warning);
    doc.add(t);
}

void soc2(ReportDocument &doc, const QJsonObject &pkg)
{
    doc.heading(PackageTr::tr("SOC 2 Control Mappings"));
    const QJsonObject soc2 = pkg.value(QLatin1String("soc2")).toObject();
    doc.note(PackageTr::tr(
        "Observed action types mapped to SOC 2 Trust Services Criteria, with the evidence count and "
        "first and last occurrence in the period."));
    doc.heading(PackageTr::tr("Mappings"), 2);
    ReportDocument::Table mappings;
    mappings.columns = {
        Column{PackageTr::tr("Action type"), 0}, Column{PackageTr::tr("Controls"), 0},
        Column{PackageTr::tr("Description"), 0}, Column{PackageTr::tr("Count"), 0, false, true},
        Column{PackageTr::tr("First"), 0},       Column{PackageTr::tr("Last"), 0}};
    mappings.emptyText = PackageTr::tr("Mappings: not provided.");
    for (const QJsonValue &v : soc2.value(QLatin1String("mappings")).toArray()) {
        const QJsonObject o = v.toObject();
        mappings.rows.append(
            {describe(o.value(QLatin1String("action_type"))), describe(o.value(QLatin1String("controls"))),
             describe(o.value(QLatin1String("description"))), describe(o.value(QLatin1String("count"))),
             describe(o.value(QLatin1String("first"))), describe(o.value(QLatin1String("last")))});
        mappings.rowTones.append(o.value(QLatin1String("count")).toDouble() > 0 ? Tone::Neutral
                                                                                : Tone::Warning);
    }
    doc.add(mappings);

    doc.heading(PackageTr::tr("Controls"), 2);
    ReportDocument::Table controls;
    controls.columns = {Column{PackageTr::tr("Control"), 0},
                        Column{PackageTr::tr("Evidence count"), 0, false, true},
                        Column{PackageTr::tr("Status"), 0}};
    controls.emptyText = PackageTr::tr("Controls: not provided.");
    for (const QJsonValue &v : soc2.value(QLatin1String("controls")).toArray()) {
        const QJsonObject o = v.toObject();
        const bool none = o.value(QLatin1String("count")).toDouble() <= 0;
        controls.rows.append(
            {describe(o.value(QLatin1String("id"))), describe(o.value(QLatin1String("count"))),
             none ? PackageTr::tr("NO EVIDENCE in the period") : PackageTr::tr("evidence observed")});
        controls.rowTones.append(none ? Tone::Warning : Tone::Neutral);
    }
    doc.add(controls);

    doc.heading(PackageTr::tr("Unmapped action types"), 2);
    const QJsonArray unmapped = soc2.value(QLatin1String("unmapped_action_types")).toArray();
    if (!soc2.contains(QLatin1String("unmapped_action_types")))
        doc.note(notProvided());
    else if (unmapped.isEmpty())
        doc.add(ReportDocument::Paragraph{
            PackageTr::tr("Every observed action type maps to at least one control."), Tone::Good});
    else
        doc.paragraph(PackageTr::tr("Observed but mapped to no control: %1").arg(describe(unmapped)),
                      Tone::Warning);
    addRemaining(
        doc, soc2,
        {QStringLiteral("mappings"), QStringLiteral("controls"), QStringLiteral("unmapped_action_types")});
}

// The agent's profile as the package recorded it at generation time (status, owner, deployment, declared
// intent). Packages made before profiles were recorded say so instead of printing blanks.
void agentProfile(ReportDocument &doc, const QJsonObject &pkg)
{
    doc.heading(PackageTr::tr("Agent Profile"));
    const QJsonValue value = pkg.value(QLatin1String("agent_profile"));
    if (!value.isObject()) {
        doc.paragraph(PackageTr::tr("Agent profile: not provided (the package was generated before packages "
                                    "recorded the agent's status, owner and intent manifest)."),
                      Tone::Warning);
        return;
    }
    const QJsonObject profile = value.toObject();
    const auto field = [&](const char *name) {
        const QString s = describe(profile.value(QLatin1String(name)));
        return s.isEmpty() ? notProvided() : s;
    };
    doc.note(PackageTr::tr("The agent as the runtime export described it when the package was generated."));
    doc.add(ReportDocument::KeyValues{{
        KV{PackageTr::tr("Status"), field("status")},
        KV{PackageTr::tr("Owner"), field("owner")},
        KV{PackageTr::tr("Deployed at"), field("deployed_at")},
    }});
    doc.heading(PackageTr::tr("Intent manifest"), 2);
    const QJsonValue manifest = profile.value(QLatin1String("intent_manifest"));
    if (!manifest.isObject()) {
        doc.paragraph(PackageTr::tr("The agent declared no intent manifest."), Tone::Warning);
        return;
    }
    const QJsonObject m = manifest.toObject();
    const auto list = [&](const char *name) {
        const QString s = describe(m.value(QLatin1String(name)), true);
        return s.isEmpty() ? PackageTr::tr("none declared") : s;
    };
    doc.add(ReportDocument::KeyValues{{
        KV{PackageTr::tr("Systems"), list("systems")},
        KV{PackageTr::tr("Actions"), list("actions")},
        KV{PackageTr::tr("Data types"), list("data_types")},
    }});
}

} // namespace

QString PackageReport::answerKey(const QJsonObject &answer)
{
    const QString id = answer.value(QLatin1String("id")).toString();
    return id.isEmpty() ? answer.value(QLatin1String("category")).toString() : id;
}

QString PackageReport::verdictText(AuditorVerdict::Kind kind)
{
    switch (kind) {
    case AuditorVerdict::Agree:
        return PackageTr::tr("agree");
    case AuditorVerdict::Exception:
        return PackageTr::tr("exception");
    case AuditorVerdict::NotApplicable:
        break;
    }
    return PackageTr::tr("not applicable");
}

std::optional<QHash<QString, AuditorVerdict>> PackageReport::parseVerdicts(const QByteArray &json,
                                                                           QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError
                         ? PackageTr::tr("offset %1: %2").arg(parseError.offset).arg(parseError.errorString())
                         : PackageTr::tr("expected an object of answer key -> {verdict, comment, by, at}");
        return std::nullopt;
    }
    QHash<QString, AuditorVerdict> out;
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QJsonObject v = it.value().toObject();
        const QString kind = v.value(QLatin1String("verdict")).toString();
        AuditorVerdict verdict;
        if (kind == QLatin1String("agree"))
            verdict.kind = AuditorVerdict::Agree;
        else if (kind == QLatin1String("exception"))
            verdict.kind = AuditorVerdict::Exception;
        else if (kind == QLatin1String("not_applicable"))
            verdict.kind = AuditorVerdict::NotApplicable;
        else {
            if (error)
                *error =
                    PackageTr::tr("answer '%1': verdict '%2': expected agree, exception or not_applicable")
                        .arg(it.key(), kind);
            return std::nullopt;
        }
        verdict.comment = v.value(QLatin1String("comment")).toString();
        verdict.by = v.value(QLatin1String("by")).toString();
        verdict.at = v.value(QLatin1String("at")).toString();
        out.insert(it.key(), verdict);
    }
    return out;
}

std::optional<ReportDocument> PackageReport::build(const QByteArray &packageJson, const Options &options,
                                                   QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(packageJson, &parseError);
    if (parseError.error != QJsonParseError::NoError || !json.isObject()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError
                         ? PackageTr::tr("offset %1: %2").arg(parseError.offset).arg(parseError.errorString())
                         : PackageTr::tr("expected a compliance package (a JSON object)");
        return std::nullopt;
    }
    const QJsonObject pkg = json.object();
    const auto field = [&](const char *name) { return describe(pkg.value(QLatin1String(name))); };
    const QString agentName = field("agent_name");
    const QString generatedAt = field("generated_at");
    const QString generatedBy = field("generated_by");
    const QString shownAgent = agentName.isEmpty() ? PackageTr::tr("agent name not provided") : agentName;

    ReportDocument doc;
    doc.branding = options.branding;
    doc.title = PackageTr::tr("Compliance Package: %1").arg(shownAgent);
    doc.subject = PackageTr::tr("SOC 2 evidence: compliance package %1 for agent %2")
                      .arg(field("package_id").isEmpty() ? notProvided() : field("package_id"),
                           field("agent_id").isEmpty() ? notProvided() : field("agent_id"));
    doc.author = options.printedBy.isEmpty() ? generatedBy : options.printedBy;
    doc.headerLeft = PackageTr::tr("%1: Compliance Package").arg(shownAgent);
    doc.headerRight = PackageTr::tr("Generated %1 by %2")
                          .arg(generatedAt.isEmpty() ? notProvided() : generatedAt,
                               generatedBy.isEmpty() ? notProvided() : generatedBy);
    // The claim is checked before it is printed on every page (issue 16).
    const QString claimed = field("content_sha256");
    QString computed;
    try {
        computed = PackageGenerator::computeContentSha256(packageJson);
    } catch (const std::exception &) {
        computed = PackageTr::tr("(cannot be computed: not canonical JSON)");
    }
    const bool contentMatches = !claimed.isEmpty() && claimed == computed;
    doc.footerHashLabel = contentMatches || claimed.isEmpty()
                              ? PackageTr::tr("Content SHA-256")
                              : PackageTr::tr("Content SHA-256 NOT matching the content");
    doc.footerHash = claimed.isEmpty() ? notProvided() : claimed;

    const ReportDocument::Banner status = packageTrailBanner(pkg, options);
    const QString printedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    ReportDocument::Cover cover;
    cover.title = PackageTr::tr("Compliance Package");
    cover.subtitle = shownAgent;
    cover.facts = {
        KV{PackageTr::tr("Agent"), agentName},
        KV{PackageTr::tr("Agent ID"), field("agent_id"), true},
        KV{PackageTr::tr("Status at generation"),
           describe(at(pkg, QStringLiteral("agent_profile.status"))).isEmpty()
               ? notProvided()
               : describe(at(pkg, QStringLiteral("agent_profile.status")))},
        KV{PackageTr::tr("Package ID"), field("package_id"), true},
        KV{PackageTr::tr("Generated at"), generatedAt},
        KV{PackageTr::tr("Generated by"), generatedBy},
        KV{PackageTr::tr("Built from"),
           pkg.value(QLatin1String("source")).toObject().contains(QLatin1String("audit_entries"))
               ? PackageTr::tr("%1 audit entries").arg(text(pkg, QStringLiteral("source.audit_entries")))
               : QString()},
        KV{PackageTr::tr("Content SHA-256"), field("content_sha256"), true},
        KV{PackageTr::tr("Content check"),
           claimed.isEmpty() ? PackageTr::tr("no content_sha256 to check")
           : contentMatches  ? PackageTr::tr("the content matches its content_sha256")
                             : PackageTr::tr("NOT matching: the content hashes to %1").arg(computed)},
        KV{PackageTr::tr("Printed"), options.printedBy.isEmpty()
                                         ? printedAt
                                         : PackageTr::tr("%1 by %2").arg(printedAt, options.printedBy)},
    };
    if (!options.logHead.isEmpty()) // before "Printed": what the log held when this was printed
        cover.facts.insert(cover.facts.size() - 1, KV{PackageTr::tr("Activity log"), options.logHead, true});
    cover.statusTone = status.tone;
    cover.statusTitle = PackageTr::tr("Audit trail: %1").arg(status.title);
    cover.statusDetail = status.detail;
    doc.add(cover);
    if (!claimed.isEmpty() && !contentMatches)
        doc.add(ReportDocument::Banner{
            Tone::Bad, PackageTr::tr("CONTENT NOT MATCHING its content_sha256"),
            PackageTr::tr(
                "The package claims content SHA-256 %1, but its content hashes to %2: it was changed "
                "after it was generated, or generated wrongly.")
                .arg(claimed, computed)});
    doc.add(ReportDocument::TableOfContents{});
    agentProfile(doc, pkg);
    executionGraph(doc, pkg);
    dataFlow(doc, pkg);
    vsq(doc, pkg, options);
    subProcessors(doc, pkg);
    soc2(doc, pkg);
    return doc;
}

std::optional<ReportWriter::Output> PackageReport::write(const QByteArray &packageJson,
                                                         const Options &options, const QString &path,
                                                         Progress *progress, QString *error)
{
    const auto doc = build(packageJson, options, error);
    if (!doc)
        return std::nullopt;
    return ReportWriter::write(*doc, path, progress, error);
}

} // namespace ab
