#include "core/export/ExportProvenance.h"

#include "core/crypto/Crypto.h"
#include "core/json/JsonWriter.h"
#include "core/report/EvidenceListing.h"
#include "core/workspace/SqlSession.h"
#include "core/workspace/WorkspaceStore.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace ab {

namespace {

template <typename Filter> QByteArray filterJson(const Filter &f)
{
    JsonWriter w(false);
    views::writeFilter(w, f);
    return w.toByteArray();
}

// The SHA-256 and size of a file as on disk, read in blocks (exports can be large).
std::pair<QString, qint64> hashFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw WorkspaceError(WorkspaceTr::tr("Cannot read %1: %2").arg(path, file.errorString()));
    crypto::Sha256 hash;
    qint64 bytes = 0;
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(block.data(), block.size());
        if (n < 0)
            throw WorkspaceError(WorkspaceTr::tr("Cannot read %1: %2").arg(path, file.errorString()));
        if (n == 0)
            break;
        hash.update(block.constData(), size_t(n));
        bytes += n;
    }
    return {crypto::toHex(hash.final()), bytes};
}

// The filter's values (not its names) and the period's dates, in the filter's order: what a reader of a
// folder of exports tells them apart by.
QString nameFromTerms(const QString &stem, const QList<views::FilterTerm> &terms, const QString &suffix)
{
    QStringList parts{ExportProvenance::safeName(stem, 40)};
    QString start, end;
    for (const views::FilterTerm &t : terms) {
        if (t.first == QLatin1String("start"))
            start = t.second.value(0).left(10); // the date of an RFC 3339 instant
        else if (t.first == QLatin1String("end"))
            end = t.second.value(0).left(10);
        else if (t.first != QLatin1String("limit") && t.first != QLatin1String("offset"))
            parts << ExportProvenance::safeName(t.second.join(QLatin1Char('+')), 40);
    }
    if (!start.isEmpty() || !end.isEmpty())
        parts << (start.isEmpty() ? QStringLiteral("begin") : start)
              << (end.isEmpty() ? QStringLiteral("end") : end);
    const QString safeSuffix = ExportProvenance::safeName(suffix, 10);
    return ExportProvenance::safeName(parts.join(QLatin1Char('_')), 120 - int(safeSuffix.size()) - 1) +
           QLatin1Char('.') + safeSuffix;
}

} // namespace

void ExportProvenance::setFilter(const AuditFilter &f)
{
    filter = filterJson(f);
    filterText = views::filterText(f);
}

void ExportProvenance::setFilter(const views::OcsfFilter &f)
{
    filter = filterJson(f);
    filterText = views::filterText(f);
}

void ExportProvenance::setFilter(const views::RuntimeFilter &f)
{
    filter = filterJson(f);
    filterText = views::filterText(f);
}

ExportProvenance ExportProvenance::ofListing(const ListingRequest &request, qint64 records)
{
    ExportProvenance p;
    p.what = QStringLiteral("listing");
    p.format = QStringLiteral("pdf");
    p.records = records;
    if (request.kind == views::RecordKind::Ocsf)
        p.setFilter(request.ocsf);
    else if (request.kind == views::RecordKind::Runtime)
        p.setFilter(request.runtime);
    else
        p.setFilter(request.gateway);
    return p;
}

QString ExportProvenance::sidecarPath(const QString &exportPath)
{
    return exportPath + QStringLiteral(".provenance.json");
}

QString ExportProvenance::workspaceId(const WorkspaceStore &store)
{
    return store.sqlSession()
        .scalar(QStringLiteral("SELECT hash FROM activity_log ORDER BY seq LIMIT 1"))
        .toString();
}

