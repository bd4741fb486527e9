#include "core/pack/PackManifest.h"

#include "core/common/InputError.h"
#include "core/json/JsonWriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace ab::pack {

namespace {
struct ManifestTr
{
    Q_DECLARE_TR_FUNCTIONS(ab::pack::PackManifest)
};
} // namespace

QByteArray PackManifest::toJson() const
{
    JsonWriter w(true);
    w.beginObject();
    w.key("format").value("auditbench-evidence-pack");
    w.key("version").value(1);
    w.key("created_at").value(createdAt);
    w.key("created_by").value(createdBy);
    w.key("workspace").beginObject();
    w.key("file").value(workspaceFile);
    w.key("sha256_of_sources").beginArray();
    for (const QString &s : sourcesSha256)
        w.value(s);
    w.endArray().endObject();
    w.key("period").beginObject().key("start").value(start).key("end").value(end).endObject();
    w.key("frameworks").beginArray();
    for (const QString &f : frameworks)
        w.value(f);
    w.endArray();
    w.key("chain_verification").beginObject();
    w.key("file").value(chain.file);
    w.key("valid").value(chain.valid);
    w.key("macs_verified").value(chain.macsVerified);
    w.key("events_checked").value(chain.eventsChecked);
    if (chain.headHmac.isEmpty())
        w.key("head_hmac").null();
    else
        w.key("head_hmac").value(chain.headHmac);
    w.key("coverage_complete").value(chain.coverageComplete);
    w.endObject();
    w.key("files").beginArray();
    for (const PackFile &f : files) {
        w.beginObject();
        w.key("path").value(f.path);
        w.key("sha256").value(f.sha256);
        w.key("size").value(f.size);
        w.key("kind").value(f.kind);
        if (!f.framework.isEmpty())
            w.key("framework").value(f.framework);
        if (!f.title.isEmpty())
            w.key("title").value(f.title);
        if (f.records >= 0)
            w.key("records").value(f.records);
        if (f.kind == QLatin1String(FileKind::Query)) {
            w.key("query").beginObject();
            for (const auto &[name, value] : f.query)
                w.key(name.toStdString()).value(value);
            w.endObject();
        }
        w.endObject();
    }
    w.endArray();
    if (publicKeySha256)
        w.key("signature")
            .beginObject()
            .key("algorithm")
            .value("ed25519")
            .key("public_key_sha256")
            .value(*publicKeySha256)
            .endObject();
    else
        w.key("signature").null();
    w.endObject();
    return w.toByteArray() + '\n';
}

PackManifest PackManifest::parse(const QByteArray &json, const QString &origin)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const std::string_view text(json.constData(), size_t(json.size()));
        throw InputError::atOffset(origin, text, size_t(std::max(0, error.offset - 1)),
                                   ManifestTr::tr("invalid JSON (%1)").arg(error.errorString()));
    }
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("format")).toString() != QLatin1String("auditbench-evidence-pack"))
        throw InputError(origin, ManifestTr::tr("not an evidence pack manifest (expected \"format\": "
                                                "\"auditbench-evidence-pack\")"));
    if (o.value(QLatin1String("version")).toInt() != 1)
        throw InputError(origin, ManifestTr::tr("unsupported manifest version (expected 1)"));
    PackManifest m;
    m.createdAt = o.value(QLatin1String("created_at")).toString();
    m.createdBy = o.value(QLatin1String("created_by")).toString();
    const QJsonObject ws = o.value(QLatin1String("workspace")).toObject();
    m.workspaceFile = ws.value(QLatin1String("file")).toString();
    for (const QJsonValue &v : ws.value(QLatin1String("sha256_of_sources")).toArray())
        m.sourcesSha256 << v.toString();
    const QJsonObject period = o.value(QLatin1String("period")).toObject();
    m.start = period.value(QLatin1String("start")).toString();
    m.end = period.value(QLatin1String("end")).toString();
    for (const QJsonValue &v : o.value(QLatin1String("frameworks")).toArray())
        m.frameworks << v.toString();
    const QJsonObject chain = o.value(QLatin1String("chain_verification")).toObject();
    m.chain.file = chain.value(QLatin1String("file")).toString();
    m.chain.valid = chain.value(QLatin1String("valid")).toBool();
    m.chain.macsVerified = chain.value(QLatin1String("macs_verified")).toBool();
    m.chain.eventsChecked = qint64(chain.value(QLatin1String("events_checked")).toDouble());
    m.chain.headHmac = chain.value(QLatin1String("head_hmac")).toString();
    m.chain.coverageComplete = chain.value(QLatin1String("coverage_complete")).toBool();
    const QJsonValue files = o.value(QLatin1String("files"));
    if (!files.isArray())
        throw InputError(origin, ManifestTr::tr("expected \"files\" to be an array"));
    const QJsonArray array = files.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject f = array.at(i).toObject();
        PackFile pf;
        pf.path = f.value(QLatin1String("path")).toString();
        pf.sha256 = f.value(QLatin1String("sha256")).toString();
        // A path that leaves the folder would make verify-pack read outside the pack.
        if (pf.path.isEmpty() || pf.path.startsWith(QLatin1Char('/')) ||
            pf.path.contains(QLatin1String("..")) || pf.path.contains(QLatin1Char('\\')) ||
            pf.sha256.size() != 64)
            throw InputError(origin,
                             ManifestTr::tr("files[%1]: expected a relative \"path\" inside the pack and "
                                            "a \"sha256\" of 64 hex digits")
                                 .arg(i));
        pf.size = qint64(f.value(QLatin1String("size")).toDouble());
        pf.kind = f.value(QLatin1String("kind")).toString();
        pf.framework = f.value(QLatin1String("framework")).toString();
        pf.title = f.value(QLatin1String("title")).toString();
        pf.records =
            f.contains(QLatin1String("records")) ? qint64(f.value(QLatin1String("records")).toDouble()) : -1;
        const QJsonObject q = f.value(QLatin1String("query")).toObject();
        for (auto it = q.begin(); it != q.end(); ++it)
            pf.query.append({it.key(), it.value().toString()});
        m.files << pf;
    }
    const QJsonValue signature = o.value(QLatin1String("signature"));
    if (signature.isObject())
        m.publicKeySha256 = signature.toObject().value(QLatin1String("public_key_sha256")).toString();
    return m;
}

const PackFile *PackManifest::file(const QString &path) const
{
    for (const PackFile &f : files)
        if (f.path == path)
            return &f;
    return nullptr;
}

QByteArray sha256Sums(const QList<QPair<QString, QString>> &pathAndHash)
{
    QList<QPair<QString, QString>> sorted = pathAndHash;
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray out;
    for (const auto &[path, hash] : sorted)
        out += hash.toLatin1() + "  " + path.toUtf8() + '\n';
    return out;
}

} // namespace ab::pack
