"""Charts render: SVG parses as XML with an <svg> root, PNG decodes to an image, for every trend kind."""

from __future__ import annotations

import io
from datetime import date
from xml.etree import ElementTree

import pytest
from matplotlib import image as mpimg
from sqlmodel import Session

from talentintel.errors import InvalidParameter
from talentintel.trends import charts
from talentintel.trends.funding import funding_trends
from talentintel.trends.investor_focus import investor_focus
from talentintel.trends.jobs import job_trends
from talentintel.trends.pivots import company_pivots
from tests.trends.history import TODAY, funding_round, investor, january


def assert_svg(data: bytes) -> None:
    root = ElementTree.fromstring(data)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"


def assert_png(data: bytes) -> None:
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    pixels = mpimg.imread(io.BytesIO(data), format="png")
    assert pixels.ndim == 3 and pixels.shape[0] > 100 and pixels.shape[1] > 100


def _results(session: Session) -> dict[str, dict[str, object]]:
    january(session)
    fund = investor(session, "paradigm")
    funding_round(session, "r1", "crypto", date(2026, 1, 6), 10e6, investors=[fund])
    funding_round(session, "r2", "ai", date(2026, 1, 14), 25e6, investors=[fund])
    session.flush()
    window = {"start": date(2025, 11, 1), "today": TODAY}
    return {
        "jobs": job_trends(session, start=date(2025, 12, 1), today=TODAY),
        "funding": funding_trends(session, granularity="week", start=date(2026, 1, 1), today=TODAY, by="investor"),
        "company-pivots": company_pivots(session, **window),  # type: ignore[arg-type]
        "investor-focus": investor_focus(session, **window),  # type: ignore[arg-type]
    }


def test_every_chart_renders_as_svg_and_png(session: Session) -> None:
    for kind, result in _results(session).items():
        svg = charts.chart(kind, result, "svg")
        assert_svg(svg)
        assert charts.chart(kind, result, "svg") == svg, kind  # repeatable bytes: cacheable, ETag-friendly
        assert_png(charts.chart(kind, result, "png"))


def test_empty_results_still_render(session: Session) -> None:
    assert_svg(charts.chart("jobs", job_trends(session, today=TODAY), "svg"))
    assert_png(charts.chart("company-pivots", company_pivots(session, today=TODAY), "png"))
    assert_svg(charts.chart("funding", funding_trends(session, today=TODAY), "svg"))


def test_digest_chart_png(session: Session) -> None:
    january(session)
    assert_png(charts.jobs_chart_png(session, weeks=8, today=TODAY))
    assert_png(charts.jobs_chart_png(session, weeks=8, today=TODAY, region=["asia"]))


def test_unknown_format() -> None:
    with pytest.raises(InvalidParameter) as err:
        charts.render(charts.jobs_figure({"periods": [], "series": [], "window": {"granularity": "week"}}), "gif")
    assert err.value.name == "format"


@pytest.mark.parametrize("name", ["$AI Labs$", "Render $RNDR", r"Fund \frac{1}{2}", "$$", "a_b^c $x_{1}$"])
def test_labels_are_not_parsed_as_tex(name: str) -> None:
    """SYNTHETIC names with TeX in them: drawn as written, no ValueError."""
    result = {"investors": [{"investor": name}], "series": [{"investor": name, "sector_class": "ai", "rounds": 2}]}
    svg = charts.chart("investor-focus", result, "svg")
    assert_svg(svg)
    assert name.replace("&", "&amp;").replace("<", "&lt;") in svg.decode()
    assert_png(charts.chart("investor-focus", result, "png"))
