#!/usr/bin/env bash
# Builds the npm package into bindings/wasm/pkg: the Rust crate for
# wasm32-unknown-unknown with the workspace's size profile, then the
# wasm-bindgen CLI (the exact version Cargo.lock pins) for the `web` target,
# which browsers load with `init()` and Node with `initSync()`.
# Needs: the wasm32-unknown-unknown target and wasm-bindgen on PATH
# (ci.sh installs both). Prints the .wasm size, raw and gzipped.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$here"

# The wasm-bindgen version Cargo.lock pins; the CLI must be the same.
lock_version() {
    awk '/^name = "wasm-bindgen"$/ { getline; gsub(/^version = "|"$/, ""); print; exit }' \
        "$root/Cargo.lock"
}
want="$(lock_version)"
[ -n "$want" ] || { echo "build.sh: no wasm-bindgen in Cargo.lock" >&2; exit 1; }
have="$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }')" || true
if [ "$have" != "$want" ]; then
    echo "build.sh: wasm-bindgen ${have:-is not installed}; Cargo.lock pins $want:" >&2
    echo "  cargo install wasm-bindgen-cli --version $want --locked   (or run ci.sh)" >&2
    exit 1
fi

# strip = true in the profile also drops the target_features section that
# wasm-bindgen reads to use multi-value returns; keep it and let wasm-bindgen
# drop the names instead (the output is the same size).
CARGO_PROFILE_WASM_RELEASE_STRIP=false cargo build --locked --quiet \
    -p digital-health-roles-wasm --target wasm32-unknown-unknown --profile wasm-release
target_dir="${CARGO_TARGET_DIR:-$root/target}"
rm -rf pkg
wasm-bindgen --target web --remove-name-section --out-dir pkg \
    "$target_dir/wasm32-unknown-unknown/wasm-release/digital_health_roles_wasm.wasm"

wasm=pkg/digital_health_roles_wasm_bg.wasm
# Binaryen's optimiser, as wasm-pack runs it: about 12 KB less code. From
# the npm dev dependencies (`npm ci`), pinned in package-lock.json. The
# features are the ones Rust's wasm32-unknown-unknown target turns on.
wasm_opt="$here/node_modules/.bin/wasm-opt"
[ -x "$wasm_opt" ] || { echo "build.sh: $wasm_opt is missing; run npm ci first" >&2; exit 1; }
"$wasm_opt" -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-multivalue --enable-reference-types --enable-mutable-globals "$wasm" -o "$wasm"
raw=$(wc -c <"$wasm")
gzipped=$(gzip -9 -c "$wasm" | wc -c)
echo "built $wasm: $raw bytes, $gzipped bytes gzipped (wasm-bindgen $want, $("$wasm_opt" --version))"
