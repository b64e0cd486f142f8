"""The native module: every name is re-exported by `digital_health_roles`."""

from collections.abc import Iterable
from typing import Final, final

from typing_extensions import Self

from ._types import ErrorKind, MatchKind, Part, ValidationColumns

__all__ = [
    "Role",
    "Family",
    "JobTitle",
    "Classification",
    "TitleError",
    "parse_title",
    "classify",
    "suggest",
    "roles",
    "families",
    "validate_many",
    "MAX_TITLE_LEN",
    "SOURCE",
    "SFIA_VERSION",
    "TAXONOMY_VERSION",
    "SENIORITIES",
    "BANDS",
    "__version__",
]

__version__: Final[str]
MAX_TITLE_LEN: Final[int]
"""The longest title, in UTF-8 bytes, that is looked at; longer ones are
refused with kind "too-long"."""
SOURCE: Final[str]
SFIA_VERSION: Final[int]
TAXONOMY_VERSION: Final[int]
"""Bumped whenever the data changes what a title resolves to."""
SENIORITIES: Final[tuple[str, ...]]
"""The seniority levels' names: "Apprentice", ..., "Principal"."""
BANDS: Final[tuple[str, ...]]
"""The NHS Agenda for Change bands: "Band 1", ..., "Band 8a", ..., "Band 9"."""

class TitleError(ValueError):
    """Why a text is not a valid role, family or job title. The message is
    the Rust library's, written for the person who typed the title."""

    kind: ErrorKind
    """A stable, machine-readable name for the kind of error."""
    character: str | None
    """For "invalid-character" and "unsupported-character", the character."""
    index: int | None
    """For "invalid-character" and "unsupported-character", the character's
    index in the str (the message counts UTF-8 bytes)."""

@final
class Family:
    """One of the 16 role families. Frozen and hashable; ordered as in the
    taxonomy. `Family(id)` looks one up by id (ValueError if unknown)."""

    __match_args__ = ("id", "name")
    def __new__(cls, id: str) -> Self: ...
    @property
    def id(self) -> str:
        """The stable wire id: "clinical-safety"."""
    @property
    def name(self) -> str:
        """The name as SFIA writes it: "Clinical safety"."""
    @property
    def summary(self) -> str:
        """One sentence on what the family does."""
    @property
    def roles(self) -> list[Role]:
        """The family's roles, in the taxonomy's order (a new list)."""
    @property
    def aliases(self) -> list[str]:
        """Other names the family is known by (a new list)."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __lt__(self, other: Family, /) -> bool: ...
    def __le__(self, other: Family, /) -> bool: ...
    def __gt__(self, other: Family, /) -> bool: ...
    def __ge__(self, other: Family, /) -> bool: ...
    def __reduce__(self) -> tuple[type[Family], tuple[str]]: ...

@final
class Role:
    """One of the 49 roles. Frozen and hashable; ordered as in the
    taxonomy. `Role(id)` looks one up by id (ValueError if unknown)."""

    __match_args__ = ("id", "title", "family")
    def __new__(cls, id: str) -> Self: ...
    @property
    def id(self) -> str:
        """The stable wire id: "clinical-safety-officer"."""
    @property
    def title(self) -> str:
        """The canonical title: "Clinical Safety Officer"."""
    @property
    def family(self) -> Family:
        """The role's family."""
    @property
    def aliases(self) -> list[str]:
        """Other names the role is known by (a new list)."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __lt__(self, other: Role, /) -> bool: ...
    def __le__(self, other: Role, /) -> bool: ...
    def __gt__(self, other: Role, /) -> bool: ...
    def __ge__(self, other: Role, /) -> bool: ...
    def __reduce__(self) -> tuple[type[Role], tuple[str]]: ...

@final
class JobTitle:
    """A job title as parse_title reads it. Frozen and hashable; `str()`
    gives the canonical text, "Senior Clinical Safety Officer (Band 7)".

    `JobTitle(role, seniority=None, band=None)` builds one; the seniority
    ("Snr") and band ("Band 8a-b") are read as the title grammar reads them,
    and refused with TitleError ("not-a-level", "not-a-band", "invalid-band").
    """

    __match_args__ = ("role", "seniority", "band")
    def __new__(cls, role: Role, seniority: str | None = None, band: str | None = None) -> Self: ...
    @property
    def role(self) -> Role: ...
    @property
    def seniority(self) -> str | None:
        """The seniority level's name ("Senior" for "Snr"), or None."""
    @property
    def band(self) -> str | None:
        """The band or range of bands in canonical text ("Band 7",
        "Band 8a-8b"), or None."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __reduce__(
        self,
    ) -> tuple[type[JobTitle], tuple[Role, str | None, str | None]]: ...

@final
class Classification:
    """What classify found in free text. Frozen and hashable; made only by
    classify (and pickled as a call to it)."""

    __match_args__ = ("match", "role", "family")
    @property
    def match(self) -> MatchKind:
        """How the title matched."""
    @property
    def role(self) -> Role | None:
        """The role, for exact and qualified matches."""
    @property
    def family(self) -> Family | None:
        """The family, for exact, qualified and family matches."""
    @property
    def candidates(self) -> list[Family]:
        """The families that compete in an ambiguous match, in the
        taxonomy's order; for any other match, the one family."""
    @property
    def seniority(self) -> str | None: ...
    @property
    def band(self) -> str | None: ...
    @property
    def term(self) -> str | None:
        """The vocabulary phrase that decided a family match, in normalised
        words ("digital programme manager"), or None."""
    @property
    def term_source(self) -> str | None:
        """Where the deciding term is documented as its family's."""
    @property
    def input(self) -> str:
        """The text that was classified."""
    @property
    def evidence(self) -> list[tuple[Part, int, int]]:
        """(part, start, end) for each piece of the input that decided or was
        set aside, with `input[start:end]` the piece (str indices)."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __reduce__(self) -> tuple[object, tuple[str]]: ...

def parse_title(title: str) -> JobTitle:
    """Reads a job title as written: a role, at most one seniority word and
    an NHS band or range of bands. Raises TitleError."""

def classify(title: str) -> Classification:
    """Says what job free text names. Raises TitleError (kind "unknown"
    when it names no digital, data or technology job)."""

def suggest(title: str) -> list[Role]:
    """Up to three roles close to a title that did not validate, best
    first; empty when nothing is close."""

def roles() -> list[Role]:
    """The 49 roles, in the taxonomy's order."""

def families() -> list[Family]:
    """The 16 families, in the taxonomy's order."""

def validate_many(titles: Iterable[str], /, *, suggestions: bool = False) -> ValidationColumns:
    """Validates a column of titles at once, releasing the GIL while the
    Rust library reads them. Returns a dict of equal-length lists, one a
    column (see ValidationColumns), in the order of the input; an invalid
    title gets its error kind in place. Raises TypeError for a str or an
    item that is not a str."""
