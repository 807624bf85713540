#!/usr/bin/env bash
# How `lexicon lint` scales with the size of a lexicon: the bundled lexicons plus one theme of N
# random terms from the system word list (1 to 3 words, exact, stem and prefix modes), linted by
# the release binary, wall time printed per N. Expect roughly linear growth.
# usage: bench/lint-scale.sh [N...]   (default: 10000 40000 200000)
set -euo pipefail
cd "$(dirname "$0")/.."
words=${WORDS:-/usr/share/dict/french}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for n in "${@:-10000 40000 200000}"; do
  for count in $n; do
    rm -rf "$work/lex"; cp -r lexicons "$work/lex"
    python3 - "$words" "$count" "$work/lex/themes/grand.tsv" <<'PY'
import random, sys
words = [w.strip() for w in open(sys.argv[1], encoding="utf-8") if w.strip().isalpha()]
rng = random.Random(int(sys.argv[2]))
with open(sys.argv[3], "w", encoding="utf-8") as f:
    f.write("# label: Grand\n# pillar: 4-territoires\nterm\tmode\tweight\n")
    for _ in range(int(sys.argv[2])):
        term = " ".join(rng.choice(words) for _ in range(rng.choice([1, 1, 2, 3])))
        f.write(f"{term}\t{rng.choice(['exact', 'exact', 'stem', 'prefix'])}\t1\n")
PY
    start=$(date +%s.%N)
    summary=$(.build/release/segur-pipeline lexicon lint "$work/lex" 2>&1 | tail -1 || true)
    end=$(date +%s.%N)
    printf '%7d terms: %6.2f s  (%s)\n' "$count" "$(echo "$end - $start" | bc)" "$summary"
  done
done
