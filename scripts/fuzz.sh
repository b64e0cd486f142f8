#!/usr/bin/env bash
# Runs every fuzz target for the given number of seconds (default 60) and
# fails on the first crash. Needs the nightly toolchain; installs cargo-fuzz
# when it is missing. Usage: scripts/fuzz.sh [seconds-per-target] [target ...]
set -euo pipefail
cd "$(dirname "$0")/../fuzz"

seconds="${1:-60}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(from_title parse_title suggest serde_deserialize classify grammar vocabulary)
fi

rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked

for target in "${targets[@]}"; do
    mkdir -p "corpus/$target"
    echo "==> fuzzing $target for ${seconds}s"
    # -max_len covers the 256-byte cap with room to spare; longer inputs only
    # test the length check, which the unit tests already pin down.
    log="${TMPDIR:-/tmp}/fuzz-$target.log"
    status=0
    cargo +nightly fuzz run "$target" -- \
        -max_total_time="$seconds" -max_len=1024 -dict=titles.dict -print_final_stats=1 \
        >"$log" 2>&1 || status=$?
    grep -E '^(#[0-9]+ +DONE|stat::number_of_executed_units|SUMMARY)' "$log" || true
    if [ "$status" -ne 0 ]; then
        tail -n 40 "$log" >&2
        echo "fuzz target $target failed (exit $status); the input is in fuzz/artifacts/$target" >&2
        exit 1
    fi
done
echo "fuzzing: no crashes"
