#!/usr/bin/env bash
# Regenerates the figures of docs/performance.md: end-to-end `auditbench-cli verify` (file -> verdict) on
# demo data with a keyring, next to `openssl speed` and the straightforward Python verifier, plus the peak
# memory of verifying a ~1 GB export.
#
# usage: scripts/bench/verify-benchmark.sh [RECORDS (default 1000000)] [RUNS (default 5)]
# env:   AUDITBENCH_BUILD_DIR (default build), BENCH_DIR (default /tmp/auditbench-bench),
#        BIG_RECORDS (default 1800000, ~1 GB of NDJSON; 0 skips), SKIP_PYTHON=1,
#        BEFORE=/path/to/an/older/auditbench-cli: the paired comparison. Its runs are interleaved with this
#        build's (before, after, before, after, ...) so both see the same load, its output must be byte for
#        byte the same, and the ratio of the medians is printed.
#        PAGE_CACHE=asis (default) | disk | written: the export's page cache before the runs, which decides
#        what the first reads of the mapped file cost on this project's VMs (docs/performance.md, sixth
#        pass). "disk" drops the file's cached pages (dd iflag=nocache, no root needed), so the first run
#        reads it from disk into 2 MiB folios; "written" rewrites it in 16 KiB pieces, the small folios a
#        program writing through a small buffer (Qt, Python) leaves. The bytes stay the same.
#        FORM=ndjson (default) | array: the demo export as generated, or the same records as one JSON array
#        written an element per line (the form issue 15's first pairing measured), made once next to it;
#        FORM=indented: the same array indented by two spaces (Python's json.dump(indent=2)), which takes
#        the strict, serial split.
#        SKIP_FLOOR=1: without the hashing floor. Otherwise each Python run is also paired with one run of
#        scripts/bench/hash_floor.c (the file's SHA-256 and every line's HMAC on both cores, nothing else)
#        and one start of `auditbench-cli --version`, timed to the millisecond: the most any verifier
#        could reach against Python here, and the most a process that loads Qt could (not for
#        FORM=indented, whose records span many lines).
# The machine should be otherwise idle; figures are medians of RUNS runs. On a shared machine the paired
# ratios (before/after, Python/after) are the figures that mean something, not the absolute times.
set -euo pipefail
cd "$(dirname "$0")/../.."

RECORDS="${1:-1000000}"
RUNS="${2:-5}"
BUILD_DIR="${AUDITBENCH_BUILD_DIR:-build}"
BENCH_DIR="${BENCH_DIR:-/tmp/auditbench-bench}"
BIG_RECORDS="${BIG_RECORDS:-1800000}"
CLI="$PWD/$BUILD_DIR/bin/auditbench-cli"
[ -x "$CLI" ] || { echo "build first: bash scripts/build.sh" >&2; exit 2; }

DATA="$BENCH_DIR/n$RECORDS"
if [ ! -f "$DATA/keyring.json" ]; then
  echo "== generating $RECORDS demo records into $DATA"
  /usr/bin/time -f "generate: %e s wall, peak RSS %M KiB" "$CLI" demo-data --out "$DATA" --records "$RECORDS"
fi
FILE="$DATA/gateway-audit-2025.ndjson"
KEYRING="$DATA/keyring.json"
case "${FORM:-ndjson}" in
  ndjson) ;;
  array)
    if [ ! -f "$DATA/gateway-audit-2025.array.json" ]; then
      awk 'BEGIN { print "[" } NR > 1 { print prev "," } { prev = $0 } END { print prev; print "]" }' "$FILE" \
        > "$DATA/gateway-audit-2025.array.json.part" && mv "$DATA/gateway-audit-2025.array.json.part" "$DATA/gateway-audit-2025.array.json"
    fi
    FILE="$DATA/gateway-audit-2025.array.json" ;;
  indented)
    if [ ! -f "$DATA/gateway-audit-2025.indented.json" ]; then
      # One record at a time (the bytes json.dump(records, indent=2) writes, without holding them all).
      python3 -c 'import json, sys
out = open(sys.argv[2], "w")
sep = "[\n"
for l in open(sys.argv[1]):
    if l.strip():
        out.write(sep + "\n".join("  " + x for x in json.dumps(json.loads(l), indent=2).split("\n")))
        sep = ",\n"
out.write("[]" if sep == "[\n" else "\n]")' \
        "$FILE" "$DATA/gateway-audit-2025.indented.json.part" && mv "$DATA/gateway-audit-2025.indented.json.part" "$DATA/gateway-audit-2025.indented.json"
    fi
    FILE="$DATA/gateway-audit-2025.indented.json" ;;
  *) echo "FORM must be ndjson, array or indented" >&2; exit 2 ;;
