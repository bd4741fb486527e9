#include "core/common/InputFile.h"

#include "core/common/HugePages.h"
#include "core/common/InputError.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ab {

namespace {

struct InputFileTr
{
    Q_DECLARE_TR_FUNCTIONS(ab::InputFile)
};

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

QString InputFile::typeName(unsigned mode)
{
    switch (mode & S_IFMT) {
    case S_IFIFO:
        return InputFileTr::tr("a FIFO");
    case S_IFCHR:
        return InputFileTr::tr("a character device");
    case S_IFBLK:
        return InputFileTr::tr("a block device");
    case S_IFDIR:
        return InputFileTr::tr("a directory");
    case S_IFSOCK:
        return InputFileTr::tr("a socket");
    case S_IFREG:
        return InputFileTr::tr("a regular file");
    default:
        return InputFileTr::tr("a special file");
    }
}

InputFile::InputFile(const QString &path, const QString &what) : m_path(path), m_what(what)
{
    const auto cannotOpen = [&](const QString &reason) {
        return InputError(path, InputFileTr::tr("cannot open %1: %2").arg(what, reason));
    };
    const QByteArray native = QFile::encodeName(path);
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer (forever).
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        throw cannotOpen(systemError(errno));
    struct stat st = {};
    if (::fstat(fd, &st) != 0) {
        const int error = errno;
        ::close(fd);
        throw cannotOpen(systemError(error));
    }
    if (!S_ISREG(st.st_mode)) {
        ::close(fd);
        throw cannotOpen(InputFileTr::tr("expected a regular file, found %1").arg(typeName(st.st_mode)));
    }
    // A regular file never blocks, but reads are plain blocking reads again (QFile expects that).
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0)
        ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    m_size = qint64(st.st_size);
    m_file = std::make_unique<QFile>();
    // Unbuffered: no copy of the bytes (a keyring's secrets) is left behind in QIODevice's buffer.
    if (!m_file->open(fd, QIODevice::ReadOnly | QIODevice::Unbuffered, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        throw cannotOpen(m_file->errorString());
    }
}

InputFile::~InputFile() = default;

QByteArray InputFile::readAll(qint64 maxBytes)
{
    const auto tooLarge = [&](qint64 size) {
        return InputError(
            m_path,
            InputFileTr::tr("%1 of %2 bytes: expected at most %3 bytes").arg(m_what).arg(size).arg(maxBytes));
    };
    if (m_size > maxBytes)
        throw tooLarge(m_size);
    QByteArray bytes;
    bytes.resize(m_size);
    // Before the first touch: one page fault per 2 MiB instead of per 4 KiB (HugePages.h; ~7 % of an
    // import's CPU for a 115 MB export on this VM).
    adviseHugePages(bytes.data(), size_t(m_size));
    qint64 got = 0;
    while (got < m_size) {
        const qint64 n = m_file->read(bytes.data() + got, m_size - got);
        if (n < 0)
            throw InputError(m_path,
                             InputFileTr::tr("cannot read %1: %2").arg(m_what, m_file->errorString()));
        if (n == 0)
            break; // shrank while read: what is there is the file
        got += n;
    }
    bytes.truncate(got);
    // A file that grew since fstat(): read what is there, up to one byte beyond the cap.
    char extra[4096];
    struct Wipe // the bytes may be a keyring's secrets
    {
        char *p;
        ~Wipe() { explicit_bzero(p, 4096); }
    } wipe{extra};
    for (;;) {
        const qint64 n = m_file->read(extra, qint64(sizeof extra));
        if (n < 0)
            throw InputError(m_path,
                             InputFileTr::tr("cannot read %1: %2").arg(m_what, m_file->errorString()));
        if (n == 0)
            break;
        if (bytes.size() + n > maxBytes)
            throw tooLarge(bytes.size() + n);
        bytes.append(extra, n);
    }
    return bytes;
}

QByteArray InputFile::read(const QString &path, const QString &what, qint64 maxBytes)
{
    return InputFile(path, what).readAll(maxBytes);
}

} // namespace ab
