#ifndef SEGUR_CMINHASH_H
#define SEGUR_CMINHASH_H

#include <stddef.h>
#include <stdint.h>

/// MinHash's inner loop: for every shingle hash and every k < count,
/// minima[k] = min(minima[k], mix(shingle ^ seeds[k])), where mix is SplitMix64's finaliser
/// (the Aggregate module's StableHash.mix). Integer arithmetic only: every CPU gets the same
/// minima, whichever vector width the loop runs at.
void segur_minhash_update(uint64_t *minima, const uint64_t *seeds, size_t count,
                          const uint64_t *shingles, size_t shingle_count);

#endif
