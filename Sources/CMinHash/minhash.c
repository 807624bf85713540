#include "CMinHash.h"

// The loop over k is written so that the compiler vectorises it. x86-64's baseline (SSE2) has
// neither a 64-bit vector multiply nor an unsigned 64-bit minimum; AVX2 builds the multiply
// from 32-bit ones, AVX-512 has both. The function is compiled once per target below and the
// loader picks the widest one the CPU runs (an ifunc), so the binary still runs on any x86-64.
#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
__attribute__((target_clones("avx512dq", "avx2", "default")))
#endif
void segur_minhash_update(uint64_t *restrict minima, const uint64_t *restrict seeds, size_t count,
                          const uint64_t *restrict shingles, size_t shingle_count) {
    for (size_t s = 0; s < shingle_count; s++) {
        const uint64_t x = shingles[s];
        for (size_t k = 0; k < count; k++) {
            uint64_t z = (x ^ seeds[k]) + 0x9e3779b97f4a7c15ULL;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            z ^= z >> 31;
            minima[k] = z < minima[k] ? z : minima[k];
        }
    }
}
