#!/usr/bin/env bash
# Benchmark (not a test): prints a ~100-page compliance package PDF with the CLI and reports the time.
# Usage: scripts/bench-report.sh [CONNECTORS] (default 2400 connector rows, about 100 pages). Figures go to
# docs/performance-reports.md.
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-2400}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 - "$rows" "tests/data/report/package-small.json" "$work/large.json" <<'PY'
import json, sys
rows, src, out = int(sys.argv[1]), sys.argv[2], sys.argv[3]
pkg = json.load(open(src))
pkg["execution_graph"]["connectors"] = [
    {"connector": f"connector-{i:05d}", "calls": 1000 + i, "operations": [f"op_{j}" for j in range(i % 4 + 1)],
     "decisions": {"allow": 1000 + i, "deny": i % 3, "escalate": i % 2},
     "first": "2026-01-01T00:00:00Z", "last": "2026-02-28T23:59:59Z"} for i in range(rows)]
json.dump(pkg, open(out, "w"))
PY
for run in 1 2 3; do
  start=$(date +%s.%N)
  QT_QPA_PLATFORM=offscreen build/bin/auditbench-cli pdf --package-json "$work/large.json" --out "$work/large.pdf" \
      --user bench 2>/dev/null | grep -E '"pages"'
  end=$(date +%s.%N)
  echo "run $run: $(echo "$end - $start" | bc) s, $(stat -c %s "$work/large.pdf") bytes"
done
# The same report through the other outputs: a print job and the print preview (see tests/bench).
if [ -x build/bench/bench_reportprint ]; then
  QT_QPA_PLATFORM=offscreen build/bench/bench_reportprint "$work/large.json" 3 2>/dev/null
fi
