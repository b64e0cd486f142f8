"""The README's `>>>` examples run as written (doctest)."""

from __future__ import annotations

import doctest
from pathlib import Path

import digital_health_roles

README = Path(__file__).resolve().parents[1] / "README.md"


def test_readme_examples() -> None:
    result = doctest.testfile(str(README), module_relative=False, optionflags=doctest.ELLIPSIS)
    assert result.attempted >= 20
    assert result.failed == 0


def test_package_docstring_examples() -> None:
    result = doctest.testmod(digital_health_roles)
    assert result.attempted >= 3
    assert result.failed == 0
