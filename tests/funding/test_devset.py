"""Accuracy on the labeled dev set of real announcements (tests/fixtures/funding/devset.jsonl)."""

import re
from pathlib import Path
from urllib.parse import urlsplit

from talentintel.funding.evaluate import evaluate

DEVSET = Path(__file__).parents[1] / "fixtures" / "funding" / "devset.jsonl"


def test_devset_is_large_enough_and_labeled() -> None:
    lines = [line for line in DEVSET.read_text("utf-8").splitlines() if line.strip()]
    assert len(lines) >= 100


def test_accuracy_targets() -> None:
    figures = evaluate(DEVSET).figures()
    assert (figures["company"] or 0.0) >= 0.95
    assert (figures["amount_within_2pct"] or 0.0) >= 0.95
    assert (figures["round"] or 0.0) >= 0.95
    assert (figures["lead_investor_f1"] or 0.0) >= 0.90


# Held-out files: gathered for one honest end-of-session score, never added to the eval's TUNING tuple and never
# read by a rule's author. holdout_s4, holdout_s5 and holdout_s6 were each scored once (sessions 4, 5 and 6) and then
# moved to tuning as tuning_hs4/5/6.jsonl (tests/fixtures/funding/PROVENANCE.md); holdout_s7 (session 7, helper
# hold7f, 38 texts) likewise, as tuning_hs7.jsonl, after its one score (mean 0.632). holdout_s8 (session 8,
# helper hold8f, 42 texts) likewise, as tuning_hs8.jsonl, after its one score (mean 0.744). holdout_s9 (session 9,
# helper hold9f, 43 texts) likewise, as tuning_hs9.jsonl, after its one score (mean 0.641). holdout_s10 (session 10, helper
# hold10f, 35 texts) likewise, as tuning_hs10.jsonl, after its one score (mean 0.581). holdout_s11 (session 11, helper
# hold11f, 37 texts) likewise, as tuning_hs11.jsonl, after its one score (mean 0.572, rules; moved in session 12).
# holdout_s12 (session 12, helper hold12f, 36 texts) likewise, as tuning_hs12.jsonl, after its one score (mean 0.706 shipped,
# 0.718 with the rules' kind).
# holdout_s13 (session 13, helper gather_f13, 39 texts) likewise, as tuning_hs13.jsonl, after its one score (mean 0.673
# shipped, 0.645 with the rules' kind).
# holdout_s14 (session 14, helper gather_f14, 40 texts) likewise, as tuning_hs14.jsonl, after its one score (mean 0.630
# shipped, 0.640 with the rules' kind; the company span hybrid 0.767).
# holdout_s15 (session 15, helper gather_f15, 40 texts) likewise, as tuning_hs15.jsonl, after its one score with the
# session-14 models (mean 0.737 shipped, 0.725 with the rules' kind; the company span hybrid 0.750).
# holdout_s16 (session 16, helper gather_f16, 40 texts) likewise, as tuning_hs16.jsonl, after its one score with the
# session-15 models (mean 0.815 shipped, 0.812 with the rules' kind; the company span hybrid 0.865).
# holdout_s17 (session 17, helper gather_f17, 40 texts) likewise, as tuning_hs17.jsonl, after its one score with the
# session-16 models (mean 0.768 shipped, 0.740 with the rules' kind; the company span hybrid 0.770).
# holdout_s18 (session 18, helper gather_f18, 40 texts) likewise, as tuning_hs18.jsonl, after its one score with the
# session-17 models (mean 0.537 shipped, 0.565 with the rules' kind; the company span hybrid 0.656).
# holdout_s19 (session 19, helper gather_f19, 40 texts) likewise, as tuning_hs19.jsonl, after its one score with the
# session-18 models (mean 0.669 shipped, 0.705 with the rules' kind; all rules 0.702).
# holdout_s20 (session 20, helper gather_f20, 36 texts) likewise, as tuning_hs20.jsonl, after its one score with the
# session-19 models (mean 0.781 shipped, 0.757 with the rules' kind; all rules 0.648; amount 0.467 on 15 rounds).
# holdout_s21 (session 21, helper gather_f21, 42 texts) likewise, as tuning_hs21.jsonl, after its one score with the
# session-20 models (mean 0.672 shipped; the company span rules 0.634; amount 0.500 on 22 rounds).
# holdout_s21b (session 21, helper gather_f21b, 37 texts) likewise, as tuning_hs21b.jsonl (session 22), after its one
# score per mode at the end of session 21 (mean 0.686 shipped, the same as with the session-20 code).
# holdout_s22 (session 22, helper gather_f22, 37 texts) likewise, as tuning_hs22.jsonl (session 23), after its scores
# per mode with the session-21 code before any session-22 merge and at the end of session 22 (mean 0.814 shipped both).
# holdout_s23 (session 23, helper gather_f23, 37 texts) likewise, as tuning_hs23.jsonl (session 24), after its scores
# per mode with the session-22 code before any session-23 merge (shipped 0.775) and at the end of session 23 (0.788).
# holdout_s24 (session 24, helper gather_f24, 38 texts) likewise, as tuning_hs24.jsonl (session 25), after its scores
# per mode with the session-23 code before any session-24 merge and at the end of session 24 (shipped 0.614 both).
# holdout_s24b (session 24, helper gather_f24b, 25 closed-round texts) likewise, as tuning_hs24b.jsonl (session 25),
# after the same two scores (shipped 0.767 both).
# holdout_s25 (session 25, helper gather_f25, 35 texts) likewise, as tuning_hs25.jsonl (session 26), after its scores
# per mode with the session-24 code (shipped 0.823) and at the end of session 25 (0.836).
# holdout_s26 (session 26, helper gather_f26, 32 texts) likewise, as tuning_hs26.jsonl (session 27), after its scores
# per mode with the session-25 code (shipped 0.835) and at the end of session 26 (0.829); holdout_s26b (session 26,
# helper gather_f26b, 15 closed rounds) likewise, as tuning_hs26b.jsonl (shipped 0.844 both times).
# holdout_s27 (session 27, helper gather_f27, 30 texts, PROVENANCE.md) is held out for the lead's scores: never tuned
# on and never scored by its gatherer. Scored per mode with the session-26 code before any session-27 merge (shipped
# 0.763) and at the end (0.742); the next session moves it to tuning before any rule. Short of 35 because few search
# results sit on publishers no fixture uses, so its floor is named below.
# holdout_s27b (session 27, helper gather_f27b, 15 texts each opening on a closed company round, PROVENANCE.md)
# likewise, for the rounds holdout_s27 ran short on (shipped 0.902 at the start, 0.913 at the end); floor 15.
HOLDOUT: tuple[str, ...] = ("holdout_s27", "holdout_s27b")
# Smallest size a held-out file may have (35 unless named): a holdout gathered where publishers no fixture uses have
# run short may be asked for fewer rows and named here with its floor (holdout_s24b had 25).
HOLDOUT_MIN_ROWS: dict[str, int] = {"holdout_s27": 30, "holdout_s27b": 15}


