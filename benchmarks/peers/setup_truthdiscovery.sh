#!/usr/bin/env bash
# Build the truthdiscovery package's own environment for benchmarks/truth_benchmark.py.
# It needs the cairo headers (pycairo is among its 31 pinned dependencies) and
# lives apart from scorer's .venv because its pins (numpy 1.24, scipy 1.10,
# matplotlib 3.7 ...) conflict with ours.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
venv="${1:-$here/../../.venv-truthdiscovery}"
if ! pkg-config --exists cairo 2>/dev/null; then
    if [ "$(id -u)" = 0 ]; then
        apt-get update -qq && apt-get install -y -qq libcairo2-dev pkg-config
    else
        echo "setup_truthdiscovery: install libcairo2-dev and pkg-config first" >&2
        exit 1
    fi
fi
python3 -m venv "$venv"
"$venv/bin/pip" install -q "truthdiscovery==1.0.4"
"$venv/bin/python" -c "import truthdiscovery; print('truthdiscovery ready in $venv')"
