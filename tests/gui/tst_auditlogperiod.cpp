// The audit log's period is the shared PeriodFilter (issue 19), like the other record pages: typed ISO dates,
// the Range menu's quick ranges, and the filter applied is exactly the period shown (to the second, the last
// second counted whole). setFilter shows a period; Clear filters unticks it.
#include "core/common/Instant.h"
#include "support/GuiTestSupport.h"
#include "ui/auditlog/AuditLogView.h"
#include "ui/views/PeriodFilter.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QTest>

using namespace ab;

class TestAuditLogPeriod : public QObject
{
    Q_OBJECT
    QTemporaryDir m_settings;

    static Instant at(const char *text) { return *Instant::parse(QString::fromLatin1(text)); }

private slots:
    void initTestCase() { test::isolateSettings(m_settings); }

    void usesTheSharedPeriodFilter()
    {
        AuditLogView view;
        auto *period = view.findChild<PeriodFilter *>(QStringLiteral("filterPeriod"));
        QVERIFY(period);
        const QList<QDateTimeEdit *> edits = view.findChildren<QDateTimeEdit *>();
        QCOMPARE(edits.size(), 2); // no second pair of date fields of its own
        for (QDateTimeEdit *edit : edits)
            QCOMPARE(edit->parentWidget(), period);
        QCOMPARE(period->checkBox()->objectName(), QStringLiteral("filterPeriodEnabled"));
        QCOMPARE(period->checkBox()->text(), QStringLiteral("&Period (UTC):"));
        QVERIFY(!view.currentFilter().start);
        QVERIFY(!view.currentFilter().end);
    }

    void typedDatesAreTheFilterApplied()
    {
        AuditLogView view;
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *box = view.findChild<QCheckBox *>(QStringLiteral("filterPeriodEnabled"));
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(5, box->height() / 2));
        QVERIFY(box->isChecked());
        auto *start = view.findChild<QDateTimeEdit *>(QStringLiteral("periodStart"));
        auto *end = view.findChild<QDateTimeEdit *>(QStringLiteral("periodEnd"));
        start->setFocus(Qt::TabFocusReason);
        QApplication::processEvents();
        QTest::keyClicks(start, QStringLiteral("2025-03-01 00:00:00"));
        end->setFocus(Qt::TabFocusReason);
        QApplication::processEvents();
        QTest::keyClicks(end, QStringLiteral("2025-03-31 23:59:59"));
        const AuditFilter filter = view.currentFilter();
        QCOMPARE(filter.start->seconds, at("2025-03-01T00:00:00Z").seconds);
        QCOMPARE(filter.start->nanos, 0);
        QCOMPARE(filter.end->seconds, at("2025-03-31T23:59:59Z").seconds);
        QCOMPARE(filter.end->nanos, 999999999);
    }

    void quickRangeAndSetFilterShowWhatIsApplied()
    {
        AuditLogView view;
        auto *period = view.findChild<PeriodFilter *>(QStringLiteral("filterPeriod"));
        QVERIFY(period->applyQuickRange(QuickRange::LastYear, QDate(2026, 2, 10)));
        AuditFilter filter = view.currentFilter();
        QCOMPARE(filter.start->seconds, at("2025-01-01T00:00:00Z").seconds);
        QCOMPARE(filter.end->seconds, at("2025-12-31T23:59:59Z").seconds);

        AuditFilter wanted;
        wanted.start = at("2024-07-01T00:00:00Z");
        wanted.end = at("2024-09-30T23:59:59.999999999Z");
        view.setFilter(wanted);
        QCOMPARE(view.findChild<QDateTimeEdit *>(QStringLiteral("periodStart"))->dateTime(),
                 QDateTime(QDate(2024, 7, 1), QTime(0, 0), Qt::UTC));
        filter = view.currentFilter();
        QCOMPARE(filter.start->seconds, wanted.start->seconds);
        QCOMPARE(filter.end->seconds, wanted.end->seconds);
        QCOMPARE(filter.end->nanos, 999999999);

        view.clearFilter();
        QVERIFY(!view.findChild<QCheckBox *>(QStringLiteral("filterPeriodEnabled"))->isChecked());
        QVERIFY(!view.currentFilter().start);
        QVERIFY(!view.currentFilter().end);
    }
};

QTEST_MAIN(TestAuditLogPeriod)
#include "tst_auditlogperiod.moc"
