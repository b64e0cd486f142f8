"""TitleError and bad input: every entry point refuses it the same way."""

from __future__ import annotations

import pickle
from collections.abc import Callable
from typing import Any

import pytest

from digital_health_roles import (
    MAX_TITLE_LEN,
    TitleError,
    classify,
    parse_title,
    suggest,
    validate_many,
)

ENTRY_POINTS: list[Callable[[str], Any]] = [parse_title, classify]


def error_of(function: Callable[[str], Any], text: str) -> TitleError:
    with pytest.raises(TitleError) as raised:
        function(text)
    return raised.value


def test_title_error_is_a_value_error() -> None:
    assert issubclass(TitleError, ValueError)
    error = error_of(parse_title, "Nurse Practitioner")
    assert error.kind == "unknown"
    assert str(error) == "not a role or family of the SFIA digital health taxonomy"
    assert error.character is None and error.index is None
    assert TitleError.__module__ == "digital_health_roles"


def test_title_error_pickles_with_its_kind() -> None:
    error = error_of(parse_title, "Data\u200bAnalyst")
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is TitleError
    assert (again.kind, again.character, again.index, str(again)) == (
        error.kind,
        error.character,
        error.index,
        str(error),
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("", "empty"),
        ("   \t ", "empty"),
        ("Senior", "missing-role"),
        ("Band 7", "missing-role"),
        ("Senior Senior Data Analyst", "duplicate-seniority"),
        ("Data Analyst, Band 10", "invalid-band"),
        ("Nurse Practitioner", "unknown"),
    ],
)
def test_parse_title_kinds(text: str, kind: str) -> None:
    assert error_of(parse_title, text).kind == kind


def test_classify_without_a_family_is_unknown() -> None:
    assert error_of(classify, "Physiotherapist").kind == "unknown"
    assert error_of(classify, "Fire Safety Officer").kind == "unknown"
    assert error_of(classify, "").kind == "empty"


@pytest.mark.parametrize("function", ENTRY_POINTS, ids=lambda f: f.__name__)
def test_huge_input(function: Callable[[str], Any]) -> None:
    huge = "Data Analyst " * 100_000
    error = error_of(function, huge)
    assert error.kind == "too-long"
    assert str(len(huge.encode())) in str(error)
    assert suggest(huge) == []
    # The limit counts UTF-8 bytes: a title padded to exactly the limit passes.
    padded = "Data Analyst".ljust(MAX_TITLE_LEN)
    assert parse_title(padded).role.id == "data-analyst"
    assert error_of(function, padded + " ").kind == "too-long"
    assert error_of(function, "\u00e9" * 129).kind == "too-long"  # 258 bytes, 129 chars


@pytest.mark.parametrize("function", ENTRY_POINTS, ids=lambda f: f.__name__)
@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("Data\x00Analyst", 4),
        ("Data Analyst\x07", 12),
        ("\x1b[31mData Analyst", 0),
        ("Data\u200bAnalyst", 4),  # zero-width space
        ("Data\u202eAnalyst", 4),  # right-to-left override
        ("\ufeffData Analyst", 0),  # byte order mark
        ("Data\u00adAnalyst", 4),  # soft hyphen
        ("Data Analyst \u2013 Band 6\x00", 21),  # byte 23, after a three-byte dash
    ],
)
def test_control_and_invisible_characters(
    function: Callable[[str], Any], text: str, index: int
) -> None:
    error = error_of(function, text)
    assert error.kind == "invalid-character"
    assert error.index == index
    assert error.character == text[index]


@pytest.mark.parametrize("function", ENTRY_POINTS, ids=lambda f: f.__name__)
@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("Clinical Safety \u041efficer", 16),  # Cyrillic O
        ("D\u0430ta Analyst", 1),  # Cyrillic a
        ("\u0391nalyst", 0),  # Greek Alpha
        ("\uff24ata Analyst", 0),  # full-width D
        ("Data Analyst \U0001f600", 13),  # emoji, four bytes
        ("Data Analyst \u2013 \u00c9quipe", 15),  # after a three-byte dash
    ],
)
def test_look_alike_letters(function: Callable[[str], Any], text: str, index: int) -> None:
    error = error_of(function, text)
    assert error.kind == "unsupported-character"
    assert error.index == index
    assert error.character == text[index]
    assert f"U+{ord(text[index]):04X}" in str(error)


@pytest.mark.parametrize("function", ENTRY_POINTS, ids=lambda f: f.__name__)
def test_lone_surrogates(function: Callable[[str], Any]) -> None:
    text = "Data \ud800 Analyst"
    error = error_of(function, text)
    assert error.kind == "invalid-character"
    assert (error.index, error.character) == (5, "\ud800")
    assert "U+D800" in str(error)
    assert suggest(text) == []


@pytest.mark.parametrize("function", [parse_title, classify, suggest], ids=lambda f: f.__name__)
@pytest.mark.parametrize("value", [None, 42, b"Data Analyst", ["Data Analyst"], 3.5])
def test_non_str_raises_type_error(function: Callable[[Any], Any], value: object) -> None:
    with pytest.raises(TypeError):
        function(value)


def test_str_subclasses_are_str() -> None:
    class Title(str):
        pass

    assert parse_title(Title("Data Analyst")).role.id == "data-analyst"
    assert classify(Title("Network Engineer")).match == "family"


def test_newline_does_not_smuggle_a_second_title() -> None:
    assert error_of(parse_title, "Data Analyst\nNurse").kind == "unknown"


@pytest.mark.parametrize(
    "value",
    ["Data Analyst", b"Data Analyst", 42, None],
    ids=["str", "bytes", "int", "None"],
)
def test_validate_many_refuses_a_non_iterable_or_a_single_string(value: object) -> None:
    with pytest.raises(TypeError):
        validate_many(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("item", [None, 42, b"Data Analyst", float("nan")])
def test_validate_many_refuses_non_str_items(item: object) -> None:
    with pytest.raises(TypeError, match="item 1 is"):
        validate_many(["Data Analyst", item, "UX Designer"])  # type: ignore[list-item]


def test_validate_many_passes_on_errors_from_the_iterable() -> None:
    def titles() -> Any:
        yield "Data Analyst"
        raise RuntimeError("the source failed")

    with pytest.raises(RuntimeError, match="the source failed"):
        validate_many(titles())
