// The install tree a user's package is made of (issue 18): `cmake --install` into a scratch prefix, then the
// desktop entry, AppStream metainfo, MIME type, icons, man pages and bash completion checked there with the
// validators a distribution runs. Named gui_* because the install rules need the GUI binary.
#include "TestConfig.h"

#include "core/workspace/WorkspaceStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImageReader>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &args, const QString &workingDir = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("MANWIDTH"), QStringLiteral("100"));
    env.insert(QStringLiteral("MANPAGER"), QStringLiteral("cat"));
    process.setProcessEnvironment(env);
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    process.start(program, args);
    if (!process.waitForFinished(120000))
        return {};
    Run result{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               process.readAllStandardOutput(), process.readAllStandardError()};
    return result;
}

QString needTool(const char *name)
{
    return QStandardPaths::findExecutable(QString::fromLatin1(name));
}

// The long and short option names a command's --help lists ("  -h, --help   Show this help.").
QStringList optionNames(const QByteArray &help)
{
    QStringList names;
    static const QRegularExpression entry(QStringLiteral("^  (-[^ ,]+(?:, -[^ ,]+)*)"),
                                          QRegularExpression::MultilineOption);
    for (auto it = entry.globalMatch(QString::fromUtf8(help)); it.hasNext();)
        for (const QString &name : it.next().captured(1).split(QStringLiteral(", ")))
            names << name;
    return names;
}

} // namespace

class TestGuiInstaller : public QObject
{
    Q_OBJECT

    QTemporaryDir m_stage;
    QString m_prefix;
    QStringList m_commands;

    QString staged(const QString &relative) const { return m_prefix + QLatin1Char('/') + relative; }
    QString cli() const { return staged(QStringLiteral("bin/auditbench-cli")); }

    // Asks the staged completion function what it offers for `words` (the last one is being completed).
    QStringList complete(const QStringList &words, const QString &workingDir = {}) const
    {
        QString script = QStringLiteral("source '%1'; COMP_WORDS=(")
                             .arg(staged(QStringLiteral("share/bash-completion/completions/auditbench-cli")));
        for (const QString &w : words)
            script += QLatin1Char('\'') + w + QStringLiteral("' ");
        script +=
            QStringLiteral("); COMP_CWORD=%1; complete -p auditbench-cli >/dev/null && _auditbench_cli; "
                           "printf '%s\\n' \"${COMPREPLY[@]}\"")
                .arg(words.size() - 1);
        const Run r =
            run(QStringLiteral("bash"), {QStringLiteral("--norc"), QStringLiteral("-c"), script}, workingDir);
        if (r.exitCode != 0 || !r.err.isEmpty())
            return {QStringLiteral("bash failed: ") + QString::fromUtf8(r.err)};
        return QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_stage.isValid());
        m_prefix = m_stage.path() + QStringLiteral("/usr");
        const Run install =
            run(QStringLiteral(AB_CMAKE_COMMAND), {QStringLiteral("--install"), QStringLiteral(AB_BUILD_DIR),
                                                   QStringLiteral("--prefix"), m_prefix});
        QVERIFY2(install.exitCode == 0, install.err.constData());
        const Run list = run(cli(), {QStringLiteral("--list-commands")});
        QCOMPARE(list.exitCode, 0);
        m_commands = QString::fromUtf8(list.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(m_commands.size() >= 16, qPrintable(m_commands.join(QLatin1Char(' '))));
        QVERIFY(m_commands.contains(QStringLiteral("verify")));
    }

