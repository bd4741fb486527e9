#include "core/pack/EvidencePackBuilder.h"

#include "core/annotations/NoteStore.h"
#include "core/crypto/Crypto.h"
#include "core/crypto/Ed25519.h"
#include "core/json/JsonWriter.h"
#include "core/ocsf/OcsfExport.h"
#include "core/pack/PackError.h"
#include "core/pack/PackFolder.h"
#include "core/report/EvidencePackReport.h"
#include "core/report/ReportWriter.h"
#include "core/workspace/RecordExport.h"
#include "core/workspace/WorkspaceStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ab::pack {

namespace {

struct BuilderTr
{
    Q_DECLARE_TR_FUNCTIONS(ab::pack::EvidencePackBuilder)
};

void stage(Progress *progress, const QString &label)
{
    throwIfCancelled(progress);
    if (progress)
        progress->beginStage(label, 0);
}

QString day(const Instant &t)
{
    return t.toString().left(10);
}

// The bundle export's own date (exported_at of its first bundle), else the day it was imported.
QString bundlesDate(const QByteArray &bytes, const QString &importedAt)
{
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    const QJsonObject first = doc.isArray() ? doc.array().first().toObject() : doc.object();
    const QString at = first.value(QLatin1String("exported_at")).toString();
    return at.size() >= 10 ? at.left(10) : importedAt.left(10);
}

void checkOptions(const EvidencePackOptions &o)
{
    if (o.end < o.start)
        throw PackError(BuilderTr::tr("The period ends before it starts"));
    if (o.frameworks.isEmpty())
        throw PackError(BuilderTr::tr("Give at least one framework in scope"));
    const QStringList known = o.recipes.frameworks();
    for (const QString &f : o.frameworks)
        if (!known.contains(f))
            throw PackError(BuilderTr::tr("No evidence recipe for the framework '%1' (known: %2)")
                                .arg(f, known.join(QStringLiteral(", "))));
    QStringList paths;
    for (const EvidenceRecipe &r : o.recipes.forFrameworks(o.frameworks)) {
        const QString path = r.pathFor(o.start, o.end);
        if (paths.contains(path))
            throw PackError(
                BuilderTr::tr("Two recipes write %1: give one of them another file name").arg(path));
        paths << path;
    }
}

std::optional<Instant> earliestRecord(const WorkspaceStore &store)
{
    AuditFilter first;
    first.limit = 1;
    const std::vector<qint64> ids = store.queryRowIds(first);
    if (ids.empty())
        return std::nullopt;
    const std::optional<GatewayRecordRow> row = store.recordRow(ids.front());
    if (!row || !row->timestampMs)
        return std::nullopt;
    return Instant::fromMSecsSinceEpoch(*row->timestampMs);
}

QByteArray activityDetails(const EvidencePackResult &r, qsizetype fileCount)
{
    JsonWriter w(false);
    w.beginObject();
    w.key("what").value("evidence-pack");
    w.key("folder").value(QFileInfo(r.dir).fileName());
    w.key("manifest_sha256").value(r.manifestSha256);
    w.key("period")
        .beginObject()
        .key("start")
        .value(r.manifest.start)
        .key("end")
        .value(r.manifest.end)
        .endObject();
    w.key("frameworks").beginArray();
    for (const QString &f : r.manifest.frameworks)
        w.value(f);
    w.endArray();
    w.key("files").value(qint64(fileCount));
    w.key("verification_run").value(r.run.id);
    if (r.manifest.publicKeySha256)
        w.key("public_key_sha256").value(*r.manifest.publicKeySha256);
    else
        w.key("public_key_sha256").null();
    w.endObject();
    return w.toByteArray();
}

QList<QPair<QString, QString>> sumsOf(const QList<PackFile> &files)
{
    QList<QPair<QString, QString>> out;
    for (const PackFile &f : files)
        out.append({f.path, f.sha256});
    return out;
}

} // namespace

QString EvidencePackBuilder::chainFileName(const Instant &start, const Instant &end)
{
    return QStringLiteral("chain-verification-%1--%2.json").arg(day(start), day(end));
}

