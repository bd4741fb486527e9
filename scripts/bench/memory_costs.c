// What first touches of memory cost on this machine, the costs verification pays before any parsing:
// mapping an export file (already in the page cache) and reading it twice, and writing fresh anonymous
// memory with 4 KiB pages and with transparent huge pages. Used by scripts/bench/memory-costs.sh.
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#ifndef MADV_POPULATE_READ
#define MADV_POPULATE_READ 22
#endif

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

// Counts the line feeds of [p, end) with memchr, as the line split does.
static long lines(const char *p, const char *end)
{
    long n = 0;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            break;
        ++n;
        p = nl + 1;
    }
    return n;
}

static void file_passes(const char *path)
{
    int fd = open(path, O_RDONLY);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0) {
        perror(path);
        exit(2);
    }
    const size_t n = (size_t)st.st_size, huge = (size_t)2 << 20;
    char *reserve = mmap(NULL, n + huge, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    char *at = (char *)(((uintptr_t)reserve + huge - 1) & ~(uintptr_t)(huge - 1));
    double t0 = now();
    char *m = mmap(at, n, PROT_READ, MAP_PRIVATE | MAP_FIXED, fd, 0);
    madvise(m, n, MADV_HUGEPAGE);
    madvise(m, n, MADV_POPULATE_READ);
    double t1 = now();
    long a = lines(m, m + n);
    double t2 = now();
    long b = lines(m, m + n);
    double t3 = now();
    printf("file %.0f MB mapped and populated: %.1f ms; memchr line split, first pass %.1f ms (%.1f GB/s), "
           "second pass %.1f ms (%.1f GB/s); %ld lines%s\n",
           n / 1e6, (t1 - t0) * 1e3, (t2 - t1) * 1e3, n / (t2 - t1) / 1e9, (t3 - t2) * 1e3,
           n / (t3 - t2) / 1e9, a, a == b ? "" : " (passes disagree)");
}

static void anonymous(size_t mb, int hugePages)
{
    const size_t n = mb << 20;
    char *m = mmap(NULL, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (hugePages)
        madvise(m, n, MADV_HUGEPAGE);
    double t0 = now();
    for (size_t i = 0; i < n; i += 4096)
        m[i] = 1;
    double t1 = now();
    memset(m, 2, n);
    double t2 = now();
    printf("fresh anonymous %zu MB, %s: first touch %.1f ms (%.2f ms per MB), written again %.1f ms\n", mb,
           hugePages ? "huge pages advised" : "4 KiB pages", (t1 - t0) * 1e3, (t1 - t0) * 1e3 / mb,
           (t2 - t1) * 1e3);
    munmap(m, n);
}

int main(int argc, char **argv)
{
    if (argc > 1)
        file_passes(argv[1]);
    anonymous(64, 0);
    anonymous(64, 1);
    return 0;
}
