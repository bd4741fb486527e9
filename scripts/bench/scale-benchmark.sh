#!/usr/bin/env bash
# Regenerates the figures of docs/scale.md: one NDJSON export verified whole, and the same export split into
# SEGMENTS consecutive line ranges verified by SEGMENTS `verify` processes at once, then `join`ed. Checks that
# join's result equals the whole verification's apart from `sources`, and prints wall time, CPU and the peak
# memory of one segment process.
#
# usage: scripts/bench/scale-benchmark.sh [RECORDS (default 1000000)] [SEGMENTS (default 4)]
# env:   AUDITBENCH_BUILD_DIR (default build), BENCH_DIR (default /tmp/auditbench-bench)
set -euo pipefail
cd "$(dirname "$0")/../.."

RECORDS="${1:-1000000}"
SEGMENTS="${2:-4}"
BUILD_DIR="${AUDITBENCH_BUILD_DIR:-build}"
BENCH_DIR="${BENCH_DIR:-/tmp/auditbench-bench}"
CLI="$PWD/$BUILD_DIR/bin/auditbench-cli"
[ -x "$CLI" ] || { echo "build first: bash scripts/build.sh" >&2; exit 2; }
DATA="$BENCH_DIR/n$RECORDS"
[ -f "$DATA/keyring.json" ] || "$CLI" demo-data --out "$DATA" --records "$RECORDS" > /dev/null
FILE="$DATA/gateway-audit-2025.ndjson"
KEYRING="$DATA/keyring.json"
SEG="$BENCH_DIR/segments-$RECORDS-$SEGMENTS"
rm -rf "$SEG" && mkdir -p "$SEG/in" "$SEG/out"
split -n "l/$SEGMENTS" -d -a 4 --additional-suffix=.ndjson "$FILE" "$SEG/in/seg-"
echo "== $FILE: $RECORDS records, $(stat -c %s "$FILE") bytes; $SEGMENTS segments"
echo "== machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

/usr/bin/time -f "whole file:              %e s wall, %U+%S s CPU, peak RSS %M KiB" \
  "$CLI" verify --keyring "$KEYRING" "$FILE" > "$SEG/whole.json"
start=$(date +%s.%N)
ls "$SEG"/in/seg-*.ndjson | xargs -P "$SEGMENTS" -I{} sh -c \
  '/usr/bin/time -f "  segment $(basename "$1"): %e s wall, %U+%S s CPU, peak RSS %M KiB" "$2" verify --keyring "$3" "$1" > "$4/$(basename "$1" .ndjson).json" || [ $? -ne 2 ]' \
  sh {} "$CLI" "$KEYRING" "$SEG/out"
mid=$(date +%s.%N)
"$CLI" join "$SEG"/out/seg-*.json > "$SEG/joined.json"
end=$(date +%s.%N)
awk -v s="$start" -v m="$mid" -v e="$end" -v n="$SEGMENTS" 'BEGIN {
  printf "%s segments in parallel: %.2f s wall; join: %.2f s; total %.2f s\n", n, m - s, e - m, e - s }'
python3 - "$SEG/whole.json" "$SEG/joined.json" <<'PY'
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
a.pop("sources"); b.pop("sources")
print("join == whole (apart from sources):", a == b)
sys.exit(0 if a == b else 1)
PY
