#!/usr/bin/env bash
# Regenerates the figures of docs/performance-packages.md: `auditbench-cli package` for one agent of an agent
# runtime export with ENTRIES audit entries (scripts/bench/gen_runtime_export.py writes it, deterministically).
#
# usage: scripts/bench/package-benchmark.sh [ENTRIES (default 100000)] [RUNS (default 5)]
# env:   AUDITBENCH_BUILD_DIR (default build), BENCH_DIR (default /tmp/auditbench-bench),
#        BEFORE=/path/to/an/older/auditbench-cli: runs interleaved with this build's (before, after, ...), so
#        both see the same load; the packages must be the same apart from package_id, generated_at and the
#        content_sha256 that covers them; prints the ratio of the medians.
# Figures are medians of RUNS runs; on a shared machine the paired ratio is the figure that means something.
set -euo pipefail
cd "$(dirname "$0")/../.."

ENTRIES="${1:-100000}"
RUNS="${2:-5}"
BUILD_DIR="${AUDITBENCH_BUILD_DIR:-build}"
BENCH_DIR="${BENCH_DIR:-/tmp/auditbench-bench}"
CLI="$PWD/$BUILD_DIR/bin/auditbench-cli"
AGENT=a1b2c3d4-e5f6-7890-abcd-ef1234567890
[ -x "$CLI" ] || { echo "build first: bash scripts/build.sh" >&2; exit 2; }
mkdir -p "$BENCH_DIR"
INPUT="$BENCH_DIR/runtime-$ENTRIES.json"
[ -f "$INPUT" ] || python3 scripts/bench/gen_runtime_export.py "$INPUT" "$ENTRIES"
echo "== input: $INPUT ($ENTRIES entries, $(stat -c %s "$INPUT") bytes)"
echo "== machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), load $(cut -d' ' -f1-3 /proc/loadavg)"

# The package without what differs from run to run (its id and time, and the hash that covers them).
stable() { python3 -c 'import json,sys
d = json.load(open(sys.argv[1]))
def strip(o):
    if isinstance(o, dict):
        return {k: strip(v) for k, v in o.items() if k not in ("package_id", "generated_at", "content_sha256")}
    if isinstance(o, list):
        return [strip(v) for v in o]
    return o
print(json.dumps(strip(d), sort_keys=True))' "$1"; }

run() { "$1" package --runtime-export "$INPUT" --agent "$AGENT" --out "$2" > /dev/null; }
run "$CLI" "$BENCH_DIR/package-after.json"
if [ -n "${BEFORE:-}" ]; then
  run "$BEFORE" "$BENCH_DIR/package-before.json"
  [ "$(stable "$BENCH_DIR/package-before.json")" = "$(stable "$BENCH_DIR/package-after.json")" ] ||
    { echo "the two binaries' packages differ" >&2; exit 1; }
  echo "(packages identical apart from package_id, generated_at, content_sha256)"
fi

timed() { # prints "wall_seconds max_rss_kib cpu_seconds" (CPU includes the dot child)
  /usr/bin/time -o "$BENCH_DIR/time.out" -f "%e %M %U %S" "$@" > /dev/null 2> /dev/null || true
  tail -1 "$BENCH_DIR/time.out" | awk '{ printf "%s %s %.2f\n", $1, $2, $3 + $4 }'
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
report() { # label file; prints the figures on stderr, the median wall time on stdout
  local wall cpu rss
  wall=$(cut -d' ' -f1 "$2" | median)
  cpu=$(cut -d' ' -f3 "$2" | median)
  rss=$(cut -d' ' -f2 "$2" | sort -n | tail -1)
  printf '%-24s %6.2f s wall  %6.2f s CPU  peak RSS %5.0f MiB\n' "$1" "$wall" "$cpu" "$(echo "$rss / 1024" | bc -l)" >&2
  echo "$wall"
}

: > "$BENCH_DIR/package-after.times"
: > "$BENCH_DIR/package-before.times"
for _ in $(seq "$RUNS"); do
  [ -z "${BEFORE:-}" ] || timed "$BEFORE" package --runtime-export "$INPUT" --agent "$AGENT" >> "$BENCH_DIR/package-before.times"
  timed "$CLI" package --runtime-export "$INPUT" --agent "$AGENT" >> "$BENCH_DIR/package-after.times"
done
echo "== auditbench-cli package ($RUNS runs, medians)"
[ -z "${BEFORE:-}" ] || B=$(report "before" "$BENCH_DIR/package-before.times")
A=$(report "this build" "$BENCH_DIR/package-after.times")
[ -z "${BEFORE:-}" ] || awk -v a="$A" -v b="$B" 'BEGIN { printf "speed-up over before (paired medians): %.2fx\n", b / a }'
