#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/) with clang, -fsanitize=fuzzer,address,undefined, into build-fuzz/, and
# runs each for SECONDS (default 60) on one core, seeded from tests/data/ and docs/spec/vectors/.
# Corpora grow in build-fuzz/corpus/TARGET; a crash is written to build-fuzz/findings/TARGET/ and ends the
# run with a non-zero status (make it a named fixture in tests/data/malformed/ with a test, then fix it).
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
# AUDITBENCH_FUZZ_CXX_FLAGS: optimisation/debug flags for the instrumented build (default -O1
# -gline-tables-only; -O0 compiles faster on a loaded machine and runs slower).
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_PER_TARGET="${1:-60}"
shift || true
BUILD_DIR="${AUDITBENCH_FUZZ_BUILD_DIR:-build-fuzz}"
CLANG_VERSION="${CLANG_VERSION:-14}"
CC="$(command -v "clang-$CLANG_VERSION" || command -v clang)"
CXX="$(command -v "clang++-$CLANG_VERSION" || command -v clang++)"

launcher=()
if command -v ccache >/dev/null 2>&1; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
fi
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
  # -O1 and line tables only: what libFuzzer recommends, and about a third less compile time than -O2 -g on
  # a machine shared with other builds; asserts stay on (no NDEBUG).
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="${AUDITBENCH_FUZZ_CXX_FLAGS:--O1 -gline-tables-only}" \
    -DCMAKE_C_COMPILER="$CC" -DCMAKE_CXX_COMPILER="$CXX" "${launcher[@]}" \
    -DAUDITBENCH_FUZZ=ON -DAUDITBENCH_BUILD_GUI=OFF -DAUDITBENCH_BUILD_TESTS=OFF
fi

all_targets=(fuzz_export_split fuzz_gzip fuzz_evidence fuzz_runtime_export fuzz_keyring fuzz_jcs fuzz_branding
  fuzz_package fuzz_dfd fuzz_verification_result)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${all_targets[@]}")
# AUDITBENCH_FUZZ_NO_BUILD=1: run what is built (e.g. a second run beside a build still going in the same
# directory, which two ninjas must not share).
[ -n "${AUDITBENCH_FUZZ_NO_BUILD:-}" ] || cmake --build "$BUILD_DIR" --parallel 2 --target "${targets[@]}"

# Seeds: the checked-in evidence, vectors and malformed fixtures a target's reader sees.
seed_dirs() {
  case "$1" in
    fuzz_export_split | fuzz_evidence | fuzz_gzip)
      echo docs/spec/vectors tests/data/malformed tests/data/package tests/data/report ;;
    fuzz_runtime_export | fuzz_dfd) echo tests/data/package ;;
    fuzz_keyring) echo docs/spec/vectors/keyring.json ;;
    fuzz_jcs) echo tests/data/external/rfc8785-jcs/input docs/spec/vectors ;;
    fuzz_branding) echo resources/branding-default.json ;;
    fuzz_package) echo tests/data/report/package-small.json ;;
    fuzz_verification_result) echo docs/spec/vectors/chain-small.expected.json docs/spec/vectors/chain-small-tampered.expected.json ;;
  esac
}

# Leaks of the libraries' once-per-process state (not per input) are suppressed, nothing else.
export LSAN_OPTIONS="suppressions=$PWD/fuzz/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
status=0
for t in "${targets[@]}"; do
  corpus="$BUILD_DIR/corpus/$t"
  findings="$BUILD_DIR/findings/$t"
  mkdir -p "$corpus" "$findings"
  # libFuzzer reads seed directories, not single files: the seeds are copied into one directory.
  seeds="$BUILD_DIR/seeds/$t"
  rm -rf "$seeds" && mkdir -p "$seeds"
  for s in $(seed_dirs "$t"); do
    if [ -d "$s" ]; then
      find "$s" -maxdepth 1 -type f -size -64k -exec cp {} "$seeds/" \;
    elif [ -f "$s" ]; then
      cp "$s" "$seeds/"
    fi
  done
  echo "== $t: ${SECONDS_PER_TARGET}s, $(ls "$seeds" | wc -l) seeds"
  # -rss_limit_mb: a reader must stay well inside it; -timeout: one input must not take 10 s.
  if ! "$BUILD_DIR/fuzz/$t" "$corpus" "$seeds" -max_total_time="$SECONDS_PER_TARGET" \
      -rss_limit_mb=2048 -timeout=10 -max_len=65536 -print_final_stats=1 \
      -artifact_prefix="$findings/" 2>"$BUILD_DIR/$t.log"; then
    echo "!! $t found a problem: see $BUILD_DIR/$t.log and $findings/"
    status=1
  fi
  grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|#[0-9]+ *DONE)" "$BUILD_DIR/$t.log" || true
done
exit $status
