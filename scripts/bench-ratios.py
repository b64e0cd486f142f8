#!/usr/bin/env python3
"""Turns the last `cargo bench --all-features --bench lookup` run into the
README's table: time per lookup and each ratio against its target.

Each benchmark runs over several inputs an iteration (one per role; `huge`
runs one 1 MiB input): its mean is divided by the element count criterion
recorded as its throughput, so nothing here restates the number of roles."""
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent / "target" / "criterion"


def per_lookup(group, name):
    path = ROOT / group / name / "new" / "estimates.json"
    if not path.exists():
        sys.exit(f"missing {path}: run `cargo bench --all-features --bench lookup` first")
    mean = json.loads(path.read_text())["mean"]["point_estimate"]
    bench = json.loads((ROOT / group / name / "new" / "benchmark.json").read_text())
    return mean / bench["throughput"]["Elements"]


def main():
    t = {f"{g}/{n}": per_lookup(g, n) for g, n in [
        ("canonical", "exact_match"), ("canonical", "phf_exact"), ("canonical", "from_title"),
        ("canonical", "from_title_ok"), ("canonical", "naive_hashmap"), ("canonical", "strum_enumstring"),
        ("messy", "from_title"), ("messy", "naive_hashmap"), ("messy", "strum_enumstring"),
        ("other", "from_title_miss"), ("other", "parse_title"), ("other", "suggest"), ("other", "classify"), ("other", "classify_messy"),
        ("other", "from_id"), ("other", "serde_json_role"),
        ("huge", "from_title"), ("huge", "parse_title"), ("huge", "suggest"), ("huge", "classify"),
    ]}
    print("| benchmark | per lookup |")
    print("|---|---|")
    for name, ns in t.items():
        print(f"| `{name}` | {ns:,.1f} ns |")
    messy = t["messy/from_title"]
    rows = [
        ("canonical hit / exact `match` (whole `Result` black-boxed)", t["canonical/from_title"] / t["canonical/exact_match"], "<= 2", lambda r: r <= 2),
        ("canonical hit / exact `match` (result consumed, `.ok()`)", t["canonical/from_title_ok"] / t["canonical/exact_match"], "<= 2", lambda r: r <= 2),
        ("naive lower-case + HashMap / messy hit (speed-up)", t["messy/naive_hashmap"] / messy, ">= 1.5", lambda r: r >= 1.5),
        ("miss / messy hit", t["other/from_title_miss"] / messy, "<= 1.5", lambda r: r <= 1.5),
        ("parse_title / messy hit", t["other/parse_title"] / messy, "<= 3", lambda r: r <= 3),
        ("suggest / messy hit", t["other/suggest"] / messy, "<= 100", lambda r: r <= 100),
        ("classify (free text of every kind) / messy hit", t["other/classify"] / messy, "<= 5", lambda r: r <= 5),
        ("classify (the same messy role titles) / messy hit", t["other/classify_messy"] / messy, "<= 5", lambda r: r <= 5),
        ("1 MiB from_title / messy hit", t["huge/from_title"] / messy, "<= 50", lambda r: r <= 50),
        ("1 MiB parse_title / messy hit", t["huge/parse_title"] / messy, "<= 50", lambda r: r <= 50),
        ("1 MiB suggest / messy hit", t["huge/suggest"] / messy, "<= 50", lambda r: r <= 50),
        ("1 MiB classify / messy hit", t["huge/classify"] / messy, "<= 50", lambda r: r <= 50),
    ]
    print()
    print("| ratio | measured | target | met |")
    print("|---|---|---|---|")
    for name, ratio, target, ok in rows:
        print(f"| {name} | {ratio:.2f} | {target} | {'yes' if ok(ratio) else '**no**'} |")


if __name__ == "__main__":
    main()
