// `auditbench-cli note` and `notes` (issue 19): the exact JSON printed, the supersession, the tag filter,
// --all, the activity log's row, and the one-line errors with exit status 2 (nothing on stdout).
#include "support/CliRun.h"
#include "support/WorkspaceFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QtTest>

using ab::test::CliRun;
using namespace wsfixture;

namespace {

QProcessEnvironment ada()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("AUDITBENCH_USER"), QStringLiteral("Ada Auditor <ada@example.com>"));
    return env;
}

CliRun cli(const QStringList &args)
{
    return ab::test::runCli(args, ada());
}

QString createdAt(const CliRun &r)
{
    return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("created_at")).toString();
}

} // namespace

class TestNotesCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_ws;

private slots:
    void initTestCase()
    {
        m_ws = m_dir.filePath(QStringLiteral("audit.auditbench"));
        const CliRun imported =
            cli({QStringLiteral("import"), QStringLiteral("--workspace"), m_ws,
                 writeFile(m_dir.path(), QStringLiteral("gw.json"), asArray(gatewayRecords(6))),
                 writeFile(m_dir.path(), QStringLiteral("rt.json"), runtimeExport(3))});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
    }

    void noteIsPrintedExactly()
    {
        const CliRun r =
            cli({QStringLiteral("note"), QStringLiteral("--workspace"), m_ws, QStringLiteral("--record"),
                 QStringLiteral("evt_000002"), QStringLiteral("--text"), QStringLiteral("No ticket"),
                 QStringLiteral("--tag"), QStringLiteral("follow-up"), QStringLiteral("--tag"),
                 QStringLiteral("exception")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.err, QByteArray());
        const QString at = createdAt(r);
        QCOMPARE(at.size(), qsizetype(24));
        QCOMPARE(QString::fromUtf8(r.out),
                 QStringLiteral("{\n"
                                "  \"id\": 1,\n"
                                "  \"kind\": \"gateway\",\n"
                                "  \"record\": \"evt_000002\",\n"
                                "  \"text\": \"No ticket\",\n"
                                "  \"tags\": [\n"
                                "    \"exception\",\n"
                                "    \"follow-up\"\n"
                                "  ],\n"
                                "  \"supersedes\": null,\n"
                                "  \"superseded_by\": null,\n"
                                "  \"created_at\": \"%1\",\n"
                                "  \"created_by\": \"Ada Auditor <ada@example.com>\"\n"
                                "}\n")
                     .arg(at));
    }

    void laterNoteSupersedesAndNotesFilter()
    {
        const CliRun runtime =
            cli({QStringLiteral("note"), QStringLiteral("--workspace"), m_ws, QStringLiteral("--record"),
                 QStringLiteral("ae_2"), QStringLiteral("--kind"), QStringLiteral("runtime"),
                 QStringLiteral("--tag"), QStringLiteral("✓ tested")});
        QVERIFY2(runtime.exitCode == 0, runtime.err.constData());
        const CliRun second = cli({QStringLiteral("note"), QStringLiteral("--workspace"), m_ws,
                                   QStringLiteral("--record"), QStringLiteral("evt_000002"),
                                   QStringLiteral("--text"), QStringLiteral("Ticket CHG-17 found"),
                                   QStringLiteral("--tag"), QStringLiteral("exception")});
        QVERIFY2(second.exitCode == 0, second.err.constData());
        const QJsonObject s = QJsonDocument::fromJson(second.out).object();
        QCOMPARE(s.value(QStringLiteral("id")).toInt(), 3);
        QCOMPARE(s.value(QStringLiteral("supersedes")).toInt(), 1);

        const auto list = [&](const QStringList &extra) {
            const CliRun r =
                cli(QStringList{QStringLiteral("notes"), QStringLiteral("--workspace"), m_ws} + extra);
            QList<int> ids;
            for (const QJsonValue &v :
                 QJsonDocument::fromJson(r.out).object().value(QStringLiteral("notes")).toArray())
                ids << v.toObject().value(QStringLiteral("id")).toInt();
            return r.exitCode == 0 ? ids : QList<int>{-1};
        };
        QCOMPARE(list({}), (QList<int>{2, 3}));
        QCOMPARE(list({QStringLiteral("--all")}), (QList<int>{1, 2, 3}));
        QCOMPARE(list({QStringLiteral("--tag"), QStringLiteral("follow-up")}), QList<int>{});
        QCOMPARE(list({QStringLiteral("--tag"), QStringLiteral("follow-up"), QStringLiteral("--all")}),
                 QList<int>{1});
        QCOMPARE(list({QStringLiteral("--tag"), QStringLiteral("exception")}), QList<int>{3});
        QCOMPARE(list({QStringLiteral("--tag"), QStringLiteral("✓ tested")}), QList<int>{2});
        QCOMPARE(list({QStringLiteral("--kind"), QStringLiteral("runtime")}), QList<int>{2});

        // The superseded note as listed with --all: unchanged, naming its successor.
        const CliRun all =
            cli({QStringLiteral("notes"), QStringLiteral("--workspace"), m_ws, QStringLiteral("--all")});
        const QJsonObject first = QJsonDocument::fromJson(all.out)
                                      .object()
                                      .value(QStringLiteral("notes"))
                                      .toArray()
                                      .at(0)
                                      .toObject();
        QCOMPARE(first.value(QStringLiteral("text")).toString(), QStringLiteral("No ticket"));
        QCOMPARE(first.value(QStringLiteral("superseded_by")).toInt(), 3);

        // The log holds one "note" row per note, with the text and tags as given.
        const CliRun log = cli({QStringLiteral("log"), QStringLiteral("--workspace"), m_ws});
        QStringList notes;
        for (const QJsonValue &v : QJsonDocument::fromJson(log.out).array())
            if (v.toObject().value(QStringLiteral("action")).toString() == QLatin1String("note"))
                notes << QString::fromUtf8(
                    QJsonDocument(v.toObject().value(QStringLiteral("details")).toObject())
                        .toJson(QJsonDocument::Compact));
        QCOMPARE(notes.size(), qsizetype(3));
        QCOMPARE(
            notes[2],
            QStringLiteral("{\"note_id\":3,\"record\":{\"id\":\"evt_000002\",\"kind\":\"gateway\"},"
                           "\"supersedes\":1,\"tags\":[\"exception\"],\"text\":\"Ticket CHG-17 found\"}"));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no such record")
            << QStringList{QStringLiteral("--record"), QStringLiteral("evt_999999"), QStringLiteral("--text"),
                           QStringLiteral("x")}
            << QStringLiteral("%1: the workspace holds no gateway record with the id "
                              "'evt_999999'\n");
        QTest::newRow("runtime id as gateway")
            << QStringList{QStringLiteral("--record"), QStringLiteral("ae_1"), QStringLiteral("--text"),
                           QStringLiteral("x")}
            << QStringLiteral("%1: the workspace holds no gateway record with the id 'ae_1'\n");
        QTest::newRow("bad kind") << QStringList{QStringLiteral("--record"), QStringLiteral("ae_1"),
                                                 QStringLiteral("--kind"), QStringLiteral("agent")}
                                  << QStringLiteral("auditbench-cli note: --kind 'agent': expected gateway, "
                                                    "runtime or ocsf\n");
        QTest::newRow("no record") << QStringList{QStringLiteral("--text"), QStringLiteral("x")}
                                   << QStringLiteral("auditbench-cli note: --record is required\n");
        QTest::newRow("nothing to say")
            << QStringList{QStringLiteral("--record"), QStringLiteral("evt_000001")}
            << QStringLiteral("a note needs a text or at least one tag\n");
    }

    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliRun r = cli(QStringList{QStringLiteral("note"), QStringLiteral("--workspace"), m_ws} + args);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(QString::fromUtf8(r.err),
                 message.contains(QLatin1String("%1")) ? message.arg(m_ws) : message);
    }
};

QTEST_GUILESS_MAIN(TestNotesCli)
#include "tst_notescli.moc"
