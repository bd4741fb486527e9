// The Bundles, OCSF and Runtime pages on real widgets inside the workbench window: a workspace imported
// through the window fills them, filters typed or picked in the bars give the counts computed from the
// fixtures' JSON, the details panes show the selected record, and a questionnaire's evidence id lands on the
// runtime entry it names (not in the gateway log).
#include "views/ViewsFixture.h"

#include "core/workspace/WorkspaceStore.h"
#include "support/GuiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/auditlog/AuditLogView.h"
#include "ui/bundles/BundlesView.h"
#include "ui/ocsf/OcsfView.h"
#include "ui/packages/PackagesView.h"
#include "ui/runtime/RuntimeView.h"
#include "ui/views/EvidencePages.h"

#include <QAction>
#include <QComboBox>
#include <QCryptographicHash>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace ab;

namespace {

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

} // namespace

class TestGuiViews : public QObject
{
    Q_OBJECT
    QTemporaryDir m_settingsDir, m_dir;
    std::unique_ptr<MainWindow> m_window;

private slots:
    void initTestCase()
    {
        ab::test::isolateSettings(m_settingsDir);
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(m_window->openWorkspace(m_dir.filePath(QStringLiteral("gui.auditbench"))));
        QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
        m_window->importFiles(viewsfixture::writeEvidence(m_dir.path()));
        QVERIFY(finished.count() > 0 || finished.wait(30000));
        QVERIFY(finished.constLast().at(0).toBool());
    }

