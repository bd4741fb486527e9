#!/usr/bin/env bash
# Builds the Debian package a user installs (CPack DEB, installer/CMakeLists.txt) and prints its path as the
# last line of output:
#   scripts/package.sh                      # release build without tests in build-package/
#   AUDITBENCH_PACKAGE_BUILD_DIR=build scripts/package.sh   # package an existing build tree instead
# Install it with `sudo apt install ./auditbench_<version>_<arch>.deb` (apt resolves the Depends).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/deps.sh

BUILD_DIR="${AUDITBENCH_PACKAGE_BUILD_DIR:-build-package}"
launcher=()
if command -v ccache >/dev/null 2>&1; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
fi
read -r -a extra <<<"${AUDITBENCH_CMAKE_ARGS:-}"
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
  # The package needs neither the tests nor the benchmarks: configure without them.
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DAUDITBENCH_BUILD_TESTS=OFF \
    "${launcher[@]}" "${extra[@]}" >&2
fi
cmake --build "$BUILD_DIR" --parallel "$(nproc)" >&2

# Into a directory of its own, so the path printed is this run's package and nothing older.
OUT="$(cd "$BUILD_DIR" && pwd)/package"
rm -rf "$OUT"
(cd "$BUILD_DIR" && cpack -G DEB -B "$OUT") >&2
deb=("$OUT"/*.deb)
if [ ! -f "${deb[0]}" ]; then
  echo "package.sh: cpack wrote no .deb into $OUT" >&2
  exit 1
fi
dpkg-deb --info "${deb[0]}" | sed -n 's/^ \(Package\|Version\|Architecture\|Depends\|Recommends\|Installed-Size\):/\1:/p' >&2
echo "${deb[0]}"
