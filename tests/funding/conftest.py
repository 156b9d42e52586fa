"""The funding rule tests test the rules: each runs with the kind model pinned to `rules`, since the shipped default
became `hybrid` (session 12; talentintel/funding/kind_model.py has the figures that chose it), and with the company
span scorer pinned to `rules` too, its default since session 18 being `hybrid` (README, FUNDING_COMPANY_SPAN), and the
fund manager's chooser pinned to `rules`, its default since session 23 being `hybrid` (FUNDING_FUND_MANAGER). A test
of the shipped modes themselves asks for the setting with `@pytest.mark.shipped_modes`."""

from collections.abc import Iterator

import pytest

from talentintel.funding import company_span, fund_manager_ranker, kind_model


@pytest.fixture(autouse=True)
def _kind_rules(request: pytest.FixtureRequest) -> Iterator[None]:
    if request.node.get_closest_marker("shipped_modes"):
        yield
        return
    kind_model.configure("rules")
    company_span.configure("rules")
    fund_manager_ranker.configure("rules")
    try:
        yield
    finally:
        kind_model.configure()
        company_span.configure()
        fund_manager_ranker.configure()
