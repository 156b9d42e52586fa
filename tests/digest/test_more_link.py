"""The digest's "... and N more" link selects exactly the jobs the digest counted (issue 19): the same filters and
the same first-seen window, not the posting date, in the digest's order (sort=-first_seen by default)."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from sqlalchemy.engine import Engine
from sqlmodel import Session

from talentintel.digest import service
from talentintel.services.queries import jobs
from tests.digest.conftest import SmtpServer
from tests.digest.test_service import NOW, make_sub


def test_more_link_opens_the_counted_jobs(engine: Engine, seeded: dict[str, Any], smtp: SmtpServer) -> None:
    sub_id = make_sub(engine)
    assert service.send_subscription_digest(sub_id, now=NOW, engine=engine).status == "sent"
    text = smtp.messages[0].get_body(("plain",)).get_content()  # type: ignore[union-attr]
    counted = int(re.search(r"(\d+) new jobs", smtp.messages[0]["Subject"]).group(1))  # type: ignore[union-attr]
    url = re.search(r"\.\.\. and \d+ more: (\S+)", text).group(1)  # type: ignore[union-attr]
    assert urlsplit(url).path == "/app/jobs"  # the web app's search: the same query string as /v1/jobs (issue 14)
    parsed, page = jobs.JOB_FILTERS.from_query(parse_qsl(urlsplit(url).query), ("sort", "limit", "cursor"))
    assert page == {"sort": "-first_seen"} and {"sector", "first_seen_after", "first_seen_before"} <= set(parsed)
    with Session(engine) as session:
        listed = jobs.list_jobs(session, jobs.JobFilters(parsed), sort=page["sort"], limit=200)
    assert len(listed.items) == counted == 16
    opened = text.split("JOBS OPENED", 1)[1].split("... and", 1)[0]
    shown = [int(i) for i in re.findall(r"tags and evidence: \S+/app/jobs/(\d+)", opened)]
    assert len(shown) == 10 and shown == [j["id"] for j in listed.items][:10]  # the same jobs first, same order
