#!/usr/bin/env bash
# Configures (CMake + Ninja) and builds AuditBench into build/ (binaries in build/bin/).
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD_DIR="${AUDITBENCH_BUILD_DIR:-build}"
BUILD_TYPE="${AUDITBENCH_BUILD_TYPE:-RelWithDebInfo}"
launcher=()
if command -v ccache >/dev/null 2>&1; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
fi
# AUDITBENCH_CMAKE_ARGS: extra CMake options (CI: -DAUDITBENCH_WERROR=ON, the sanitizer build's options).
read -r -a extra <<<"${AUDITBENCH_CMAKE_ARGS:-}"
if [ ! -f "$BUILD_DIR/build.ninja" ] || [ ${#extra[@]} -ne 0 ]; then
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$BUILD_TYPE" "${launcher[@]}" "${extra[@]}" "$@"
fi
cmake --build "$BUILD_DIR" --parallel "$(nproc)"
