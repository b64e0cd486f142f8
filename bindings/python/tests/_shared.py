"""The cases file every front door reads, and the real titles."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[3]
CASES = Path(os.environ.get("DHR_CASES_JSON", REPO / "tests" / "data" / "cases.json"))
REAL_TITLES = REPO / "tests" / "data" / "real_titles.tsv"


def load_cases() -> dict[str, Any]:
    with CASES.open(encoding="utf-8") as file:
        cases: dict[str, Any] = json.load(file)
    for name in ("parse_title", "classify", "suggest"):
        assert len(cases[name]) >= 3, f"the {name} list is too short to test anything"
    return cases


def load_real_titles() -> list[str]:
    with REAL_TITLES.open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file, delimiter="\t"))
    assert len(rows) > 500
    return [row["title"] for row in rows]
