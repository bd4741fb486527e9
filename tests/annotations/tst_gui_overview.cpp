// Notes and the Overview page in the workbench window (issue 19), on real widgets: "Add Note…" from the audit
// log's context menu stores the note (who, when, tags) and the details pane shows it; a second note
// supersedes the first; the Overview lists the current notes and filters them by tag and words; its figures
// match the workspace as counted here independently (the fixture's own counts and raw SQL on the file), the
// newest run of the chain is shown, and the activity log is listed, filterable, with its hash chain's status.
#include "support/GuiTestSupport.h"
#include "support/WorkspaceFixture.h"

#include "core/analytics/SampleStore.h"
#include "core/annotations/NoteStore.h"
#include "core/workspace/WorkspaceStore.h"
#include "ui/MainWindow.h"
#include "ui/auditlog/AuditLogView.h"
#include "ui/common/AppSettings.h"
#include "ui/notes/NoteDialog.h"
#include "ui/overview/OverviewPage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace ab;
using namespace wsfixture;

namespace {

constexpr int GatewayCount = 12, RuntimeCount = 4;

// A count straight from the workspace file, not through the store.
qint64 rawCount(const QString &path, const QString &sql)
{
    qint64 n = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                n = q.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return n;
}

QStringList column(const QTableWidget *t, int c)
{
    QStringList out;
    for (int r = 0; r < t->rowCount(); ++r)
        out << t->item(r, c)->text();
    return out;
}

} // namespace

class TestGuiOverview : public QObject
{
    Q_OBJECT
    QTemporaryDir m_settingsDir, m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;

    // Triggers "Add Note…" on the audit log's current record and fills the dialog when it opens.
    void addNoteFromAuditLog(const QString &recordId, const QString &text, bool exception,
                             const QString &other)
    {
        AuditLogView *log = m_window->auditLogView();
        QVERIFY(log->showRecord(recordId));
        QAction *add = nullptr;
        for (QAction *a : log->table()->actions())
            if (a->objectName() == QLatin1String("addNote"))
                add = a;
        QVERIFY(add);
        // The table's context menu (the audit log's own, with its export entries) offers it.
        emit log->table()->customContextMenuRequested(QPoint(5, 5));
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        QVERIFY(menu->actions().contains(add));
        menu->close();
        bool filled = false;
        QTimer::singleShot(0, this, [&]() {
            auto *dialog = qobject_cast<NoteDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->textEdit()->setPlainText(text);
            dialog->exceptionBox()->setChecked(exception);
            dialog->otherTagsEdit()->setText(other);
            filled = true;
            dialog->accept();
        });
        add->trigger();
        QVERIFY(filled);
    }

private slots:
    void initTestCase()
    {
        test::isolateSettings(m_settingsDir);
        AppSettings::setAuditor({QStringLiteral("Gus Auditor"), QStringLiteral("gus@example.com"), {}});
        m_path = m_dir.filePath(QStringLiteral("overview.auditbench"));
        {
            auto store = WorkspaceStore::open(m_path);
            store->importFiles(
                {writeFile(m_dir.path(), QStringLiteral("gw.json"), asArray(gatewayRecords(GatewayCount))),
                 writeFile(m_dir.path(), QStringLiteral("rt.json"), runtimeExport(RuntimeCount)),
                 writeFile(m_dir.path(), QStringLiteral("ocsf.ndjson"),
                           QJsonDocument(ocsfEvent(2004)).toJson(QJsonDocument::Compact) + '\n')});
        }
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(m_window->openWorkspace(m_path));
        QVERIFY(m_window->store());
    }

    void overviewIsTheFirstTab()
    {
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("pages"));
        QCOMPARE(tabs->widget(0), m_window->overviewPage());
        QCOMPARE(m_window->currentPage(), MainWindow::AuditLogPage); // still the page shown first
        QAction *show = m_window->action(QStringLiteral("showOverview"));
        QVERIFY(show);
        QCOMPARE(show->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
        show->trigger();
        QCOMPARE(m_window->currentPage(), MainWindow::OverviewPage);
        m_window->showPage(MainWindow::AuditLogPage);
        QCOMPARE(tabs->currentWidget(), static_cast<QWidget *>(m_window->auditLogView()));
    }

    void addNoteFromTheAuditLog()
    {
        m_window->showPage(MainWindow::AuditLogPage);
        addNoteFromAuditLog(QStringLiteral("evt_000004"), QStringLiteral("Override without a ticket"), true,
                            QStringLiteral("PwC tick, follow-up"));
        const QList<annotations::Note> stored = annotations::notes(*m_window->store());
        QCOMPARE(stored.size(), qsizetype(1));
        QCOMPARE(stored[0].recordId, QStringLiteral("evt_000004"));
        QVERIFY(stored[0].kind == views::RecordKind::Gateway);
        QCOMPARE(stored[0].text, QStringLiteral("Override without a ticket"));
        QCOMPARE(stored[0].tags, (QStringList{"PwC tick", "exception", "follow-up"}));
        QCOMPARE(stored[0].createdBy, QStringLiteral("Gus Auditor <gus@example.com>"));
        QCOMPARE(m_window->store()->activity().constLast().action, QStringLiteral("note"));
        // The details pane shows the note above the record.
        auto *details = m_window->findChild<QPlainTextEdit *>(QStringLiteral("recordDetails"));
        QVERIFY2(
            details->toPlainText().contains(QStringLiteral("Tags: PwC tick, exception, follow-up\nOverride "
                                                           "without a ticket")),
            qPrintable(details->toPlainText()));

        // A second note on another record, then one superseding the first.
        addNoteFromAuditLog(QStringLiteral("evt_000007"), QStringLiteral("Sampled, fine"), false, QString());
        addNoteFromAuditLog(QStringLiteral("evt_000004"), QStringLiteral("Ticket CHG-17 found"), false,
                            QStringLiteral("follow-up"));
        annotations::NoteFilter all;
        all.withSuperseded = true;
        QCOMPARE(annotations::notes(*m_window->store(), all).size(), qsizetype(3));
        QCOMPARE(annotations::notes(*m_window->store()).size(), qsizetype(2));
        QVERIFY(details->toPlainText().contains(QStringLiteral("Ticket CHG-17 found")));
        QVERIFY(!details->toPlainText().contains(QStringLiteral("Override without a ticket")));
    }

