#!/usr/bin/env bash
# CI for the WebAssembly package, from a clean clone on a fresh machine:
# installs what it needs (the wasm32 target, the wasm-bindgen CLI at the
# version Cargo.lock pins, Chromium, the npm dev dependencies), lints, builds
# the package, checks the .wasm size limit and runs the Node API tests and
# the headless Chromium page tests. A missing tool is a failure, never a skip.
#
#   bash bindings/wasm/ci.sh
#
# Environment: WASM_SIZE_LIMIT_BYTES (default 153600, 150 KiB): the .wasm must be
# smaller; CHROMIUM (default /usr/bin/chromium): the browser the page test
# drives.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$here"

step() { printf '\n==> %s\n' "$*"; }
fail() { echo "ci.sh: $*" >&2; exit 1; }

export CARGO_TERM_COLOR=never
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
limit="${WASM_SIZE_LIMIT_BYTES:-153600}"
chromium_path="${CHROMIUM:-/usr/bin/chromium}"

step "Rust: the wasm32-unknown-unknown target, clippy and rustfmt"
command -v rustup >/dev/null || fail "rustup is not installed"
rustup target list --installed | grep -qx wasm32-unknown-unknown ||
    rustup target add wasm32-unknown-unknown
for component in rustfmt clippy; do
    rustup component list --installed | grep -q "^${component}" ||
        rustup component add "$component"
done

step "wasm-bindgen CLI at the version Cargo.lock pins"
want="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/^version = "|"$/, ""); print; exit }' "$root/Cargo.lock")"
[ -n "$want" ] || fail "Cargo.lock pins no wasm-bindgen"
have="$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }')" || true
if [ "$have" != "$want" ]; then
    echo "installing wasm-bindgen-cli $want (found: ${have:-none})"
    # Only the wasm-bindgen binary, without the TLS stack its test runner uses.
    args=(wasm-bindgen-cli --version "$want" --force --no-default-features --bin wasm-bindgen)
    if ! cargo install --locked "${args[@]}"; then
        # The CLI's own lock file can name a dependency version the registry
        # no longer serves; then resolve its dependencies afresh.
        echo "cargo install --locked failed; installing with freshly resolved dependencies"
        cargo install "${args[@]}"
    fi
    have="$(wasm-bindgen --version | awk '{ print $2 }')"
    [ "$have" = "$want" ] || fail "wasm-bindgen is $have after the install, not $want"
fi
echo "wasm-bindgen $have"

step "Chromium"
if [ ! -x "$chromium_path" ]; then
    [ "$chromium_path" = /usr/bin/chromium ] || fail "no Chromium at CHROMIUM=$chromium_path"
    sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || fail "Chromium is missing and installing it needs root or sudo"
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium
    [ -x "$chromium_path" ] || fail "apt-get installed no $chromium_path"
fi
echo "$chromium_path: $("$chromium_path" --version 2>/dev/null)"

step "Node and the npm dev dependencies"
command -v node >/dev/null || fail "Node.js (20 or later) is not installed"
command -v npm >/dev/null || fail "npm is not installed"
node_major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$node_major" -ge 20 ] || fail "Node.js $(node --version) is too old; 20 or later is needed"
npm ci --no-audit --no-fund

step "format and clippy (warnings denied)"
(cd "$root" && cargo fmt -p digital-health-roles-wasm -- --check)
(cd "$root" && cargo clippy --locked --quiet -p digital-health-roles-wasm \
    --target wasm32-unknown-unknown -- -D warnings)

step "build the package"
bash build.sh

step "size of the .wasm (limit: under $limit bytes)"
wasm=pkg/digital_health_roles_wasm_bg.wasm
raw=$(wc -c <"$wasm")
gzipped=$(gzip -9 -c "$wasm" | wc -c)
printf '%-10s %7d bytes (%d KiB)\n' raw "$raw" $((raw / 1024)) gzip "$gzipped" $((gzipped / 1024))
size_ok=true
if [ "$raw" -ge "$limit" ]; then
    size_ok=false
    echo "FAIL: the .wasm is $raw bytes, over the limit of $limit (the tests still run)" >&2
fi

step "tests: the API in Node, the page in headless Chromium"
CHROMIUM="$chromium_path" node --test tests/api.test.mjs tests/page.test.mjs

$size_ok || fail "the .wasm is $raw bytes; the limit is $limit"
echo
echo "ci.sh: all passed in ${SECONDS}s"
