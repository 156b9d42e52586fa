"""Unsubscribe tokens and template rendering. Pure: synthetic digests built in the test."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from talentintel.digest import tokens
from talentintel.digest.content import CountRow, Digest, JobItem, RoundItem, Section
from talentintel.digest.render import money, render
from talentintel.errors import UserError


def test_token_round_trip_and_tampering() -> None:
    token = tokens.make(42, "Reader@Example.org", secret="s")
    assert tokens.subscription_id(token) == 42
    assert tokens.verify(token, "reader@example.org", secret="s")
    assert not tokens.verify(token, "other@example.org", secret="s")  # the address changed
    assert not tokens.verify(token, "reader@example.org", secret="other")  # another deployment's key
    assert not tokens.verify("43" + token[2:], "reader@example.org", secret="s")  # another subscription
    for bad in ("", "abc", "42", "x.y", "42." + "a" * 300):
        with pytest.raises(UserError, match="token"):
            tokens.subscription_id(bad)


def synthetic_digest(**overrides: object) -> Digest:
    start, end = (
        datetime.fromisoformat("2026-11-27T08:00:00+00:00"),
        datetime.fromisoformat("2026-11-28T08:00:00+00:00"),
    )
    job = JobItem(id=1, title="Engineer <ZK> & Rust", company="Acme & Co", url="https://jobs.example/1?a=1&b=2",
                  locations=["Berlin, Germany"], remote=True, sector_class="both", when=end)  # fmt: skip
    rnd = RoundItem(id=1, company="Acme", round_type="Series A", amount_usd=12_500_000, announced_on=date(2026, 11, 27),
                    url="https://news.example/acme", title=None, investors=["Fund One", "Fund Two"])  # fmt: skip
    d = Digest(email="reader@example.org", cadence="daily", period_key="2026-11-28", window_start=start,
               window_end=end, timezone="Europe/Paris", watching=["jobs: sector intersection"],
               jobs_opened=Section(total=12, items=[job], more_url="https://api.example/v1/jobs?sector=intersection"),
               jobs_closed=Section(total=1, items=[job]), rounds=Section(total=1, items=[rnd]),
               sectors=[CountRow("both", 12, 4)], regions=[CountRow("europe", 3, 5)],
               unsubscribe_url="https://api.example/v1/unsubscribe?token=1.abc")  # fmt: skip
    for k, v in overrides.items():
        setattr(d, k, v)
    return d


def test_render_both_parts() -> None:
    r = render(synthetic_digest())
    assert r.subject == "Daily talentintel digest 2026-11-28: 12 new jobs, 1 funding round, 1 closed"
    # HTML escapes what sources send; the plain text does not.
    assert "Engineer &lt;ZK&gt; &amp; Rust" in r.html and "<ZK>" not in r.html
    assert 'href="https://jobs.example/1?a=1&amp;b=2"' in r.html
    assert "Engineer <ZK> & Rust at Acme & Co" in r.text and "https://jobs.example/1?a=1&b=2" in r.text
    assert "Acme: Series A, $12.5M (27 Nov 2026)" in r.text and "Investors: Fund One, Fund Two" in r.text
    assert "Crypto × AI" in r.text and "(+8)" in r.text and "(-2)" in r.text
    assert "... and 11 more: https://api.example/v1/jobs?sector=intersection" in r.text
    assert "09:00" in r.text  # the window is shown in the subscriber's zone (Paris, UTC+1)
    for part in (r.text, r.html):
        assert "https://api.example/v1/unsubscribe?token=1.abc" in part


def test_render_empty_digest_says_so() -> None:
    r = render(synthetic_digest(jobs_opened=Section(), jobs_closed=Section(), rounds=Section(), sectors=[], regions=[]))
    assert "Nothing new matched" in r.text and "Nothing new matched" in r.html
    assert "JOBS OPENED" not in r.text


def test_money() -> None:
    assert [money(None), money(950), money(2_500), money(12_500_000), money(1e9)] == [
        "undisclosed", "$950", "$2.5K", "$12.5M", "$1B"
    ]  # fmt: skip
