// Verification and import map their input files instead of copying them (core/common/MappedFile). A mapping
// must give the file's exact bytes followed by simdjson's zero padding, and a file that is truncated or
// rewritten while mapped must neither kill the process (SIGBUS) nor let a verdict or an import stand: the
// run ends with one clear error, and an import leaves the workspace as it was.
#include "support/ChainFixture.h"

#include "core/chain/ChainVerifier.h"
#include "core/common/ComputePool.h"
#include "core/common/InputError.h"
#include "core/common/MappedFile.h"
#include "core/json/SourceText.h"
#include "core/workspace/WorkspaceStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <chrono>
#include <future>
#include <memory>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

using ab::ChainVerifier;
using ab::InputError;
using ab::MappedFile;
using ab::SourceText;
using ab::VerifyOptions;
using ab::WorkspaceStore;
using ab::test::ChainFixture;

namespace {

QByteArray patterned(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        bytes[i] = char('a' + i % 26);
    return bytes;
}

// The VmFlags of the mapping that starts at `address`, from /proc/self/smaps (empty when none does).
QByteArrayList vmFlagsOf(const void *address)
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly))
        return {};
    const QByteArray start = QByteArray::number(quint64(reinterpret_cast<uintptr_t>(address)), 16) + '-';
    bool inside = false;
    for (const QByteArray &line : smaps.readAll().split('\n')) {
        const QByteArray first = line.left(line.indexOf(' '));
        if (!first.endsWith(':')) // a mapping's heading line: "start-end perms offset dev inode path"
            inside = first.startsWith(start);
        else if (inside && first == "VmFlags:")
            return line.mid(8).simplified().split(' ');
    }
    return {};
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), qint64(bytes.size()));
}

// Truncates the file to nothing at the first progress report: the file shrinks while it is being verified.
class TruncatingProgress : public ab::Progress
{
public:
    explicit TruncatingProgress(QString path, bool truncate) : m_path(std::move(path)), m_truncate(truncate)
    {
    }
    void beginStage(const QString &, qint64) override {}
    void report(qint64) override
    {
        if (m_truncate && !m_done.exchange(true))
            QFile::resize(m_path, 0);
    }
    bool isCancelled() const override { return false; }
    bool truncated() const { return m_done; }

private:
    QString m_path;
    bool m_truncate;
    std::atomic<bool> m_done{false};
};

QString changedError(const QString &path)
{
    return path +
           QStringLiteral(": the file was changed (truncated or rewritten) while it was being verified: "
                          "nothing from this run can be trusted; verify it again");
}

QString importChangedError(const QString &path)
{
    return path +
           QStringLiteral(": the file was changed (truncated or rewritten) while it was being imported: "
                          "nothing was imported; import it again");
}

} // namespace

class TestMappedFile : public QObject
{
    Q_OBJECT
private slots:
    void mapsTheBytesFollowedByZeroPadding_data();
    void mapsTheBytesFollowedByZeroPadding();
    void sourceTextMapsPlainFilesOnly();
    void truncatedWhileMappedReadsZerosAndIsReported();
    void rewrittenWhileMappedIsReported();
    void verificationOfAFileTruncatedMidRunIsRefused();
    void verificationOfAnUnchangedFileStands();
    void importOfAFileTruncatedMidRunLeavesTheWorkspaceAsItWas();
    void importOfAnUnchangedFileKeepsItsBytes();
    void readingOnEveryComputeThreadAtOnceFinishes();

private:
    QTemporaryDir m_dir;
};

void TestMappedFile::mapsTheBytesFollowedByZeroPadding_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("alignment"); // of the first byte
    QTest::newRow("1 byte") << 1 << 4096;
    QTest::newRow("one byte short of a page") << 4095 << 4096;
    QTest::newRow("exactly a page: the padding is a page of its own") << 4096 << 4096;
    QTest::newRow("a page and a byte") << 4097 << 4096;
    QTest::newRow("100000 bytes") << 100000 << 4096;
    // From 2 MiB on, a mapping starts on a 2 MiB boundary (first reads of it cost half, MappedFile.cpp).
    QTest::newRow("2 MiB: on a 2 MiB boundary, the padding a page of its own") << (2 << 20) << (2 << 20);
    QTest::newRow("3 MiB and a byte: on a 2 MiB boundary") << (3 << 20) + 1 << (2 << 20);
}

