#include "ui/shell/WorkspaceController.h"

#include "core/workspace/WorkspaceCheck.h"
#include "core/workspace/WorkspaceStore.h"
#include "demo/DemoDataGenerator.h"
#include "ui/auditlog/AuditLogView.h"
#include "ui/common/AppSettings.h"
#include "ui/common/TaskPanel.h"
#include "ui/common/TaskProgress.h"
#include "ui/packages/PackagesView.h"
#include "ui/shell/ImportChoiceDialog.h"
#include "ui/verification/VerificationView.h"
#include "ui/verification/WorkspaceCheckGate.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

namespace ab {

namespace {
// The file, line and column an "file:line:column: message" text names, for the issue's jump target.
JumpTarget fileTargetOf(const QString &message)
{
    static const QRegularExpression pattern(QStringLiteral("^(.+?):(\\d+):(\\d+): "));
    const QRegularExpressionMatch match = pattern.match(message);
    if (!match.hasMatch())
        return {};
    return {JumpTarget::Kind::File,        {}, 0, match.captured(1), match.captured(2).toLongLong(),
            match.captured(3).toLongLong()};
}

VerificationRunSummary summaryOf(const VerificationRun &run)
{
    return {QString::number(run.id), QDateTime::fromString(run.runAt, Qt::ISODateWithMs), run.runBy,
            run.result, run.scope};
}

// What an import did, file by file, for the issues dock.
QList<Issue> importIssues(const TaskOutcome<QList<ImportFileResult>> &outcome)
{
    QList<Issue> issues;
    if (outcome.value) {
        for (const ImportFileResult &file : *outcome.value) {
            issues << Issue::info(
                Issue::Origin::Import,
                file.alreadyImported
                    ? WorkspaceController::tr("%1: already imported; nothing changed.").arg(file.fileName)
                    : WorkspaceController::tr("%1: imported %Ln record(s) (%2).", nullptr, int(file.records))
                          .arg(file.fileName, file.format),
                {JumpTarget::Kind::File, {}, 0, file.path, 0, 0});
            for (const ImportWarning &warning : file.warnings)
                issues << Issue::warning(
                    Issue::Origin::Import, warning.toString(),
                    {JumpTarget::Kind::File, {}, 0, file.path, warning.line, warning.column});
        }
    } else if (outcome.cancelled) {
        issues << Issue::warning(
            Issue::Origin::Import,
            WorkspaceController::tr("Import cancelled; the workspace is exactly as before."));
    } else {
        issues << Issue::error(
            Issue::Origin::Import,
            WorkspaceController::tr("Import failed, nothing was imported: %1").arg(outcome.error),
            fileTargetOf(outcome.error));
    }
    return issues;
}
} // namespace

WorkspaceController::WorkspaceController(QWidget *window, TaskPanel *panel, Pages pages)
    : QObject(window), m_window(window), m_panel(panel), m_pages(pages)
{
}

WorkspaceController::~WorkspaceController()
{
    if (m_check)
        m_check->cancel(); // quitting does not wait for a whole check
}

void WorkspaceController::detachPages()
{
    // Views hold pointers into the store: detach them before it closes.
    m_pages.auditLog->setStore(nullptr);
    m_pages.packages->setStore(nullptr);
}

bool WorkspaceController::open(const QString &path)
{
    if (m_panel->isBusy())
        return false;
    if (m_store && mayLeave && !mayLeave()) // unsaved drafts, and the auditor chose Cancel
        return false;
    std::unique_ptr<WorkspaceStore> store;
    try {
        store = WorkspaceStore::open(path, WorkspaceStore::OpenMode::CreateIfMissing, AppSettings::auditor());
    } catch (...) {
        report(Issue::error(Issue::Origin::Workspace,
                            tr("Cannot open %1: %2").arg(path, errorMessage(std::current_exception())),
                            {JumpTarget::Kind::File, {}, 0, path, 0, 0}));
        AppSettings::removeRecentWorkspace(path);
        emit recentWorkspacesChanged();
        return false;
    }
    if (!close()) // asked again, with nothing left unsaved: only a failed save can stop it
        return false;
    m_store = std::move(store);
    m_path = QFileInfo(path).absoluteFilePath();
    ++m_openCount;
    emit issuesCleared(Issue::Origin::Workspace);
    if (m_store->isReadOnly())
        report(Issue::warning(
            Issue::Origin::Workspace,
            tr("%1 is opened read-only (read-only media): it can be read, searched and checked, "
               "but nothing can be imported, verified, generated or printed into it. Save a "
               "copy to work on it.")
                .arg(m_path)));
    AppSettings::addRecentWorkspace(m_path);
    m_pages.auditLog->setStore(m_store.get());
    m_pages.packages->setStore(m_store.get());
    const QString workspacePath = m_path;
    m_pages.verification->setWorkspaceVerifier(
        [workspacePath](WorkspaceChain chain, const VerifyOptions &options, Progress *progress) {
            // Qt Sql connections belong to their thread: the worker opens its own.
            auto worker = WorkspaceStore::open(workspacePath, WorkspaceStore::OpenMode::ExistingOnly,
                                               AppSettings::auditor());
            requireCheckedWorkspace(*worker, progress); // no verdict over a tampered workspace
            return summaryOf(chain == WorkspaceChain::Runtime ? worker->verifyRuntime(options, progress)
                                                              : worker->verifyGateway(options, progress));
        });
    refreshRuns();
    emit sourcesChanged();
    emit recentWorkspacesChanged();
    emit workspaceChanged();
    startCheck();
    return true;
}

bool WorkspaceController::isReadOnly() const
{
    return m_store && m_store->isReadOnly();
}

void WorkspaceController::startCheck()
{
    const QString path = m_path;
    const quint64 openCount = m_openCount;
    m_check = std::make_shared<TaskProgress>();
    runInBackground<WorkspaceCheckResult>(
        this, m_check,
        [path](Progress *p) {
            // Its own connection (Qt Sql connections belong to their thread), read-only: a check never
            // writes.
            auto reader =
                WorkspaceStore::open(path, WorkspaceStore::OpenMode::ReadOnly, AppSettings::auditor());
            return WorkspaceCheck::run(*reader, WorkspaceCheck::Depth::Full, p);
        },
        [this, openCount, path](const TaskOutcome<WorkspaceCheckResult> &outcome) {
            if (openCount != m_openCount || outcome.cancelled)
                return; // another workspace is open by now
            m_check.reset();
            const JumpTarget file{JumpTarget::Kind::File, {}, 0, path, 0, 0};
            QList<Issue> issues;
            if (!outcome.value) {
                issues << Issue::error(Issue::Origin::Workspace,
                                       tr("The workspace could not be checked: %1").arg(outcome.error), file);
            } else if (outcome.value->intact()) {
                emit checkIntact(
                    tr("Workspace check: intact (%Ln source(s), activity log of %1 entries, last "
                       "hash %2).",
                       nullptr, int(outcome.value->sources))
                        .arg(outcome.value->head.rows)
                        .arg(outcome.value->head.hash));
            } else {
                for (const CheckFinding &finding : outcome.value->findings)
                    issues << Issue::error(Issue::Origin::Workspace,
                                           tr("Workspace check: %1").arg(finding.message), file);
            }
            if (!issues.isEmpty())
                emit issuesReported(issues);
            emit checkFinished(outcome.value ? int(outcome.value->findings.size()) : -1);
        });
}

void WorkspaceController::saveCopyWithDialog()
{
    if (!m_store)
        return;
    QString target = QFileDialog::getSaveFileName(m_window, tr("Save a copy of the workspace"),
                                                  QFileInfo(m_path).absolutePath(),
                                                  tr("AuditBench workspace (*.auditbench)"));
    if (target.isEmpty())
        return;
    if (!target.endsWith(QLatin1String(".auditbench")))
        target += QLatin1String(".auditbench");
    saveCopy(target);
}

void WorkspaceController::saveCopy(const QString &target)
{
    if (!m_store)
        return;
    auto progress = std::make_shared<TaskProgress>();
    if (!m_panel->begin(tr("Saving a copy as %1").arg(QFileInfo(target).fileName()), progress)) {
        report(Issue::warning(Issue::Origin::Workspace,
                              tr("Another task is running; save the copy when it has finished.")));
        return;
    }
    const QString path = m_path;
    runInBackground<bool>(
        this, progress,
        [path, target](Progress *p) {
            auto reader =
                WorkspaceStore::open(path, WorkspaceStore::OpenMode::ReadOnly, AppSettings::auditor());
            reader->saveCopy(target, p);
            return true;
        },
        [this, target](const TaskOutcome<bool> &outcome) {
            m_panel->end();
            if (outcome.value)
                report(Issue::info(Issue::Origin::Workspace,
                                   tr("Saved a copy of the workspace as %1.").arg(target),
                                   {JumpTarget::Kind::File, {}, 0, target, 0, 0}));
            else if (outcome.cancelled)
                report(
                    Issue::warning(Issue::Origin::Workspace, tr("Saving the copy was cancelled; no copy was "
                                                                "written.")));
            else
                report(Issue::error(Issue::Origin::Workspace, outcome.error));
            emit copySaved(bool(outcome.value));
        });
}

bool WorkspaceController::close()
{
    if (!m_store)
        return true;
    if (mayLeave && !mayLeave())
        return false;
    detachPages();
    m_pages.verification->setWorkspaceVerifier({});
    m_pages.verification->setRuns({});
    if (m_check)
        m_check->cancel(); // its result would belong to no open workspace
    m_check.reset();
    ++m_openCount;
    try {
        m_store->close(); // one self-contained file again, or say why not
    } catch (const std::exception &e) {
        report(Issue::error(Issue::Origin::Workspace, errorMessage(e)));
    }
    m_store.reset();
    m_path.clear();
    emit sourcesChanged();
    emit workspaceChanged();
    return true;
}

void WorkspaceController::createWithDialog()
{
    QString path = QFileDialog::getSaveFileName(m_window, tr("New workspace"), QDir::homePath(),
                                                tr("AuditBench workspace (*.auditbench)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".auditbench")))
        path += QLatin1String(".auditbench");
    if (QFileInfo::exists(path)) {
        report(Issue::error(Issue::Origin::Workspace,
                            tr("%1 already exists: open it instead, or choose another name.").arg(path)));
        return;
    }
    open(path);
}

void WorkspaceController::openWithDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Open workspace"), QDir::homePath(),
                                     tr("AuditBench workspace (*.auditbench);;All files (*)"));
    if (!path.isEmpty())
        open(path);
}

void WorkspaceController::importWithDialog()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        m_window, tr("Import evidence"), {}, tr("Evidence (*.json *.ndjson *.jsonl *.gz);;All files (*)"));
    if (!paths.isEmpty())
        importFiles(paths);
}