def _site(url: str) -> str:
    parts = urlsplit(url)
    host = parts.hostname or ""
    if host in {"github.com", "raw.githubusercontent.com"}:
        # A GitHub file's publisher is its repository (rows carry publisher "github:owner/repo"), not GitHub itself:
        # 70 tuning rows sit on github.com and one on raw.githubusercontent.com, so a host-level site would bar every
        # code-corpus text from a held-out file although no two of them share a repository (holdout_s19, 4 rows).
        owner_repo = "/".join(parts.path.strip("/").split("/")[:2]).lower()
        return f"github:{owner_repo}"
    return re.sub(r"^(?:www\d?|staging|m|amp|en|news)\.", "", host)


def _rows(name: str) -> list[dict]:
    import json

    path = DEVSET.parent / name
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def test_test_split_is_frozen_apart_from_tuning() -> None:
    """Both frozen test files (TEST_SPLIT.md) share no publisher, url or text with any tuning file
    (devset.jsonl rows carry no publisher; its publishers were assigned to tuning when the split was drawn)."""
    first = _rows("test_split.jsonl")
    second = _rows("test_split2.jsonl")
    test = first + second
    names = (
        "devset",
        "tuning_more",
        "tuning_fresh",
        "tuning_unseen",
        "tuning_funds2",
        "tuning_funds3",
        "tuning_funds4",
        "tuning_batch5",
        "tuning_funds5",
        "tuning_funds6",
        "tuning_funds7",
        "tuning_funds8",
        "tuning_funds9",
        "tuning_funds10",
        "tuning_funds11",
        "tuning_funds12",
        "tuning_batch7",
        "tuning_batch7b",
        "tuning_batch7c",
        "tuning_batch6",
        "tuning_batch6b",
        "tuning_batch8",
        "tuning_batch9",
        "tuning_batch10",
        "tuning_batch11",
        "tuning_batch12",
        "tuning_batch13",
        "tuning_funds13",
        "tuning_cjk3",
        "tuning_funds13b",
        "tuning_batch14",
        "tuning_hs4",
        "tuning_batch15",
        "tuning_hs5",
        "tuning_batch17",
        "tuning_cjk4",
        "tuning_batch16",
        "tuning_funds14",
        "tuning_batch18",
        "tuning_hs6",
        "tuning_hs7",
        "tuning_hs8",
        "tuning_funds15",
        "tuning_batch19",
        "tuning_cjk5",
        "tuning_batch20",
        "tuning_batch21",
        "tuning_batch22",
        "tuning_funds16",
        "tuning_batch23",
        "tuning_funds17",
        "tuning_batch24",
        "tuning_batch25",
        "tuning_hs9",
        "tuning_funds18",
        "tuning_batch26",
        "tuning_hs10",
        "tuning_batch28",
        "tuning_batch29",
        "tuning_batch27",
        "tuning_hs11",
        "tuning_funds19",
        "tuning_batch31",
        "tuning_batch30",
        "tuning_batch33",
        "tuning_batch32",
        "tuning_hs12",
        "tuning_batch35",
        "tuning_batch34",
        "tuning_funds20",
        "tuning_batch36",
        "tuning_hs13",
        "tuning_batch37",
        "tuning_batch38",
        "tuning_batch39",
        "tuning_cjk6",
        "tuning_batch40",
        "tuning_hs14",
        "tuning_batch41",
        "tuning_hs15",
        "tuning_batch42",
        "tuning_hs16",
        "tuning_hs17",
        "tuning_hs18",
        "tuning_hs19",
        "tuning_hs20",
        "tuning_hs21",
        "tuning_hs21b",
        "tuning_hs22",
        "tuning_hs23",
        "tuning_hs24",
        "tuning_hs24b",
        "tuning_hs25",
        "tuning_hs26",
        "tuning_hs26b",
        "tuning_batch43",
        "tuning_funds21",
        "tuning_funds22",
        "tuning_batch44",
        "tuning_batch45",
        "tuning_batch47",
        "tuning_batch46",
        "tuning_batch49",
        "tuning_batch48",
        "tuning_batch50",
        "tuning_batch51",
        "tuning_funds23",
        "tuning_batch53",
        "tuning_batch52",
        "tuning_batch54",
        "tuning_batch56",
        "tuning_batch57",
        "tuning_batch55",
        "tuning_funds24",
        "tuning_batch59",
        "tuning_funds25",
        "tuning_batch60",
        "tuning_batch58",
        "tuning_batch61",
        "tuning_batch65",
        "tuning_batch64",
        "tuning_batch62",
        "tuning_batch63",
        "tuning_batch66",
        "tuning_batch67",
        "tuning_funds27",
        "tuning_batch68",
    )
    # the held-out files (HOLDOUT) are scored once by the lead, never tuned on; they stay apart from the split too
    tuning = [row for name in (*names, *HOLDOUT) for row in _rows(f"{name}.jsonl")]
    assert len(first) >= 137
    assert len(second) >= 20
    assert len(test) >= 150
    # A failure names only the tuning rows that collide, never the split's publishers, urls or texts: helpers who
    # ran this test on a new batch saw the split's hosts in pytest's set repr (session 4).
    keys = {
        "publisher": lambda r: r.get("publisher"),
        "url": lambda r: r.get("url"),
        "site": lambda r: (
            _site(r["url"]) if r.get("url") else None
        ),  # staging.globalventuring.com = globalventuring.com
        "text": lambda r: r["text"][:200],
    }
    for name, key in keys.items():
        frozen = {key(r) for r in test} - {None}
        colliding = sorted(str(r.get("id")) for r in tuning if key(r) is not None and key(r) in frozen)
        assert not colliding, f"tuning/holdout rows sharing a {name} with the frozen split: {colliding}"
    assert all(r.get("labels", {}).get("deals") for r in test)
    # the second file's publishers are new to the first one too (a file may repeat its own publishers)
    assert not {r["publisher"] for r in second} & {r.get("publisher") for r in first}