esac
BYTES=$(stat -c %s "$FILE")
case "${PAGE_CACHE:-asis}" in
  asis) ;;
  disk) dd if="$FILE" iflag=nocache count=0 status=none ;;
  written) dd if="$FILE" of="$FILE.rewritten" bs=16K status=none && mv -f "$FILE.rewritten" "$FILE" && sync ;;
  *) echo "PAGE_CACHE must be asis, disk or written" >&2; exit 2 ;;
esac
echo "== input: $FILE ($RECORDS records, $BYTES bytes, ${FORM:-ndjson}), page cache: ${PAGE_CACHE:-asis}"
echo "== machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), load $(cut -d' ' -f1-3 /proc/loadavg)"

echo
echo "== openssl speed (one core)"
openssl speed -seconds 3 -bytes 16384 -evp sha256 2>/dev/null | tail -1
openssl speed -seconds 3 -bytes 512 -hmac sha256 2>/dev/null | tail -1

# One timed run: prints "wall_seconds max_rss_kib cpu_seconds".
timed() {
  /usr/bin/time -o "$BENCH_DIR/time.out" -f "%e %M %U %S" "$@" > "${TIMED_OUT:-/dev/null}" 2> /dev/null || true
  tail -1 "$BENCH_DIR/time.out" | awk '{ printf "%s %s %.2f\n", $1, $2, $3 + $4 }'
}

# One run timed to the millisecond (wall only): for the short runs /usr/bin/time's 10 ms steps blur.
timed_ms() {
  local start end
  start=$(date +%s%N)
  "$@" > /dev/null 2> /dev/null || true
  end=$(date +%s%N)
  awk -v n=$((end - start)) 'BEGIN { printf "%.3f\n", n / 1e9 }'
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

report() { # label, file of "wall rss" lines; prints the figures on stderr and the median wall time on stdout
  local label="$1" f="$2" wall rss cpu
  wall=$(cut -d' ' -f1 "$f" | median)
  rss=$(cut -d' ' -f2 "$f" | sort -n | tail -1)
  cpu=$(cut -d' ' -f3 "$f" | median)
  awk -v l="$label" -v w="$wall" -v r="$rss" -v c="$cpu" -v n="$RECORDS" -v b="$BYTES" 'BEGIN {
    printf "%-28s %8.2f s  %10.0f records/s  %7.1f MB/s  CPU %6.2f s  peak RSS %6.0f MiB (%.2fx the input)\n",
      l, w, n / w, b / w / 1e6, c, r / 1024, r * 1024 / b }' >&2
  echo "$wall"
}

echo
echo "== auditbench-cli verify --keyring (end to end, $RUNS runs, median)"
"$CLI" verify --keyring "$KEYRING" "$FILE" > "$BENCH_DIR/verify.json" || true
grep -q '"valid": true' "$BENCH_DIR/verify.json" || { echo "verify did not report valid" >&2; exit 1; }
if [ -n "${BEFORE:-}" ]; then
  "$BEFORE" verify --keyring "$KEYRING" "$FILE" > "$BENCH_DIR/verify-before.json" || true
  cmp "$BENCH_DIR/verify-before.json" "$BENCH_DIR/verify.json" ||
    { echo "the two binaries' results differ" >&2; exit 1; }
  echo "(results byte-identical: $BEFORE and $CLI)"
fi
: > "$BENCH_DIR/cli.times"
: > "$BENCH_DIR/before.times"
for _ in $(seq "$RUNS"); do
  [ -z "${BEFORE:-}" ] || timed "$BEFORE" verify --keyring "$KEYRING" "$FILE" >> "$BENCH_DIR/before.times"
  timed "$CLI" verify --keyring "$KEYRING" "$FILE" >> "$BENCH_DIR/cli.times"
done
if [ -n "${BEFORE:-}" ]; then
  BEFORE_WALL=$(report "before ($(basename "$BEFORE"))" "$BENCH_DIR/before.times")
fi
CLI_WALL=$(report "auditbench-cli verify" "$BENCH_DIR/cli.times")
if [ -n "${BEFORE:-}" ]; then
  awk -v a="$CLI_WALL" -v b="$BEFORE_WALL" 'BEGIN { printf "speed-up over before (paired medians): %.2fx\n", b / a }'
fi

