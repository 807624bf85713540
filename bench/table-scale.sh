#!/usr/bin/env bash
# The consultation-table cost curve: for each row count, writes a Cap Collectif-shaped export
# (bench/make-consultation.py) and times a full `run` on it (whole process: wall time, peak RSS,
# and the run manifest's seconds per stage). Prints one line per size.
# usage: bench/table-scale.sh [ROWS...]        (default: 20000 100000)
#        BIN=.build/release/segur-pipeline WORK=/tmp/segur-table-scale JOBS=2
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${BIN:-.build/release/segur-pipeline}
work=${WORK:-/tmp/segur-table-scale}
jobs=${JOBS:-2}
sizes=${*:-20000 100000}
for n in $sizes; do
  rm -rf "$work/$n"; mkdir -p "$work/$n/in"
  python3 bench/make-consultation.py "$n" "$work/$n/in/consultation.csv"
  bytes=$(stat -c %s "$work/$n/in/consultation.csv")
  /usr/bin/time -f "%e %M" -o "$work/$n/time" "$bin" run --input "$work/$n/in" --lexicons lexicons --out "$work/$n/out" \
    --jobs "$jobs" --max-bytes $((bytes + 1)) -q || [ $? = 2 ]
  read -r wall kib < "$work/$n/time"
  stages=$(python3 -c "import json,sys; m=json.load(open(sys.argv[1])); print(' '.join(f'{k} {v:.1f}s' for k, v in m['stage_seconds'].items()))" "$work/$n/out/run-manifest.json")
  echo "rows $n ($((bytes / 1000000)) MB): wall ${wall} s, peak RSS $((kib / 1024)) MiB; $stages"
done
