#include "core/common/MappedFile.h"
#include "core/common/HugePages.h"

#include <array>
#include <atomic>
#include <cerrno>
#include <cstdint>
#include <mutex>

#if defined(__linux__)
#include <csignal>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace ab {

#if defined(__linux__)
namespace {

// What the SIGBUS handler knows about the guarded mappings. Plain atomics only: the handler may run on any
// thread at any moment and must not lock or allocate.
struct GuardSlot
{
    std::atomic<bool> taken{false};
    std::atomic<uintptr_t> begin{0}, end{0}; // [begin, end) of the file's pages; 0 while not armed
    std::atomic<bool> lostPage{false};
};
std::array<GuardSlot, 64> guardSlots;
struct sigaction previousAction;
uintptr_t pageSize = 4096;

void onSigbus(int signal, siginfo_t *info, void *context)
{
    const auto address = reinterpret_cast<uintptr_t>(info->si_addr);
    for (GuardSlot &slot : guardSlots) {
        const uintptr_t begin = slot.begin.load(std::memory_order_acquire);
        const uintptr_t end = slot.end.load(std::memory_order_acquire);
        if (begin == 0 || address < begin || address >= end)
            continue;
        // The file shrank under the mapping: a zero page in place of the missing one, and a note of it.
        void *page = reinterpret_cast<void *>(address & ~(pageSize - 1));
        if (mmap(page, pageSize, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) != MAP_FAILED) {
            slot.lostPage.store(true, std::memory_order_release);
            return;
        }
        break;
    }
    // Not ours (or no page to put there): what would have happened without this handler.
    if ((previousAction.sa_flags & SA_SIGINFO) && previousAction.sa_sigaction) {
        previousAction.sa_sigaction(signal, info, context);
        return;
    }
    if (previousAction.sa_handler != SIG_DFL && previousAction.sa_handler != SIG_IGN) {
        previousAction.sa_handler(signal);
        return;
    }
    // Returning re-runs the faulting access, which now ends the process the default way.
    std::signal(SIGBUS, SIG_DFL);
}

bool installGuard()
{
    static std::once_flag once;
    static bool installed = false;
    std::call_once(once, [] {
        pageSize = uintptr_t(sysconf(_SC_PAGESIZE));
        struct sigaction action = {};
        action.sa_sigaction = onSigbus;
        action.sa_flags = SA_SIGINFO | SA_ONSTACK;
        sigemptyset(&action.sa_mask);
        installed = sigaction(SIGBUS, &action, &previousAction) == 0;
    });
    return installed;
}

int takeSlot()
{
    for (size_t i = 0; i < guardSlots.size(); ++i) {
        bool expected = false;
        if (guardSlots[i].taken.compare_exchange_strong(expected, true)) {
            guardSlots[i].lostPage.store(false);
            return int(i);
        }
    }
    return -1;
}

void releaseSlot(int slot)
{
    guardSlots[size_t(slot)].begin.store(0, std::memory_order_release);
    guardSlots[size_t(slot)].end.store(0, std::memory_order_release);
    guardSlots[size_t(slot)].taken.store(false, std::memory_order_release);
}

// Maps the file over `at` with its page tables filled (MAP_POPULATE: the first reads then cost far less on
// these VMs). What the first reads cost depends most on how the page cache holds the file: in 2 MiB folios
// (a file read from disk, or written in large pieces) a 576 MB export is mapped 2 MiB at a time, on a 2 MiB
// boundary, and its first read takes 0.03 s; in small folios (written in small pieces, as most programs
// write) 0.24 s; mapped at a 4 KiB boundary, 0.43 s (docs/performance.md, fifth and sixth passes). A large
// file's mapping is advised huge pages before it is populated, so that a file read from disk here lands in 2
// MiB folios throughout (readahead alone gave 520 of 561 MB).
bool mapFileAt(char *at, size_t size, int fd, bool large)
{
#if defined(MADV_HUGEPAGE) && defined(MADV_POPULATE_READ)
    if (large) {
        if (mmap(at, size, PROT_READ, MAP_PRIVATE | MAP_FIXED, fd, 0) == MAP_FAILED)
            return false;
        (void)madvise(at, size, MADV_HUGEPAGE); // advice: failure is harmless
        if (madvise(at, size, MADV_POPULATE_READ) == 0 || errno != EINVAL)
            return true; // populated, or stopped early by a file truncated meanwhile (the guard reports it)
        // A kernel before 5.14: populate as for a small file, over the same range.
    }
#else
    (void)large;
#endif
    return mmap(at, size, PROT_READ, MAP_PRIVATE | MAP_FIXED | MAP_POPULATE, fd, 0) != MAP_FAILED;
}

} // namespace

