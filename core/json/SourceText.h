#pragma once

#include "core/common/MappedFile.h"
#include "core/common/Progress.h"
#include "core/json/BoundedInflate.h"

#include <QByteArray>
#include <QFuture>
#include <QString>

#include <memory>
#include <string_view>

namespace ab {

class InputFile;

// The bytes of one input file, decompressed when gzip, validated as UTF-8, and held with the zero padding
// simdjson needs behind the last byte, so any span of it can be parsed in place.
class SourceText
{
public:
    static constexpr size_t Padding = 64; // == SIMDJSON_PADDING (checked in the .cpp)

    SourceText() = default;
    SourceText(SourceText &&other) noexcept;
    SourceText &operator=(SourceText &&other) noexcept;
    ~SourceText();

    // Reads a regular file (InputFile: a device or FIFO is refused unread); throws InputError (missing file,
    // not a regular file, bad gzip, gzip beyond the InflateLimits, data after the first gzip member, bad
    // UTF-8).
    static SourceText fromFile(const QString &path, Progress *progress = nullptr);
    static SourceText fromFile(const QString &path, const InflateLimits &limits,
                               Progress *progress = nullptr);
    // fromFile(), except that a plain (not gzip) file is mapped instead of copied when it can be (see
    // core/common/MappedFile.h). The reader must call unchangedSinceRead() when done with the text and throw
    // away what it derived when that is false.
    // `gzipBytes`, when given, receives a gzip file's compressed bytes as read (what an import stores as the
    // original), so the caller need not open the file again; it is left empty for a plain file.
    // `utf8` Deferred: a mapped text is not validated as UTF-8 here; the reader must call checkUtf8() before
    // it relies on the text being UTF-8 (a verifier that has every non-blank line parsed by simdjson, which
    // validates UTF-8 itself, need not: the bytes between its lines are ASCII blanks).
    enum class Utf8Check
    {
        Now,
        Deferred
    };
    static SourceText mapFile(const QString &path, Progress *progress = nullptr,
                              QByteArray *gzipBytes = nullptr, Utf8Check utf8 = Utf8Check::Now);
    // Validates the text as UTF-8 when mapFile() deferred that (throws InputError at the first invalid
    // byte, as reading would have); nothing otherwise.
    void checkUtf8() const;
    // The same for bytes already in memory (`name` is what messages call the file).
    static SourceText fromBytes(const QString &name, const QByteArray &bytes);
    static SourceText fromBytes(const QString &name, const QByteArray &bytes, const InflateLimits &limits);
    // Wraps text that is known to be UTF-8 (records read back from a workspace); no checks.
    static SourceText fromTrustedText(const QString &name, std::string_view text);

    const QString &name() const { return m_name; }
    QString fileName() const; // name without directories
    std::string_view text() const { return {data(), m_size}; }
    const char *data() const { return m_mapping ? m_mapping->data() : m_data.get(); }
    bool isMapped() const { return m_mapping != nullptr; }
    // False when the text is mapped and the file was truncated or rewritten since (true for a copy).
    bool unchangedSinceRead() const { return !m_mapping || m_mapping->unchanged(); }
    size_t size() const { return m_size; }
    // SHA-256 (lowercase hex) and size of the bytes as they were on disk (compressed, when gzip).
    // (A large plain file is hashed on another core while it is split and parsed: this waits for the hash, or
    // computes it on the calling thread when no pool thread has started it yet.)
    const QString &sha256() const;
    qint64 originalSize() const { return m_originalSize; }
    bool wasGzip() const { return m_gzip; }
    // Records where a trusted text came from (a workspace rebuilds a file's records and keeps its SHA-256 and
    // size).
    void setOrigin(const QString &sha256, qint64 originalSize);

private:
    void allocate(size_t size);
    void hashOnComputePool(std::string_view bytes);
    void waitForHash();        // before the hashed bytes go away
    void validateUtf8() const; // throws InputError at the first invalid byte
    static SourceText build(const QString &name, const char *bytes, size_t size, const InflateLimits &limits,
                            Progress *progress);
    // fromFile() for a file already open (mapFile() opened it to look for a mapping); `gzip`: its first
    // bytes.
    static SourceText readOpenFile(InputFile &input, bool gzip, const InflateLimits &limits,
                                   Progress *progress);

    QString m_name;
    struct FreeBuffer
    {
        void operator()(char *p) const;
    };
    std::unique_ptr<char[], FreeBuffer> m_data;
    std::unique_ptr<MappedFile> m_mapping; // instead of m_data when mapped
    size_t m_size = 0;
    // On the compute pool (core/common/ComputePool.h); waited for before m_data or m_mapping is released.
    QFuture<QString> m_sha256;
    qint64 m_originalSize = 0;
    bool m_gzip = false;
    mutable bool m_utf8Pending = false; // see Utf8Check::Deferred
};

// Offset of the first byte that is not valid UTF-8, or npos.
size_t firstInvalidUtf8(std::string_view text);

} // namespace ab
