#!/usr/bin/env bash
# What the first touch of memory costs on this machine: mapping an export that is already in the page cache
# and reading it twice with memchr (as verification's line split does), and writing 64 MB of fresh anonymous
# memory with 4 KiB pages and with transparent huge pages advised. Verification pays both before and while
# it parses; docs/performance.md (ninth pass) explains why they matter on this project's VMs.
#   scripts/bench/memory-costs.sh [FILE]     (default: the 1M demo export of verify-benchmark.sh, if made)
set -euo pipefail
cd "$(dirname "$0")/../.."
FILE="${1:-${BENCH_DIR:-/tmp/auditbench-bench}/n1000000/gateway-audit-2025.ndjson}"
OUT="${TMPDIR:-/tmp}/auditbench-memory-costs"
cc -O2 -Wall -o "$OUT" scripts/bench/memory_costs.c
echo "== machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), load $(cut -d' ' -f1-3 /proc/loadavg)," \
  "THP $(cat /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null || echo unknown)"
if [ -f "$FILE" ]; then
  cat "$FILE" > /dev/null # in the page cache, as a file just verified or generated would be
  for _ in 1 2 3; do "$OUT" "$FILE"; done
else
  echo "($FILE not found: anonymous memory only)"
  for _ in 1 2 3; do "$OUT"; done
fi
