// Bounded input (issue 16, "Unbounded cost"): keyrings, branding files, logos and evidence are read as
// regular files only, with size caps; a device such as /dev/zero and a FIFO are refused at once with a clear
// error (a FIFO never blocks); gzip is inflated within a size and a ratio cap, with an error naming the file
// and both sizes.
#include "robustness/GzipBomb.h"

#include "core/chain/Keyring.h"
#include "core/common/InputError.h"
#include "core/common/InputFile.h"
#include "core/json/SourceText.h"
#include "core/report/ReportBranding.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <fcntl.h>
#include <functional>
#include <future>
#include <sys/stat.h>
#include <unistd.h>

using namespace ab;
using namespace std::chrono_literals;

class TestInputBounds : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void devZeroKeyring();
    void fifoKeyringDoesNotBlock();
    void directoryKeyring();
    void keyringSizeCap();
    void devZeroBranding();
    void fifoLogoDoesNotBlock();
    void devZeroEvidence();
    void fifoEvidenceDoesNotBlock();
    void regularFileStillRead();
    void gzipOverSizeCap();
    void gzipOverRatioCap();
    void gzipAtCapAccepted();
    void gzipRaisedLimitsAccepted();
    void smallRepetitiveGzipAccepted();
    void parseSize_data();
    void parseSize();

private:
    QString fifo(const QString &name);
    // Runs `read` on another thread: fails the test (after unblocking it) if it has not returned within 10 s.
    QString errorWithin10s(const std::function<void()> &read, const QString &fifoToRelease = {});

    QTemporaryDir m_dir;
};

void TestInputBounds::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestInputBounds::fifo(const QString &name)
{
    const QString path = m_dir.filePath(name);
    if (::mkfifo(QFile::encodeName(path).constData(), 0600) != 0)
        qFatal("mkfifo failed");
    return path;
}

QString TestInputBounds::errorWithin10s(const std::function<void()> &read, const QString &fifoToRelease)
{
    auto done = std::async(std::launch::async, [read]() -> QString {
        try {
            read();
        } catch (const Error &e) {
            return e.text();
        }
        return QStringLiteral("(no error)");
    });
    if (done.wait_for(10s) == std::future_status::timeout) {
        // Unblock a reader stuck in open() or read() by connecting and closing a writer, then fail.
        const int w = ::open(QFile::encodeName(fifoToRelease).constData(), O_WRONLY | O_NONBLOCK);
        if (w >= 0)
            ::close(w);
        done.wait();
        return QStringLiteral("(blocked for 10 s)");
    }
    return done.get();
}

void TestInputBounds::devZeroKeyring()
{
    const QString error = errorWithin10s([] { Keyring::fromFile(QStringLiteral("/dev/zero")); });
    QCOMPARE(error, QStringLiteral(
                        "/dev/zero: cannot open keyring: expected a regular file, found a character device"));
}

void TestInputBounds::fifoKeyringDoesNotBlock()
{
    const QString path = fifo(QStringLiteral("keyring.fifo"));
    const QString error = errorWithin10s([path] { Keyring::fromFile(path); }, path);
    QCOMPARE(error, path + QStringLiteral(": cannot open keyring: expected a regular file, found a FIFO"));
}

void TestInputBounds::directoryKeyring()
{
    QCOMPARE(errorWithin10s([this] { Keyring::fromFile(m_dir.path()); }),
             m_dir.path() +
                 QStringLiteral(": cannot open keyring: expected a regular file, found a directory"));
}

void TestInputBounds::keyringSizeCap()
{
    // 1 MiB + 1 byte of white space around a valid keyring: refused by its size, not parsed.
    const QString path = m_dir.filePath(QStringLiteral("big-keyring.json"));
    QByteArray json = R"({"keys": []})";
    json += QByteArray((1 << 20) + 1 - json.size(), ' ');
    QVERIFY(test::writeBytes(path, json));
    QCOMPARE(errorWithin10s([path] { Keyring::fromFile(path); }),
             path + QStringLiteral(": keyring of 1048577 bytes: expected at most 1048576 bytes"));
    // At the cap it is read.
    json.chop(1);
    QVERIFY(test::writeBytes(path, json));
    QVERIFY(Keyring::fromFile(path).isEmpty());
}

