#include "core/common/HugePages.h"

#include <cstdint>
#include <cstdlib>
#include <new>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace ab {

namespace {
constexpr size_t Worthwhile = size_t(8) << 20; // below this the advice saves too little to matter
} // namespace

void adviseHugePages(void *p, size_t bytes)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    if (!p || bytes < Worthwhile)
        return;
    const auto begin = (reinterpret_cast<uintptr_t>(p) + HugePageSize - 1) & ~uintptr_t(HugePageSize - 1);
    const auto end = (reinterpret_cast<uintptr_t>(p) + bytes) & ~uintptr_t(HugePageSize - 1);
    if (end > begin)
        (void)madvise(reinterpret_cast<void *>(begin), end - begin,
                      MADV_HUGEPAGE); // advice: failure is harmless
#else
    (void)p;
    (void)bytes;
#endif
}

void *allocateLarge(size_t bytes)
{
    void *p = nullptr;
    if (bytes >= Worthwhile) {
        const size_t rounded = (bytes + HugePageSize - 1) & ~(HugePageSize - 1);
        p = std::aligned_alloc(HugePageSize, rounded);
        if (p)
            adviseHugePages(p, rounded);
    } else {
        p = std::malloc(bytes ? bytes : 1);
    }
    if (!p)
        throw std::bad_alloc();
    return p;
}

} // namespace ab
