"""The trend chart in the digest: an inline PNG (multipart/related, Content-ID) received by a real SMTP server, the
chart's filters from the subscription's, and a digest that still goes out (once) when the chart cannot be drawn."""

from __future__ import annotations

import base64
import io
import re
from datetime import date
from email.message import EmailMessage
from typing import Any

import matplotlib.image
import pytest
import structlog
from sqlalchemy.engine import Engine
from sqlmodel import Session
from structlog.testing import LogCapture

from talentintel.digest import service, trend_chart
from talentintel.models import Subscription
from tests.digest.conftest import SmtpServer
from tests.digest.test_service import NOW, make_sub

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def _decodes_as_png(data: bytes) -> tuple[int, int]:
    assert data.startswith(PNG_MAGIC)
    pixels = matplotlib.image.imread(io.BytesIO(data), format="png")  # decodes every row: a truncated PNG fails
    height, width = pixels.shape[:2]
    return width, height


def _images(msg: EmailMessage) -> list[EmailMessage]:
    return [p for p in msg.walk() if p.get_content_maintype() == "image"]  # type: ignore[misc]


def test_digest_embeds_the_trend_chart_inline(engine: Engine, seeded: dict[str, Any], smtp: SmtpServer) -> None:
    sub_id = make_sub(engine)  # jobs filtered by sector=crypto
    outcome = service.send_subscription_digest(sub_id, now=NOW, engine=engine)
    assert outcome.status == "sent", outcome.detail
    [msg] = smtp.messages
    # multipart/alternative [text/plain, multipart/related [text/html, image/png]]: what mail clients expect.
    assert msg.get_content_type() == "multipart/alternative"
    plain, related = msg.iter_parts()  # type: ignore[misc]
    assert plain.get_content_type() == "text/plain"
    assert related.get_content_type() == "multipart/related" and related.get_param("type") == "text/html"
    html_part = msg.get_body(("html",))
    assert html_part is not None and html_part.get_content_type() == "text/html"
    html = html_part.get_content()
    [cid] = re.findall(r'<img src="cid:([^"]+)"', html)
    [image] = _images(msg)
    assert image.get_content_type() == "image/png" and image["Content-ID"] == f"<{cid}>"
    assert image.get_content_disposition() == "inline"
    width, height = _decodes_as_png(image.get_content())
    assert width > 500 and height > 200
    # Readable in a mail client: alt text saying what it shows and for which jobs, a width for Outlook.
    img_tag = re.search(r"<img [^>]*>", html)
    assert img_tag is not None
    assert 'width="584"' in img_tag.group(0) and "max-width:584px" in img_tag.group(0)
    alt = re.search(r'alt="([^"]+)"', img_tag.group(0))
    assert (
        alt is not None and "open jobs per week by sector, last 12 weeks" in alt.group(1) and "crypto" in alt.group(1)
    )
    # The chart follows the subscription's job filter (sector crypto = the crypto-only and crypto-and-AI classes).
    # 12 weeks up to the window's last day (2026-11-28), as the trends API draws it.
    app = "http://127.0.0.1:8000/app/trends?granularity=week&start=2026-09-12&end=2026-11-28"
    url = f"{app}&sector_class=both&sector_class=crypto"
    assert f'href="{url.replace("&", "&amp;")}"' in html
    # The plain-text part only gains a line pointing at the same chart in the web app.
    text = plain.get_content()
    assert url in text and "cid:" not in text


def test_chart_failure_still_sends_the_digest_once(
    engine: Engine, seeded: dict[str, Any], smtp: SmtpServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: Any, **kwargs: Any) -> bytes:
        raise RuntimeError("matplotlib exploded")

    monkeypatch.setattr("talentintel.trends.charts.jobs_chart_png", broken)
    capture = LogCapture()
    monkeypatch.setattr(trend_chart, "log", structlog.wrap_logger(None, processors=[capture]))
    sub_id = make_sub(engine)
    assert service.send_subscription_digest(sub_id, now=NOW, engine=engine).status == "sent"
    assert service.send_subscription_digest(sub_id, now=NOW, engine=engine).status == "already-sent"
    [msg] = smtp.messages
    html = msg.get_body(("html",)).get_content()  # type: ignore[union-attr]
    assert _images(msg) == [] and "cid:" not in html and "<img" not in html
    assert "Capacity Planning Lead" in html  # the digest itself is whole
    assert "/app/trends" not in msg.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    [failure] = [e for e in capture.entries if e["event"] == "digest.chart_failed"]
    assert failure["subscription_id"] == sub_id and "matplotlib exploded" in failure["error"]


@pytest.mark.parametrize("engine", ["sqlite"], indirect=True)  # drawing is the trends' job, tested on both there
def test_preview_shows_the_chart_as_a_data_uri(engine: Engine, seeded: dict[str, Any]) -> None:
    sub_id = make_sub(engine)
    with Session(engine) as session:
        sub = session.get(Subscription, sub_id)
        assert sub is not None
        html = service.preview(session, sub, now=NOW).rendered.html
    [data] = re.findall(r'<img src="data:image/png;base64,([^"]+)"', html)
    _decodes_as_png(base64.b64decode(data))


@pytest.mark.parametrize("engine", ["sqlite"], indirect=True)
def test_a_company_the_trends_do_not_know_gives_the_unfiltered_chart(engine: Engine) -> None:
    chart_spec = trend_chart.spec([("", {"company": ["no-such-company"]})])
    assert chart_spec.filters == {"company": ["no-such-company"]}
    chart = trend_chart.draw(engine, chart_spec, today=date(2026, 11, 28))
    assert chart is not None and chart.scope == trend_chart.EVERYTHING and "company" not in chart.url
    assert chart.src == f"cid:{chart.content_id}" and chart.png.startswith(PNG_MAGIC)


@pytest.mark.parametrize(
    ("searches", "filters"),
    [
        ([("", {"sector": "crypto", "region": ["europe", "asia"], "q": "rust"})],
         {"sector": ["both", "crypto"], "region": ["europe", "asia"]}),
        ([("", {"country": "us", "investor": "a16z", "remote": "true"})], {"country": ["US"], "investor": ["a16z"]}),
        ([("", {"q": "rust", "remote": "true"})], {}),  # nothing the trends speak: the market chart
        ([("a", {"sector": "ai"}), ("b", {"sector": "ai"})], {"sector": ["ai", "both"]}),
        ([("a", {"sector": "ai"}), ("b", {"region": "asia"})], {}),  # trends cannot OR two searches
        ([("", {"sector": "not-a-sector"})], {}),  # a stored search that no longer validates
        ([], {}),
    ],
)  # fmt: skip
def test_chart_filters_from_job_searches(searches: list[tuple[str, dict[str, Any]]], filters: dict[str, Any]) -> None:
    chart_spec = trend_chart.spec(searches)
    assert chart_spec.filters == filters
    assert (chart_spec.scope == trend_chart.EVERYTHING) == (not filters)