bool MappedFile::identify(int fd, Identity &out)
{
    struct stat st = {};
    if (fstat(fd, &st) != 0)
        return false;
    out = {st.st_size,         st.st_mtim.tv_sec,    st.st_mtim.tv_nsec,  st.st_ctim.tv_sec,
           st.st_ctim.tv_nsec, (long long)st.st_ino, (long long)st.st_dev};
    return true;
}

std::unique_ptr<MappedFile> MappedFile::map(int fd, size_t size, size_t padding)
{
    if (size == 0 || !installGuard())
        return nullptr;
    std::unique_ptr<MappedFile> mapped(new MappedFile);
    if (!identify(fd, mapped->m_identity) || mapped->m_identity.size != (long long)size)
        return nullptr;
    mapped->m_fd = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (mapped->m_fd < 0)
        return nullptr;
    mapped->m_slot = takeSlot();
    if (mapped->m_slot < 0)
        return nullptr;
    // One reservation of zero pages long enough for the file and the padding; the file is mapped over its
    // start, so the padding is always there, even when the file ends on a page boundary.
    const size_t length = (size + padding + pageSize - 1) & ~(pageSize - 1);
    // A large file starts on a 2 MiB boundary (where the kernel places a file mapping when it chooses the
    // address itself), so that the page cache's 2 MiB folios can be mapped whole: see mapFileAt for what the
    // first reads cost. The slack is given back.
    const size_t align = size >= HugePageSize && HugePageSize > pageSize ? HugePageSize : pageSize;
    char *const slack = static_cast<char *>(
        mmap(nullptr, length + align - pageSize, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
    if (slack == MAP_FAILED)
        return nullptr;
    char *const reserved =
        reinterpret_cast<char *>((reinterpret_cast<uintptr_t>(slack) + align - 1) & ~(align - 1));
    if (reserved != slack)
        munmap(slack, size_t(reserved - slack));
    if (const size_t tail = size_t(slack + align - pageSize - reserved))
        munmap(reserved + length, tail);
    mapped->m_data = reserved;
    mapped->m_length = length;
    if (!mapFileAt(reserved, size, fd, align == HugePageSize))
        return nullptr; // the destructor unmaps the reservation
    mapped->m_size = size;
    const auto begin = reinterpret_cast<uintptr_t>(reserved);
    GuardSlot &slot = guardSlots[size_t(mapped->m_slot)];
    slot.end.store(begin + ((size + pageSize - 1) & ~(pageSize - 1)), std::memory_order_release);
    slot.begin.store(begin, std::memory_order_release);
    return mapped;
}

MappedFile::~MappedFile()
{
    if (m_slot >= 0)
        releaseSlot(m_slot);
    if (m_data)
        munmap(m_data, m_length);
    if (m_fd >= 0)
        close(m_fd);
}

bool MappedFile::unchanged() const
{
    if (guardSlots[size_t(m_slot)].lostPage.load(std::memory_order_acquire))
        return false;
    Identity now;
    return identify(m_fd, now) && now == m_identity;
}

#else

std::unique_ptr<MappedFile> MappedFile::map(int, size_t, size_t)
{
    return nullptr;
}
MappedFile::~MappedFile() = default;
bool MappedFile::unchanged() const
{
    return true;
}
bool MappedFile::identify(int, Identity &)
{
    return false;
}

#endif

} // namespace ab
