"""Types that exist for annotations: the names the API answers with, and
the columns `validate_many` returns."""

from __future__ import annotations

from typing import Literal, TypeAlias, TypedDict

MatchKind: TypeAlias = Literal["exact", "qualified", "family", "ambiguous"]
"""How `classify` matched (`Classification.match`)."""

Part: TypeAlias = Literal["role", "qualifier", "term", "seniority", "band", "set-aside"]
"""What a piece of the input was to the answer (`Classification.evidence`)."""

ErrorKind: TypeAlias = Literal[
    "empty",
    "too-long",
    "invalid-character",
    "unsupported-character",
    "invalid-band",
    "missing-role",
    "duplicate-seniority",
    "not-a-band",
    "not-a-level",
    "unknown",
]
"""`TitleError.kind`: a stable, machine-readable name for the kind of error."""


class _Suggestions(TypedDict, total=False):
    suggestions: list[list[str] | None]
    """Role ids close to an invalid title, best first (perhaps none); None
    for a valid title. Only with suggestions=True."""


class ValidationColumns(_Suggestions):
    """What `validate_many` returns: one list a column, one item a title, in
    the order of the input. Hand it to `pandas.DataFrame` or
    `polars.DataFrame` as it is."""

    valid: list[bool]
    """Whether parse_title accepts the title as written."""
    match: list[MatchKind | Literal["none"]]
    """"exact", "qualified", "family", "ambiguous" or "none"."""
    role: list[str | None]
    """The role's id, for exact and qualified matches."""
    role_title: list[str | None]
    """The role's canonical title, for exact and qualified matches."""
    family: list[str | None]
    """The family's id, for exact, qualified and family matches."""
    candidates: list[list[str] | None]
    """The competing families' ids for an ambiguous match; None otherwise."""
    seniority: list[str | None]
    """The seniority level's name ("Senior"), or None."""
    band: list[str | None]
    """The band or range of bands ("Band 7", "Band 8a-8b"), or None."""
    error: list[ErrorKind | None]
    """parse_title's TitleError kind for an invalid title, or None."""
