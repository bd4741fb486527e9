// English plural forms (issue 19): no "record(s)" in English. Every numerus source string of the catalogue
// renders for one and for many without a "(s)"-style suffix, irregular words and verbs agree with the count,
// and the translator answers only %n strings.
#include "TestConfig.h"
#include "core/common/EnglishPlurals.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace ab;

class TestEnglishPlurals : public QObject
{
    Q_OBJECT

private slots:
    void forms_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one record") << "Exported %n record(s) to %1." << 1 << "Exported %n record to %1.";
        QTest::newRow("two records") << "Exported %n record(s) to %1." << 2 << "Exported %n records to %1.";
        QTest::newRow("no records") << "Exported %n record(s) to %1." << 0 << "Exported %n records to %1.";
        QTest::newRow("one entry") << "%1 of %n entry(s)" << 1 << "%1 of %n entry";
        QTest::newRow("entries") << "%1 of %n entry(s)" << 5 << "%1 of %n entries";
        QTest::newRow("is") << "%n sub-processor(s) are not in the registry" << 1
                            << "%n sub-processor is not in the registry";
        QTest::newRow("are") << "%n sub-processor(s) are not in the registry" << 3
                             << "%n sub-processors are not in the registry";
        QTest::newRow("processes") << "%n third-party service(s) process data" << 1
                                   << "%n third-party service processes data";
        QTest::newRow("process") << "%n third-party service(s) process data" << 2
                                 << "%n third-party services process data";
        QTest::newRow("two in one") << "Coverage: %n gap(s), %n error(s)" << 1
                                    << "Coverage: %n gap, %n error";
        QTest::newRow("nested") << "the check (%n finding(s)), nothing" << 2
                                << "the check (%n findings), nothing";
    }
    void forms()
    {
        QFETCH(QString, source);
        QFETCH(int, n);
        QFETCH(QString, expected);
        QCOMPARE(englishPluralForm(source, n), expected);
    }

    // Through Qt: the translator fills %n, and leaves strings without a count (and with no suffix) alone.
    void throughTranslate()
    {
        EnglishPlurals plurals;
        QCoreApplication::installTranslator(&plurals);
        QCOMPARE(QCoreApplication::translate("ctx", "Printed %n page(s) to %1.", nullptr, 1).arg("x.pdf"),
                 QStringLiteral("Printed 1 page to x.pdf."));
        QCOMPARE(QCoreApplication::translate("ctx", "Printed %n page(s) to %1.", nullptr, 12).arg("x.pdf"),
                 QStringLiteral("Printed 12 pages to x.pdf."));
        QCOMPARE(QCoreApplication::translate("ctx", "Total (s) here"), QStringLiteral("Total (s) here"));
        QCoreApplication::removeTranslator(&plurals);
    }

    // Every %n string the catalogue holds renders without a "(s)"/"(es)" suffix, for one and for many.
    void everyCatalogueStringRenders()
    {
        QFile file(QStringLiteral(AB_SOURCE_DIR "/translations/auditbench_en.ts"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        bool numerus = false;
        int count = 0;
        const QRegularExpression suffix(QStringLiteral("[A-Za-z]\\([a-z]+\\)"));
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("message"))
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            else if (numerus && xml.name() == QLatin1String("source")) {
                const QString source = xml.readElementText();
                ++count;
                for (int n : {1, 2})
                    QVERIFY2(!suffix.match(englishPluralForm(source, n)).hasMatch(),
                             qPrintable(QStringLiteral("%1 (n=%2): %3")
                                            .arg(source)
                                            .arg(n)
                                            .arg(englishPluralForm(source, n))));
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY2(count >= 30, qPrintable(QString::number(count))); // the catalogue holds ~40 such strings
    }
};

QTEST_GUILESS_MAIN(TestEnglishPlurals)
#include "tst_englishplurals.moc"
