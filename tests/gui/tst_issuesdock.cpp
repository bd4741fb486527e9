// The issues dock: issues from different origins, replacing one origin's issues, jump-to on activation.
#include "support/GuiTestSupport.h"
#include "ui/issues/IssueModel.h"
#include "ui/issues/IssuesDock.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace ab;

class TestIssuesDock : public QObject
{
    Q_OBJECT
    QTemporaryDir m_settingsDir;

    static Issue issue(Issue::Origin origin, Issue::Severity severity, const QString &message,
                       JumpTarget target = {})
    {
        Issue result;
        result.origin = origin;
        result.severity = severity;
        result.message = message;
        result.target = target;
        return result;
    }

private slots:
    void initTestCase()
    {
        test::isolateSettings(m_settingsDir);
        qRegisterMetaType<ab::JumpTarget>();
    }

    void countsAndTitle()
    {
        IssuesDock dock;
        dock.model()->add(
            {issue(Issue::Origin::Import, Issue::Severity::Error, QStringLiteral("a.json:3:7: expected ','")),
             issue(Issue::Origin::Verify, Issue::Severity::Warning, QStringLiteral("MACs not verified")),
             issue(Issue::Origin::Verify, Issue::Severity::Error, QStringLiteral("Event 3: HMAC mismatch"))});
        QCOMPARE(dock.model()->rowCount(), 3);
        QCOMPARE(dock.model()->count(Issue::Severity::Error), 2);
        QCOMPARE(dock.windowTitle(), QStringLiteral("Issues (2 errors, 1 warnings)"));
        QCOMPARE(dock.model()->index(0, IssueModel::OriginColumn).data().toString(),
                 QStringLiteral("Import"));
    }

