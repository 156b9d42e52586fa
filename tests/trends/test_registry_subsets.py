"""The trends' registry subsets and the own-parameter checks of Registry.from_query, without I/O."""

from __future__ import annotations

import pytest

from talentintel.errors import InvalidParameter
from talentintel.services.queries.job_filters import JOB_FILTERS
from talentintel.services.queries.round_filters import ROUND_FILTERS
from talentintel.trends.filters import JOB_TREND_FILTERS, NO_FILTERS, ROUND_TREND_FILTERS, split_own


def test_subsets_keep_order_and_checks() -> None:
    kept = [n for n in JOB_FILTERS.names() if n not in ("status", "posted_after", "posted_before")]
    assert list(JOB_TREND_FILTERS.names()) == [n for n in kept if not n.startswith("first_seen_")]
    assert ROUND_TREND_FILTERS.check is ROUND_FILTERS.check
    with pytest.raises(InvalidParameter) as err:
        ROUND_TREND_FILTERS.parse({"amount_min": "5", "amount_max": "1"})
    assert err.value.name == "amount_max"
    with pytest.raises(KeyError):
        JOB_FILTERS.without("x", "no_such_filter")


def test_own_parameters_repeat_only_when_declared_so() -> None:
    items = [("sector_class", "ai"), ("sector_class", "crypto"), ("granularity", "week"), ("skill", "rust")]
    parsed, own = JOB_TREND_FILTERS.from_query(items, ["granularity"], ["sector_class"])
    assert parsed == {"skill": ["rust"]} and own == {"sector_class": "ai", "granularity": "week"}
    with pytest.raises(InvalidParameter) as err:
        JOB_TREND_FILTERS.from_query([("granularity", "week"), ("granularity", "month")], ["granularity"])
    assert err.value.name == "granularity"
    with pytest.raises(InvalidParameter) as err:
        NO_FILTERS.from_query([("limit", "5"), ("foo", "bar")], ["limit"])
    assert err.value.name == "foo"


def test_split_own() -> None:
    own, rest = split_own({"region": ["asia"], "investor": ["a16z"], "skill": ["rust"], "remote": True})
    assert own == {"region": ["asia"], "investor": ["a16z"]} and rest == {"skill": ["rust"], "remote": True}