void WorkspaceController::openDemo(const QString &dirPath)
{
    const QDir dir(dirPath);
    const QString workspace = dir.filePath(QStringLiteral("demo.auditbench"));
    VerificationView *verification = m_pages.verification;
    // The tampered copy is offered as files to verify beside the workspace's intact chain.
    auto offerTampered = [verification, dir]() {
        if (dir.exists(QStringLiteral("gateway-audit-2025-tampered.ndjson"))) {
            verification->setFiles({dir.filePath(QStringLiteral("gateway-audit-2025-tampered.ndjson"))});
            verification->setFileEvidence(false);
        }
    };
    if (QFileInfo::exists(workspace)) {
        if (open(workspace) && dir.exists(QStringLiteral("keyring.json")))
            verification->loadKeyring(dir.filePath(QStringLiteral("keyring.json")));
        offerTampered();
        return;
    }
    const QStringList names = {
        QStringLiteral("gateway-audit-2025.ndjson"), QStringLiteral("agent-runtime-export.json"),
        QStringLiteral("compliance-bundles-export.json"), QStringLiteral("ocsf-events.ndjson")};
    auto importDemo = [this, verification, dir, workspace, names, offerTampered]() {
        QStringList present;
        for (const QString &name : names) {
            if (dir.exists(name))
                present << dir.filePath(name);
        }
        if (!open(workspace))
            return;
        if (dir.exists(QStringLiteral("keyring.json")))
            verification->loadKeyring(dir.filePath(QStringLiteral("keyring.json")));
        offerTampered();
        if (!present.isEmpty())
            importFiles(present);
    };
    if (dir.exists(QStringLiteral("keyring.json"))) {
        importDemo();
        return;
    }
    auto progress = std::make_shared<TaskProgress>();
    if (!m_panel->begin(tr("Creating demo evidence"), progress))
        return;
    const QString out = dir.absolutePath();
    runInBackground<DemoDataSummary>(
        this, progress,
        [out](Progress *p) {
            DemoDataOptions options;
            options.outDir = out;
            return DemoDataGenerator::generate(options, p);
        },
        [this, importDemo](const TaskOutcome<DemoDataSummary> &outcome) {
            m_panel->end();
            if (outcome.value)
                importDemo();
            else if (!outcome.cancelled)
                report(Issue::error(Issue::Origin::Import, outcome.error));
        });
}

