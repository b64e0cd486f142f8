#!/usr/bin/env bash
# The Python package's CI: build the wheel with `maturin build --release`,
# install it in a fresh virtual environment, check the type stub against the
# module, and run the tests. Runs from a clean clone on a fresh machine: it
# needs python3 (3.10 or newer, with venv and pip) and cargo, and installs
# the rest from PyPI at pinned versions. A missing tool is a failure.
#
#   bash bindings/python/ci.sh
#
# Everything it makes lives under target/python-ci/ (the tools venv is kept
# between runs; the wheel and the test venv are made anew each run).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$root/target/python-ci"

# Pinned tools. maturin >= 1.9.4 sets PYO3_BUILD_EXTENSION_MODULE for PyO3.
MATURIN_VERSION=1.16.0
PYTEST_VERSION=9.2.0
MYPY_VERSION=2.4.1

step() { printf '\n==> %s\n' "$*"; }
fail() { printf 'python ci: %s\n' "$*" >&2; exit 1; }

step "tools"
python="${PYTHON:-python3}"
command -v "$python" >/dev/null || fail "$python not found: install Python 3.10 or newer"
command -v cargo >/dev/null || fail "cargo not found: install Rust (rustup)"
"$python" -c 'import sys; sys.exit(sys.version_info < (3, 10))' ||
    fail "$("$python" --version 2>&1) is too old: the package needs Python 3.10 or newer"
"$python" -c 'import venv, ensurepip' 2>/dev/null ||
    fail "$python has no venv or ensurepip module (on Debian: apt-get install python3-venv)"
"$python" --version
cargo --version

export PIP_DISABLE_PIP_VERSION_CHECK=1
export PIP_NO_INPUT=1
mkdir -p "$work"

# The build tools, in a venv of their own, kept between runs.
tools="$work/tools"
if ! "$tools/bin/python" -c 'pass' 2>/dev/null; then
    rm -rf "$tools"
    "$python" -m venv "$tools"
fi
"$tools/bin/python" -m pip install --quiet "maturin==$MATURIN_VERSION"
"$tools/bin/maturin" --version

step "wheel: maturin build --release"
wheels="$work/wheels"
rm -rf "$wheels"
(cd "$here" && "$tools/bin/maturin" build --release --locked --out "$wheels")
wheel=("$wheels"/digital_health_roles-*.whl)
[ "${#wheel[@]}" -eq 1 ] && [ -f "${wheel[0]}" ] || fail "expected one wheel in $wheels, found: ${wheel[*]}"
echo "built ${wheel[0]##*/}"
# The wheel ships the package, its stub and its py.typed marker.
"$tools/bin/python" - "${wheel[0]}" <<'EOF'
import sys, zipfile
names = set(zipfile.ZipFile(sys.argv[1]).namelist())
for need in ("digital_health_roles/__init__.py", "digital_health_roles/_native.pyi",
             "digital_health_roles/_types.py", "digital_health_roles/py.typed"):
    if need not in names:
        sys.exit(f"the wheel lacks {need}")
if not any(n.startswith("digital_health_roles/_native.") and n.endswith((".so", ".pyd")) for n in names):
    sys.exit("the wheel lacks the native module")
EOF

step "fresh venv with the wheel installed"
venv="$work/test-venv"
rm -rf "$venv"
"$python" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet "${wheel[0]}" "pytest==$PYTEST_VERSION" "mypy==$MYPY_VERSION"
"$venv/bin/python" -c 'import digital_health_roles as d; print("digital_health_roles", d.__version__, "from", d.__file__)'

step "type stub: stubtest against the module, mypy --strict over the tests"
cd "$here"
# The native module against its stub (the .py modules are their own stubs).
"$venv/bin/python" -m mypy.stubtest digital_health_roles._native
"$venv/bin/python" -m mypy --strict --cache-dir "$work/mypy-cache" tests

step "pytest"
# -p no:cacheprovider: nothing written into the source tree.
"$venv/bin/python" -m pytest -p no:cacheprovider tests
