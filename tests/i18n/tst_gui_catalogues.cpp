// The translation catalogues stay in step with the sources (issue 18): lupdate, run exactly as the build's
// update_translations target runs it but into temporary copies, must not change a byte of translations/*.ts;
// every German and French string is translated (lrelease: 0 unfinished) and keeps its source's placeholders
// (scripts/translations/fill-ts.py --check). When this fails after a source change:
//     cmake --build build --target update_translations && python3 scripts/translations/fill-ts.py
// and add the lines fill-ts.py --missing prints, translated, to scripts/translations/<lang>.tsv.
#include "TestConfig.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
};

Run run(const QString &program, const QStringList &args, const QString &workingDir = {})
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    process.start(program, args);
    if (!process.waitForFinished(300000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAll()};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// lupdate writes source locations relative to the catalogue; the copies live elsewhere, so their paths are
// rewritten to what they would be from translations/.
QByteArray relocated(const QByteArray &catalogue, const QString &from, const QString &to)
{
    static const QRegularExpression location(QStringLiteral("<location filename=\"([^\"]+)\""));
    QString text = QString::fromUtf8(catalogue);
    QString result;
    qsizetype last = 0;
    for (auto it = location.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString absolute = QDir::cleanPath(QDir(from).absoluteFilePath(m.captured(1)));
        result += text.mid(last, m.capturedStart(1) - last) + QDir(to).relativeFilePath(absolute);
        last = m.capturedEnd(1);
    }
    result += text.mid(last);
    return result.toUtf8();
}

// The first line where two catalogues differ, with its neighbours, for the failure message.
QString firstDifference(const QByteArray &a, const QByteArray &b)
{
    const QList<QByteArray> x = a.split('\n'), y = b.split('\n');
    for (qsizetype i = 0; i < qMax(x.size(), y.size()); ++i) {
        const QByteArray l = x.value(i), r = y.value(i);
        if (l != r)
            return QStringLiteral("line %1:\n  committed: %2\n  lupdate:   %3")
                .arg(i + 1)
                .arg(QString::fromUtf8(l), QString::fromUtf8(r));
    }
    return {};
}

} // namespace

class TestGuiCatalogues : public QObject
{
    Q_OBJECT
    const QString m_translations = QStringLiteral(AB_SOURCE_DIR "/translations");
    const QStringList m_languages{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};

private slots:
    void lupdateChangesNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // The sources and include paths the build gives lupdate (GenerateLUpdateProject, as the target does).
        const QString project = dir.filePath(QStringLiteral("project.json"));
        const Run generated =
            run(QStringLiteral(AB_CMAKE_COMMAND),
                {QStringLiteral("-DIN_FILE=" AB_LUPDATE_PROJECT), QStringLiteral("-DOUT_FILE=") + project,
                 QStringLiteral("-P"), QStringLiteral(AB_LUPDATE_GENERATOR)});
        QVERIFY2(generated.exitCode == 0, generated.out.constData());
        QStringList copies;
        for (const QString &lang : m_languages) {
            const QString name = QStringLiteral("auditbench_%1.ts").arg(lang);
            QVERIFY(QFile::copy(m_translations + QLatin1Char('/') + name, dir.filePath(name)));
            copies << dir.filePath(name);
        }
        const Run lupdate =
            run(QStringLiteral(AB_LUPDATE), QStringList{QStringLiteral("-project"), project,
                                                        QStringLiteral("-no-obsolete"), QStringLiteral("-ts")}
                                                << copies);
        QVERIFY2(lupdate.exitCode == 0, lupdate.out.constData());
        QVERIFY2(lupdate.out.contains("Found "), lupdate.out.constData()); // it did scan the sources
        for (const QString &lang : m_languages) {
            const QString name = QStringLiteral("auditbench_%1.ts").arg(lang);
            const QByteArray committed = readAll(m_translations + QLatin1Char('/') + name);
            const QByteArray updated = relocated(readAll(dir.filePath(name)), dir.path(), m_translations);
            QVERIFY(!committed.isEmpty());
            QVERIFY2(updated == committed,
                     qPrintable(name +
                                QStringLiteral(" is not what lupdate makes of the sources (run "
                                               "update_translations, then fill-ts.py); ") +
                                firstDifference(committed, updated)));
        }
    }

    void everyStringIsTranslated_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("de") << "de";
        QTest::newRow("fr") << "fr";
    }

    void everyStringIsTranslated()
    {
        QFETCH(QString, lang);
        QTemporaryDir dir;
        const Run lrelease =
            run(QStringLiteral(AB_LRELEASE), {m_translations + QStringLiteral("/auditbench_%1.ts").arg(lang),
                                              QStringLiteral("-qm"), dir.filePath(QStringLiteral("out.qm"))});
        QCOMPARE(lrelease.exitCode, 0);
        static const QRegularExpression counts(QStringLiteral("\\((\\d+) finished and (\\d+) unfinished\\)"));
        const auto m = counts.match(QString::fromUtf8(lrelease.out));
        QVERIFY2(m.hasMatch(), lrelease.out.constData());
        QVERIFY2(m.captured(1).toInt() >= 1000, lrelease.out.constData());
        QCOMPARE(m.captured(2).toInt(), 0);
    }

    void translationsKeepPlaceholders()
    {
        const Run check =
            run(QStringLiteral("python3"), {QStringLiteral(AB_SOURCE_DIR "/scripts/translations/fill-ts.py"),
                                            QStringLiteral("--check")});
        QVERIFY2(check.exitCode == 0, check.out.constData());
        QVERIFY2(check.out.contains("de: ") && check.out.contains("fr: "), check.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestGuiCatalogues)
#include "tst_gui_catalogues.moc"
