#include "core/report/EvidenceListingData.h"

#include "core/annotations/NoteStore.h"
#include "core/views/OcsfQueries.h"
#include "core/views/RuntimeQueries.h"
#include "core/workspace/WorkspaceStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace ab::listing {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ab::EvidenceListing)
};

QString monthOf(const std::optional<qint64> &ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC).toString(QStringLiteral("yyyy-MM")) : QString();
}

QString msText(const std::optional<qint64> &ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC)
                    .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"))
              : QString();
}

ReportDocument::Column column(const QString &title, bool mono = false)
{
    return ReportDocument::Column{title, 0, mono, false};
}

void readGateway(const WorkspaceStore &store, const AuditFilter &filter, Data &d)
{
    d.kindTitle = Tr::tr("Gateway audit records");
    d.actionLabel = Tr::tr("action");
    d.frameworkLabel = Tr::tr("framework");
    d.columns = {column(Tr::tr("Time"), true),
                 column(Tr::tr("Record id"), true),
                 column(Tr::tr("Action")),
                 column(Tr::tr("Framework")),
                 column(Tr::tr("Framework reference")),
                 column(Tr::tr("Entity type")),
                 column(Tr::tr("User")),
                 column(Tr::tr("Rule / policy")),
                 column(Tr::tr("Source IP"), true),
                 column(Tr::tr("Override justification"))};
    store.forEachRecord(filter, [&](const GatewayRecordRow &r, const QByteArray &raw) {
        const QJsonObject o = QJsonDocument::fromJson(raw).object();
        const auto member = [&](const char *name) { return o.value(QLatin1String(name)).toString(); };
        const QString user = r.userEmail.isEmpty() ? r.userId : r.userEmail;
        const QString rule = member("rule_name");
        const QString justification = member("override_reason");
        Row row;
        row.cells = {r.timestamp,
                     r.recordId,
                     r.action,
                     r.framework,
                     member("framework_reference"),
                     r.entityType,
                     user,
                     rule.isEmpty() ? r.policyName : rule,
                     member("source_ip"),
                     justification};
        row.month = monthOf(r.timestampMs);
        row.actionKey = r.action;
        row.frameworkKey = r.framework;
        row.override = r.action == QLatin1String("allow_with_override") || !justification.isEmpty();
        row.recordId = r.recordId;
        if (row.override)
            d.overrides << Override{r.timestamp, r.recordId, user, justification};
        d.rows << row;
        return true;
    });
}

void readOcsf(const WorkspaceStore &store, const views::OcsfFilter &filter, Data &d)
{
    d.kindTitle = Tr::tr("OCSF events");
    d.actionLabel = Tr::tr("action");
    d.frameworkLabel = Tr::tr("framework reference");
    d.columns = {column(Tr::tr("Time (UTC)"), true),
                 column(Tr::tr("Class")),
                 column(Tr::tr("Activity")),
                 column(Tr::tr("Action")),
                 column(Tr::tr("Framework reference")),
                 column(Tr::tr("Entity type")),
                 column(Tr::tr("User")),
                 column(Tr::tr("Policy")),
                 column(Tr::tr("metadata.uid"), true)};
    for (const views::OcsfEventRow &r : views::OcsfQueries(store).rows(filter)) {
        Row row;
        row.cells = {msText(r.timeMs),
                     QStringLiteral("%1 %2").arg(r.classUid).arg(r.className),
                     r.activity,
                     r.action,
                     r.frameworkReference,
                     r.entityType,
                     r.user,
                     r.policyName,
                     r.uid};
        row.month = monthOf(r.timeMs);
        row.actionKey = r.action.toLower();
        row.frameworkKey = r.frameworkReference;
        row.recordId = r.uid;
        d.rows << row;
    }
}

void readRuntime(const WorkspaceStore &store, const views::RuntimeFilter &filter, Data &d)
{
    d.kindTitle = Tr::tr("Agent runtime entries");
    d.actionLabel = Tr::tr("action type");
    d.frameworkLabel = Tr::tr("decision");
    d.columns = {column(Tr::tr("Time"), true), column(Tr::tr("Entry id"), true),
                 column(Tr::tr("Agent")),      column(Tr::tr("Action type")),
                 column(Tr::tr("Connector")),  column(Tr::tr("Operation")),
                 column(Tr::tr("Decision")),   column(Tr::tr("Risk"))};
    for (const views::RuntimeEntryRow &r : views::RuntimeQueries(store).rows(filter)) {
        Row row;
        row.cells = {r.timestamp,  r.entryId,   r.agentName.isEmpty() ? r.agentId : r.agentName,
                     r.actionType, r.connector, r.operation,
                     r.decision,   r.riskScore};
        row.month = monthOf(r.timeMs);
        row.actionKey = r.actionType;
        row.frameworkKey = r.decision;
        row.recordId = r.entryId;
        d.rows << row;
    }
}