    void clearingOneOriginKeepsTheOthers()
    {
        IssueModel model;
        model.add({issue(Issue::Origin::Verify, Issue::Severity::Error, QStringLiteral("v1")),
                   issue(Issue::Origin::Import, Issue::Severity::Error, QStringLiteral("i1")),
                   issue(Issue::Origin::Verify, Issue::Severity::Error, QStringLiteral("v2")),
                   issue(Issue::Origin::Verify, Issue::Severity::Error, QStringLiteral("v3")),
                   issue(Issue::Origin::Generate, Issue::Severity::Warning, QStringLiteral("g1"))});
        model.clear(Issue::Origin::Verify);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.issue(0).message, QStringLiteral("i1"));
        QCOMPARE(model.issue(1).message, QStringLiteral("g1"));
    }

    // The model keeps Qt's item-model contract (QAbstractItemModelTester, Fatal: any broken invariant aborts
    // the test) while issues are added one by one and in batches, one origin is cleared from interleaved rows
    // (several removals in one call), everything is cleared, and a proxy filters it by origin and severity
    // as the source changes under it, with the dock's own view attached.
    void modelKeepsTheItemModelContract()
    {
        IssuesDock dock;
        IssueModel *model = dock.model();
        QAbstractItemModelTester sourceTester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(model);
        proxy.setFilterKeyColumn(IssueModel::OriginColumn);
        proxy.setFilterFixedString(IssueModel::originText(Issue::Origin::Verify));
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy counts(model, &IssueModel::countsChanged);

        model->add(issue(Issue::Origin::Import, Issue::Severity::Info, QStringLiteral("i1")));
        model->add(QList<Issue>{}); // nothing to add: no signal, no row
        QCOMPARE(counts.count(), 1);
        model->add({issue(Issue::Origin::Verify, Issue::Severity::Error, QStringLiteral("v1")),
                    issue(Issue::Origin::Verify, Issue::Severity::Error, QStringLiteral("v2")),
                    issue(Issue::Origin::Import, Issue::Severity::Warning, QStringLiteral("i2")),
                    issue(Issue::Origin::Verify, Issue::Severity::Warning, QStringLiteral("v3")),
                    issue(Issue::Origin::Generate, Issue::Severity::Error, QStringLiteral("g1")),
                    issue(Issue::Origin::Verify, Issue::Severity::Error, QStringLiteral("v4"))});
        QCOMPARE(model->rowCount(), 7);
        QCOMPARE(proxy.rowCount(), 4);
        QCOMPARE(proxy.index(3, IssueModel::MessageColumn).data().toString(), QStringLiteral("v4"));

        // Filter by severity instead: the proxy re-filters the same rows.
        proxy.setFilterKeyColumn(IssueModel::SeverityColumn);
        proxy.setFilterFixedString(IssueModel::severityText(Issue::Severity::Error));
        QCOMPARE(proxy.rowCount(), 4); // v1 v2 g1 v4

        // Clearing Verify removes three separate runs of rows (v1-v2, v3, v4) in one call.
        QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
        model->clear(Issue::Origin::Verify);
        QCOMPARE(removed.count(), 3);
        QCOMPARE(model->rowCount(), 3);
        QStringList left;
        for (int row = 0; row < model->rowCount(); ++row)
            left << model->issue(row).message;
        QCOMPARE(left, QStringList({QStringLiteral("i1"), QStringLiteral("i2"), QStringLiteral("g1")}));
        QCOMPARE(proxy.rowCount(), 1); // g1
        QCOMPARE(model->count(Issue::Severity::Error), 1);
        QCOMPARE(dock.windowTitle(), QStringLiteral("Issues (1 errors, 1 warnings)"));

        // Clearing an origin with no issues changes nothing.
        model->clear(Issue::Origin::Export);
        QCOMPARE(removed.count(), 3);
        QCOMPARE(model->rowCount(), 3);

        // New issues arrive while the proxy filters; then everything is cleared and filled again.
        proxy.setFilterKeyColumn(IssueModel::OriginColumn);
        proxy.setFilterFixedString(IssueModel::originText(Issue::Origin::Import));
        QCOMPARE(proxy.rowCount(), 2);
        model->add(issue(Issue::Origin::Import, Issue::Severity::Error, QStringLiteral("i3")));
        QCOMPARE(proxy.rowCount(), 3);
        model->clearAll();
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(proxy.rowCount(), 0);
        QCOMPARE(dock.windowTitle(), QStringLiteral("Issues"));
        model->clear(Issue::Origin::Import); // on an empty model
        model->add({issue(Issue::Origin::Import, Issue::Severity::Warning, QStringLiteral("i4")),
                    issue(Issue::Origin::Verify, Issue::Severity::Error, QStringLiteral("v5"))});
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, IssueModel::MessageColumn).data().toString(), QStringLiteral("i4"));
        proxy.setFilterFixedString(QString()); // no filter: every row
        QCOMPARE(proxy.rowCount(), 2);
        QCOMPARE(dock.view()->model()->rowCount(), 2);
    }

    void doubleClickJumps()
    {
        IssuesDock dock;
        dock.resize(800, 200);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        dock.model()->add(
            {issue(Issue::Origin::Import, Issue::Severity::Info, QStringLiteral("no target")),
             issue(Issue::Origin::Verify, Issue::Severity::Error, QStringLiteral("Event 3: HMAC mismatch"),
                   {JumpTarget::Kind::AuditRecord, QStringLiteral("evt_00000003"), 3, {}, 0, 0})});
        QSignalSpy jumps(&dock, &IssuesDock::jumpRequested);
        QTableView *view = dock.view();
        const QRect first = view->visualRect(dock.model()->index(0, IssueModel::MessageColumn));
        // An item view activates on double-click only after the press that selected the same cell.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, first.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, first.center());
        QCOMPARE(jumps.count(), 0); // an issue without a target goes nowhere
        const QRect second = view->visualRect(dock.model()->index(1, IssueModel::MessageColumn));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, second.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, second.center());
        QCOMPARE(jumps.count(), 1);
        QCOMPARE(jumps.at(0).at(0).value<JumpTarget>().id, QStringLiteral("evt_00000003"));
        QCOMPARE(dock.model()->index(1, IssueModel::LocationColumn).data().toString(),
                 QStringLiteral("Event 3 (evt_00000003)"));
    }
};

QTEST_MAIN(TestIssuesDock)
#include "tst_issuesdock.moc"