if [ "${SKIP_PYTHON:-0}" != 1 ]; then
  echo
  echo "== Python baseline (scripts/bench/python_verify.py), PY_RUNS (default 1) runs, each next to one run of the CLI"
  echo "   (Python before the CLI in odd runs, after it in even ones)"
  : > "$BENCH_DIR/python.times"
  : > "$BENCH_DIR/cli-paired.times"
  : > "$BENCH_DIR/floor.times"
  : > "$BENCH_DIR/startup.times"
  if [ "${FORM:-ndjson}" = indented ] && [ "${SKIP_FLOOR:-0}" != 1 ]; then
    echo "(no floor for FORM=indented: hash_floor.c takes a record per line)"
    SKIP_FLOOR=1
  fi
  if [ "${SKIP_FLOOR:-0}" != 1 ]; then
    cc -O2 -Wall -o "$BENCH_DIR/hash_floor" scripts/bench/hash_floor.c -lcrypto -lpthread
  fi
  python_run() {
    TIMED_OUT="$BENCH_DIR/python.json" timed python3 scripts/bench/python_verify.py --keyring "$KEYRING" "$FILE" \
      >> "$BENCH_DIR/python.times"
  }
  # Python first in odd runs, last in even ones (use an even PY_RUNS): the run right after Python pays for
  # the 4 GB it just freed (fresh pages on these VMs, sixth pass), so neither side always follows the other.
  for i in $(seq "${PY_RUNS:-1}"); do
    [ $((i % 2)) = 0 ] || python_run
    timed "$CLI" verify --keyring "$KEYRING" "$FILE" >> "$BENCH_DIR/cli-paired.times"
    if [ "${SKIP_FLOOR:-0}" != 1 ]; then
      timed_ms "$BENCH_DIR/hash_floor" "$FILE" >> "$BENCH_DIR/floor.times"
      timed_ms "$CLI" --version >> "$BENCH_DIR/startup.times"
    fi
    [ $((i % 2)) = 1 ] || python_run
  done
  # The yardstick must do the same work: every member it writes equals the CLI's (valid, errors, first and
  # last event, keys, the source's SHA-256, coverage).
  python3 -c 'import json, sys
py, cli = (json.load(open(p)) for p in sys.argv[1:])
bad = [k for k in py if py[k] != cli.get(k)]
sys.exit("python_verify.py and the CLI differ in: " + ", ".join(bad) if bad else 0)' \
    "$BENCH_DIR/python.json" "$BENCH_DIR/verify.json"
  echo "(Python's result equals the CLI's in all $(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))))' "$BENCH_DIR/python.json") members it writes)"
  PY_WALL=$(report "python_verify.py" "$BENCH_DIR/python.times")
  PAIRED_WALL=$(report "auditbench-cli (paired)" "$BENCH_DIR/cli-paired.times")
  awk -v c="$PAIRED_WALL" -v p="$PY_WALL" 'BEGIN { printf "speed-up over Python (paired): %.1fx\n", p / c }'
  if [ "${SKIP_FLOOR:-0}" != 1 ]; then
    FLOOR_WALL=$(cut -d' ' -f1 "$BENCH_DIR/floor.times" | median)
    START_WALL=$(cut -d' ' -f1 "$BENCH_DIR/startup.times" | median)
    awk -v f="$FLOOR_WALL" -v s="$START_WALL" -v p="$PY_WALL" -v c="$PAIRED_WALL" 'BEGIN {
      printf "hashing floor (hash_floor.c)  %8.3f s   Python / floor: %.1fx (no verifier on this machine can go beyond)\n", f, p / f
      printf "process start (--version)     %8.3f s   Python / (floor + start): %.1fx (nor one that loads Qt)\n", s, p / (f + s)
      b = c - f - s
      if (b < 0.01) print "auditbench-cli beyond the floor and the start: within the 10 ms of /usr/bin/time"
      else printf "auditbench-cli beyond the floor and the start: %.3f s\n", b }'
  fi
fi

if [ "$BIG_RECORDS" != 0 ]; then
  BIG="$BENCH_DIR/n$BIG_RECORDS"
  if [ ! -f "$BIG/keyring.json" ]; then
    echo
    echo "== generating $BIG_RECORDS records (~1 GB) into $BIG"
    "$CLI" demo-data --out "$BIG" --records "$BIG_RECORDS"
    rm -f "$BIG/gateway-audit-2025-tampered.ndjson" # not needed here; saves a GB of disk
  fi
  BIGFILE="$BIG/gateway-audit-2025.ndjson"
  echo
  echo "== ~1 GB input: $BIGFILE ($(stat -c %s "$BIGFILE") bytes), 1 run"
  timed "$CLI" verify --keyring "$BIG/keyring.json" "$BIGFILE" > "$BENCH_DIR/big.times"
  RECORDS="$BIG_RECORDS" BYTES=$(stat -c %s "$BIGFILE") report "auditbench-cli verify (1 GB)" "$BENCH_DIR/big.times" > /dev/null
  echo "(the input is held in memory once, plus about 440 bytes of chain state per record at the peak)"
fi