void WorkspaceController::importFiles(const QStringList &paths)
{
    if (!m_store) {
        importWithoutWorkspace(paths);
        return;
    }
    if (m_store->isReadOnly()) {
        report(Issue::warning(Issue::Origin::Import,
                              tr("The workspace is read-only: save a copy and import into the copy.")));
        return;
    }
    auto progress = std::make_shared<TaskProgress>();
    if (!m_panel->begin(tr("Importing %Ln file(s)", nullptr, int(paths.size())), progress)) {
        report(Issue::warning(Issue::Origin::Import,
                              tr("Another task is running; import the files when it has finished.")));
        return;
    }
    emit issuesCleared(Issue::Origin::Import);
    const QString path = m_path;
    runInBackground<QList<ImportFileResult>>(
        this, progress,
        [path, paths](Progress *p) {
            auto worker =
                WorkspaceStore::open(path, WorkspaceStore::OpenMode::ExistingOnly, AppSettings::auditor());
            return worker->importFiles(paths, p);
        },
        [this](const TaskOutcome<QList<ImportFileResult>> &outcome) {
            m_panel->end();
            importDone(importIssues(outcome), bool(outcome.value));
        });
}

void WorkspaceController::importWithoutWorkspace(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    QStringList formats;
    for (const QString &path : paths)
        formats << ImportChoiceDialog::detectFormat(path);
    ImportChoiceDialog dialog(paths, formats, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.choice() == ImportChoiceDialog::Choice::CreateAndImport) {
        const QString path = dialog.workspacePath();
        if (QFileInfo::exists(path)) {
            report(Issue::error(Issue::Origin::Workspace,
                                tr("%1 already exists: open it instead, or choose another name.").arg(path)));
            return;
        }
        if (open(path))
            importFiles(paths);
        return;
    }
    // Only the chain files go to the verification; the others are named, never sent there silently.
    QStringList chains;
    QList<Issue> issues;
    for (int i = 0; i < paths.size(); ++i) {
        if (ImportChoiceDialog::isChainFormat(formats.at(i)))
            chains << paths.at(i);
        else
            issues << Issue::warning(
                Issue::Origin::Import,
                tr("%1 is not verified: %2. Create a workspace to import it.")
                    .arg(QFileInfo(paths.at(i)).fileName(), ImportChoiceDialog::formatName(formats.at(i))),
                {JumpTarget::Kind::File, {}, 0, paths.at(i), 0, 0});
    }
    m_pages.verification->addFiles(chains);
    issues.prepend(Issue::info(Issue::Origin::Import,
                               tr("%Ln chain file(s) added to the verification; nothing was imported.",
                                  nullptr, int(chains.size()))));
    emit issuesReported(issues);
    if (!chains.isEmpty())
        emit filesToVerify();
}

void WorkspaceController::importDone(const QList<Issue> &issues, bool imported)
{
    emit issuesReported(issues);
    if (imported) {
        m_pages.auditLog->reload();
        m_pages.packages->reload();
        emit sourcesChanged();
    }
    emit importFinished(imported);
}

void WorkspaceController::refreshRuns()
{
    QList<VerificationRunSummary> runs;
    try {
        if (m_store) {
            for (const VerificationRun &run : m_store->verificationRuns())
                runs << summaryOf(run);
        }
    } catch (const std::exception &e) {
        report(Issue::error(Issue::Origin::Workspace,
                            tr("The verification runs could not be read: %1").arg(errorMessage(e))));
    }
    m_pages.verification->setRuns(runs);
}

} // namespace ab
