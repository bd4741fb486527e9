#pragma once

#include <cstddef>
#include <memory>

namespace ab {

// A regular file mapped read-only for a reader that must survive the file changing under it.
//
// Why map: verifying a 576 MB export copied it into fresh memory, and on the VMs this project runs on the
// kernel's zeroing of every new page cost more than the verification itself, while the page cache already
// held the file (docs/performance.md). A mapping reads the page cache in place.
//
// Why a guard: a mapping has two dangers a copy does not. A file truncated while mapped raises SIGBUS on the
// next touch of a page past its new end, which kills the process; and a file rewritten in place shows later
// readers other bytes than earlier ones, so the SHA-256 and the verdict could cover different bytes. As
// journalctl does, a process-wide SIGBUS handler puts a zero page over a page of a guarded mapping that has
// gone missing and notes it (any other SIGBUS is passed on as if the handler were not there), and
// unchanged() tells at the end whether a page went missing or the file's size, modification or status-change
// time differ from when it was mapped. A reader that finds the file changed must throw its result away.
class MappedFile
{
public:
    // Maps the first `size` bytes (> 0) of the open regular file `fd`, followed by `padding` zero bytes (a
    // parser may read that far past the end). Returns null when the file cannot be mapped here (not Linux,
    // mmap refused, every guard slot in use): the caller reads the file instead. `fd` is not taken over.
    // A file of 2 MiB or more starts on a 2 MiB boundary.
    static std::unique_ptr<MappedFile> map(int fd, size_t size, size_t padding);
    ~MappedFile();
    MappedFile(const MappedFile &) = delete;
    MappedFile &operator=(const MappedFile &) = delete;

    const char *data() const { return m_data; }
    size_t size() const { return m_size; }
    // True while no page went missing and the file's size, mtime and ctime are what they were when mapped.
    bool unchanged() const;

private:
    MappedFile() = default;
    struct Identity
    {
        long long size = 0, mtimeSec = 0, mtimeNsec = 0, ctimeSec = 0, ctimeNsec = 0, inode = 0, device = 0;
        bool operator==(const Identity &) const = default;
    };
    static bool identify(int fd, Identity &out);

    char *m_data = nullptr;
    size_t m_size = 0;
    size_t m_length = 0; // of the whole reservation (file pages + padding)
    int m_fd = -1;       // a duplicate of the caller's descriptor, for the final fstat
    int m_slot = -1;     // the guard slot naming this mapping to the SIGBUS handler
    Identity m_identity;
};

} // namespace ab