def test_every_tuning_text_is_in_one_file_once() -> None:
    """Two batches gathered in parallel once held the same page (heralddiary-botcompany): counted twice, it weighs
    twice in the tuning figures. Ids and urls are unique across every labeled file but the frozen test splits."""
    rows = [
        row
        for path in sorted(DEVSET.parent.glob("*.jsonl"))
        if not path.name.startswith("test_split")
        for row in _rows(path.name)
    ]
    ids = [row["id"] for row in rows]
    urls = [row["url"] for row in rows if row.get("url")]
    assert len(ids) == len(set(ids))
    assert len(urls) == len(set(urls))


def test_holdout_is_apart_from_tuning() -> None:
    """A held-out page must be new to every tuning file (publisher, url, site and text), so that no rule was written
    against it; two helpers gathered in parallel and the same telegraph.co.uk page nearly landed on both sides."""
    tuning = [
        row
        for path in sorted(DEVSET.parent.glob("*.jsonl"))
        if not path.name.startswith("test_split") and path.stem not in HOLDOUT
        for row in _rows(path.name)
    ]
    for name in HOLDOUT:
        held = _rows(f"{name}.jsonl")
        # 35: session 7's holdout lost two of its 40 rows to a tuning batch gathered in parallel (PROVENANCE.md)
        assert len(held) >= HOLDOUT_MIN_ROWS.get(name, 35)
        assert all(r.get("labels", {}).get("deals") for r in held)
        # The message names only the tuning rows that collide: the held-out file's publishers stay unprinted.
        keys = {
            "publisher": ({r["publisher"] for r in held}, lambda r: r.get("publisher")),
            "url": ({r["url"] for r in held}, lambda r: r.get("url")),
            "site": ({_site(r["url"]) for r in held}, lambda r: _site(r["url"]) if r.get("url") else None),
            "text": ({r["text"][:200] for r in held}, lambda r: r["text"][:200]),
        }
        for key, (values, of) in keys.items():
            colliding = [r.get("id") for r in tuning if of(r) in values]
            assert not colliding, f"tuning rows sharing a {key} with {name}: {colliding}"


def test_holdouts_are_apart_from_each_other() -> None:
    """Each held-out file is scored on its own, once: two of them sharing a publisher, url, site or text would let a
    rule written after the first file's score reach into the second."""
    seen: dict[str, set] = {"publisher": set(), "url": set(), "site": set(), "text": set()}
    for name in HOLDOUT:
        held = _rows(f"{name}.jsonl")
        keys = {
            "publisher": {r["publisher"] for r in held},
            "url": {r["url"] for r in held},
            "site": {_site(r["url"]) for r in held},
            "text": {r["text"][:200] for r in held},
        }
        for key, values in keys.items():
            assert not values & seen[key], f"{name} shares a {key} with an earlier held-out file"
            seen[key] |= values


def test_every_labeled_file_loads() -> None:
    """`talentintel eval funding` reads every labeled file, frozen ones included, through `load_labeled`: a `published`
    that is not a full ISO date ("2018-04", holdout_s17's first form) stopped the lead's one score with an error. Loading
    prints nothing of a file's content."""
    from talentintel.funding.evaluate import load_labeled

    for path in sorted(DEVSET.parent.glob("*.jsonl")):
        assert load_labeled(path), path.name
