"""validate_many: the same answers as parse_title, classify and suggest one
title at a time, in order, with the GIL released while Rust works."""

from __future__ import annotations

import random
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any, cast

import pytest

from digital_health_roles import (
    TitleError,
    ValidationColumns,
    classify,
    parse_title,
    suggest,
    validate_many,
)

from _shared import load_cases

COLUMNS = [
    "valid",
    "match",
    "role",
    "role_title",
    "family",
    "candidates",
    "seniority",
    "band",
    "error",
]

BAD = [
    "",
    "   ",
    "x" * 10_000,
    "Data\x00Analyst",
    "D\u0430ta Analyst",
    "Data \ud800 Analyst",
    "Data Analyst, Band 10",
    "Senior Senior Data Analyst",
    "Band 7",
    "Clinical Safety Oficer",
    "Snr Data Anaylst, Band 6",
]


def reference(text: str, suggestions: bool = False) -> dict[str, Any]:
    """One row, from the one-title functions."""
    row: dict[str, Any]
    try:
        title = parse_title(text)
    except TitleError as error:
        row = dict.fromkeys(COLUMNS)
        row.update(valid=False, match="none", error=error.kind)
        try:
            found = classify(text)
        except TitleError:
            pass
        else:
            row.update(
                match=found.match,
                role=found.role.id if found.role else None,
                role_title=found.role.title if found.role else None,
                family=found.family.id if found.family else None,
                candidates=[f.id for f in found.candidates] if found.match == "ambiguous" else None,
                seniority=found.seniority,
                band=found.band,
            )
        if suggestions:
            row["suggestions"] = [role.id for role in suggest(text)]
        return row
    row = {
        "valid": True,
        "match": "exact",
        "role": title.role.id,
        "role_title": title.role.title,
        "family": title.role.family.id,
        "candidates": None,
        "seniority": title.seniority,
        "band": title.band,
        "error": None,
    }
    if suggestions:
        row["suggestions"] = None
    return row


def rows(columns: ValidationColumns) -> list[dict[str, Any]]:
    names = list(columns)
    return [dict(zip(names, cells)) for cells in zip(*columns.values())]


@pytest.fixture(scope="module")
def inputs(real_titles: list[str]) -> list[str]:
    cases = load_cases()
    texts = [case["input"] for name in ("parse_title", "classify", "suggest") for case in cases[name]]
    everything = real_titles + texts + BAD
    random.Random(13).shuffle(everything)
    return everything


def test_columns_and_shape(inputs: list[str]) -> None:
    columns = validate_many(inputs)
    assert list(columns) == COLUMNS
    assert all(isinstance(column, list) and len(column) == len(inputs) for column in columns.values())
    assert list(validate_many(inputs, suggestions=True)) == [*COLUMNS, "suggestions"]


def test_matches_the_one_title_functions(inputs: list[str]) -> None:
    assert rows(validate_many(inputs)) == [reference(text) for text in inputs]


def test_matches_with_suggestions(inputs: list[str]) -> None:
    assert rows(validate_many(inputs, suggestions=True)) == [
        reference(text, suggestions=True) for text in inputs
    ]


def test_order_kept_and_errors_in_place() -> None:
    titles = ["Data Analyst", "", "Nurse", "UX Designer", "Data\x00Analyst", "Network Engineer"]
    columns = validate_many(titles)
    assert columns["valid"] == [True, False, False, True, False, False]
    assert columns["error"] == [None, "empty", "unknown", None, "invalid-character", "unknown"]
    assert columns["match"] == ["exact", "none", "none", "exact", "none", "family"]
    assert columns["role"] == ["data-analyst", None, None, "ux-designer", None, None]
    assert columns["family"][5] == "it-operations"
    reversed_columns = validate_many(list(reversed(titles)))
    assert reversed_columns["error"] == list(reversed(columns["error"]))


def test_any_iterable_of_str() -> None:
    titles = ["Data Analyst", "UX Designer"]
    expected = validate_many(titles)
    assert validate_many(tuple(titles)) == expected
    assert validate_many(iter(titles)) == expected
    assert validate_many(title for title in titles) == expected
    assert validate_many(dict.fromkeys(titles)) == expected
    empty = validate_many([])
    assert list(empty) == COLUMNS and all(column == [] for column in empty.values())


def test_many_threads_at_once(inputs: list[str]) -> None:
    expected = validate_many(inputs)
    shifts = [i * 97 for i in range(16)]

    def rotated(shift: int) -> ValidationColumns:
        return validate_many(inputs[shift:] + inputs[:shift])

    with ThreadPoolExecutor(max_workers=4) as pool:
        answers = list(pool.map(rotated, shifts))
    for shift, answer in zip(shifts, answers):
        got = cast(dict[str, list[Any]], answer)
        for name, column in cast(dict[str, list[Any]], expected).items():
            assert got[name] == column[shift:] + column[:shift]


def test_releases_the_gil(inputs: list[str]) -> None:
    """With a switch interval far longer than the test, a thread that holds
    the GIL keeps it; the only way the other thread runs during a call is
    that the call lets go of it."""
    titles = inputs * 200  # some 110,000 titles: tenths of a second of Rust work
    ticks = 0
    stop = False
    started = threading.Event()

    def spin() -> None:
        nonlocal ticks
        started.set()
        while not stop:
            ticks += 1
            time.sleep(0)  # lets go of the GIL every round, so the main thread gets it back

    old = sys.getswitchinterval()
    sys.setswitchinterval(1000.0)
    thread = threading.Thread(target=spin)
    thread.start()
    try:
        started.wait()
        before = ticks
        held = sum(range(2_000_000))  # pure C, GIL held: the other thread is frozen
        during_held = ticks - before
        before = ticks
        columns = validate_many(titles)
        during_call = ticks - before
    finally:
        stop = True
        sys.setswitchinterval(old)
        thread.join()
    assert held > 0
    assert len(columns["valid"]) == len(titles)
    assert during_held == 0
    assert during_call > 0, "no Python code ran while validate_many worked: the GIL was held"
