// WorkspaceCheck's log part: every source, verification run and package is matched against the activity-log
// entry that recorded it (and that entry against it), so a row forged, edited or deleted behind the
// triggers' back shows: the log is hash-chained, its rows cannot be edited to agree unnoticed.
#include "core/chain/VerificationResult.h"
#include "core/workspace/EvidenceReader.h"
#include "core/workspace/WorkspaceCheckParts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSqlQuery>

#include <exception>
#include <map>
#include <optional>

namespace ab::check {

namespace {

struct Logged
{
    qint64 seq = 0;
    QJsonObject details;
};

// A value as text for comparing (and showing) stored columns and logged members alike.
QString jsonText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(v.toInteger());
    case QJsonValue::String:
        return v.toString();
    default:
        return QStringLiteral("null");
    }
}

QString boolText(bool b)
{
    return b ? QStringLiteral("true") : QStringLiteral("false");
}

QString optText(const std::optional<QString> &v)
{
    return v ? *v : QStringLiteral("null");
}

QString columnText(const QVariant &v)
{
    return v.isNull() ? QStringLiteral("null") : v.toString();
}

// Entries of the given actions by a key member of their details (later entries with the same key win; a
// key logged twice cannot occur without tampering, and then the stored row matches one of them at most).
std::map<QString, Logged> byKey(const QList<ActivityEntry> &log, const QStringList &actions, const char *key)
{
    std::map<QString, Logged> out;
    for (const ActivityEntry &e : log) {
        if (!actions.contains(e.action))
            continue;
        const QJsonObject details = QJsonDocument::fromJson(e.details).object();
        out[jsonText(details.value(QLatin1String(key)))] = Logged{e.seq, details};
    }
    return out;
}

void sourcesAgainstLog(Context &c, const QList<ActivityEntry> &log)
{
    std::map<QString, Logged> imported;
    for (const ActivityEntry &e : log) {
        if (e.action != QLatin1String("import"))
            continue;
        const QJsonObject details = QJsonDocument::fromJson(e.details).object();
        for (const QJsonValue &file : details.value(QLatin1String("files")).toArray()) {
            const QJsonObject f = file.toObject();
            if (f.value(QLatin1String("status")).toString() == QLatin1String("imported"))
                imported[jsonText(f.value(QLatin1String("source_id")))] = Logged{e.seq, f};
        }
    }
    QSqlQuery q = c.sql.prepare(
        QStringLiteral("SELECT id, file_name, format, sha256, size, record_count FROM sources ORDER BY id"));
    c.sql.exec(q);
    while (c.sql.next(q)) {
        const QString id = q.value(0).toString();
        const QString where = WorkspaceTr::tr("source %1 (%2)").arg(id, q.value(1).toString());
        const auto it = imported.find(id);
        if (it == imported.end()) {
            c.findings.add(QStringLiteral("source_not_logged"), where,
                           WorkspaceTr::tr("%1: no activity-log entry records its import").arg(where));
            continue;
        }
        const std::pair<const char *, int> members[] = {
            {"file", 1}, {"format", 2}, {"sha256", 3}, {"size", 4}, {"records", 5}};
        for (const auto &[member, column] : members) {
            const QString stored = columnText(q.value(column));
            const QString logged = jsonText(it->second.details.value(QLatin1String(member)));
            if (stored != logged)
                c.findings.add(QStringLiteral("source_changed"), where,
                               WorkspaceTr::tr("%1: its %2 is '%3', the activity log (row %4) recorded '%5'")
                                   .arg(where, QLatin1String(member), stored)
                                   .arg(it->second.seq)
                                   .arg(logged));
        }
        imported.erase(it);
    }
    for (const auto &[id, logged] : imported)
        c.findings.add(
            QStringLiteral("source_missing"), WorkspaceTr::tr("source %1").arg(id),
            WorkspaceTr::tr("Activity-log row %1 records the import of source %2 (%3), which is not "
                            "in the workspace")
                .arg(logged.seq)
                .arg(id, logged.details.value(QLatin1String("file")).toString()));
}

