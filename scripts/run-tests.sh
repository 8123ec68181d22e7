#!/usr/bin/env bash
# Sets everything up on a fresh Debian 12 machine and runs the whole test suite
# through CTest, offscreen: first the normal build, then the same tests under
# AddressSanitizer + UndefinedBehaviorSanitizer (any report fails the run).
#   scripts/run-tests.sh            both builds
#   scripts/run-tests.sh --quick    the normal build only
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen

presets=(default asan)
[ "${1:-}" = "--quick" ] && presets=(default)

status=0
for preset in "${presets[@]}"; do
  echo "=== build and test: $preset"
  scripts/setup.sh "$preset"
  if [ "$preset" = asan ]; then
    # halt_on_error: the first report ends the test with a failure.
    export ASAN_OPTIONS=halt_on_error=1:detect_leaks=0
    export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
  fi
  ctest --preset "$preset" || status=1
done
exit $status
