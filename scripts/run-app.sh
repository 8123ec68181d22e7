#!/usr/bin/env bash
# Sets everything up on a fresh Debian 12 machine and opens Launch Atlas on the
# bundled articles. Extra arguments are passed to the app (files or folders).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh default
exec build/default/app/launch-atlas "$@"
