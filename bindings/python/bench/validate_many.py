"""Throughput of validate_many beside pure-Python loops over the same titles.

    python bench/validate_many.py [COUNT]

Two sets of COUNT titles (200,000 by default):

- real: tests/data/real_titles.tsv's 541 real titles (NHS adverts, job
  descriptions, ESCO, O*NET...) repeated; one in ten is valid as written,
  the rest go on to classify.
- staff list: the 49 roles written as a staff spreadsheet writes them
  ("Snr Data Analyst (Band 7)", "ux designer", a typo now and then);
  most are valid.

Each way is timed five times (suggestions three); the best run counts.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from _shared import load_real_titles  # noqa: E402

from digital_health_roles import (  # noqa: E402
    TitleError,
    classify,
    parse_title,
    roles,
    validate_many,
)


def python_loop(titles: list[str]) -> list[tuple[Any, ...]]:
    """What validate_many answers, one title at a time from Python."""
    rows = []
    for text in titles:
        try:
            title = parse_title(text)
        except TitleError as error:
            try:
                found = classify(text)
            except TitleError:
                rows.append((False, "none", None, None, error.kind))
            else:
                role = found.role
                family = found.family
                rows.append(
                    (
                        False,
                        found.match,
                        role.id if role else None,
                        family.id if family else None,
                        error.kind,
                    )
                )
        else:
            role = title.role
            rows.append((True, "exact", role.id, role.family.id, None))
    return rows


def parse_only_loop(titles: list[str]) -> list[str | None]:
    """The least a per-title loop can do: parse_title alone."""
    out: list[str | None] = []
    for text in titles:
        try:
            out.append(parse_title(text).role.id)
        except TitleError:
            out.append(None)
    return out


def best(function: Callable[[list[str]], object], titles: list[str], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function(titles)
        times.append(time.perf_counter() - start)
    return min(times)


def staff_list() -> list[str]:
    """The 49 roles as a staff spreadsheet writes them."""
    titles = []
    for role in roles():
        t = role.title
        titles += [
            t,
            t.lower(),
            f"Senior {t}",
            f"{t} (Band 6)",
            f"Snr {t}, Band 8a-b",
            f"Lead {t} - Band 7",
            f"  {t.upper()} ",
            f"Junior {t}",
            t[:-2] + t[-1] + t[-2],  # a typo: the last two letters swapped
            f"{t}, Digital Services, County Hospital",
        ]
    return titles


def run(name: str, base: list[str], count: int) -> None:
    titles = (base * (count // len(base) + 1))[:count]
    columns = validate_many(titles)
    valid = sum(columns["valid"])
    print(f"\n{name}: {count:,} titles ({len(base)} repeated), {valid / count:.0%} valid as written")
    # The two ways give the same answers.
    rows = python_loop(titles)
    assert [r[0] for r in rows] == columns["valid"]
    assert [r[1] for r in rows] == columns["match"]
    assert [r[2] for r in rows] == columns["role"]
    assert [r[3] for r in rows] == columns["family"]
    assert [r[4] for r in rows] == columns["error"]

    results = [
        ("validate_many(titles)", best(validate_many, titles)),
        (
            "validate_many(titles, suggestions=True)",
            best(lambda t: validate_many(t, suggestions=True), titles, runs=3),
        ),
        ("Python loop: parse_title, then classify if invalid", best(python_loop, titles)),
        ("Python loop: parse_title only", best(parse_only_loop, titles)),
    ]
    width = max(len(name) for name, _ in results)
    for name, seconds in results:
        print(f"{name:<{width}}  {seconds * 1000:8.1f} ms  {count / seconds:12,.0f} titles/s")
    ratio = results[2][1] / results[0][1]
    print(f"validate_many is {ratio:.1f}x the Python loop that gives the same answers")


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
    run("real titles", load_real_titles(), count)
    run("staff list", staff_list(), count)


if __name__ == "__main__":
    main()
