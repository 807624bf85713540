#!/usr/bin/env bash
# Converts the benchmark lexicon (../shared/bench/lexicon.tsv: pillar, theme, term) to this
# project's lexicon folder, so that segur-pipeline matches the same terms as the Python baseline.
# usage: bench/bench-lexicon.sh LEXICON.tsv OUT_DIR
set -euo pipefail
src=$1 out=$2
rm -rf "$out"; mkdir -p "$out/themes" "$out/pillars"
awk -F '\t' -v out="$out" '
  /^#/ || NF < 3 { next }
  {
    t = out "/themes/" $2 ".tsv"; p = out "/pillars/pilier-" $1 ".tsv"
    if (!(t in seen)) { print "term\tmode" > t; seen[t] = 1 }
    if (!(p in seen)) { print "term\tmode" > p; seen[p] = 1 }
    print $3 "\tstem" >> t; print $3 "\tstem" >> p
  }' "$src"
