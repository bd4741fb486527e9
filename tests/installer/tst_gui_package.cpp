// The Debian package itself (issue 18): cpack builds the .deb from this build tree (as scripts/package.sh
// does), `dpkg -x` unpacks it into a scratch root, and the binaries run from there with LD_LIBRARY_PATH
// unset: the CLI prints its version and verifies the spec's vectors exactly as the contract expects, the GUI
// starts in German and French from its compiled-in catalogues. The control fields and the file list are
// checked too.
#include "TestConfig.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &args, const QString &workingDir = {},
        int timeoutMs = 120000)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Nothing may find its libraries through the environment: only the system's and the package's own.
    env.remove(QStringLiteral("LD_LIBRARY_PATH"));
    env.remove(QStringLiteral("QT_PLUGIN_PATH"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    process.start(program, args);
    if (!process.waitForFinished(timeoutMs))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

QJsonObject jsonFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

} // namespace

class TestGuiPackage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_out;
    QTemporaryDir m_root;
    QString m_deb;

    QString inRoot(const QString &relative) const { return m_root.path() + QLatin1Char('/') + relative; }
    QString field(const QString &name) const
    {
        return QString::fromUtf8(run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), m_deb, name}).out)
            .trimmed();
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("dpkg-deb")).isEmpty())
            QSKIP("dpkg-deb is not installed (Debian only)");
        QVERIFY(m_out.isValid() && m_root.isValid());
        const QString cpack =
            QFileInfo(QStringLiteral(AB_CMAKE_COMMAND)).dir().filePath(QStringLiteral("cpack"));
        const Run packaged =
            run(cpack,
                {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-B"), m_out.path(),
                 QStringLiteral("--config"), QStringLiteral(AB_BUILD_DIR "/CPackConfig.cmake")},
                QStringLiteral(AB_BUILD_DIR), 600000);
        QVERIFY2(packaged.exitCode == 0, (packaged.out + packaged.err).constData());
        const QStringList debs = QDir(m_out.path()).entryList({QStringLiteral("*.deb")}, QDir::Files);
        QCOMPARE(debs.size(), 1);
        m_deb = m_out.filePath(debs.constFirst());
        const Run unpacked = run(QStringLiteral("dpkg"), {QStringLiteral("-x"), m_deb, m_root.path()});
        QVERIFY2(unpacked.exitCode == 0, unpacked.err.constData());
    }

    void controlFields()
    {
        QCOMPARE(field(QStringLiteral("Package")), QStringLiteral("auditbench"));
        const QString depends = field(QStringLiteral("Depends"));
        // Declared (fonts of the reports, Qt's SQLite plugin) and found by dpkg-shlibdeps (Qt's libraries).
        for (const char *package :
             {"fonts-dejavu-core", "libqt6sql6-sqlite", "libqt6widgets6", "libqt6core6"})
            QVERIFY2(depends.contains(QLatin1String(package)),
                     qPrintable(package + QStringLiteral(": ") + depends));
        QVERIFY(field(QStringLiteral("Recommends")).contains(QLatin1String("qt6-translations-l10n")));
        QVERIFY(field(QStringLiteral("Homepage")).startsWith(QLatin1String("https://")));
        // The version the package says is the one its binary prints.
        const Run version =
            run(inRoot(QStringLiteral("usr/bin/auditbench-cli")), {QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out,
                 QStringLiteral("auditbench-cli %1\n").arg(field(QStringLiteral("Version"))).toUtf8());
    }

    void filesAUserNeeds()
    {
        for (const char *path :
             {"usr/bin/auditbench", "usr/bin/auditbench-cli", "usr/share/man/man1/auditbench.1.gz",
              "usr/share/man/man1/auditbench-cli.1.gz", "usr/share/man/man1/auditbench-cli-verify.1.gz",
              "usr/share/doc/auditbench/copyright",
              "usr/share/applications/org.auditbench.AuditBench.desktop",
              "usr/share/metainfo/org.auditbench.AuditBench.metainfo.xml",
              "usr/share/mime/packages/auditbench.xml",
              "usr/share/icons/hicolor/scalable/apps/auditbench.svg",
              "usr/share/icons/hicolor/48x48/apps/auditbench.png",
              "usr/share/bash-completion/completions/auditbench-cli"})
            QVERIFY2(QFile::exists(inRoot(QString::fromLatin1(path))), path);
        // Man pages only compressed, binaries stripped of their debug info (the unstripped CLI is ~60 MB).
        QVERIFY(
            QDir(inRoot(QStringLiteral("usr/share/man/man1"))).entryList({QStringLiteral("*.1")}).isEmpty());
        QVERIFY2(
            QFileInfo(inRoot(QStringLiteral("usr/bin/auditbench-cli"))).size() < 30 * 1024 * 1024,
            qPrintable(QString::number(QFileInfo(inRoot(QStringLiteral("usr/bin/auditbench-cli"))).size())));
    }

    void noPathIntoTheBuildTree()
    {
        const QString readelf = QStandardPaths::findExecutable(QStringLiteral("readelf"));
        if (readelf.isEmpty())
            QSKIP("readelf is not installed (binutils)");
        for (const char *binary : {"usr/bin/auditbench", "usr/bin/auditbench-cli"}) {
            const Run dynamic = run(readelf, {QStringLiteral("-d"), inRoot(QString::fromLatin1(binary))});
            QCOMPARE(dynamic.exitCode, 0);
            // Only relative ($ORIGIN) or blanked entries: no absolute directory such as the build tree's.
            for (const QByteArray &line : dynamic.out.split('\n'))
                if (line.contains("RPATH") || line.contains("RUNPATH"))
                    QVERIFY2(!line.contains("[/") && !line.contains(":/"), line.constData());
        }
    }

    void cliVerifiesFromTheUnpackedRoot_data()
    {
        QTest::addColumn<QString>("vector");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("intact") << "chain-small" << 0;
        QTest::newRow("tampered") << "chain-small-tampered" << 1;
    }

    void cliVerifiesFromTheUnpackedRoot()
    {
        QFETCH(QString, vector);
        QFETCH(int, exitCode);
        const QString vectors = QStringLiteral(AB_SPEC_VECTORS_DIR);
        const Run verified = run(inRoot(QStringLiteral("usr/bin/auditbench-cli")),
                                 {QStringLiteral("verify"), QStringLiteral("--keyring"),
                                  vectors + QStringLiteral("/keyring.json"),
                                  vectors + QLatin1Char('/') + vector + QStringLiteral(".json")});
        QVERIFY2(verified.exitCode == exitCode, verified.err.constData());
        const QJsonObject result = QJsonDocument::fromJson(verified.out).object();
        const QJsonObject expected =
            jsonFile(vectors + QLatin1Char('/') + vector + QStringLiteral(".expected.json"));
        QVERIFY(!expected.isEmpty());
        for (auto it = expected.begin(); it != expected.end(); ++it)
            QVERIFY2(result.value(it.key()) == it.value(), qPrintable(it.key()));
    }

    void guiStartsInEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("description");
        QTest::newRow("en") << "en"
                            << "Offline workbench for AI-platform audit evidence.";
        QTest::newRow("de") << "de"
                            << "Offline-Werkbank für Prüfnachweise von KI-Plattformen.";
        QTest::newRow("fr") << "fr"
                            << "Atelier hors ligne pour les preuves d'audit des plateformes d'IA.";
    }

    void guiStartsInEveryLanguage()
    {
        // --help is printed by the started application after it has loaded its catalogue: the packaged binary
        // carries the translations.
        QFETCH(QString, language);
        QFETCH(QString, description);
        QTemporaryDir home;
        const Run help = run(inRoot(QStringLiteral("usr/bin/auditbench")),
                             {QStringLiteral("--language"), language, QStringLiteral("--help")}, home.path());
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(QString::fromUtf8(help.out).contains(description), help.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestGuiPackage)
#include "tst_gui_package.moc"
