#!/usr/bin/env bash
# Installs what is missing, builds, and opens the workbench on demo evidence (or, without a display,
# runs the command line on it into demo-output/).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/deps.sh
bash scripts/build.sh

BUILD_DIR="${AUDITBENCH_BUILD_DIR:-build}"
CLI="$BUILD_DIR/bin/auditbench-cli"
DEMO_DIR="demo-data"
if [ ! -f "$DEMO_DIR/keyring.json" ]; then
  echo "Creating demo evidence in $DEMO_DIR/ ..."
  "$CLI" demo-data --out "$DEMO_DIR"
fi

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec "$BUILD_DIR/bin/auditbench" --demo
fi

echo "No display: running the command line on the demo evidence instead; results in demo-output/."
mkdir -p demo-output
WS=demo-output/demo.auditbench
set +e
"$CLI" verify --keyring "$DEMO_DIR/keyring.json" "$DEMO_DIR/gateway-audit-2025.ndjson" > demo-output/verify.json
echo "verify (original export): exit $? -> demo-output/verify.json"
"$CLI" verify --keyring "$DEMO_DIR/keyring.json" "$DEMO_DIR/gateway-audit-2025-tampered.ndjson" > demo-output/verify-tampered.json
echo "verify (tampered copy):   exit $? -> demo-output/verify-tampered.json"
if [ ! -f "$WS" ]; then
  "$CLI" import --workspace "$WS" "$DEMO_DIR/gateway-audit-2025.ndjson" "$DEMO_DIR/agent-runtime-export.json" \
      "$DEMO_DIR/compliance-bundles-export.json" "$DEMO_DIR/ocsf-events.ndjson" > demo-output/import.json
  echo "import into $WS: exit $? -> demo-output/import.json"
fi
"$CLI" verify --workspace "$WS" --keyring "$DEMO_DIR/keyring.json" > demo-output/verify-workspace.json
echo "verify (workspace):       exit $? -> demo-output/verify-workspace.json"
AGENT=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["agents"][0]["id"])' "$DEMO_DIR/agent-runtime-export.json")
PKG=$("$CLI" package --workspace "$WS" --agent "$AGENT" --out demo-output/package.json --svg demo-output/dfd.svg)
echo "package for agent $AGENT: $PKG -> demo-output/package.json, demo-output/dfd.svg"
"$CLI" pdf --workspace "$WS" --package "$(echo "$PKG" | tail -n1 | tr -d '[:space:]')" --out demo-output/package.pdf > /dev/null
echo "package report:           exit $? -> demo-output/package.pdf"
"$CLI" query --workspace "$WS" --framework hipaa --action block --count > demo-output/hipaa-blocks.txt
echo "HIPAA block events: $(cat demo-output/hipaa-blocks.txt)"