QByteArray ExportProvenance::toJson(const WorkspaceStore &store, const QString &fileName,
                                    const QString &sha256, qint64 bytes) const
{
    const AuditorIdentity &who = store.identity();
    JsonWriter w(true);
    w.beginObject();
    w.key("format").value("auditbench-export-provenance");
    w.key("version").value(1);
    w.key("file").value(fileName);
    w.key("sha256").value(sha256);
    w.key("bytes").value(bytes);
    w.key("what").value(what);
    w.key("export_format").value(format);
    w.key("filter").raw(filter.isEmpty() ? std::string_view("{}") : filter.toStdString());
    w.key("filter_text").value(filterText);
    w.key("records").value(records);
    w.key("workspace").beginObject();
    w.key("path").value(QFileInfo(store.path()).absoluteFilePath());
    w.key("id").value(workspaceId(store));
    w.endObject();
    w.key("exported_by").beginObject();
    w.key("name").value(who.name);
    w.key("email").value(who.email);
    w.key("firm").value(who.firm);
    w.endObject();
    w.key("exported_at")
        .value(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")));
    w.endObject();
    return w.toByteArray() + '\n';
}

QString ExportProvenance::writeBeside(const WorkspaceStore &store, const QString &exportPath) const
{
    const auto [sha256, bytes] = hashFile(exportPath);
    const QString path = sidecarPath(exportPath);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(toJson(store, QFileInfo(exportPath).fileName(), sha256, bytes)) < 0 || !file.commit())
        throw WorkspaceError(WorkspaceTr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return path;
}

QString ExportProvenance::tryWriteBeside(const WorkspaceStore &store, const QString &exportPath) const
{
    try {
        writeBeside(store, exportPath);
        return {};
    } catch (...) {
        return errorMessage(std::current_exception());
    }
}

QString ExportProvenance::safeName(const QString &text, int maxLength)
{
    QString out;
    bool gap = false;
    // '.' and '-' never follow each other: no "..", and a run of anything else becomes one '-'.
    const auto soft = [&out] { return out.endsWith(QLatin1Char('.')) || out.endsWith(QLatin1Char('-')); };
    for (const QChar c : text) {
        const bool keep = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                          (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                          (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_') ||
                          c == QLatin1Char('-') || c == QLatin1Char('.');
        if (!keep) {
            gap = true;
            continue;
        }
        if (gap && !out.isEmpty() && !soft())
            out += QLatin1Char('-');
        gap = false;
        if ((c == QLatin1Char('.') || c == QLatin1Char('-')) && soft())
            continue;
        out += c;
    }
    // No leading '.' (hidden file) or '-' (read as an option by command lines).
    while (!out.isEmpty() && (out.front() == QLatin1Char('.') || out.front() == QLatin1Char('-')))
        out.remove(0, 1);
    out.truncate(qMax(1, maxLength));
    while (!out.isEmpty() && (out.back() == QLatin1Char('.') || out.back() == QLatin1Char('-')))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("export") : out;
}

QString ExportProvenance::defaultFileName(const QString &stem, const AuditFilter &f, const QString &suffix)
{
    return nameFromTerms(stem, views::filterTerms(f), suffix);
}

QString ExportProvenance::defaultFileName(const QString &stem, const views::OcsfFilter &f,
                                          const QString &suffix)
{
    return nameFromTerms(stem, views::filterTerms(f), suffix);
}

QString ExportProvenance::defaultFileName(const QString &stem, const views::RuntimeFilter &f,
                                          const QString &suffix)
{
    return nameFromTerms(stem, views::filterTerms(f), suffix);
}

QByteArray ExportProvenance::ocsfActivityDetails(const QString &path, ocsf::OcsfFormat format,
                                                 const AuditFilter &f, const ocsf::OcsfSummary &summary)
{
    const auto listMember = [](JsonWriter &w, std::string_view name, const QStringList &values) {
        if (values.isEmpty())
            return;
        w.key(name).beginArray();
        for (const QString &v : values)
            w.value(v);
        w.endArray();
    };
    JsonWriter w(false);
    w.beginObject();
    w.key("what").value("ocsf");
    w.key("file").value(QFileInfo(path).fileName());
    w.key("format").value(ocsf::formatName(format));
    w.key("filters").beginObject();
    listMember(w, "framework", f.frameworks);
    listMember(w, "action", f.actions);
    listMember(w, "entity_type", f.entityTypes);
    listMember(w, "category", f.categories);
    if (f.start)
        w.key("start").value(f.start->toString());
    if (f.end)
        w.key("end").value(f.end->toString());
    if (!f.user.isEmpty())
        w.key("user").value(f.user);
    if (!f.text.isEmpty())
        w.key("text").value(f.text);
    if (f.limit >= 0)
        w.key("limit").value(f.limit);
    if (f.offset > 0)
        w.key("offset").value(f.offset);
    w.endObject();
    w.key("summary").raw(summary.toJson().toStdString());
    w.key("bytes").value(summary.bytes);
    w.key("sha256").value(summary.sha256);
    w.endObject();
    return w.toByteArray();
}

} // namespace ab