void TestInputBounds::devZeroBranding()
{
    QString error;
    QVERIFY(!ReportBranding::fromFile(QStringLiteral("/dev/zero"), &error));
    QCOMPARE(error, QStringLiteral("/dev/zero: cannot be read (cannot open branding file: expected a regular "
                                   "file, found a character device)"));
    QVERIFY(!ReportBranding::fromJson(R"({"logo": "/dev/zero"})", m_dir.path(),
                                      QStringLiteral("branding.json"), &error));
    QCOMPARE(error,
             QStringLiteral("branding.json: logo '/dev/zero' cannot be read (cannot open logo: expected a "
                            "regular file, found a character device)"));
}

void TestInputBounds::fifoLogoDoesNotBlock()
{
    const QString path = fifo(QStringLiteral("logo.fifo"));
    const QString branding = m_dir.filePath(QStringLiteral("branding-fifo.json"));
    QVERIFY(test::writeBytes(branding, R"({"logo": "logo.fifo"})"));
    QString error;
    const QString outcome = errorWithin10s(
        [&] {
            if (!ReportBranding::fromFile(branding, &error))
                throw Error(error);
        },
        path);
    QCOMPARE(outcome,
             branding + QStringLiteral(": logo '") + path +
                 QStringLiteral("' cannot be read (cannot open logo: expected a regular file, found a "
                                "FIFO)"));
}

void TestInputBounds::devZeroEvidence()
{
    QCOMPARE(
        errorWithin10s([] { SourceText::fromFile(QStringLiteral("/dev/zero")); }),
        QStringLiteral("/dev/zero: cannot open file: expected a regular file, found a character device"));
}

void TestInputBounds::fifoEvidenceDoesNotBlock()
{
    const QString path = fifo(QStringLiteral("export.fifo"));
    QCOMPARE(errorWithin10s([path] { SourceText::fromFile(path); }, path),
             path + QStringLiteral(": cannot open file: expected a regular file, found a FIFO"));
}

void TestInputBounds::regularFileStillRead()
{
    const QString path = m_dir.filePath(QStringLiteral("plain.json"));
    QVERIFY(test::writeBytes(path, "[{\"id\": 1}]\n"));
    const SourceText plain = SourceText::fromFile(path);
    QCOMPARE(QByteArray(plain.data(), qsizetype(plain.size())), QByteArray("[{\"id\": 1}]\n"));
    const QString gz = m_dir.filePath(QStringLiteral("plain.json.gz"));
    QVERIFY(test::writeBytes(gz, test::gzipBomb("[{\"id\": 1}", 3, ' ', "]\n")));
    const SourceText inflated = SourceText::fromFile(gz);
    QCOMPARE(QByteArray(inflated.data(), qsizetype(inflated.size())), QByteArray("[{\"id\": 1}   ]\n"));
    QVERIFY(inflated.wasGzip());
    QCOMPARE(InputFile::read(path, QStringLiteral("file"), 100), QByteArray("[{\"id\": 1}]\n"));
}

// 64 MiB of zeros (~65 kB of gzip) against an 8 MiB size cap and no ratio cap: the size message.
void TestInputBounds::gzipOverSizeCap()
{
    const QByteArray bomb = test::gzipBomb({}, qint64(64) << 20, '\0', {});
    InflateLimits limits;
    limits.maxSize = qint64(8) << 20;
    limits.maxRatio = 0;
    try {
        SourceText::fromBytes(QStringLiteral("bomb.json.gz"), bomb, limits);
        QFAIL("inflated past the size cap");
    } catch (const InputError &e) {
        QCOMPARE(e.text(),
                 QStringLiteral("bomb.json.gz: gzip data of %1 bytes inflates to more than 8388608 "
                                "bytes, the limit for one file (a larger limit: --max-inflated-size)")
                     .arg(bomb.size()));
    }
}

