// The hashing floor of `auditbench-cli verify --keyring`, measured instead of estimated: the work no
// verifier can skip, and nothing else. The file is mapped; one thread takes the SHA-256 of the whole file
// (the evidence hash in the result) and then helps the other, which HMACs every line's bytes as they stand,
// less the bytes the real message lacks (the "hmac" and "previous_hmac" members, ~`drop` bytes) and plus
// the 64 bytes of previous_hmac it has. No parsing, no canonical form, no checks, no result: a verifier
// cannot be faster than this on the same machine. Used by scripts/bench/verify-benchmark.sh.
//
// usage: hash_floor FILE [DROP (default 95)]; prints seconds, lines and an XOR of the MACs (so the work
// cannot be optimised away). Lines are those of NDJSON or of an array written an element per line.
#define _GNU_SOURCE
#include <fcntl.h>
#include <openssl/evp.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

enum
{
    Block = 1 << 20
};

static const char *g_text;
static size_t g_size;
static size_t g_drop;
static atomic_size_t g_nextBlock;
static EVP_MAC *g_mac;
static const unsigned char g_key[32] = {0xf8, 0x6c, 0x3f, 0x30};
static const char g_previous[65] = "0000000000000000000000000000000000000000000000000000000000000000";

struct Tally
{
    long lines;
    unsigned char xor [32];
    int hashFile;
};

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

// HMACs the lines that start inside [begin, end) (a line belongs to the block its first byte is in).
static void macLines(EVP_MAC_CTX *ctx, size_t begin, size_t end, struct Tally *tally)
{
    const char *p = g_text + begin;
    if (begin > 0 && g_text[begin - 1] != '\n') {
        const char *lf = memchr(p, '\n', g_size - begin);
        if (!lf)
            return;
        p = lf + 1;
    }
    const char *stop = g_text + end;
    const char *fileEnd = g_text + g_size;
    while (p < stop) {
        const char *lf = memchr(p, '\n', (size_t)(fileEnd - p));
        const char *lineEnd = lf ? lf : fileEnd;
        size_t length = (size_t)(lineEnd - p);
        if (length > g_drop) {
            unsigned char out[32];
            size_t outLength = 0;
            EVP_MAC_init(ctx, NULL, 0, NULL);
            EVP_MAC_update(ctx, (const unsigned char *)p, length - g_drop);
            EVP_MAC_update(ctx, (const unsigned char *)g_previous, 64);
            EVP_MAC_final(ctx, out, &outLength, sizeof out);
            for (int i = 0; i < 32; ++i)
                tally->xor [i] ^= out[i];
            ++tally->lines;
        }
        if (!lf)
            break;
        p = lf + 1;
    }
}

static void *work(void *arg)
{
    struct Tally *tally = arg;
    if (tally->hashFile) {
        unsigned char digest[32];
        unsigned int digestLength = 0;
        EVP_Digest(g_text, g_size, digest, &digestLength, EVP_sha256(), NULL);
        for (int i = 0; i < 32; ++i)
            tally->xor [i] ^= digest[i];
    }
    EVP_MAC_CTX *ctx = EVP_MAC_CTX_new(g_mac);
    OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string("digest", "SHA256", 0),
                           OSSL_PARAM_construct_end()};
    EVP_MAC_init(ctx, g_key, sizeof g_key, params);
    for (;;) {
        size_t block = atomic_fetch_add(&g_nextBlock, 1);
        size_t begin = block * (size_t)Block;
        if (begin >= g_size)
            break;
        size_t end = begin + Block < g_size ? begin + Block : g_size;
        macLines(ctx, begin, end, tally);
    }
    EVP_MAC_CTX_free(ctx);
    return NULL;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s FILE [DROP]\n", argv[0]);
        return 2;
    }
    g_drop = argc > 2 ? (size_t)strtoul(argv[2], NULL, 10) : 95;
    double start = now();
    int fd = open(argv[1], O_RDONLY);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0 || st.st_size == 0) {
        perror(argv[1]);
        return 1;
    }
    g_size = (size_t)st.st_size;
    g_text = mmap(NULL, g_size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (g_text == MAP_FAILED) {
        perror("mmap");
        return 1;
    }
    g_mac = EVP_MAC_fetch(NULL, "HMAC", NULL);
    struct Tally tallies[2] = {{0, {0}, 1}, {0, {0}, 0}};
    pthread_t other;
    pthread_create(&other, NULL, work, &tallies[1]);
    work(&tallies[0]);
    pthread_join(other, NULL);
    double seconds = now() - start;
    unsigned char x = 0;
    for (int i = 0; i < 32; ++i)
        x ^= (unsigned char)(tallies[0].xor [i] ^ tallies[1].xor [i]);
    printf("%.3f s, %ld lines, xor %02x\n", seconds, tallies[0].lines + tallies[1].lines, x);
    EVP_MAC_free(g_mac);
    munmap((void *)g_text, g_size);
    close(fd);
    return 0;
}
