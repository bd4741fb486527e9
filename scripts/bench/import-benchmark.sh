#!/usr/bin/env bash
# Regenerates the import figures of docs/performance-workspace.md in one paired run: `auditbench-cli import`
# of the demo gateway export into a fresh workspace, interleaved with the plain Python loader
# (scripts/bench/python_import.py) and, when BEFORE_CLI names an older build's auditbench-cli, with that
# build too, so every ratio compares runs made under the same load. Prints each run, then medians,
# records/s, CPU time (user + system: what the run cost, less sensitive than wall time to other load on a
# shared machine), the workspace size against the input, and the ratios.
#
# usage: scripts/bench/import-benchmark.sh [RECORDS (default 1000000)] [RUNS (default 3)]
# env:   AUDITBENCH_BUILD_DIR (default build), BENCH_DIR (default /tmp/auditbench-bench),
#        BEFORE_CLI (an older auditbench-cli to interleave), SKIP_PYTHON=1
set -euo pipefail
cd "$(dirname "$0")/../.."

RECORDS="${1:-1000000}"
RUNS="${2:-3}"
BUILD_DIR="${AUDITBENCH_BUILD_DIR:-build}"
BENCH_DIR="${BENCH_DIR:-/tmp/auditbench-bench}"
CLI="$PWD/$BUILD_DIR/bin/auditbench-cli"
[ -x "$CLI" ] || { echo "build first: bash scripts/build.sh" >&2; exit 2; }
mkdir -p "$BENCH_DIR"

DATA="$BENCH_DIR/n$RECORDS"
if [ ! -f "$DATA/keyring.json" ]; then
  echo "== generating $RECORDS demo records into $DATA"
  "$CLI" demo-data --out "$DATA" --records "$RECORDS" > /dev/null
fi
FILE="$DATA/gateway-audit-2025.ndjson"
BYTES=$(stat -c %s "$FILE")
echo "== input: $FILE ($RECORDS records, $BYTES bytes)"
echo "== machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), load $(cut -d' ' -f1-3 /proc/loadavg)"

WS="$BENCH_DIR/import-bench.auditbench"
DB="$BENCH_DIR/import-bench.sqlite"
clean() { rm -f "$WS" "$WS-wal" "$WS-shm" "$DB" "$DB-wal" "$DB-shm"; }

# One timed run of "$@" (the target file is $2 of the label): appends "wall rss bytes cpu" to the label's file.
run() {
  local label="$1" target="$2"; shift 2
  clean
  /usr/bin/time -o "$BENCH_DIR/time.out" -f "%e %M %U %S" "$@" > /dev/null 2> "$BENCH_DIR/run.err" ||
    { echo "$label failed:" >&2; cat "$BENCH_DIR/run.err" >&2; exit 1; }
  local size
  size=$(stat -c %s "$target")
  tail -1 "$BENCH_DIR/time.out" | awk -v s="$size" '{print $1, $2, s, $3 + $4}' >> "$BENCH_DIR/$label.times"
  printf '  %-8s %s\n' "$label" "$(tail -1 "$BENCH_DIR/$label.times" | awk '{printf "%.2f s wall, %.2f s CPU, peak RSS %.0f MiB, %.0f bytes", $1, $4, $2/1024, $3}')"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
col_median() { cut -d' ' -f"$2" "$BENCH_DIR/$1.times" | median; }

labels=(after)
[ -n "${BEFORE_CLI:-}" ] && labels+=(before)
[ "${SKIP_PYTHON:-0}" != 1 ] && labels+=(python)
for l in "${labels[@]}"; do : > "$BENCH_DIR/$l.times"; done

echo "== $RUNS interleaved rounds (${labels[*]})"
for i in $(seq "$RUNS"); do
  echo " round $i (load $(cut -d' ' -f1 /proc/loadavg))"
  run after "$WS" "$CLI" import --workspace "$WS" "$FILE"
  [ -n "${BEFORE_CLI:-}" ] && run before "$WS" "$BEFORE_CLI" import --workspace "$WS" "$FILE"
  [ "${SKIP_PYTHON:-0}" != 1 ] && run python "$DB" python3 scripts/bench/python_import.py --db "$DB" "$FILE"
done
clean

echo "== medians"
for l in "${labels[@]}"; do
  awk -v l="$l" -v w="$(col_median "$l" 1)" -v r="$(col_median "$l" 2)" -v s="$(col_median "$l" 3)" \
      -v c="$(col_median "$l" 4)" -v n="$RECORDS" -v b="$BYTES" 'BEGIN {
    printf "%-8s %7.2f s wall  %9.0f records/s  %7.2f s CPU  peak RSS %5.0f MiB  store %.2fx the input\n",
      l, w, n / w, c, r / 1024, s / b }'
done
ratio() { # what, faster label, slower label
  awk -v w="$1" -v a="$(col_median "$2" 1)" -v b="$(col_median "$3" 1)" -v ca="$(col_median "$2" 4)" \
      -v cb="$(col_median "$3" 4)" 'BEGIN { printf "%-28s %.2fx (wall), %.2fx (CPU)\n", w, b / a, cb / ca }'
}
[ -n "${BEFORE_CLI:-}" ] && ratio "after vs before:" after before
[ "${SKIP_PYTHON:-0}" != 1 ] && ratio "after vs python_import.py:" after python
[ -n "${BEFORE_CLI:-}" ] && [ "${SKIP_PYTHON:-0}" != 1 ] && ratio "before vs python_import.py:" before python
exit 0