    void stagedBinariesRun()
    {
        const Run version = run(cli(), {QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.startsWith("auditbench-cli "), version.out.constData());
        QVERIFY(QFileInfo(staged(QStringLiteral("bin/auditbench"))).isExecutable());
    }

    void iconsAtEverySize()
    {
        QVERIFY(QFile::exists(staged(QStringLiteral("share/icons/hicolor/scalable/apps/auditbench.svg"))));
        for (int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
            const QString png =
                staged(QStringLiteral("share/icons/hicolor/%1x%1/apps/auditbench.png").arg(size));
            QImageReader reader(png);
            QCOMPARE(reader.format(), QByteArray("png"));
            QCOMPARE(reader.size(), QSize(size, size));
            const QImage image = reader.read();
            QVERIFY(image.hasAlphaChannel());
            QCOMPARE(qAlpha(image.pixel(0, 0)), 0);                 // rounded corner: transparent
            QCOMPARE(qAlpha(image.pixel(size / 2, size / 2)), 255); // the shield: opaque
        }
    }

    void desktopEntryValidates()
    {
        const QString entry = staged(QStringLiteral("share/applications/org.auditbench.AuditBench.desktop"));
        QFile file(entry);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("\nExec=auditbench %f\n"));
        QVERIFY(text.contains("\nIcon=auditbench\n"));
        QVERIFY(text.contains("\nMimeType=application/x-auditbench-workspace;\n"));
        const QString validator = needTool("desktop-file-validate");
        if (validator.isEmpty())
            QSKIP("desktop-file-validate is not installed (scripts/deps.sh installs desktop-file-utils)");
        const Run r = run(validator, {entry});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out + r.err, QByteArray()); // not even a hint
    }

    void metainfoValidates()
    {
        const QString path = staged(QStringLiteral("share/metainfo/org.auditbench.AuditBench.metainfo.xml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QStringList screenshots, binaries, mediatypes;
        QString launchable, release;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const auto name = xml.name();
            if (name == QLatin1String("image"))
                screenshots << QFileInfo(xml.readElementText()).fileName();
            else if (name == QLatin1String("binary"))
                binaries << xml.readElementText();
            else if (name == QLatin1String("mediatype"))
                mediatypes << xml.readElementText();
            else if (name == QLatin1String("launchable"))
                launchable = xml.readElementText();
            else if (name == QLatin1String("release"))
                release = xml.attributes().value(QLatin1String("version")).toString();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(binaries, (QStringList{QStringLiteral("auditbench"), QStringLiteral("auditbench-cli")}));
        QCOMPARE(mediatypes, QStringList{QStringLiteral("application/x-auditbench-workspace")});
        QCOMPARE(launchable, QStringLiteral("org.auditbench.AuditBench.desktop"));
        QVERIFY(QFile::exists(staged(QStringLiteral("share/applications/")) + launchable));
        // The release named is the version the binaries print.
        QCOMPARE(run(cli(), {QStringLiteral("--version")}).out,
                 QStringLiteral("auditbench-cli %1\n").arg(release).toUtf8());
        // Every screenshot the software centre shows is one the repository has.
        QCOMPARE(screenshots.size(), 4);
        for (const QString &shot : std::as_const(screenshots))
            QVERIFY2(QFile::exists(QStringLiteral(AB_SOURCE_DIR "/docs/screenshots/") + shot),
                     qPrintable(shot));

        const QString validator = needTool("appstreamcli");
        if (validator.isEmpty())
            QSKIP("appstreamcli is not installed (scripts/deps.sh installs appstream)");
        const Run r = run(validator, {QStringLiteral("validate"), QStringLiteral("--no-net"), path});
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        QVERIFY2(!r.out.contains("W: ") && !r.out.contains("E: "), r.out.constData());
    }

    // The magic the MIME entry declares, applied to real files: a workspace matches, another SQLite file and
    // a workspace's name on a non-database do not.
    void mimeMagicRecognisesWorkspaces()
    {
        QFile file(staged(QStringLiteral("share/mime/packages/auditbench.xml")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QList<std::pair<int, QByteArray>> matches; // offset, bytes (nested: all must hold)
        QStringList globs;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const auto a = xml.attributes();
            if (xml.name() == QLatin1String("glob"))
                globs << a.value(QLatin1String("pattern")).toString();
            if (xml.name() != QLatin1String("match"))
                continue;
            const QString type = a.value(QLatin1String("type")).toString();
            const QString value = a.value(QLatin1String("value")).toString();
            QByteArray bytes;
            if (type == QLatin1String("string"))
                bytes = value.toUtf8().replace("\\000", QByteArray(1, '\0'));
            else if (type == QLatin1String("big32"))
                bytes = QByteArray::fromHex(
                    QByteArray::number(value.toUInt(nullptr, 16), 16).rightJustified(8, '0'));
            QVERIFY2(!bytes.isEmpty(), qPrintable(type));
            matches.append({a.value(QLatin1String("offset")).toInt(), bytes});
        }
        QVERIFY(!xml.hasError());
        QCOMPARE(globs, QStringList{QStringLiteral("*.auditbench")});
        QCOMPARE(matches.size(), 2);
        const auto matchesAll = [&](const QString &path) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                return false;
            const QByteArray head = f.read(100);
            for (const auto &[offset, bytes] : std::as_const(matches))
                if (head.mid(offset, bytes.size()) != bytes)
                    return false;
            return true;
        };
        QTemporaryDir dir;
        const QString workspace = dir.filePath(QStringLiteral("engagement.auditbench"));
        {
            const auto store = ab::WorkspaceStore::open(workspace);
            QVERIFY(store);
        }
        QVERIFY(matchesAll(workspace));
        const Run sqlite = run(QStringLiteral("python3"),
                               {QStringLiteral("-c"),
                                QStringLiteral("import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); "
                                               "c.execute('create table t(x)'); c.commit()"),
                                dir.filePath(QStringLiteral("other.sqlite"))});
        QCOMPARE(sqlite.exitCode, 0);
        QVERIFY(!matchesAll(dir.filePath(QStringLiteral("other.sqlite"))));

        // shared-mime-info itself accepts the entry and indexes the glob and the magic.
        const QString updater = needTool("update-mime-database");
        if (updater.isEmpty())
            QSKIP("update-mime-database is not installed (scripts/deps.sh installs shared-mime-info)");
        QTemporaryDir mime;
        QVERIFY(QDir().mkpath(mime.filePath(QStringLiteral("packages"))));
        QVERIFY(QFile::copy(file.fileName(), mime.filePath(QStringLiteral("packages/auditbench.xml"))));
        const Run r = run(updater, {QStringLiteral("-V"), mime.path()});
        QVERIFY2(r.exitCode == 0 && !r.err.contains("Error") && !r.err.contains("Warning"),
                 r.err.constData());
        QFile globs2(mime.filePath(QStringLiteral("globs2")));
        QVERIFY(globs2.open(QIODevice::ReadOnly));
        QVERIFY(globs2.readAll().contains(":application/x-auditbench-workspace:*.auditbench"));
    }

    void manPageForEveryCommand()
    {
        QStringList expected{QStringLiteral("auditbench.1.gz"), QStringLiteral("auditbench-cli.1.gz")};
        for (const QString &c : std::as_const(m_commands))
            expected << QStringLiteral("auditbench-cli-%1.1.gz").arg(c);
        QStringList pages = QDir(staged(QStringLiteral("share/man/man1"))).entryList(QDir::Files);
        expected.sort();
        pages.sort();
        QCOMPARE(pages, expected);
    }

    void manPageRendersWithItsOptions_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QStringList>("helpCommand"); // empty: the GUI
        QTest::addColumn<QStringList>("mustList");
        QTest::newRow("auditbench") << QStringLiteral("auditbench") << QStringList{}
                                    << QStringList{QStringLiteral("--demo"), QStringLiteral("WORKSPACE")};
        QStringList commandNames = m_commands;
        commandNames << QStringLiteral("--version");
        QTest::newRow("auditbench-cli")
            << QStringLiteral("auditbench-cli") << QStringList{QStringLiteral("--help")} << commandNames;
        for (const QString &c : std::as_const(m_commands))
            QTest::newRow(qPrintable(c)) << QStringLiteral("auditbench-cli-") + c
                                         << QStringList{c, QStringLiteral("--help")} << QStringList{};
    }

    void manPageRendersWithItsOptions()
    {
        QFETCH(QString, page);
        QFETCH(QStringList, helpCommand);
        QFETCH(QStringList, mustList);
        const QString path = staged(QStringLiteral("share/man/man1/%1.1.gz").arg(page));
        // Compressed as Debian wants it (gzip -9n): no file name and no time stamp in the header, so two
        // builds of the same sources give the same bytes.
        QFile gz(path);
        QVERIFY(gz.open(QIODevice::ReadOnly));
        const QByteArray header = gz.read(10);
        QCOMPARE(header.left(3), QByteArray("\x1f\x8b\x08"));
        QCOMPARE(int(header.at(3)) & 0x08, 0);           // FNAME flag: no original name stored
        QCOMPARE(header.mid(4, 4), QByteArray(4, '\0')); // MTIME: none
        QCOMPARE(int(header.at(8)), 2);                  // XFL 2: maximum compression (-9)
        const QString groff = needTool("groff");
        if (groff.isEmpty())
            QSKIP("groff is not installed (scripts/deps.sh installs groff-base)");
        const Run lint = run(
            QStringLiteral("bash"),
            {QStringLiteral("-c"),
             QStringLiteral("set -o pipefail; gzip -dc '%1' | '%2' -man -Tutf8 -ww -z").arg(path, groff)});
        QCOMPARE(lint.exitCode, 0);
        QCOMPARE(lint.err, QByteArray()); // no warning of any kind
        const QString man = needTool("man");
        if (man.isEmpty())
            QSKIP("man is not installed");
        const Run shown = run(man, {QStringLiteral("-l"), path});
        QCOMPARE(shown.exitCode, 0);
        QCOMPARE(shown.err, QByteArray());
        const QString text = QString::fromUtf8(shown.out);
        QVERIFY(text.startsWith(page.toUpper() + QStringLiteral("(1)")));
        if (page.startsWith(QLatin1String("auditbench-cli-"))) {
            const Run help = run(cli(), helpCommand);
            QCOMPARE(help.exitCode, 0);
            mustList = optionNames(help.out);
            QVERIFY(mustList.contains(QStringLiteral("--help")));
        } else if (helpCommand.isEmpty()) {
            mustList << QStringLiteral("--import") << QStringLiteral("--screenshot");
        }
        for (const QString &item : std::as_const(mustList))
            QVERIFY2(text.contains(item), qPrintable(item + QStringLiteral(" missing from ") + page));
    }

    void licenceIsInstalled()
    {
        QFile copyright(staged(QStringLiteral("share/doc/auditbench/copyright")));
        QVERIFY(copyright.open(QIODevice::ReadOnly));
        const QByteArray text = copyright.readAll();
        QVERIFY(
            text.startsWith("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"));
        // The same licence the AppStream metadata declares.
        QVERIFY(text.contains("License: LicenseRef-proprietary\n"));
    }

    void completionOffersCommandsOptionsAndFiles()
    {
        if (needTool("bash").isEmpty())
            QSKIP("bash is not installed");
        const QStringList all = complete({QStringLiteral("auditbench-cli"), QString()});
        const QStringList offered =
            m_commands + QStringList{QStringLiteral("--help"), QStringLiteral("--version")};
        QCOMPARE(all, offered);
        QVERIFY(all.contains(QStringLiteral("verify")) && all.contains(QStringLiteral("join")));
        QCOMPARE(complete({QStringLiteral("auditbench-cli"), QStringLiteral("jo")}),
                 QStringList{QStringLiteral("join")});
        QCOMPARE(
            complete({QStringLiteral("auditbench-cli"), QStringLiteral("verify"), QStringLiteral("--k")}),
            QStringList{QStringLiteral("--keyring")});
        QCOMPARE(complete({QStringLiteral("auditbench-cli"), QStringLiteral("join"), QStringLiteral("--")}),
                 (QStringList{QStringLiteral("--max-errors"), QStringLiteral("--require-coverage"),
                              QStringLiteral("--help")}));
        QCOMPARE(complete({QStringLiteral("auditbench-cli"), QStringLiteral("query"),
                           QStringLiteral("--format"), QString()}),
                 (QStringList{QStringLiteral("json"), QStringLiteral("ndjson"), QStringLiteral("csv"),
                              QStringLiteral("xlsx")}));
        // A file after an option that takes one, and as an argument.
        QTemporaryDir dir;
        QFile keys(dir.filePath(QStringLiteral("keyring.json")));
        QVERIFY(keys.open(QIODevice::WriteOnly));
        keys.close();
        QCOMPARE(complete({QStringLiteral("auditbench-cli"), QStringLiteral("verify"),
                           QStringLiteral("--keyring"), QStringLiteral("key")},
                          dir.path()),
                 QStringList{QStringLiteral("keyring.json")});
        QCOMPARE(complete({QStringLiteral("auditbench-cli"), QStringLiteral("verify"), QStringLiteral("k")},
                          dir.path()),
                 QStringList{QStringLiteral("keyring.json")});
        // After --workspace only workspaces (and folders to reach them).
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("keys")));
        QFile workspace(dir.filePath(QStringLiteral("keys.auditbench")));
        QVERIFY(workspace.open(QIODevice::WriteOnly));
        workspace.close();
        QStringList offeredWorkspaces = complete({QStringLiteral("auditbench-cli"), QStringLiteral("runs"),
                                                  QStringLiteral("--workspace"), QStringLiteral("key")},
                                                 dir.path());
        offeredWorkspaces.sort();
        QCOMPARE(offeredWorkspaces, (QStringList{QStringLiteral("keys"), QStringLiteral("keys.auditbench")}));
    }
};

QTEST_GUILESS_MAIN(TestGuiInstaller)
#include "tst_gui_installer.moc"
