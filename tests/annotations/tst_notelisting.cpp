// Notes on paper and in packs (issue 19): `listing` prints a Notes section with the current note of each
// listed record (the superseded one and notes on records outside the filter are not printed; pdftotext
// finds the text, tags and record id), and `evidence-pack` writes notes.json with every note, listed in
// MANIFEST.json with its SHA-256 and count, named in report.pdf, and checked by verify-pack.
#include "support/CliRun.h"
#include "support/WorkspaceFixture.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using ab::test::CliRun;
using ab::test::runCli;
using namespace wsfixture;

namespace {

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput())
        .replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

// The ids of the fixture's records of a framework that have a timestamp in 2025, in fixture order.
QStringList idsOf(const QJsonArray &records, const QString &framework)
{
    QStringList out;
    for (const QJsonValue &v : records) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("framework")).toString() == framework &&
            o.value(QStringLiteral("timestamp")).toString().startsWith(QLatin1String("2025")))
            out << o.value(QStringLiteral("id")).toString();
    }
    return out;
}

} // namespace

class TestNoteListing : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_ws, m_pci, m_hipaa;

    CliRun note(const QString &record, const QString &text, const QStringList &tags = {})
    {
        QStringList args{QStringLiteral("note"),
                         QStringLiteral("--workspace"),
                         m_ws,
                         QStringLiteral("--record"),
                         record,
                         QStringLiteral("--text"),
                         text};
        for (const QString &t : tags)
            args << QStringLiteral("--tag") << t;
        return runCli(args);
    }

private slots:
    void initTestCase()
    {
        m_ws = m_dir.filePath(QStringLiteral("notes.auditbench"));
        const QJsonArray records = gatewayRecords(60);
        const CliRun imported =
            runCli({QStringLiteral("import"), QStringLiteral("--workspace"), m_ws,
                    writeFile(m_dir.path(), QStringLiteral("gw.json"), asArray(records))});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        m_pci = idsOf(records, QStringLiteral("pci_dss")).value(1);
        m_hipaa = idsOf(records, QStringLiteral("hipaa")).value(0);
        QVERIFY(!m_pci.isEmpty() && !m_hipaa.isEmpty());
        QCOMPARE(note(m_pci, QStringLiteral("First thought, superseded")).exitCode, 0);
        QCOMPARE(note(m_pci, QStringLiteral("Ticket CHG-17 missing"), {QStringLiteral("exception")}).exitCode,
                 0);
        QCOMPARE(note(m_hipaa, QStringLiteral("Outside the filter")).exitCode, 0);
    }

    void listingPrintsTheCurrentNotes()
    {
        const QString out = m_dir.filePath(QStringLiteral("pci.pdf"));
        const CliRun r =
            runCli({QStringLiteral("listing"), QStringLiteral("--workspace"), m_ws,
                    QStringLiteral("--framework"), QStringLiteral("pci_dss"), QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString text = pdfText(out);
        QVERIFY2(text.contains(QStringLiteral("Notes 1 ")), qPrintable(text.left(600))); // the cover's count
        QVERIFY(text.contains(QStringLiteral("Ticket CHG-17 missing")));
        QVERIFY(text.contains(QStringLiteral("exception")));
        // The Notes table's row: record id, tags, the note.
        QVERIFY2(text.contains(m_pci + QStringLiteral(" exception Ticket CHG-17 missing")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("First thought")));
        QVERIFY(!text.contains(QStringLiteral("Outside the filter")));
        QVERIFY(!text.contains(QStringLiteral("No note on these records.")));

        const QString sox = m_dir.filePath(QStringLiteral("sox.pdf"));
        QCOMPARE(runCli({QStringLiteral("listing"), QStringLiteral("--workspace"), m_ws,
                         QStringLiteral("--framework"), QStringLiteral("sox"), QStringLiteral("--out"), sox})
                     .exitCode,
                 0);
        const QString soxText = pdfText(sox);
        QVERIFY(soxText.contains(QStringLiteral("Notes 0 ")));
        QVERIFY(soxText.contains(QStringLiteral("No note on these records.")));
    }

    void packCarriesNotesJson()
    {
        const QString dir = m_dir.filePath(QStringLiteral("pack"));
        const CliRun r =
            runCli({QStringLiteral("evidence-pack"), QStringLiteral("--workspace"), m_ws,
                    QStringLiteral("--start"), QStringLiteral("2025-01-01T00:00:00Z"),
                    QStringLiteral("--end"), QStringLiteral("2025-12-31T23:59:59Z"),
                    QStringLiteral("--framework"), QStringLiteral("pci_dss"), QStringLiteral("--out"), dir});
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, r.err.constData()); // the fixture's chain is not valid
        const QByteArray bytes = readFile(dir + QStringLiteral("/notes.json"));
        const QJsonArray notes =
            QJsonDocument::fromJson(bytes).object().value(QStringLiteral("notes")).toArray();
        QCOMPARE(notes.size(), 3); // every note, the superseded one included
        QCOMPARE(notes.at(0).toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("First thought, superseded"));
        QCOMPARE(notes.at(0).toObject().value(QStringLiteral("superseded_by")).toInt(), 2);
        QCOMPARE(notes.at(1).toObject().value(QStringLiteral("tags")).toArray(), (QJsonArray{"exception"}));

        const QJsonObject manifest =
            QJsonDocument::fromJson(readFile(dir + QStringLiteral("/MANIFEST.json"))).object();
        QJsonObject entry;
        for (const QJsonValue &f : manifest.value(QStringLiteral("files")).toArray())
            if (f.toObject().value(QStringLiteral("path")).toString() == QLatin1String("notes.json"))
                entry = f.toObject();
        QCOMPARE(entry.value(QStringLiteral("kind")).toString(), QStringLiteral("notes"));
        QCOMPARE(entry.value(QStringLiteral("records")).toInt(), 3);
        QCOMPARE(entry.value(QStringLiteral("sha256")).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        QVERIFY(pdfText(dir + QStringLiteral("/report.pdf")).contains(QStringLiteral("notes.json")));
        const CliRun verified = runCli({QStringLiteral("verify-pack"), dir});
        QVERIFY2(verified.exitCode == 0, verified.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestNoteListing)
#include "tst_notelisting.moc"
