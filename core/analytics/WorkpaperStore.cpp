#include "core/analytics/WorkpaperStore.h"

#include "core/crypto/Crypto.h"
#include "core/json/JsonWriter.h"
#include "core/workspace/ActivityLog.h"
#include "core/workspace/RecordQueries.h"
#include "core/workspace/SqlSession.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <functional>

namespace ab::analytics {

namespace {

struct WorkpaperTr
{
    Q_DECLARE_TR_FUNCTIONS(ab::analytics::WorkpaperStore)
};

// The id of a version row, nothing when the workpaper has no such version.
std::optional<qint64> versionRowId(const SqlSession &sql, qint64 workpaperId, int version)
{
    const QVariant v =
        sql.scalar(QStringLiteral("SELECT id FROM workpaper_versions WHERE workpaper_id = ? AND version = ?"),
                   {workpaperId, version});
    if (!v.isValid() || v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

std::optional<Workpaper> load(const WorkspaceStore &store, qint64 workpaperId, std::optional<int> version)
{
    const SqlSession &sql = store.sqlSession();
    QSqlQuery h =
        sql.prepare(QStringLiteral("SELECT name, sample_id, confidence_bp, tolerable_bp, created_at, "
                                   "created_by, (SELECT MAX(version) FROM workpaper_versions WHERE "
                                   "workpaper_id = workpapers.id) FROM workpapers WHERE id = ?"));
    h.bindValue(0, workpaperId);
    sql.exec(h);
    if (!h.next())
        return std::nullopt;
    Workpaper wp;
    wp.id = workpaperId;
    wp.name = h.value(0).toString();
    const qint64 sampleId = h.value(1).toLongLong();
    wp.confidenceBp = h.value(2).toInt();
    wp.tolerableBp = h.value(3).toInt();
    wp.createdAt = h.value(4).toString();
    wp.createdBy = h.value(5).toString();
    wp.latestVersion = h.value(6).toInt();
    wp.version = version.value_or(wp.latestVersion);
    const std::optional<qint64> versionId = versionRowId(sql, workpaperId, wp.version);
    if (!versionId)
        return std::nullopt;
    QSqlQuery v =
        sql.prepare(QStringLiteral("SELECT created_at, created_by FROM workpaper_versions WHERE id = ?"));
    v.bindValue(0, *versionId);
    sql.exec(v);
    if (v.next()) {
        wp.versionCreatedAt = v.value(0).toString();
        wp.versionCreatedBy = v.value(1).toString();
    }
    const std::optional<Sample> sample = storedSample(store, sampleId);
    if (!sample)
        return std::nullopt;
    wp.sample = *sample;

    const RecordQueries records(sql);
    for (qsizetype i = 0; i < wp.sample.records.size(); ++i) {
        WorkpaperItem item;
        item.position = i;
        item.rowId = wp.sample.records[i].rowId;
        item.recordId = wp.sample.records[i].recordId;
        item.recordSha256 = crypto::sha256Hex(records.raw(item.rowId));
        wp.items << item;
    }
    QSqlQuery r = sql.prepare(QStringLiteral("SELECT position, result, note, recorded_at, recorded_by FROM "
                                             "workpaper_results WHERE version_id = ? ORDER BY position"));
    r.bindValue(0, *versionId);
    sql.exec(r);
    while (r.next()) {
        const qint64 position = r.value(0).toLongLong();
        if (position < 0 || position >= wp.items.size())
            continue;
        WorkpaperItem &item = wp.items[position];
        item.result = itemResultFromName(r.value(1).toString()).value_or(ItemResult::Pending);
        item.note = r.value(2).toString();
        item.recordedAt = r.value(3).toString();
        item.recordedBy = r.value(4).toString();
    }
    QSqlQuery n = sql.prepare(QStringLiteral(
        "SELECT n.id, v.version, n.note, n.written_at, n.written_by FROM workpaper_review_notes n JOIN "
        "workpaper_versions v ON v.id = n.version_id WHERE v.workpaper_id = ? AND v.version <= ? ORDER BY "
        "n.id"));
    n.bindValue(0, workpaperId);
    n.bindValue(1, wp.version);
    sql.exec(n);
    while (n.next())
        wp.reviewNotes << WorkpaperReviewNote{n.value(0).toLongLong(), n.value(1).toInt(),
                                              n.value(2).toString(), n.value(3).toString(),
                                              n.value(4).toString()};
    QSqlQuery s = sql.prepare(QStringLiteral("SELECT role, name, content_sha256, signed_at, signed_by FROM "
                                             "workpaper_signoffs WHERE version_id = ? ORDER BY id"));
    s.bindValue(0, *versionId);
    sql.exec(s);
    while (s.next())
        wp.signOffs << WorkpaperSignOff{s.value(0).toString(), s.value(1).toString(), s.value(2).toString(),
                                        s.value(3).toString(), s.value(4).toString()};
    return wp;
}

Workpaper loadOrThrow(const WorkspaceStore &store, qint64 workpaperId)
{
    std::optional<Workpaper> wp = load(store, workpaperId, std::nullopt);
    if (!wp)
        throw WorkpaperError(WorkpaperTr::tr("%1: there is no workpaper %2 (see 'workpapers')")
                                 .arg(store.path())
                                 .arg(workpaperId));
    return *wp;
}

void log(const SqlSession &sql, const WorkspaceStore &store, const QString &action, const Workpaper &wp,
         const std::function<void(JsonWriter &)> &members)
{
    JsonWriter w(false);
    w.beginObject();
    w.key("workpaper_id").value(wp.id);
    w.key("version").value(wp.version);
    if (members)
        members(w);
    w.key("content_sha256").value(wp.contentSha256());
    w.endObject();
    ActivityLog(sql, store.identity()).append(action, w.toByteArray());
}

// Inserts version `version` of a workpaper with the results of `from` (its version row id) copied.
qint64 insertVersion(const SqlSession &sql, const WorkspaceStore &store, qint64 workpaperId, int version,
                     std::optional<qint64> from)
{
    PreparedInsert(sql, "workpaper_versions", {"workpaper_id", "version", "created_at", "created_by"})
        .insert({workpaperId, version, sqlvalue::nowUtc(), sqlvalue::userText(store.identity())});
    const qint64 id = sql.lastInsertRowId();
    if (from) {
        QSqlQuery copy = sql.prepare(
            QStringLiteral("INSERT INTO workpaper_results (version_id, position, result, note, recorded_at, "
                           "recorded_by) SELECT ?, position, result, note, recorded_at, recorded_by FROM "
                           "workpaper_results WHERE version_id = ?"));
        copy.bindValue(0, id);
        copy.bindValue(1, *from);
        sql.exec(copy);
    }
    return id;
}

} // namespace

Workpaper createWorkpaper(WorkspaceStore &store, qint64 sampleId, const QString &name, int confidenceBp,
                          int tolerableBp)
{
    if (confidenceBp <= 0 || confidenceBp >= 10000)
        throw WorkpaperError(WorkpaperTr::tr("the confidence must be above 0 % and below 100 %"));
    if (tolerableBp <= 0 || tolerableBp > 10000)
        throw WorkpaperError(WorkpaperTr::tr("the tolerable rate must be above 0 % and at most 100 %"));
    const SqlSession &sql = store.sqlSession();
    return sql.transaction([&] {
        if (!storedSample(store, sampleId))
            throw WorkpaperError(
                WorkpaperTr::tr("%1: there is no sample %2 (see 'samples')").arg(store.path()).arg(sampleId));
        const qint64 id =
            sql.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM workpapers")).toLongLong();
        PreparedInsert(
            sql, "workpapers",
            {"id", "name", "sample_id", "confidence_bp", "tolerable_bp", "created_at", "created_by"})
            .insert({id, name.isEmpty() ? QStringLiteral("workpaper %1").arg(id) : name, sampleId,
                     confidenceBp, tolerableBp, sqlvalue::nowUtc(), sqlvalue::userText(store.identity())});
        insertVersion(sql, store, id, 1, std::nullopt);
        const Workpaper wp = loadOrThrow(store, id);
        log(sql, store, QStringLiteral("workpaper.created"), wp, [&](JsonWriter &w) {
            w.key("name").value(wp.name);
            w.key("sample_id").value(sampleId);
            w.key("confidence_bp").value(confidenceBp);
            w.key("tolerable_bp").value(tolerableBp);
        });
        return wp;
    });
}

Workpaper recordResult(WorkspaceStore &store, qint64 workpaperId, qint64 position, ItemResult result,
                       const QString &note, std::optional<int> version)
{
    if (result == ItemResult::Pending)
        throw WorkpaperError(WorkpaperTr::tr("a result is no exception, exception or not applicable"));
    const SqlSession &sql = store.sqlSession();
    return sql.transaction([&] {
        Workpaper wp = loadOrThrow(store, workpaperId);
        if (position < 0 || position >= wp.items.size())
            throw WorkpaperError(WorkpaperTr::tr("workpaper %1 has items 1 to %2: there is no item %3")
                                     .arg(workpaperId)
                                     .arg(wp.items.size())
                                     .arg(position + 1));
        if (version && *version != wp.version)
            throw WorkpaperError(
                WorkpaperTr::tr("workpaper %1: version %2 is not the latest (%3): only the latest "
                                "version changes")
                    .arg(workpaperId)
                    .arg(*version)
                    .arg(wp.version));
        if (version && wp.isSigned())
            throw WorkpaperError(
                WorkpaperTr::tr("workpaper %1 version %2 is signed and cannot change: record the "
                                "change without a version to make version %3")
                    .arg(workpaperId)
                    .arg(wp.version)
                    .arg(wp.version + 1));
        qint64 versionId = *versionRowId(sql, workpaperId, wp.version);
        if (wp.isSigned()) {
            const QString previousSha = wp.contentSha256();
            versionId = insertVersion(sql, store, workpaperId, wp.version + 1, versionId);
            wp = loadOrThrow(store, workpaperId);
            log(sql, store, QStringLiteral("workpaper.version"), wp, [&](JsonWriter &w) {
                w.key("previous_version").value(wp.version - 1);
                w.key("previous_sha256").value(previousSha);
            });
        }
        QSqlQuery upsert = sql.prepare(QStringLiteral(
            "INSERT INTO workpaper_results (version_id, position, result, note, recorded_at, recorded_by)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (version_id, position) DO UPDATE SET result = "
            "excluded.result, note = excluded.note, recorded_at = excluded.recorded_at, recorded_by = "
            "excluded.recorded_by"));
        const QVariantList binds{versionId,
                                 position,
                                 itemResultName(result),
                                 sqlvalue::notNull(note),
                                 sqlvalue::nowUtc(),
                                 sqlvalue::userText(store.identity())};
        for (int i = 0; i < binds.size(); ++i)
            upsert.bindValue(i, binds[i]);
        sql.exec(upsert);
        wp = loadOrThrow(store, workpaperId);
        log(sql, store, QStringLiteral("workpaper.result"), wp, [&](JsonWriter &w) {
            w.key("position").value(position + 1);
            w.key("record_id").value(wp.items[position].recordId);
            w.key("result").value(itemResultName(result));
            w.key("note").value(note);
        });
        return wp;
    });
}

Workpaper addReviewNote(WorkspaceStore &store, qint64 workpaperId, const QString &note)
{
    if (note.trimmed().isEmpty())
        throw WorkpaperError(WorkpaperTr::tr("a review note needs text"));
    const SqlSession &sql = store.sqlSession();
    return sql.transaction([&] {
        const Workpaper before = loadOrThrow(store, workpaperId);
        if (before.signOff(ReviewerRole))
            throw WorkpaperError(
                WorkpaperTr::tr("workpaper %1 version %2 is signed by its reviewer: review notes "
                                "on it are closed")
                    .arg(workpaperId)
                    .arg(before.version));
        PreparedInsert(sql, "workpaper_review_notes", {"version_id", "note", "written_at", "written_by"})
            .insert({*versionRowId(sql, workpaperId, before.version), note, sqlvalue::nowUtc(),
                     sqlvalue::userText(store.identity())});
        const Workpaper wp = loadOrThrow(store, workpaperId);
        log(sql, store, QStringLiteral("workpaper.review_note"), wp,
            [&](JsonWriter &w) { w.key("note").value(note); });
        return wp;
    });
}

Workpaper signWorkpaper(WorkspaceStore &store, qint64 workpaperId, const QString &role, const QString &name,
                        const QString &expectedSha256)
{
    if (role != PreparerRole && role != ReviewerRole)
        throw WorkpaperError(WorkpaperTr::tr("the role is preparer or reviewer, not '%1'").arg(role));
    const QString signer = name.trimmed();
    if (signer.isEmpty())
        throw WorkpaperError(WorkpaperTr::tr("a sign-off needs the signer's name"));
    const SqlSession &sql = store.sqlSession();
    return sql.transaction([&] {
        const Workpaper wp = loadOrThrow(store, workpaperId);
        const QString sha = wp.contentSha256();
        const QString expected = expectedSha256.trimmed().toLower();
        if (!expected.isEmpty() && (expected.size() < 8 || !sha.startsWith(expected)))
            throw WorkpaperError(
                WorkpaperTr::tr("workpaper %1 version %2 has content SHA-256 %3, not %4: the "
                                "workpaper changed since it was read")
                    .arg(workpaperId)
                    .arg(wp.version)
                    .arg(sha, expected));
        if (const qint64 pending = wp.evaluation().pending; pending > 0)
            throw WorkpaperError(WorkpaperTr::tr("workpaper %1 version %2: %3 item(s) have no result yet")
                                     .arg(workpaperId)
                                     .arg(wp.version)
                                     .arg(pending));
        if (const WorkpaperSignOff *done = wp.signOff(role))
            throw WorkpaperError(WorkpaperTr::tr("workpaper %1 version %2 is already signed by its %3, %4")
                                     .arg(workpaperId)
                                     .arg(wp.version)
                                     .arg(role, done->name));
        if (role == ReviewerRole) {
            const WorkpaperSignOff *preparer = wp.signOff(PreparerRole);
            if (!preparer || preparer->contentSha256 != sha)
                throw WorkpaperError(
                    WorkpaperTr::tr(
                        "workpaper %1 version %2: the reviewer signs after the preparer signed it")
                        .arg(workpaperId)
                        .arg(wp.version));
            if (preparer->name.compare(signer, Qt::CaseInsensitive) == 0)
                throw WorkpaperError(
                    WorkpaperTr::tr("workpaper %1: the reviewer must be someone other than the preparer (%2)")
                        .arg(workpaperId)
                        .arg(preparer->name));
        }
        PreparedInsert(sql, "workpaper_signoffs",
                       {"version_id", "role", "name", "content_sha256", "signed_at", "signed_by"})
            .insert({*versionRowId(sql, workpaperId, wp.version), role, signer, sha, sqlvalue::nowUtc(),
                     sqlvalue::userText(store.identity())});
        const Workpaper signedWp = loadOrThrow(store, workpaperId);
        log(sql, store, QStringLiteral("workpaper.signoff"), signedWp, [&](JsonWriter &w) {
            w.key("role").value(role);
            w.key("name").value(signer);
        });
        return signedWp;
    });
}

std::optional<Workpaper> storedWorkpaper(const WorkspaceStore &store, qint64 workpaperId,
                                         std::optional<int> version)
{
    return load(store, workpaperId, version);
}

QList<Workpaper> storedWorkpapers(const WorkspaceStore &store)
{
    const SqlSession &sql = store.sqlSession();
    QSqlQuery q = sql.prepare(QStringLiteral("SELECT id FROM workpapers ORDER BY id"));
    sql.exec(q);
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    QList<Workpaper> out;
    for (const qint64 id : ids)
        if (std::optional<Workpaper> wp = load(store, id, std::nullopt))
            out << *wp;
    return out;
}

} // namespace ab::analytics
