"""The SFIA 9 taxonomy of digital health roles, with lenient job-title
validation and free-text classification, implemented in Rust.

>>> from digital_health_roles import parse_title, classify
>>> title = parse_title("Snr Clinical Safety Officer (Band 7)")
>>> title.role.id, title.seniority, title.band
('clinical-safety-officer', 'Senior', 'Band 7')
>>> str(title)
'Senior Clinical Safety Officer (Band 7)'
>>> classify("Digital Programme Manager").family.id
'product-and-delivery'
"""

from ._native import (
    BANDS as BANDS,
    MAX_TITLE_LEN as MAX_TITLE_LEN,
    SENIORITIES as SENIORITIES,
    SFIA_VERSION as SFIA_VERSION,
    SOURCE as SOURCE,
    TAXONOMY_VERSION as TAXONOMY_VERSION,
    Classification as Classification,
    Family as Family,
    JobTitle as JobTitle,
    Role as Role,
    TitleError as TitleError,
    __version__ as __version__,
    classify as classify,
    families as families,
    parse_title as parse_title,
    roles as roles,
    suggest as suggest,
    validate_many as validate_many,
)
from ._types import (
    ErrorKind as ErrorKind,
    MatchKind as MatchKind,
    Part as Part,
    ValidationColumns as ValidationColumns,
)

__all__ = [
    "BANDS",
    "MAX_TITLE_LEN",
    "SENIORITIES",
    "SFIA_VERSION",
    "SOURCE",
    "TAXONOMY_VERSION",
    "Classification",
    "ErrorKind",
    "Family",
    "JobTitle",
    "MatchKind",
    "Part",
    "Role",
    "TitleError",
    "ValidationColumns",
    "classify",
    "families",
    "parse_title",
    "roles",
    "suggest",
    "validate_many",
]
