#!/usr/bin/env bash
# Fuzzes the parsers that read other people's bytes with libFuzzer: each target of
# Fuzz/Sources/FuzzTargets.swift for SECONDS, starting from Fuzz/seeds/<target> (and corpus/ for
# html and text) and the corpus kept from earlier runs in .build/fuzz/work/corpus/<target>. A
# crash, a sanitizer report or an input slower than 30 s is written to .build/fuzz/work/artifacts/
# and fails the script; replay one with `.build/debug/segur-fuzz <target> <file>` (a plain build),
# then make it a regression test.
# usage: scripts/fuzz.sh [SECONDS] [TARGET...]     (default: 60 s each; html text decode lexicon table)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=${*:-html text decode lexicon table}
# Release, with libFuzzer's coverage and AddressSanitizer; lld links it (gold stops on libFuzzer's
# archive with an internal error).
swift build --build-path .build/fuzz -c release --product segur-fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -use-ld=lld
bin=.build/fuzz/release/segur-fuzz
work=.build/fuzz/work
mkdir -p "$work/artifacts"
status=0
for target in $targets; do
  corpus=$work/corpus/$target
  mkdir -p "$corpus"
  cp -n Fuzz/seeds/"$target"/* "$corpus"/
  # The bundled corpus is real-shaped input already: its pages and minutes seed html and text.
  case $target in
    html) cp -n corpus/*.html "$corpus"/ ;;
    text) cp -n corpus/*.txt corpus/*.md "$corpus"/ ;;
  esac
  # detect_leaks=0: the Swift runtime's metadata caches live until exit and read as leaks.
  if ! SEGUR_FUZZ_TARGET=$target ASAN_OPTIONS=detect_leaks=0 "$bin" "$corpus" \
    -max_total_time="$seconds" -max_len=65536 -timeout=30 -rss_limit_mb=4096 \
    -artifact_prefix="$work/artifacts/$target-" -print_final_stats=1 >"$work/$target.log" 2>&1; then
    status=1
    echo "$target: FAILED, see $work/$target.log and $work/artifacts/"
    grep -E "ERROR|SUMMARY|Test unit written" "$work/$target.log" | head -5 || true
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/$target.log" || true)
  cov=$(grep -E "^#[0-9]+[[:space:]]+DONE" "$work/$target.log" | sed -n 's/.*cov: \([0-9]*\).*corp: \([0-9]*\).*/\1 edges, corpus \2 inputs/p' || true)
  echo "$target: $runs executions in $seconds s, $cov"
done
exit $status
