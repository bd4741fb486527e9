// Token-safe, linear line breaking for the PDF tables (core/report/render/LaidOutText): identifiers and
// timestamps break after a separator, never inside a token (`agent.suspende|d`, `…49.8|95Z` were printed
// once); only a separator-free run wider than the line (a hash) breaks between characters; indentation is
// kept; and a 100 kB name is measured in linear steps (characters measured counted, not timed).
#include "core/report/render/LaidOutText.h"
#include "core/report/render/ReportFonts.h"

#include <QFontMetricsF>
#include <QtTest>

using namespace ab::render;

namespace {

QStringList linesOf(const QString &broken)
{
    return broken.split(QChar::LineSeparator);
}

} // namespace

class TestTextWrap : public QObject
{
    Q_OBJECT
    QFont m_font = makeFont(false, 8);

private slots:
    void identifierBreaksAfterSeparator()
    {
        const QFontMetricsF fm(m_font);
        // Room for "agent." but not for the whole identifier.
        const double width = fm.horizontalAdvance(QStringLiteral("agent.susp")) + 1;
        QCOMPARE(linesOf(breakLines(QStringLiteral("agent.suspended"), fm, width)),
                 (QStringList{QStringLiteral("agent."), QStringLiteral("suspended")}));
        // A line that holds it keeps it whole, beside other words that move to the next line.
        const double wide = fm.horizontalAdvance(QStringLiteral("agent.suspended")) + 2;
        QCOMPARE(linesOf(breakLines(QStringLiteral("agent.suspended agent.deployed"), fm, wide)),
                 (QStringList{QStringLiteral("agent.suspended"), QStringLiteral("agent.deployed")}));
    }

    void timestampNeverSplitInsideToken()
    {
        const QFontMetricsF fm(m_font);
        const QString ts = QStringLiteral("2025-01-01T00:00:49.895Z");
        const double width = fm.horizontalAdvance(QStringLiteral("2025-01-01T00:00:49.8")) + 1;
        const QStringList lines = linesOf(breakLines(ts, fm, width));
        QCOMPARE(lines, (QStringList{QStringLiteral("2025-01-01T00:00:49."), QStringLiteral("895Z")}));
        // Wherever the width falls, every break is after a separator, and the text is all there.
        for (int cut = 6; cut <= ts.size(); ++cut) {
            const double w = fm.horizontalAdvance(ts.left(cut)) + 1;
            const QStringList parts = linesOf(breakLines(ts, fm, w));
            QCOMPARE(parts.join(QString()), ts);
            for (qsizetype i = 0; i + 1 < parts.size(); ++i)
                QVERIFY2(QStringLiteral(".-:").contains(parts[i].back()), qPrintable(parts.join(u'|')));
        }
    }

    void hashBreaksAnywhereOnlyWhenItMust()
    {
        const QFontMetricsF fm(m_font);
        const QString hash = QString(64, QLatin1Char('a'));
        const double width = fm.horizontalAdvance(QString(20, QLatin1Char('a'))) + 1;
        const QStringList lines = linesOf(breakLines(QStringLiteral("sha ") + hash, fm, width));
        QCOMPARE(lines.front(), QStringLiteral("sha"));
        QCOMPARE(lines.mid(1).join(QString()), hash);
        for (const QString &line : lines)
            QVERIFY(fm.horizontalAdvance(line) <= width);
    }

    void indentationKept()
    {
        const QFontMetricsF fm(makeFont(true, 7.5));
        const QString json = QStringLiteral("{\n    \"id\": \"e05\",\n  \"x\": 1\n}");
        QCOMPARE(breakLines(json, fm, 1000), QString(json).replace(QLatin1Char('\n'), QChar::LineSeparator));
    }

    void hundredKilobyteNameIsLinear_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("no separator") << QString(100000, QLatin1Char('x'));
        QTest::newRow("separators") << QStringLiteral("seg.").repeated(25000);
        QTest::newRow("words") << QStringLiteral("word ").repeated(20000);
        QTest::newRow("mixed") << QStringLiteral("a-very_long.identifier/").repeated(4000) +
                                      QString(4000, QLatin1Char('z'));
    }

    void hundredKilobyteNameIsLinear()
    {
        QFETCH(QString, name);
        const QFontMetricsF fm(m_font);
        const double width = fm.horizontalAdvance(QStringLiteral("0123456789abcdef"));
        const qint64 before = measuredCharacters();
        const QString broken = breakLines(name, fm, width);
        const qint64 measured = measuredCharacters() - before;
        // Each character is measured at most three times (its word, its segment, itself once per distinct
        // character): quadratic work would be billions here.
        QVERIFY2(measured <= 3 * name.size() + 64, qPrintable(QString::number(measured)));
        QString rejoined = broken;
        rejoined.remove(QChar::LineSeparator);
        QCOMPARE(rejoined.remove(QLatin1Char(' ')), QString(name).remove(QLatin1Char(' ')));
        // The laid-out text has exactly those lines, each within the width.
        const LaidOutText t = layoutText(name, m_font, width, nullptr);
        QCOMPARE(t.layout->lineCount(), linesOf(broken).size());
        for (int i = 0; i < std::min(t.layout->lineCount(), 50); ++i)
            QVERIFY(t.layout->lineAt(i).naturalTextWidth() <= width + 0.5);
    }
};

QTEST_MAIN(TestTextWrap)
#include "tst_textwrap.moc"
