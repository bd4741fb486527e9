#pragma once
// A file from outside (keyring, branding, logo, evidence) opened as a regular file only, with a size cap.
// Why: a path such as /dev/zero is read until memory runs out, /dev/stdin or a FIFO blocks forever, and a
// directory reads as empty. The file is opened with O_NONBLOCK (opening a FIFO without a writer would block
// otherwise) and fstat()ed before a byte is read, so anything but a regular file is refused at once with a
// clear error; the size is known before reading and checked against the caller's cap.

#include <QByteArray>
#include <QFile>
#include <QString>

#include <memory>

namespace ab {

class InputFile
{
public:
    // Opens `path` for reading. `what` names the file's role in messages ("keyring", "logo", ...; already
    // translated). Throws InputError "PATH: cannot open WHAT: REASON" when the file cannot be opened or is
    // not a regular file (REASON: "expected a regular file, found a FIFO").
    InputFile(const QString &path, const QString &what);
    ~InputFile();
    InputFile(const InputFile &) = delete;
    InputFile &operator=(const InputFile &) = delete;

    const QString &path() const { return m_path; }
    // The size fstat() reported when the file was opened.
    qint64 size() const { return m_size; }
    // The open file (blocking reads again), positioned at its start: for callers that map or stream it.
    QFile &file() { return *m_file; }

    // Reads the whole file. Throws InputError "PATH: WHAT of N bytes: expected at most MAX bytes" when the
    // file is (or grows while read to be) larger than `maxBytes`, and on a read error.
    QByteArray readAll(qint64 maxBytes);

    // InputFile(path, what).readAll(maxBytes).
    static QByteArray read(const QString &path, const QString &what, qint64 maxBytes);

    // What a file's type is called in messages: "a FIFO", "a character device", "a directory", ...
    static QString typeName(unsigned mode);

private:
    QString m_path;
    QString m_what;
    qint64 m_size = 0;
    std::unique_ptr<QFile> m_file;
};

} // namespace ab
