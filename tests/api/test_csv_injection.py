"""CSV exports: text cells a spreadsheet would run as formulas are written inert (prefixed with an apostrophe)."""

from __future__ import annotations

import csv
import io

from fastapi.testclient import TestClient
from sqlmodel import Session

from api.responses import neutralize
from talentintel.models import Company
from tests.api.conftest import make_job

HOSTILE = ['=HYPERLINK("http://evil.example","x")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A2)", "\t=1+1"]


def test_formula_cells_are_neutralized_and_numbers_kept() -> None:
    assert neutralize(["=1+1", "Engineer", -5, 3.5, None, "", "a=b"]) == ["'=1+1", "Engineer", -5, 3.5, None, "", "a=b"]


def test_exported_csv_cells_start_with_no_formula(client: TestClient, auth: dict[str, str], session: Session) -> None:
    company = Company(name="=cmd|' /C calc'!A0 (SYNTHETIC)", slug="synthetic-hostile")
    session.add(company)
    session.flush()
    for n, title in enumerate(HOSTILE):
        session.add(make_job(company, n, title=title, locations=["@Berlin"]))
    session.commit()
    response = client.get("/v1/jobs", params={"format": "csv"}, headers=auth)
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert sorted(r["title"] for r in rows) == sorted(f"'{t}" for t in HOSTILE)
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t")), value