    void notesListedAndFiltered()
    {
        m_window->showPage(MainWindow::OverviewPage);
        OverviewPage *page = m_window->overviewPage();
        QTableWidget *notes = page->notesTable();
        QCOMPARE(column(notes, 1), (QStringList{"evt_000007", "evt_000004"})); // current notes, oldest first
        QCOMPARE(column(notes, 3), (QStringList{"Sampled, fine", "Ticket CHG-17 found"}));
        QCOMPARE(column(notes, 2), (QStringList{"", "follow-up"}));
        // Tags in use by the current notes, with their counts.
        QComboBox *tag = page->noteTagFilter();
        QCOMPARE(tag->count(), 2);
        tag->setCurrentIndex(tag->findData(QStringLiteral("follow-up")));
        QCOMPARE(column(notes, 1), QStringList{"evt_000004"});
        tag->setCurrentIndex(0);
        QCOMPARE(notes->rowCount(), 2);
        QTest::keyClicks(page->noteTextFilter(), QStringLiteral("sampled"));
        QCOMPARE(column(notes, 1), QStringList{"evt_000007"});
        page->noteTextFilter()->clear();
        QCOMPARE(notes->rowCount(), 2);
    }

    void figuresMatchTheWorkspace()
    {
        WorkspaceStore &store = *m_window->store();
        AuditFilter everything;
        analytics::drawSample(store, everything, 3, 2025, QStringLiteral("overview"));
        store.verifyGateway(VerifyOptions{});
        // An evidence pack and another export as the log records them: only the pack counts as a pack.
        store.appendActivity(QStringLiteral("export"), R"({"what":"evidence-pack","folder":"ev"})");
        store.appendActivity(QStringLiteral("export"), R"({"what":"gateway","records":3})");
        m_window->showPage(MainWindow::AuditLogPage);
        m_window->showPage(MainWindow::OverviewPage); // shown again: read again

        OverviewPage *page = m_window->overviewPage();
        const QLocale locale;
        const auto figure = [&](const char *name) { return page->figure(QLatin1String(name))->text(); };
        QCOMPARE(figure("sources"), locale.toString(3));
        QCOMPARE(figure("gatewayRecords"), locale.toString(GatewayCount));
        QCOMPARE(figure("runtimeEntries"), locale.toString(RuntimeCount));
        QCOMPARE(figure("ocsfEvents"), locale.toString(1));
        QCOMPARE(figure("samples"),
                 locale.toString(rawCount(m_path, QStringLiteral("SELECT COUNT(*) FROM samples"))));
        QCOMPARE(figure("samples"), locale.toString(1));
        QCOMPARE(figure("evidencePacks"), locale.toString(1));
        QCOMPARE(figure("packages"), locale.toString(0));
        QCOMPARE(figure("openNotes"), locale.toString(2));
        QCOMPARE(figure("gatewayRecords"),
                 locale.toString(rawCount(m_path, QStringLiteral("SELECT COUNT(*) FROM gateway_records"))));

        // Sources with their SHA-256 as the file's bytes hash.
        const QStringList shas = column(page->sourcesTable(), 5);
        QCOMPARE(shas.size(), qsizetype(3));
        const QByteArray gw = readFile(m_dir.filePath(QStringLiteral("gw.json")));
        QVERIFY(shas.contains(
            QString::fromLatin1(QCryptographicHash::hash(gw, QCryptographicHash::Sha256).toHex())));
        // The newest gateway run.
        QTableWidget *chains = page->chainsTable();
        QCOMPARE(chains->rowCount(), 1);
        QCOMPARE(chains->item(0, 0)->text(), QStringLiteral("gateway"));
        QCOMPARE(chains->item(0, 1)->text(), QString::number(store.verificationRuns().constFirst().id));
    }

    void activityLogListedFilteredAndChecked()
    {
        OverviewPage *page = m_window->overviewPage();
        const qint64 rows = rawCount(m_path, QStringLiteral("SELECT COUNT(*) FROM activity_log"));
        QVERIFY(rows >= 7); // import, 3 notes, sample, verification, 2 exports
        QCOMPARE(page->activityTable()->rowCount(), int(rows));
        // English plural forms come from the catalogue: the count and the verdict are what matter here.
        QVERIFY2(
            page->activityStatus()->text().startsWith(QStringLiteral("Hash chain intact: %1 row").arg(rows)),
            qPrintable(page->activityStatus()->text()));
        QTest::keyClicks(page->activityFilter(), QStringLiteral("note"));
        QCOMPARE(column(page->activityTable(), 3), (QStringList{"note", "note", "note"}));
        page->activityFilter()->setText(QStringLiteral("evidence-pack"));
        QCOMPARE(page->activityTable()->rowCount(), 1);
        page->activityFilter()->clear();
        QCOMPARE(page->activityTable()->rowCount(), int(rows));
    }

    void cleanupTestCase()
    {
        m_window->closeWorkspace();
        m_window.reset();
    }
};

QTEST_MAIN(TestGuiOverview)
#include "tst_gui_overview.moc"
