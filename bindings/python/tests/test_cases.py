"""Every case of tests/data/cases.json, as tests/cases.rs checks it in Rust."""

from __future__ import annotations

from typing import Any

import pytest

from digital_health_roles import TitleError, classify, parse_title, suggest

from _shared import load_cases

CASES = load_cases()


def case_id(case: dict[str, Any]) -> str:
    return repr(case["input"])[:60]


@pytest.mark.parametrize("case", CASES["parse_title"], ids=case_id)
def test_parse_title(case: dict[str, Any]) -> None:
    if "error" in case:
        with pytest.raises(TitleError) as raised:
            parse_title(case["input"])
        assert raised.value.kind == case["error"]
        return
    title = parse_title(case["input"])
    assert title.role.id == case["role"]
    assert title.role.title == case["title"]
    assert title.role.family.id == case["family"]
    assert title.seniority == case["seniority"]
    assert title.band == case["band"]


@pytest.mark.parametrize("case", CASES["classify"], ids=case_id)
def test_classify(case: dict[str, Any]) -> None:
    if "error" in case:
        with pytest.raises(TitleError) as raised:
            classify(case["input"])
        assert raised.value.kind == case["error"]
        return
    found = classify(case["input"])
    assert found.match == case["match"]
    assert (found.role.id if found.role else None) == case["role"]
    assert (found.family.id if found.family else None) == case["family"]
    assert found.seniority == case["seniority"]
    assert found.band == case["band"]
    candidates = [family.id for family in found.candidates]
    if found.match == "ambiguous":
        assert candidates == case.get("candidates", [])
    else:
        assert "candidates" not in case or case["candidates"] == []
        # Outside an ambiguous match the candidates are the one family.
        assert candidates == [case["family"]]


@pytest.mark.parametrize("case", CASES["suggest"], ids=case_id)
def test_suggest(case: dict[str, Any]) -> None:
    found = suggest(case["input"])
    assert (found[0].id if found else None) == case.get("first")
    assert len(found) <= 3


def test_every_parse_title_case_is_an_exact_classification() -> None:
    for case in CASES["parse_title"]:
        if "error" in case:
            continue
        found = classify(case["input"])
        assert found.match == "exact", case
        assert found.role is not None and found.role.id == case["role"]