// The same bomb with the defaults: stopped by the ratio cap at the 16 MiB floor (100 x 65 kB is less).
void TestInputBounds::gzipOverRatioCap()
{
    const QByteArray bomb = test::gzipBomb({}, qint64(64) << 20, '\0', {});
    QVERIFY(bomb.size() * 100 < InflateLimits::RatioFloor);
    try {
        SourceText::fromBytes(QStringLiteral("bomb.json.gz"), bomb, InflateLimits{});
        QFAIL("inflated past the ratio cap");
    } catch (const InputError &e) {
        QCOMPARE(e.text(),
                 QStringLiteral("bomb.json.gz: gzip data of %1 bytes inflates to more than 16777216 "
                                "bytes, over 100 times its size (a higher limit: --max-inflated-ratio)")
                     .arg(bomb.size()));
    }
}

// Exactly the cap is accepted, one byte more is not.
void TestInputBounds::gzipAtCapAccepted()
{
    InflateLimits limits;
    limits.maxSize = 1000;
    const SourceText at =
        SourceText::fromBytes(QStringLiteral("at.gz"), test::gzipBomb({}, 1000, ' ', {}), limits);
    QCOMPARE(at.size(), size_t(1000));
    QVERIFY_THROWS_EXCEPTION(InputError, SourceText::fromBytes(QStringLiteral("over.gz"),
                                                               test::gzipBomb({}, 1001, ' ', {}), limits));
}

void TestInputBounds::gzipRaisedLimitsAccepted()
{
    const qint64 size = qint64(64) << 20;
    InflateLimits limits;
    limits.maxSize = size;
    limits.maxRatio = 0;
    const SourceText text =
        SourceText::fromBytes(QStringLiteral("big.json.gz"), test::gzipBomb("[", size - 2, ' ', "]"), limits);
    QCOMPARE(qint64(text.size()), size);
    QCOMPARE(text.text().front(), '[');
    QCOMPARE(text.text().back(), ']');
    // The padding simdjson needs is zero behind the inflated bytes.
    for (size_t i = 0; i < SourceText::Padding; ++i)
        QCOMPARE(text.data()[text.size() + i], '\0');
}

// A small page of repetitive JSON compresses far beyond 100 times, but stays under the 16 MiB floor.
void TestInputBounds::smallRepetitiveGzipAccepted()
{
    const QByteArray gz = test::gzipBomb("[", qint64(8) << 20, ' ', "]");
    QVERIFY(qint64(gz.size()) * 100 < (qint64(8) << 20));
    QCOMPARE(qint64(SourceText::fromBytes(QStringLiteral("page.json.gz"), gz).size()), (qint64(8) << 20) + 2);
}

void TestInputBounds::parseSize_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("bytes");
    QTest::newRow("bytes") << "4096" << qint64(4096);
    QTest::newRow("K") << "4K" << qint64(4096);
    QTest::newRow("m") << "512m" << (qint64(512) << 20);
    QTest::newRow("G") << "2G" << (qint64(2) << 30);
    QTest::newRow("T") << "1T" << (qint64(1) << 40);
    QTest::newRow("zero") << "0" << qint64(-1);
    QTest::newRow("negative") << "-5M" << qint64(-1);
    QTest::newRow("unit only") << "G" << qint64(-1);
    QTest::newRow("unknown unit") << "5X" << qint64(-1);
    QTest::newRow("overflow") << "9000000000T" << qint64(-1);
}

void TestInputBounds::parseSize()
{
    QFETCH(QString, text);
    QFETCH(qint64, bytes);
    QCOMPARE(InflateLimits::parseSize(text).value_or(-1), bytes);
}

QTEST_GUILESS_MAIN(TestInputBounds)
#include "tst_inputbounds.moc"
