"""The value objects: frozen, hashable, comparable, printable, picklable."""

from __future__ import annotations

import copy
import pickle

import pytest

from digital_health_roles import (
    Classification,
    Family,
    JobTitle,
    Role,
    TitleError,
    classify,
    families,
    parse_title,
    roles,
)

SAMPLES = [
    Role("data-analyst"),
    Family("data-and-analytics"),
    parse_title("Snr Clinical Safety Officer (Band 7)"),
    parse_title("Data Analyst, Band 8a-b"),
    classify("Senior Data Analyst, Band 6, Performance Team"),
    classify("PACS Manager"),
]


@pytest.mark.parametrize("value", SAMPLES, ids=repr)
def test_frozen(value: object) -> None:
    for name in ("id", "role", "match", "band", "seniority", "family"):
        if hasattr(value, name):
            with pytest.raises(AttributeError):
                setattr(value, name, None)
            with pytest.raises(AttributeError):
                delattr(value, name)
    with pytest.raises(AttributeError):
        value.new_attribute = 1  # type: ignore[attr-defined]
    assert not hasattr(value, "__dict__")


@pytest.mark.parametrize("value", SAMPLES, ids=repr)
def test_pickle_and_copy(value: object) -> None:
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        again = pickle.loads(pickle.dumps(value, protocol))
        assert again == value
        assert hash(again) == hash(value)
    assert copy.copy(value) == value
    assert copy.deepcopy(value) == value


def test_equality_and_hashing() -> None:
    a = parse_title("Snr Clinical Safety Officer (Band 7)")
    b = parse_title("senior clinical safety officer, band 7")
    c = parse_title("Clinical Safety Officer")
    assert a == b and hash(a) == hash(b)
    assert a != c
    assert len({a, b, c}) == 2
    assert {Role("ux-designer"): 1}[parse_title("UX Designer").role] == 1
    assert classify("Network Engineer") == classify("Network Engineer")
    assert classify("Network Engineer") != classify("Network  Engineer")  # other input
    assert len(set(roles()) | set(roles())) == 49
    assert len(set(families())) == 16
    # Different types never compare equal.
    assert Role("data-analyst") != "data-analyst"
    assert parse_title("Data Analyst") != Role("data-analyst")
    assert Role("data-analyst") != Family("data-and-analytics")


def test_ordering_is_the_taxonomy_order() -> None:
    assert roles()[0] < roles()[-1]
    with pytest.raises(TypeError):
        _ = Role("data-analyst") < Family("data-and-analytics")  # type: ignore[operator]


def test_job_title_text_and_repr() -> None:
    title = parse_title("Snr Clinical Safety Officer (Band 7)")
    assert str(title) == "Senior Clinical Safety Officer (Band 7)"
    assert repr(title) == (
        "JobTitle(role=Role(id='clinical-safety-officer', title='Clinical Safety Officer'), "
        "seniority='Senior', band='Band 7')"
    )
    assert parse_title(str(title)) == title
    ranged = parse_title("Data Analyst, Band 8a-b")
    assert ranged.band == "Band 8a-8b"
    assert str(ranged) == "Data Analyst (Band 8a-8b)"
    plain = parse_title("UX Designer")
    assert (plain.seniority, plain.band) == (None, None)
    assert repr(plain).endswith("seniority=None, band=None)")


def test_job_title_constructor() -> None:
    built = JobTitle(Role("clinical-safety-officer"), "Snr", "Band 7")
    assert built == parse_title("Senior Clinical Safety Officer (Band 7)")
    assert JobTitle(Role("data-analyst"), band="band 8a-b").band == "Band 8a-8b"
    assert JobTitle(Role("data-analyst")) == parse_title("Data Analyst")
    with pytest.raises(TitleError) as raised:
        JobTitle(Role("data-analyst"), "Head")
    assert raised.value.kind == "not-a-level"
    with pytest.raises(TitleError) as raised:
        JobTitle(Role("data-analyst"), band="Grade 7")
    assert raised.value.kind == "not-a-band"
    with pytest.raises(TitleError) as raised:
        JobTitle(Role("data-analyst"), band="Band 10")
    assert raised.value.kind == "invalid-band"
    with pytest.raises(TypeError):
        JobTitle("data-analyst")  # type: ignore[arg-type]


def test_classification_attributes() -> None:
    text = "Senior Data Analyst, Band 6, Performance Team, County Hospital"
    found = classify(text)
    assert found.match == "qualified"
    assert found.role == Role("data-analyst")
    assert found.family == Family("data-and-analytics")
    assert found.candidates == [Family("data-and-analytics")]
    assert (found.seniority, found.band, found.term) == ("Senior", "Band 6", None)
    assert found.input == text
    assert [(part, text[start:end]) for part, start, end in found.evidence] == [
        ("seniority", "Senior"),
        ("role", "Data Analyst"),
        ("band", "Band 6"),
        ("set-aside", "Performance Team"),
        ("set-aside", "County Hospital"),
    ]
    family = classify("Digital Programme Manager")
    assert (family.match, family.role, family.term) == ("family", None, "digital programme manager")
    assert family.term_source
    ambiguous = classify("Information Governance and Cyber Security Lead")
    assert ambiguous.match == "ambiguous" and ambiguous.family is None
    assert [f.id for f in ambiguous.candidates] == ["information-governance", "cyber-security"]
    assert repr(found).startswith("Classification(match='qualified', role=Role(id='data-analyst'")


def test_evidence_uses_str_indices() -> None:
    # An en dash is three UTF-8 bytes but one str index.
    text = "Senior Data Analyst \u2013 Band 6"
    found = classify(text)
    pieces = {part: text[start:end] for part, start, end in found.evidence}
    assert pieces["role"] == "Data Analyst"
    assert pieces["band"] == "Band 6"
    text = "Data\u00a0Analyst"  # a no-break space (two bytes)
    assert [text[s:e] for _, s, e in classify(text).evidence] == [text]


def test_pattern_matching() -> None:
    match classify("Paediatric Clinical Safety Officer"):
        case Classification("qualified", Role(id=role_id), Family(name=name)):
            assert role_id == "clinical-safety-officer"
            assert name == "Clinical safety"
        case _:
            pytest.fail("no match")
    match parse_title("Lead Data Analyst - Band 8a"):
        case JobTitle(Role("data-analyst", title), "Lead", band):
            assert (title, band) == ("Data Analyst", "Band 8a")
        case _:
            pytest.fail("no match")


def test_classification_cannot_be_built_by_hand() -> None:
    with pytest.raises(TypeError):
        Classification()