void TestMappedFile::mapsTheBytesFollowedByZeroPadding()
{
    QFETCH(int, size);
    QFETCH(int, alignment);
    const QString path = m_dir.filePath(QStringLiteral("bytes-%1").arg(size));
    const QByteArray bytes = patterned(size);
    writeFile(path, bytes);
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    QVERIFY(fd >= 0);
    auto mapped = MappedFile::map(fd, size_t(size), SourceText::Padding);
    ::close(fd); // the mapping keeps its own descriptor
    QVERIFY(mapped);
    QCOMPARE(mapped->size(), size_t(size));
    QCOMPARE(reinterpret_cast<uintptr_t>(mapped->data()) % uintptr_t(alignment), uintptr_t(0));
    QCOMPARE(QByteArray(mapped->data(), size), bytes);
    QCOMPARE(QByteArray(mapped->data() + size, int(SourceText::Padding)),
             QByteArray(int(SourceText::Padding), '\0'));
    QVERIFY(mapped->unchanged());
    // A large file's mapping is advised huge pages (so that a file read from disk through it lands in 2 MiB
    // page-cache folios); where the kernel has THP, the kernel lists the advice as "hg" in VmFlags.
    if (QFile::exists(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled")))
        QCOMPARE(vmFlagsOf(mapped->data()).contains(QByteArrayLiteral("hg")), alignment == (2 << 20));
}

void TestMappedFile::sourceTextMapsPlainFilesOnly()
{
    const QString plain = m_dir.filePath(QStringLiteral("plain.ndjson"));
    const QByteArray bytes = ChainFixture::toNdjson(ChainFixture().chain(3));
    writeFile(plain, bytes);
    const SourceText text = SourceText::mapFile(plain);
    QVERIFY(text.isMapped());
    QCOMPARE(QByteArray(text.data(), int(text.size())), bytes);
    QCOMPARE(text.sha256(),
             QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    QVERIFY(text.unchangedSinceRead());

    // A gzip file is inflated into memory as before (nothing of it is mapped), an empty one is read.
    const QString gzip = m_dir.filePath(QStringLiteral("plain.ndjson.gz"));
    writeFile(gzip, QByteArray::fromHex("1f8b08000000000000ff03000000000000000000"));
    QVERIFY(!SourceText::mapFile(gzip).isMapped());
    const QString empty = m_dir.filePath(QStringLiteral("empty.ndjson"));
    writeFile(empty, QByteArray());
    QVERIFY(!SourceText::mapFile(empty).isMapped());
}

void TestMappedFile::truncatedWhileMappedReadsZerosAndIsReported()
{
    const QString path = m_dir.filePath(QStringLiteral("shrinks"));
    writeFile(path, patterned(3 * 4096));
    const SourceText text = SourceText::mapFile(path);
    QVERIFY(text.isMapped());
    QVERIFY(QFile::resize(path, 100));
    // Without the guard this read kills the process with SIGBUS: the page is gone from the file.
    volatile char beyond = text.data()[2 * 4096 + 5];
    QCOMPARE(int(beyond), 0);
    QCOMPARE(text.data()[5], 'f'); // the page still in the file is the file's
    QVERIFY(!text.unchangedSinceRead());
}

void TestMappedFile::rewrittenWhileMappedIsReported()
{
    const QString path = m_dir.filePath(QStringLiteral("rewritten"));
    writeFile(path, patterned(8192));
    const SourceText text = SourceText::mapFile(path);
    QVERIFY(text.unchangedSinceRead());
    QThread::msleep(30); // file times tick in kernel jiffies: make the rewrite land on another tick
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite)); // same size, other bytes: only the times tell
    QCOMPARE(file.write("ZZZZ"), qint64(4));
    file.close();
    QVERIFY(!text.unchangedSinceRead());
}

void TestMappedFile::verificationOfAFileTruncatedMidRunIsRefused()
{
    ChainFixture fixture;
    const QString path = m_dir.filePath(QStringLiteral("truncated-mid-run.ndjson"));
    writeFile(path, ChainFixture::toNdjson(fixture.chain(200)));
    VerifyOptions options;
    options.keyring = &fixture.keyring();
    TruncatingProgress progress(path, true);
    try {
        const auto result = ChainVerifier::verifyFiles({path}, options, &progress);
        QFAIL(qPrintable(QStringLiteral("a verdict stood for a file truncated mid-run: ") + result.toJson()));
    } catch (const InputError &e) {
        QVERIFY(progress.truncated());
        QCOMPARE(e.toString(), changedError(path));
    }
}

void TestMappedFile::verificationOfAnUnchangedFileStands()
{
    ChainFixture fixture;
    const QString path = m_dir.filePath(QStringLiteral("unchanged.ndjson"));
    const QByteArray bytes = ChainFixture::toNdjson(fixture.chain(200));
    writeFile(path, bytes);
    VerifyOptions options;
    options.keyring = &fixture.keyring();
    TruncatingProgress progress(path, false);
    const auto result = ChainVerifier::verifyFiles({path}, options, &progress);
    QVERIFY(result.valid);
    QCOMPARE(result.eventsChecked, qint64(200));
    QCOMPARE(result.sources.value(0).sha256,
             QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
}

void TestMappedFile::importOfAFileTruncatedMidRunLeavesTheWorkspaceAsItWas()
{
    ChainFixture fixture;
    const QString path = m_dir.filePath(QStringLiteral("import-truncated.ndjson"));
    writeFile(path, ChainFixture::toNdjson(fixture.chain(3000)));
    const QString ws = m_dir.filePath(QStringLiteral("import-truncated.auditbench"));
    auto store = WorkspaceStore::open(ws);
    TruncatingProgress progress(path, true);
    try {
        const auto results = store->importFiles({path}, &progress);
        QFAIL(qPrintable(QStringLiteral("an import stood for a file truncated mid-run: %1 records")
                             .arg(results.value(0).records)));
    } catch (const InputError &e) {
        QVERIFY(progress.truncated());
        QCOMPARE(e.toString(), importChangedError(path));
    }
    QCOMPARE(store->sources().size(), 0);
    QCOMPARE(store->count(), qint64(0));
}

void TestMappedFile::importOfAnUnchangedFileKeepsItsBytes()
{
    ChainFixture fixture;
    const QString path = m_dir.filePath(QStringLiteral("import-unchanged.ndjson"));
    const QByteArray bytes = ChainFixture::toNdjson(fixture.chain(3000));
    writeFile(path, bytes);
    auto store = WorkspaceStore::open(m_dir.filePath(QStringLiteral("import-unchanged.auditbench")));
    TruncatingProgress progress(path, false);
    const auto results = store->importFiles({path}, &progress);
    QCOMPARE(results.value(0).records, qint64(3000));
    QCOMPARE(results.value(0).size, qint64(bytes.size()));
    QCOMPARE(results.value(0).sha256,
             QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(store->sourceBytes(results.value(0).sourceId), bytes);
    QCOMPARE(store->count(), qint64(3000));
}

// Reading a text waits for its own tasks on the compute pool (the file's hash, half of the UTF-8 validation).
// Read by tasks that hold every compute thread themselves, those tasks run on the waiting threads instead of
// waiting for a free one, which would never come (core/common/ComputePool.h).
void TestMappedFile::readingOnEveryComputeThreadAtOnceFinishes()
{
    const QString path = m_dir.filePath(QStringLiteral("full-pool.ndjson"));
    const QByteArray bytes = patterned(17 << 20); // large enough to be validated in two halves
    writeFile(path, bytes);
    const QString sha256 =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());

    QThreadPool *pool = ab::computePool();
    const int threads = pool->maxThreadCount();
    auto started = std::make_shared<QSemaphore>(), go = std::make_shared<QSemaphore>();
    std::vector<std::shared_ptr<std::promise<QStringList>>> results;
    std::vector<std::future<QStringList>> read;
    for (int i = 0; i < threads; ++i) {
        results.push_back(std::make_shared<std::promise<QStringList>>());
        read.push_back(results.back()->get_future());
        pool->start([started, go, result = results.back(), path, bytes] {
            started->release();
            go->acquire(); // until every compute thread runs one of these
            try {
                result->set_value({SourceText::mapFile(path).sha256(),
                                   SourceText::fromBytes(QStringLiteral("copy"), bytes).sha256()});
            } catch (...) {
                result->set_exception(std::current_exception());
            }
        });
    }
    started->acquire(threads);
    go->release(threads);
    for (std::future<QStringList> &r : read) {
        QVERIFY2(r.wait_for(std::chrono::minutes(2)) == std::future_status::ready,
                 "a read on the compute pool waited for a free compute thread");
        QCOMPARE(r.get(), (QStringList{sha256, sha256}));
    }
}

QTEST_GUILESS_MAIN(TestMappedFile)
#include "tst_mappedfile.moc"
