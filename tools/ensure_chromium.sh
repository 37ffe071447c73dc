#!/usr/bin/env bash
# Make sure a headless Chromium is on PATH for tests/test_report.py: Debian's
# `chromium` package, installed when absent. Without root (and no sudo) it
# says how to install it and leaves the browser test to skip locally; under
# CI=true that test fails instead.
set -uo pipefail
for name in chromium chromium-browser google-chrome; do
    if command -v "$name" >/dev/null 2>&1; then
        exit 0
    fi
done
if [ "$(id -u)" = 0 ]; then
    run=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    run=(sudo -n)
else
    echo "ensure_chromium: no chromium on PATH; install it with: apt-get install chromium" >&2
    exit 0
fi
echo "ensure_chromium: installing Debian's chromium package for the report test" >&2
export DEBIAN_FRONTEND=noninteractive
"${run[@]}" apt-get update -qq && "${run[@]}" apt-get install -y -qq chromium >/dev/null
