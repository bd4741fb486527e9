// The issues dock: issues from different origins, replacing one origin's issues, jump-to on activation.
#include "support/GuiTestSupport.h"
#include "ui/issues/IssueModel.h"
#include "ui/issues/IssuesDock.h"

#include <QSignalSpy>
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
