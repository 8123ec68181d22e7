#!/usr/bin/env bash
# A profile-guided release build in build/release (GCC): what packages ship and
# what docs/PERFORMANCE.md's release figures are measured on.
#   1. instrumented build of eval_extraction (ATLAS_PGO=generate);
#   2. training: extraction of every held-out article set and the bundled articles
#      (never the benchmark's generated corpus, which would teach the compiler the
#      benchmark rather than articles);
#   3. the whole build again in the same directory with the profile and link-time
#      optimisation (ATLAS_PGO=use).
# It builds the app and the benchmarks (about 8 minutes on two cores, the
# link-time optimisation included); `cmake --build --preset release` builds the
# rest (the tests, each linked with LTO: some 13 minutes in all). Then, for instance:
#   build/release/tests/bench/bench_extract --articles 10000 --single-only
#   cmake --build --preset release && (cd build/release && cpack -G DEB)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --packages

build=build/release
profile="$PWD/$build/pgo-profile"
rm -rf "$profile" # a profile from older sources would only mislead the compiler

echo "=== 1/3 instrumented build"
cmake --preset release -DATLAS_PGO=generate -DATLAS_PGO_DIR="$profile" >/dev/null
cmake --build --preset release --target eval_extraction

echo "=== 2/3 training on the held-out article sets"
sets=()
for d in tests/data/heldout*/; do sets+=(--set "${d%/}"); done
"$build"/tests/bench/eval_extraction "${sets[@]}" >/dev/null
[ -n "$(find "$profile" -name '*.gcda' -print -quit)" ] || { echo "build-release: the training wrote no profile" >&2; exit 1; }

echo "=== 3/3 optimised build"
cmake --preset release -DATLAS_PGO=use -DATLAS_PGO_DIR="$profile" >/dev/null
cmake --build --preset release --target launch-atlas bench_extract bench_import bench_dates bench_reactions \
  bench_timeline bench_map bench_export eval_extraction