    void tabsAppended()
    {
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("pages"));
        QVERIFY(tabs);
        // The Overview (issue 19) is tab 0: every other page's tab is its number + 1.
        QCOMPARE(tabs->count(), MainWindow::RuntimePage + 2);
        QCOMPARE(tabs->widget(MainWindow::BundlesPage + 1), m_window->evidencePages()->bundles());
        QCOMPARE(tabs->widget(MainWindow::OcsfPage + 1), m_window->evidencePages()->ocsf());
        QCOMPARE(tabs->widget(MainWindow::RuntimePage + 1), m_window->evidencePages()->runtime());
    }

    void bundlesPage()
    {
        m_window->showPage(MainWindow::BundlesPage);
        BundlesView *view = m_window->evidencePages()->bundles();
        QCOMPARE(view->table()->model()->rowCount(), viewsfixture::Bundles);
        QCOMPARE(view->table()->model()->index(1, BundlesView::FrameworkColumn).data().toString(),
                 QStringLiteral("PCI-DSS"));
        QCOMPARE(view->table()->model()->index(1, BundlesView::EnabledColumn).data().toString(),
                 QStringLiteral("no"));
        QCOMPARE(view->countsText(), QStringLiteral("5 bundle(s), 3 enabled"));
        view->table()->selectRow(2);
        QVERIFY(view->details()->toPlainText().contains(QStringLiteral("\"bundle-2\"")));
    }

    void ocsfPage()
    {
        m_window->showPage(MainWindow::OcsfPage);
        OcsfView *view = m_window->evidencePages()->ocsf();
        QCOMPARE(view->visibleCount(), viewsfixture::OcsfEvents);
        const QJsonArray events = viewsfixture::ocsfEvents(viewsfixture::OcsfEvents);
        qint64 expected = 0;
        for (const QJsonValue &v : events) {
            const QJsonObject m = v.toObject().value(QStringLiteral("metadata")).toObject();
            expected +=
                v.toObject().value(QStringLiteral("class_uid")).toInt() == 2001 &&
                m.value(QStringLiteral("framework_reference")).toString().contains(QLatin1String("PCI"));
        }
        QVERIFY(expected > 0);
        auto *classBox = view->findChild<QComboBox *>(QStringLiteral("ocsfClass"));
        QCOMPARE(classBox->count(), 4); // all + 2001, 3001, 3002
        classBox->setCurrentIndex(classBox->findData(2001));
        auto *reference = view->findChild<QLineEdit *>(QStringLiteral("ocsfFrameworkReference"));
        QTest::keyClicks(reference, QStringLiteral("pci"));
        QTRY_COMPARE(view->visibleCount(), int(expected));
        QCOMPARE(view->countsText(), QStringLiteral("%1 of 90 event(s)").arg(expected));
        view->table()->selectRow(0);
        const QString uid = view->table()->model()->index(0, OcsfView::UidColumn).data().toString();
        QVERIFY(view->details()->toPlainText().contains(QStringLiteral("\"%1\"").arg(uid)));
        QVERIFY(view->details()->toPlainText().contains(QStringLiteral("PCI-DSS Requirement 3.4")));
        // Showing an event the filter hides clears the filter.
        QVERIFY(view->showEvent(QStringLiteral("evt_ocsf_0001")));
        QCOMPARE(view->visibleCount(), viewsfixture::OcsfEvents);
        QCOMPARE(classBox->currentIndex(), 0);
    }

    void runtimePage()
    {
        m_window->showPage(MainWindow::RuntimePage);
        RuntimeView *view = m_window->evidencePages()->runtime();
        const QJsonArray entries = viewsfixture::runtimeEntries(viewsfixture::RuntimeEntries);
        QCOMPARE(view->visibleCount(), entries.size());
        auto *decision = view->findChild<QComboBox *>(QStringLiteral("runtimeDecision"));
        decision->setCurrentIndex(decision->findData(QStringLiteral("deny")));
        qint64 denied = 0;
        for (const QJsonValue &v : entries)
            denied += v.toObject().value(QStringLiteral("decision")) == QLatin1String("deny");
        QCOMPARE(view->visibleCount(), int(denied));
        auto *agent = view->agentChoice();
        agent->setCurrentIndex(agent->findData(QStringLiteral("b2c3d4e5-f6a7-4890-bcde-f12345678901")));
        qint64 both = 0;
        for (const QJsonValue &v : entries)
            both += v.toObject().value(QStringLiteral("decision")) == QLatin1String("deny") &&
                    v.toObject().value(QStringLiteral("agent_id")) ==
                        QLatin1String("b2c3d4e5-f6a7-4890-bcde-f12345678901");
        QCOMPARE(view->visibleCount(), int(both));
        QVERIFY(agent->currentText().contains(QStringLiteral("(b2c3d4e5-")));
    }

    void evidenceIdJumpsToRuntimeEntry()
    {
        m_window->showPage(MainWindow::PackagesPage);
        emit m_window->packagesView()->evidenceRequested(QStringLiteral("e05"));
        QCOMPARE(m_window->currentPage(), MainWindow::RuntimePage);
        RuntimeView *view = m_window->evidencePages()->runtime();
        QCOMPARE(view->visibleCount(), viewsfixture::runtimeEntries(viewsfixture::RuntimeEntries).size());
        const QModelIndex current = view->table()->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(view->table()->model()->index(current.row(), RuntimeView::EntryIdColumn).data().toString(),
                 QStringLiteral("e05"));
        QVERIFY(view->details()->toPlainText().contains(QStringLiteral("\"e05\"")));
        // A gateway record's id still lands in the audit log.
        emit m_window->packagesView()->evidenceRequested(QStringLiteral("evt_000003"));
        QCOMPARE(m_window->currentPage(), MainWindow::AuditLogPage);
        // An id only an OCSF event carries lands on the OCSF page.
        emit m_window->packagesView()->evidenceRequested(QStringLiteral("evt_ocsf_0042"));
        QCOMPARE(m_window->currentPage(), MainWindow::OcsfPage);
    }

    void listingsFromThePages()
    {
        // The OCSF page's filter, exported as a listing from the window's Export PDF.
        m_window->showPage(MainWindow::OcsfPage);
        OcsfView *view = m_window->evidencePages()->ocsf();
        views::OcsfFilter filter;
        filter.classUids = {3002};
        view->setFilter(filter);
        QVERIFY(m_window->action(QStringLiteral("exportPdf"))->isEnabled());
        const QString ocsfPdf = m_dir.filePath(QStringLiteral("ocsf-listing.pdf"));
        QVERIFY(m_window->outputReport(ReportMode::Pdf, ocsfPdf));
        QString text = pdfText(ocsfPdf);
        QVERIFY(text.contains(QStringLiteral("class = 3002")));
        QVERIFY(text.contains(QStringLiteral("Records %1").arg(view->visibleCount())));
        QList<ActivityEntry> log = m_window->store()->activity();
        QCOMPARE(log.constLast().action, QStringLiteral("listing"));
        QJsonObject details = QJsonDocument::fromJson(log.constLast().details).object();
        QCOMPARE(details.value(QStringLiteral("what")).toString(), QStringLiteral("ocsf"));
        QCOMPARE(details.value(QStringLiteral("records")).toInteger(), view->visibleCount());

        // The audit log's filtered records, from its Listing button's menu.
        m_window->showPage(MainWindow::AuditLogPage);
        AuditFilter gateway;
        gateway.actions = {QStringLiteral("allow_with_override")};
        m_window->auditLogView()->setFilter(gateway);
        const QString gatewayPdf = m_dir.filePath(QStringLiteral("overrides-listing.pdf"));
        QVERIFY(m_window->outputListing(ReportMode::Pdf, gatewayPdf));
        text = pdfText(gatewayPdf);
        QVERIFY(text.contains(QStringLiteral("action = allow_with_override")));
        QVERIFY(text.contains(QStringLiteral("Records %1").arg(m_window->store()->count(gateway))));
        auto *button = m_window->auditLogView()->findChild<QToolButton *>(QStringLiteral("listingButton"));
        QVERIFY(button && button->menu());
        QCOMPARE(button->menu()->actions().size(), 3);
        details = QJsonDocument::fromJson(m_window->store()->activity().constLast().details).object();
        QCOMPARE(details.value(QStringLiteral("what")).toString(), QStringLiteral("gateway"));
        QCOMPARE(details.value(QStringLiteral("sha256")).toString(),
                 QString::fromLatin1(
                     QCryptographicHash::hash(wsfixture::readFile(gatewayPdf), QCryptographicHash::Sha256)
                         .toHex()));
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestGuiViews)
#include "tst_gui_views.moc"
