// Errors lead to the record that has the error (issue 19): an error in an export file that is NOT in the
// workspace opens the record viewer with that file's record (its bytes and chain fields), and, when the
// workspace holds a record with the same id, the two field by field with exactly the tampered field marked.
// The audit log (which holds the untampered record) is not where the jump goes.
#include "TestConfig.h"
#include "core/workspace/WorkspaceStore.h"
#include "support/ChainFixture.h"
#include "support/GuiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/records/RecordViewer.h"
#include "ui/verification/VerificationView.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace ab;

class TestRecordViewer : public QObject
{
    Q_OBJECT
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
    QString m_original, m_tampered;

    static bool write(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
    }

    static bool verifyFiles(VerificationView *view, const QString &path)
    {
        view->setFileEvidence(true);
        view->setFiles({path});
        view->setPeriodEnabled(false);
        if (!view->loadKeyring(QStringLiteral(AB_SPEC_VECTORS_DIR "/keyring.json")))
            return false;
        QSignalSpy finished(view, &VerificationView::verificationFinished);
        if (!view->startVerification())
            return false;
        return finished.wait(30000) || !finished.isEmpty();
    }

    // The error table row naming `recordId`.
    static int errorRowOf(VerificationView *view, const QString &recordId)
    {
        for (int row = 0; row < view->errorTable()->rowCount(); ++row)
            if (view->errorTable()->item(row, 1)->text() == recordId)
                return row;
        return -1;
    }

private slots:
    void initTestCase()
    {
        test::isolateSettings(m_settingsDir);
        qRegisterMetaType<ab::VerificationResult>();
        qRegisterMetaType<QList<ab::Issue>>();
        qRegisterMetaType<ab::JumpTarget>();
        // Six sealed records; the copy changes record 3's action and nothing else (its MAC no longer fits).
        test::ChainFixture fixture;
        QList<QJsonObject> records = fixture.chain(6);
        m_original = m_dir.filePath(QStringLiteral("original.ndjson"));
        QVERIFY(write(m_original, test::ChainFixture::toNdjson(records)));
        QCOMPARE(records[2].value(QStringLiteral("action")).toString(), QStringLiteral("allow"));
        records[2][QStringLiteral("action")] = QStringLiteral("allow_with_override");
        m_tampered = m_dir.filePath(QStringLiteral("tampered.ndjson"));
        QVERIFY(write(m_tampered, test::ChainFixture::toNdjson(records)));
    }

    void outsideRecordIsShownWithItsDiff()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(window.openWorkspace(dir.filePath(QStringLiteral("records.auditbench"))));
        QSignalSpy imported(&window, &MainWindow::importFinished);
        window.importFiles({m_original});
        QVERIFY(imported.wait(30000) && imported.constLast().at(0).toBool());

        VerificationView *view = window.verificationView();
        QSignalSpy issues(view, &VerificationView::issuesReported);
        QVERIFY(verifyFiles(view, m_tampered));
        const QString id = test::ChainFixture::eventId(3);
        const int row = errorRowOf(view, id);
        QVERIFY2(row >= 0, "no error names record 3");

        window.showPage(MainWindow::VerificationPage);
        view->activateError(row);
        RecordViewer *viewer = view->recordViewer();
        QVERIFY(viewer && viewer->isVisible());
        QCOMPARE(window.currentPage(), MainWindow::VerificationPage); // not the audit log
        QCOMPARE(viewer->differingFields(), QStringList{QStringLiteral("action")});
        // The diff's action row: marked, this file's forged value beside the workspace's.
        QTableWidget *diff = viewer->diffTable();
        int actionRow = -1;
        for (int r = 0; r < diff->rowCount(); ++r)
            if (diff->item(r, 1)->text() == QLatin1String("action"))
                actionRow = r;
        QVERIFY(actionRow >= 0);
        QCOMPARE(diff->item(actionRow, 0)->text(), QStringLiteral("≠"));
        QCOMPARE(diff->item(actionRow, 2)->text(), QStringLiteral("allow_with_override"));
        QCOMPARE(diff->item(actionRow, 3)->text(), QStringLiteral("allow"));
        // Chain fields first, identical ones unmarked.
        QCOMPARE(diff->item(0, 1)->text(), QStringLiteral("id"));
        QCOMPARE(diff->item(0, 0)->text(), QString());
        // The record's own bytes (line 3 of the NDJSON file) and chain fields.
        const QJsonObject shown = QJsonDocument::fromJson(viewer->rawText().toUtf8()).object();
        QCOMPARE(shown.value(QStringLiteral("id")).toString(), id);
        QCOMPARE(shown.value(QStringLiteral("action")).toString(), QStringLiteral("allow_with_override"));
        QVERIFY(viewer->chainFieldsText().contains(QStringLiteral("hmac_key_id   : k2025a")));
        QVERIFY(viewer->findChild<QLabel *>(QStringLiteral("recordWhere"))
                    ->text()
                    .startsWith(QStringLiteral("tampered.ndjson, line 3 (SHA-256 ")));

        // The issue of that error leads to the viewer too, not to the audit log.
        viewer->close();
        QTRY_VERIFY(!view->recordViewer());
        JumpTarget target;
        for (const QList<QVariant> &call : issues)
            for (const Issue &issue : call.at(0).value<QList<Issue>>())
                if (issue.target.id == id)
                    target = issue.target;
        QCOMPARE(target.kind, JumpTarget::Kind::AuditRecord);
        QCOMPARE(target.file, m_tampered);
        window.jumpTo(target);
        QVERIFY(view->recordViewer() && view->recordViewer()->isVisible());
        QCOMPARE(window.currentPage(), MainWindow::VerificationPage);
        QCOMPARE(view->recordViewer()->differingFields(), QStringList{QStringLiteral("action")});
    }

    void withoutAWorkspaceRecordThereIsNoDiff()
    {
        VerificationView view;
        view.show();
        QVERIFY(verifyFiles(&view, m_tampered));
        const int row = errorRowOf(&view, test::ChainFixture::eventId(3));
        QVERIFY(row >= 0);
        view.activateError(row);
        QVERIFY(view.recordViewer());
        QVERIFY(view.recordViewer()->differingFields().isEmpty());
        QVERIFY(!view.recordViewer()->diffTable()->isVisibleTo(view.recordViewer()));
    }

    void aFileInTheWorkspaceJumpsToTheAuditLog()
    {
        // The tampered file itself imported: its record is the workspace's, so the audit log shows it.
        QTemporaryDir dir;
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(window.openWorkspace(dir.filePath(QStringLiteral("inside.auditbench"))));
        QSignalSpy imported(&window, &MainWindow::importFinished);
        window.importFiles({m_tampered});
        QVERIFY(imported.wait(30000) && imported.constLast().at(0).toBool());
        VerificationView *view = window.verificationView();
        QVERIFY(verifyFiles(view, m_tampered));
        const int row = errorRowOf(view, test::ChainFixture::eventId(3));
        QVERIFY(row >= 0);
        view->activateError(row);
        QVERIFY(!view->recordViewer());
        QCOMPARE(window.currentPage(), MainWindow::AuditLogPage);
    }
};

QTEST_MAIN(TestRecordViewer)
#include "tst_recordviewer.moc"