// The current note of every listed record that has one, in the order of the rows.
void readNotes(const WorkspaceStore &store, views::RecordKind kind, Data &d)
{
    const QHash<QString, annotations::Note> notes = annotations::currentNotes(store, kind);
    if (notes.isEmpty())
        return;
    QSet<QString> seen;
    for (const Row &row : std::as_const(d.rows)) {
        const auto it = notes.constFind(row.recordId);
        if (it == notes.constEnd() || seen.contains(row.recordId))
            continue;
        seen.insert(row.recordId);
        d.notes << NoteLine{it->recordId, it->tags.join(QStringLiteral(", ")), it->text, it->createdBy,
                            it->createdAt};
    }
}

} // namespace

Data read(const WorkspaceStore &store, const ListingRequest &request)
{
    Data d;
    switch (request.kind) {
    case views::RecordKind::Gateway:
        readGateway(store, request.gateway, d);
        break;
    case views::RecordKind::Ocsf:
        readOcsf(store, request.ocsf, d);
        break;
    case views::RecordKind::Runtime:
        readRuntime(store, request.runtime, d);
        break;
    }
    readNotes(store, request.kind, d);
    return d;
}

MonthlyCounts monthly(const QList<Row> &rows, bool byFramework)
{
    MonthlyCounts out;
    for (const Row &r : rows) {
        if (r.month.isEmpty())
            continue;
        const QString key = byFramework ? r.frameworkKey : r.actionKey;
        ++out[r.month][key.isEmpty() ? QStringLiteral("(none)") : key];
    }
    return out;
}

QByteArray monthlyChartSvg(const MonthlyCounts &counts, const QString &title)
{
    static const char *palette[] = {"#1f5f8b", "#d9822b", "#3b8f5a", "#b33a3a", "#7b5ea7",
                                    "#8c6d31", "#c2569b", "#5b6770", "#2a9d8f", "#e9c46a"};
    QStringList keys;
    qint64 largest = 1;
    for (auto m = counts.begin(); m != counts.end(); ++m) {
        qint64 total = 0;
        for (auto k = m->begin(); k != m->end(); ++k) {
            if (!keys.contains(k.key()))
                keys << k.key();
            total += k.value();
        }
        largest = std::max(largest, total);
    }
    keys.sort();
    const double w = 900, h = 300, left = 50, top = 30, plotH = 200, legendY = top + plotH + 40;
    const double slot = counts.isEmpty() ? 0 : (w - left - 10) / counts.size();
    QString svg =
        QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" viewBox=\"0 0 "
                       "%1 %2\" font-family=\"DejaVu Sans\" font-size=\"11\">")
            .arg(w)
            .arg(h + 20 * ((keys.size() + 4) / 5));
    const auto escaped = [](const QString &s) { return s.toHtmlEscaped(); };
    svg += QStringLiteral("<text x=\"%1\" y=\"16\" font-size=\"13\" font-weight=\"bold\">%2</text>")
               .arg(left)
               .arg(escaped(title));
    svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#888\"/>")
               .arg(left)
               .arg(top + plotH)
               .arg(w - 10);
    svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\">%3</text>")
               .arg(left - 4)
               .arg(top + 10)
               .arg(largest);
    svg +=
        QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\">0</text>").arg(left - 4).arg(top + plotH);
    int index = 0;
    for (auto m = counts.begin(); m != counts.end(); ++m, ++index) {
        const double x = left + index * slot + slot * 0.15;
        double y = top + plotH;
        for (int k = 0; k < keys.size(); ++k) {
            const qint64 n = m->value(keys[k]);
            if (n == 0)
                continue;
            const double barH = plotH * double(n) / double(largest);
            y -= barH;
            svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\"/>")
                       .arg(x)
                       .arg(y)
                       .arg(slot * 0.7)
                       .arg(barH)
                       .arg(QLatin1String(palette[k % 10]));
        }
        if (counts.size() <= 24 || index % 3 == 0)
            svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\" font-size=\"9\">%3</text>")
                       .arg(x + slot * 0.35)
                       .arg(top + plotH + 14)
                       .arg(m.key());
    }
    for (int k = 0; k < keys.size(); ++k) {
        const double x = left + (k % 5) * 170, y = legendY + (k / 5) * 20;
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"12\" height=\"12\" fill=\"%3\"/>")
                   .arg(x)
                   .arg(y - 10)
                   .arg(QLatin1String(palette[k % 10]));
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\">%3</text>").arg(x + 16).arg(y).arg(escaped(keys[k]));
    }
    svg += QStringLiteral("</svg>");
    return svg.toUtf8();
}

} // namespace ab::listing
