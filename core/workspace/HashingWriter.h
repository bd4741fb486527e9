#pragma once
// Buffers, hashes (SHA-256) and writes an export; the hash covers exactly what reached the device, so the
// figure a command prints and the activity log records is the file's. Shared by every export that streams
// records to a file (RecordExport, the OCSF export).
#include <QByteArrayView>
#include <QCryptographicHash>
#include <QString>

#include <string>
#include <string_view>

class QIODevice;

namespace ab {

class HashingWriter
{
public:
    explicit HashingWriter(QIODevice &out) : m_out(out), m_hash(QCryptographicHash::Sha256) {}

    // Appends and writes out once the buffer holds a megabyte.
    void append(QByteArrayView bytes)
    {
        m_buffer.append(bytes.data(), size_t(bytes.size()));
        flushIfFull();
    }
    // For writers that build text in place (JsonWriter output); call flushIfFull() after.
    std::string &buffer() { return m_buffer; }
    void flushIfFull()
    {
        if (m_buffer.size() >= FlushBytes)
            flush();
    }
    // Throws WorkspaceError when the device refuses the bytes.
    void flush();
    qint64 written() const { return m_written; }
    QString sha256() { return QString::fromLatin1(m_hash.result().toHex()); }

private:
    static constexpr size_t FlushBytes = 1 << 20;
    QIODevice &m_out;
    QCryptographicHash m_hash;
    std::string m_buffer;
    qint64 m_written = 0;
};

} // namespace ab
