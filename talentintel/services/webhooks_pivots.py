"""company.pivoted: a pivot is a computation over postings (talentintel.trends.pivots), not a row, so a daily job
runs the same computation as GET /v1/trends/company-pivots (defaults: 12 months, split in halves) and announces
the companies that pivot and were not announced in the last QUIET_DAYS. The event's data is that endpoint's item,
with the window it was computed on."""

from __future__ import annotations

from datetime import date, timedelta

from sqlmodel import Session, col, select

from talentintel import events
from talentintel.models_webhooks import WebhookEvent
from talentintel.services.webhooks_payloads import plain
from talentintel.trends.pivots import company_pivots
from talentintel.types import utcnow

QUIET_DAYS = 90  # a company keeps pivoting for months; one announcement per quarter is news, a daily one is noise


def detect(session: Session, *, today: date | None = None, granularity: str = "month") -> int:
    if events.COMPANY_PIVOTED not in events.wanted_types(session):
        return 0
    result = company_pivots(session, granularity=granularity, today=today, limit=200)
    since = utcnow() - timedelta(days=QUIET_DAYS)
    recent = set(
        session.exec(
            select(WebhookEvent.subject_id).where(
                col(WebhookEvent.type) == events.COMPANY_PIVOTED, col(WebhookEvent.occurred_at) >= since
            )
        )
    )
    data = {
        item["company_id"]: plain({**item, "window": result["window"], "split_at": result["split_at"]})
        for item in result["items"]
        if item["company_id"] not in recent
    }
    return events.emit(session, events.COMPANY_PIVOTED, data, data=data)
