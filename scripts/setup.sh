#!/usr/bin/env bash
# Installs what Launch Atlas needs on Debian 12 (only what is missing), then
# configures and builds the given CMake preset. Used by run-app.sh and run-tests.sh.
#   scripts/setup.sh [PRESET]      (default: default)
#   scripts/setup.sh --packages    the packages only
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-default}

packages=(build-essential cmake ninja-build qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite
          qt6-positioning-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools libboost-date-time-dev libpcre2-dev
          libgl-dev xvfb xauth imagemagick fonts-dejavu-core fonts-noto-cjk poppler-utils dpkg-dev
          appstream desktop-file-utils file clang libclang-rt-14-dev libmimalloc-dev)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

[ "$preset" = --packages ] && exit 0
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
