#pragma once

#include <cstddef>
#include <vector>

namespace ab {

// On the VMs this project is built and measured on, the first touch of each fresh 4 KiB page of anonymous
// memory costs far more than on bare metal (a shadow page-table fault per page): filling a 576 MB buffer
// took longer than hashing it. Buffers of many megabytes that are written once and then read (a whole
// export file, one entry per record) are therefore asked to be backed by transparent huge pages, one fault
// per 2 MiB. It is only advice: where THP is off ("never") nothing changes, and nothing depends on it.

// One transparent huge page (a PMD: one page table's reach on x86-64 and arm64).
constexpr size_t HugePageSize = size_t(2) << 20;

// Advises huge pages for the 2 MiB-aligned part of [p, p + bytes); call before the memory is first written.
void adviseHugePages(void *p, size_t bytes);

// malloc-compatible (release with std::free) buffer of `bytes`, 2 MiB-aligned and advised when large.
void *allocateLarge(size_t bytes);

// Resizes an EMPTY vector to `n` value-initialised elements with its storage advised first.
template <typename T> void resizeLarge(std::vector<T> &v, size_t n)
{
    v.reserve(n);
    adviseHugePages(v.data(), n * sizeof(T));
    v.resize(n);
}

} // namespace ab
