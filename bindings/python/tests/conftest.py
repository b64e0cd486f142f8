"""Fixtures shared by the tests."""

from __future__ import annotations

import pytest

from _shared import load_real_titles


@pytest.fixture(scope="session")
def real_titles() -> list[str]:
    return load_real_titles()
