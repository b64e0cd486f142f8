"""roles(), families() and the Role and Family lookups."""

from __future__ import annotations

import digital_health_roles as dhr
from digital_health_roles import Family, Role, families, roles


def test_installed_from_the_wheel() -> None:
    # The tests run against the installed package, never the source tree.
    assert "site-packages" in dhr.__file__
    assert dhr._native.__file__.endswith(".so") or dhr._native.__file__.endswith(".pyd")


def test_forty_nine_roles_sixteen_families() -> None:
    assert len(roles()) == 49
    assert len(families()) == 16
    assert len({role.id for role in roles()}) == 49
    assert len({family.id for family in families()}) == 16


def test_each_role_is_in_its_family() -> None:
    listed = [role for family in families() for role in family.roles]
    assert sorted(listed) == roles()
    for family in families():
        for role in family.roles:
            assert role.family == family


def test_lists_are_in_taxonomy_order() -> None:
    assert sorted(roles()) == roles()
    assert sorted(families()) == families()
    assert roles()[0] < roles()[1]


def test_lookup_by_id() -> None:
    for role in roles():
        assert Role(role.id) == role
        assert Role(role.id) is not None
    for family in families():
        assert Family(family.id) == family
    assert Role("clinical-safety-officer").title == "Clinical Safety Officer"
    assert Role("clinical-safety-officer").family.name == "Clinical safety"


def test_unknown_ids_raise_value_error() -> None:
    import pytest

    with pytest.raises(ValueError, match="no role has the id 'nurse'"):
        Role("nurse")
    with pytest.raises(ValueError, match="no family has the id"):
        Family("Clinical safety")


def test_shared_objects() -> None:
    assert roles()[0] is roles()[0]
    assert roles()[0].family is families()[0]


def test_text_and_attributes() -> None:
    role = Role("ux-designer")
    assert str(role) == "UX Designer"
    assert repr(role) == "Role(id='ux-designer', title='UX Designer')"
    family = role.family
    assert str(family) == family.name
    assert repr(family) == f"Family(id={family.id!r}, name={family.name!r})"
    assert family.summary
    assert isinstance(role.aliases, list) and all(isinstance(a, str) for a in role.aliases)
    assert isinstance(family.aliases, list)


def test_constants() -> None:
    assert dhr.MAX_TITLE_LEN == 256
    assert dhr.SFIA_VERSION == 9
    assert dhr.SOURCE.startswith("SFIA 9")
    assert dhr.TAXONOMY_VERSION >= 1
    assert dhr.SENIORITIES[0] == "Apprentice" and "Senior" in dhr.SENIORITIES
    assert dhr.BANDS[0] == "Band 1" and "Band 8a" in dhr.BANDS and len(dhr.BANDS) == 12
    assert dhr.__version__.count(".") == 2
    assert sorted(dhr.__all__) == sorted(name for name in dhr.__all__ if hasattr(dhr, name))
