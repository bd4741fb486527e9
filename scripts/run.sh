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

echo "No display: running the command line on the demo evidence; results in demo-output/."
mkdir -p demo-output
set +e
"$CLI" verify --keyring "$DEMO_DIR/keyring.json" "$DEMO_DIR"/gateway-audit-2025.ndjson > demo-output/verify.json
echo "verify (original export): exit $? -> demo-output/verify.json"
"$CLI" verify --keyring "$DEMO_DIR/keyring.json" "$DEMO_DIR"/gateway-audit-2025-tampered.ndjson > demo-output/verify-tampered.json
echo "verify (tampered copy):   exit $? -> demo-output/verify-tampered.json"