void runsAgainstLog(Context &c, const QList<ActivityEntry> &log)
{
    std::map<QString, Logged> logged = byKey(log, {QStringLiteral("verification")}, "run_id");
    QSqlQuery q = c.sql.prepare(
        QStringLiteral("SELECT id, scope, valid, macs_verified, events_checked, error_count, period_start,"
                       " period_end, result FROM verification_runs ORDER BY id"));
    c.sql.exec(q);
    while (c.sql.next(q)) {
        const QString id = q.value(0).toString();
        const QString where = WorkspaceTr::tr("verification run %1").arg(id);
        const auto it = logged.find(id);
        if (it == logged.end()) {
            c.findings.add(
                QStringLiteral("run_not_logged"), where,
                WorkspaceTr::tr("Verification run %1 (%2) has no activity-log entry: AuditBench did "
                                "not record it")
                    .arg(id, q.value(1).toString()));
            continue;
        }
        const QJsonObject &d = it->second.details;
        const std::optional<VerificationResult> r =
            VerificationResult::fromJson(q.value(8).toString().toUtf8());
        if (!r) {
            c.findings.add(
                QStringLiteral("run_changed"), where,
                WorkspaceTr::tr("Verification run %1: its stored result is not a verification result")
                    .arg(id));
            logged.erase(it);
            continue;
        }
        const QList<std::pair<const char *, QString>> stored{
            {"scope", q.value(1).toString()},
            {"valid", boolText(q.value(2).toInt() != 0)},
            {"macs_verified", boolText(q.value(3).toInt() != 0)},
            {"events_checked", q.value(4).toString()},
            {"error_count", q.value(5).toString()},
            {"period_start", columnText(q.value(6))},
            {"period_end", columnText(q.value(7))},
        };
        const QList<std::pair<const char *, QString>> inResult{
            {"valid", boolText(r->valid)},
            {"macs_verified", boolText(r->macsVerified)},
            {"events_checked", QString::number(r->eventsChecked)},
            {"error_count", QString::number(r->errorCount)},
            {"period_start", optText(r->periodStart)},
            {"period_end", optText(r->periodEnd)},
            {"head_hmac", optText(r->headHmac)},
        };
        const auto compare = [&](const QList<std::pair<const char *, QString>> &values,
                                 const QString &prefix) {
            for (const auto &[member, value] : values) {
                const QString recorded = jsonText(d.value(QLatin1String(member)));
                if (value != recorded)
                    c.findings.add(
                        QStringLiteral("run_changed"), where,
                        WorkspaceTr::tr("Verification run %1: its %2 is '%3', the activity log (row "
                                        "%4) recorded '%5'")
                            .arg(id, prefix + QLatin1String(member), value)
                            .arg(it->second.seq)
                            .arg(recorded));
            }
        };
        compare(stored, QString());
        compare(inResult, QStringLiteral("result's "));
        logged.erase(it);
    }
    for (const auto &[id, entry] : logged)
        c.findings.add(QStringLiteral("run_missing"), WorkspaceTr::tr("verification run %1").arg(id),
                       WorkspaceTr::tr("Activity-log row %1 records verification run %2, which is not in the "
                                       "workspace")
                           .arg(entry.seq)
                           .arg(id));
}

void packagesAgainstLog(Context &c, const QList<ActivityEntry> &log)
{
    std::map<QString, Logged> logged =
        byKey(log, {QStringLiteral("compliance.generated"), QStringLiteral("package.stored")}, "package_id");
    QSqlQuery q = c.sql.prepare(QStringLiteral(
        "SELECT package_id, origin, content_sha256, COALESCE(source_id, 0), json FROM packages ORDER BY id"));
    c.sql.exec(q);
    while (c.sql.next(q)) {
        const QString id = q.value(0).toString();
        const QString where = WorkspaceTr::tr("package %1").arg(id);
        const QString column = columnText(q.value(2));
        const QByteArray json = q.value(4).toString().toUtf8();
        const QString claimed =
            jsonText(QJsonDocument::fromJson(json).object().value(QLatin1String("content_sha256")));
        if (claimed != column)
            c.findings.add(
                QStringLiteral("package_changed"), where,
                WorkspaceTr::tr("Package %1: its content_sha256 column is '%2', the package says '%3'")
                    .arg(id, column, claimed));
        if (q.value(1).toString() == QLatin1String("workbench")) {
            QString computed;
            try {
                computed = EvidenceReader::packageContentSha256(where, json);
            } catch (const std::exception &) {
                computed = WorkspaceTr::tr("(not a JSON object)");
            }
            if (computed != claimed)
                c.findings.add(QStringLiteral("package_changed"), where,
                               WorkspaceTr::tr("Package %1: its content does not match its content_sha256 %2 "
                                               "(the content hashes to %3)")
                                   .arg(id, claimed, computed));
        }
        const auto it = logged.find(id);
        if (it == logged.end()) {
            if (q.value(3).toLongLong() == 0) // imported as a file: its source's import entry records it
                c.findings.add(
                    QStringLiteral("package_not_logged"), where,
                    WorkspaceTr::tr("Package %1 has no activity-log entry: AuditBench did not store it")
                        .arg(id));
            continue;
        }
        for (const auto &[member, value] : {std::pair<const char *, QString>{"content_sha256", column},
                                            {"origin", q.value(1).toString()}}) {
            const QString recorded = jsonText(it->second.details.value(QLatin1String(member)));
            // A package without content_sha256 is logged with "" and stored as NULL.
            if (value != recorded && !(value == QLatin1String("null") && recorded.isEmpty()))
                c.findings.add(
                    QStringLiteral("package_changed"), where,
                    WorkspaceTr::tr("Package %1: its %2 is '%3', the activity log (row %4) recorded '%5'")
                        .arg(id, QLatin1String(member), value)
                        .arg(it->second.seq)
                        .arg(recorded));
        }
        logged.erase(it);
    }
    for (const auto &[id, entry] : logged)
        c.findings.add(
            QStringLiteral("package_missing"), WorkspaceTr::tr("package %1").arg(id),
            WorkspaceTr::tr("Activity-log row %1 records package %2, which is not in the workspace")
                .arg(entry.seq)
                .arg(id));
}

} // namespace

void againstActivityLog(Context &c, const QList<ActivityEntry> &log)
{
    sourcesAgainstLog(c, log);
    runsAgainstLog(c, log);
    packagesAgainstLog(c, log);
}

} // namespace ab::check