ChecklistInputs EvidencePackBuilder::checklistInputs(const WorkspaceStore &store,
                                                     const EvidencePackOptions &o)
{
    ChecklistInputs in;
    in.bundles = PackChecklist::bundles(store.complianceBundles());
    in.frameworks = o.frameworks;
    const QStringList known = o.recipes.frameworks();
    for (const QString &f : o.frameworks)
        if (!known.contains(f))
            in.frameworksWithoutRecipes << f;
    in.recipesInScope = int(o.recipes.forFrameworks(o.frameworks).size());
    in.retention =
        checkRetention(o.retention, o.frameworks, o.start, o.end, earliestRecord(store), o.maxGapHours);
    in.overrides = checkOverrides(store, o.start, o.end);
    if (!o.policyChainFile.isEmpty())
        in.policyChainFile = QStringLiteral("policy-chain/") + QFileInfo(o.policyChainFile).fileName();
    return in;
}

EvidencePackResult EvidencePackBuilder::build(WorkspaceStore &store, const EvidencePackOptions &o,
                                              Progress *progress)
{
    checkOptions(o);
    PackFolder folder(o.outDir);
    EvidencePackResult result;
    PackManifest &m = result.manifest;
    m.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    m.createdBy = store.identity().display();
    m.workspaceFile = QFileInfo(store.path()).fileName();
    const QList<SourceInfo> sources = store.sources();
    for (const SourceInfo &s : sources)
        m.sourcesSha256 << s.sha256;
    m.start = o.start.toString();
    m.end = o.end.toString();
    m.frameworks = o.frameworks;
    ChecklistInputs inputs = checklistInputs(store, o);

    // 1. The chain for the period, as `verify --workspace --start --end` verifies and stores it.
    stage(progress, BuilderTr::tr("Verifying the chain for the period"));
    VerifyOptions verify;
    verify.keyring = o.keyring;
    verify.start = o.start;
    verify.end = o.end;
    verify.startText = m.start;
    verify.endText = m.end;
    verify.maxGapHours = o.maxGapHours;
    result.run = store.verifyGateway(verify, progress);
    const VerificationResult &chain = result.run.result;
    inputs.chain = chain;
    m.chain = {chainFileName(o.start, o.end), chain.valid,         chain.macsVerified,
               chain.coverage.complete,       chain.eventsChecked, chain.headHmac.value_or(QString())};
    m.files << folder.write(m.chain.file, result.run.resultJson, FileKind::Verification);

    // 2. The bundle definitions exactly as imported.
    stage(progress, BuilderTr::tr("Copying the compliance bundle exports"));
    QStringList bundleNames;
    for (const SourceInfo &s : sources) {
        if (s.format != QLatin1String(EvidenceFormat::ComplianceBundles))
            continue;
        const QByteArray bytes = store.sourceBytes(s.id);
        QString name =
            QStringLiteral("compliance-bundles-export-%1.json").arg(bundlesDate(bytes, s.importedAt));
        for (int n = 2; bundleNames.contains(name); ++n)
            name = QStringLiteral("compliance-bundles-export-%1-%2.json")
                       .arg(bundlesDate(bytes, s.importedAt))
                       .arg(n);
        bundleNames << name;
        m.files << folder.write(name, bytes, FileKind::Bundles);
    }

    // 3. One file per recipe in scope.
    for (const EvidenceRecipe &r : o.recipes.forFrameworks(o.frameworks)) {
        const QString path = r.pathFor(o.start, o.end);
        stage(progress, BuilderTr::tr("Writing %1").arg(path));
        PackFile f;
        if (r.kind == EvidenceRecipe::Kind::Verification) {
            f = folder.write(path, result.run.resultJson, FileKind::Verification);
        } else {
            const RecordExportResult written =
                RecordExport::writeFile(store, toAuditFilter(r.query, o.start, o.end),
                                        RecordExportFormat::Json, folder.pathOf(path), progress);
            f = PackFile{path, written.sha256, written.bytes, QString::fromLatin1(FileKind::Query)};
            f.records = written.records;
            for (const QString &name : seedFilterNames())
                if (r.query.contains(name))
                    f.query.append({name, r.query.value(name)});
            f.query.append({QStringLiteral("start"), m.start});
            f.query.append({QStringLiteral("end"), m.end});
        }
        f.framework = r.framework;
        f.title = r.title;
        m.files << f;
        ++inputs.queryFiles;
    }

    // 4. OCSF, when asked for: every record of the period, as export-ocsf writes them.
    if (o.ocsf) {
        const QString path = QStringLiteral("ocsf/ocsf-events-%1--%2.ndjson").arg(day(o.start), day(o.end));
        stage(progress, BuilderTr::tr("Writing %1").arg(path));
        AuditFilter period;
        period.start = o.start;
        period.end = o.end;
        const ocsf::OcsfSummary summary = ocsf::OcsfExport::writeFile(store, period, ocsf::OcsfFormat::Ndjson,
                                                                      folder.pathOf(path), progress);
        PackFile f{path, summary.sha256, summary.bytes, QString::fromLatin1(FileKind::Ocsf)};
        f.title = QStringLiteral("OCSF 1.1 events for the period");
        f.records = summary.events;
        m.files << f;
        inputs.ocsfEvents = summary.events;
    }

    // 5. The policy chain export the user attached.
    if (!o.policyChainFile.isEmpty()) {
        QFile file(o.policyChainFile);
        if (!file.open(QIODevice::ReadOnly))
            throw PackError(BuilderTr::tr("Cannot read %1: %2").arg(o.policyChainFile, file.errorString()));
        PackFile f = folder.write(inputs.policyChainFile, file.readAll(), FileKind::PolicyChain);
        f.title = QStringLiteral("Policy chain export");
        m.files << f;
    }

    // 5b. The auditor's notes on records (issue 19), every one including those a later note superseded, so
    // the examiner sees the whole trail; only when there are notes (a pack without them is as it was).
    annotations::NoteFilter everyNote;
    everyNote.withSuperseded = true;
    if (const QList<annotations::Note> notes = annotations::notes(store, everyNote); !notes.isEmpty()) {
        stage(progress, BuilderTr::tr("Writing notes.json"));
        PackFile f =
            folder.write(QStringLiteral("notes.json"), annotations::notesJson(notes, true), FileKind::Notes);
        f.title = QStringLiteral("Auditor's notes on records");
        f.records = notes.size();
        m.files << f;
    }

    // 6. The checklist and the report, which summarise everything above.
    stage(progress, BuilderTr::tr("Writing checklist.json"));
    result.checklist = PackChecklist::compute(inputs);
    result.overrides = inputs.overrides;
    m.files << folder.write(QStringLiteral("checklist.json"), PackChecklist::toJson(result.checklist),
                            FileKind::Checklist);

    std::optional<crypto::Ed25519PublicKey> publicKey;
    if (o.signingKey) {
        publicKey = o.signingKey->publicKey();
        m.publicKeySha256 = publicKey->sha256();
    }
    stage(progress, BuilderTr::tr("Writing report.pdf"));
    EvidencePackReport::Input report{o.branding,
                                     m,
                                     chain,
                                     result.checklist,
                                     inputs.overrides,
                                     inputs.bundles,
                                     inputs.retention,
                                     crypto::sha256Hex(sha256Sums(sumsOf(m.files))),
                                     m.publicKeySha256.value_or(QString())};
    QString renderError;
    const std::optional<ReportWriter::Output> pdf =
        ReportWriter::render(EvidencePackReport::build(report), progress, &renderError);
    if (!pdf)
        throw PackError(BuilderTr::tr("Cannot write report.pdf: %1").arg(renderError));
    PackFile reportFile = folder.write(QStringLiteral("report.pdf"), pdf->pdf, FileKind::Report);
    reportFile.title = QStringLiteral("Evidence pack report");
    m.files << reportFile;

    // 7. Manifest, checksums, signature; then the folder appears, and the log records it.
    stage(progress, BuilderTr::tr("Writing MANIFEST.json and SHA256SUMS"));
    result.manifestJson = m.toJson();
    const PackFile manifestFile =
        folder.write(QString::fromLatin1(ManifestName), result.manifestJson, FileKind::Report);
    result.manifestSha256 = manifestFile.sha256;
    QList<QPair<QString, QString>> sums = sumsOf(m.files);
    sums.append({manifestFile.path, manifestFile.sha256});
    folder.write(QString::fromLatin1(SumsName), sha256Sums(sums), FileKind::Report);
    if (o.signingKey) {
        folder.write(QString::fromLatin1(SignatureName), o.signingKey->sign(result.manifestJson),
                     FileKind::Report);
        folder.write(QString::fromLatin1(PublicKeyName), publicKey->pem(), FileKind::Report);
    }
    throwIfCancelled(progress);
    folder.commit();
    result.dir = folder.destination();
    try {
        store.appendActivity(QStringLiteral("export"), activityDetails(result, m.files.size()));
    } catch (...) {
        QDir(result.dir).removeRecursively(); // a pack the log does not know of must not remain
        throw;
    }
    return result;
}

} // namespace ab::pack
