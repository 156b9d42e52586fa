"""The lead ranker's CV against the pipeline of the time (`scripts/lead_time_cv.py`, `scripts/lead_time_history.py`):
the time history's rows load, each mode picks as the tree of the time did, folds never train on a held file's
publisher, and the time-view threshold is chosen on held-out files only.

The history rows here are SYNTHETIC (made for the test: two invented files of invented investors); the real history is
made by `lead_time_history.py` from old trees and is not committed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from talentintel.funding.lead_features import lead_candidates
from talentintel.funding.lead_ranker import LeadModel

from .trainers import training_script

SYNTHETIC_PART = (
    "Lumora Labs raises $12 million Series A\n"
    "Lumora Labs has raised $12 million in a Series A round led by Northwind Capital, with participation from Alder "
    "Ventures."
)


def _script():  # type: ignore[no-untyped-def]
    pytest.importorskip("sklearn")
    return training_script("train_lead_ranker", "lead_time_cv")


def _history(tmp_path: Path) -> Path:
    cands = lead_candidates(SYNTHETIC_PART, ["Northwind Capital"], ["Northwind Capital", "Alder Ventures"])
    rows = {
        "f1.jsonl": {
            "rows": {
                "a": {
                    "rules": ["Northwind Capital"],
                    "part": SYNTHETIC_PART,
                    "investors": ["Northwind Capital", "Alder Ventures"],
                    "cands": [[c.name, c.features] for c in cands],
                    "ranker": ["Northwind Capital", "Alder Ventures"],
                    "hybrid": ["Northwind Capital"],
                },
                "b": {"rules": [], "part": None},  # the tree of the time made no round part
            }
        }
    }
    path = tmp_path / "history.json"
    path.write_text(json.dumps(rows), "utf-8")
    return path


def test_time_rows_load_and_pick_as_the_tree_of_the_time(tmp_path: Path) -> None:
    cv = _script()
    times = cv.load_time(_history(tmp_path))
    a, b = times[("f1.jsonl", "a")], times[("f1.jsonl", "b")]
    assert a.ranker == ["Northwind Capital", "Alder Ventures"] and a.hybrid == ["Northwind Capital"]
    assert [c.name for c in a.cands] == ["Northwind Capital", "Alder Ventures"]
    # No round part then: every mode gives the rules' leads, as `deals` did (the ranker never ran).
    assert b.cands is None and b.ranker == b.rules == [] and b.pick(None) == []
    everyone = LeadModel(("is_rule_lead",), (0.0,), 0.0, 0.4)  # scores 0.5: every candidate passes
    assert a.pick(everyone) == ["Northwind Capital", "Alder Ventures"]
    assert a.pick(None) == ["Northwind Capital"]


def test_folds_hold_out_whole_files_and_their_publishers() -> None:
    cv = _script()
    train = training_script("train_lead_ranker")

    def ex(file: str, key: str, group: str):  # type: ignore[no-untyped-def]
        e = train.Example(file, group, set(), [])
        e.key = key
        return e

    examples = [ex(f"h{i}.jsonl", "k", f"pub{i % 3}") for i in range(6)] + [ex("old.jsonl", "k", "pub0")]
    times = {(f"h{i}.jsonl", "k"): None for i in range(6)}
    for training, held in cv.folds(examples, times, 3):
        held_files = {e.file for e in held}
        assert held and all((e.file, e.key) in times for e in held)
        assert not {e.file for e in training} & held_files
        assert not {e.group for e in training} & {e.group for e in examples if e.file in held_files}


def test_the_gate_drops_rule_leads_below_low_and_adds_others_at_high(tmp_path: Path) -> None:
    gate = training_script("train_lead_ranker", "lead_time_cv", "lead_time_gate")
    t = gate.load_time(_history(tmp_path))[("f1.jsonl", "a")]
    rule_says = LeadModel(("is_rule_lead",), (4.0,), -2.0, 0.5)  # rule lead 0.88, other 0.12
    assert gate.gated(rule_says, t, 0.0, 1.01) == ["Northwind Capital"]  # never drop, never add: the rules
    assert gate.gated(rule_says, t, 0.9, 1.01) == []  # the rule lead scored below low is dropped
    assert gate.gated(rule_says, t, 0.0, 0.1) == ["Northwind Capital", "Alder Ventures"]  # the other added at high
    no_part = gate.load_time(_history(tmp_path))[("f1.jsonl", "b")]
    assert gate.gated(rule_says, no_part, 0.9, 0.1) == []


def test_the_replay_child_writes_rows_the_time_cv_reads(tmp_path: Path) -> None:
    """`lead_time_history`'s child, run on the committed tree over a small real tuning file (tuning_batch20, 13
    texts), gives one row per text that `load_time` reads, with candidates and the shipped models' choices."""
    cv = _script()
    history = training_script("company_rules_history", "lead_time_history")
    path = Path(__file__).resolve().parents[1] / "fixtures" / "funding" / "tuning_batch20.jsonl"
    ids = [json.loads(line)["id"] for line in path.read_text("utf-8").splitlines() if line.strip()]
    rows = history.run_in_tree("HEAD", path, history._CHILD, history.LEARNED_MODES, prefix="leadtime_test")
    assert sorted(rows) == sorted(map(str, ids))
    out = tmp_path / "h.json"
    out.write_text(json.dumps({path.name: {"rows": rows}}), "utf-8")
    times = cv.load_time(out)
    with_part = [t for t in times.values() if t.cands is not None]
    assert with_part and all(set(t.ranker) <= {c.name for c in t.cands} for t in with_part)
