"""The MCP server (official `mcp` SDK): read-only tools over the same services as /v1, for AI agents.

`build()` makes the server; `talentintel mcp` serves it over stdio and api.mcp_http mounts it at /mcp (streamable
HTTP, Bearer API key). Every tool answers with the REST API's objects (api.schemas), plus the tag evidence and a
link to the item's web page, so an agent can say why and cite where.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Annotated, Any, Literal, TypeVar

from mcp.server import MCPServer
from mcp.server.mcpserver.exceptions import ToolError
from pydantic import Field
from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from api.mcp_schemas import CompanyFull, FundingTrends, InvestorFull, JobFull, JobSearch, JobTrends, RoundSearch
from api.params import JobSort, RoundSort
from api.schemas import EmploymentType, Region, Sector, SectorClass
from talentintel import web_links
from talentintel.db import session_scope
from talentintel.errors import UserError
from talentintel.services.queries import companies, funding, investors, jobs
from talentintel.services.queries.tables import COMPANIES, JOBS, ROUNDS
from talentintel.trends.funding import funding_trends as funding_trends_query
from talentintel.trends.jobs import job_trends as job_trends_query

T = TypeVar("T")
Granularity = Literal["week", "month"]
Limit = Annotated[int, Field(ge=1, le=200, description="Items per page.")]
Cursor = Annotated[str | None, Field(description="`next_cursor` of the previous answer, for the next page.")]
Many = Annotated[list[str] | None, Field(description="Any of these ids or slugs.")]
INSTRUCTIONS = (
    "Job postings and funding rounds at crypto, AI and crypto-AI companies, tagged by sector (crypto, ai, both) and "
    "region with the evidence for each tag. search_jobs takes every /v1/jobs filter; sector=intersection means "
    "crypto and AI. Cite the web_url of what you use."
)


def _read(fn: Callable[[Session], T]) -> T:
    """Run `fn` in one read transaction; a bad parameter or an unreachable database is a tool error saying so."""
    try:
        with session_scope() as session:
            return fn(session)
    except UserError as exc:
        raise ToolError(str(exc)) from None
    except OperationalError:
        raise ToolError("the database is unavailable; try again shortly") from None


def _evidence(session: Session, table: Any, ids: list[int]) -> dict[int, Any]:
    if not ids:
        return {}
    rows = session.connection().execute(select(table.c.id, table.c.sector_evidence).where(table.c.id.in_(ids)))
    return {i: e or {} for i, e in rows}


def _job_filters(**raw: Any) -> dict[str, Any]:
    return {k: v for k, v in raw.items() if v not in (None, [], "")}


def search_jobs(
    sector: list[Sector] | None = None, region: list[Region] | None = None,
    country: Annotated[list[str] | None, Field(description="ISO 3166-1 alpha-2 codes, e.g. US, DE.")] = None,
    remote: bool | None = None, company: Many = None,
    investor: Annotated[list[str] | None, Field(description="Investor slugs or ids: their portfolio's jobs.")] = None,
    q: Annotated[str | None, Field(max_length=500, description="Full-text search of title and description.")] = None,
    status: Literal["open", "closed", "all"] = "open",
    posted_after: Annotated[str | None, Field(description="ISO 8601 date or date-time.")] = None,
    posted_before: Annotated[str | None, Field(description="ISO 8601 date or date-time.")] = None,
    salary_min: Annotated[float | None, Field(ge=0)] = None, employment_type: list[EmploymentType] | None = None,
    sort: JobSort = "-posted_at", limit: Limit = 20, cursor: Cursor = None,
) -> JobSearch:  # fmt: skip
    """Jobs matching every given filter: the same answer as GET /v1/jobs with the same parameters."""
    raw = _job_filters(sector=sector, region=region, country=country, remote=remote, company=company,
                       investor=investor, q=q, status=status, posted_after=posted_after, posted_before=posted_before,
                       salary_min=salary_min, employment_type=employment_type)  # fmt: skip

    def run(session: Session) -> JobSearch:
        page = jobs.list_jobs(session, jobs.parse_filters(raw), sort=sort, limit=limit, cursor_token=cursor)
        evidence = _evidence(session, JOBS, [i["id"] for i in page.items])
        items = [{**i, "sector_evidence": evidence.get(i["id"], {}), "web_url": web_links.page("job", i["id"])}
                 for i in page.items]  # fmt: skip
        return JobSearch.model_validate(_plain({"items": items, "next_cursor": page.next_cursor,
                                                "web_url": web_links.search("jobs", raw)}))  # fmt: skip

    return _read(run)


def get_job(job_id: Annotated[int, Field(ge=1, description="Job id.")]) -> JobFull:
    """One job with its description, tag evidence and every source that lists it."""
    return _read(lambda s: JobFull.model_validate(_plain({**jobs.get_job(s, job_id),
                                                          "web_url": web_links.page("job", job_id)})))  # fmt: skip


def search_funding_rounds(
    investor: Annotated[list[str] | None, Field(description="Investor slugs or ids.")] = None,
    round: Annotated[list[str] | None, Field(description="Round types, e.g. seed, series_a.")] = None,
    amount_min: Annotated[float | None, Field(ge=0, description="USD.")] = None,
    amount_max: Annotated[float | None, Field(ge=0, description="USD.")] = None,
    sector: list[Sector] | None = None, region: list[Region] | None = None, country: list[str] | None = None,
    company: Many = None, announced_after: date | None = None, announced_before: date | None = None,
    sort: RoundSort = "-announced_on", limit: Limit = 20,
    cursor: Cursor = None,
) -> RoundSearch:  # fmt: skip
    """Funding rounds matching every given filter (as GET /v1/funding-rounds), with their investors."""
    raw = _job_filters(investor=investor, round=round, amount_min=amount_min, amount_max=amount_max, sector=sector,
                       region=region, country=country, company=company, announced_after=announced_after,
                       announced_before=announced_before)  # fmt: skip

    def _round_url(item: dict[str, Any]) -> str:
        company = item.get("company") or {}
        return web_links.page("rounds", company.get("slug") or company.get("id") or "")

    def run(session: Session) -> RoundSearch:
        page = funding.list_rounds(session, funding.parse_filters(raw), sort=sort, limit=limit, cursor_token=cursor)
        evidence = _evidence(session, ROUNDS, [i["id"] for i in page.items])
        items = [{**i, "sector_evidence": evidence.get(i["id"], {}), "web_url": _round_url(i)}
                 for i in page.items]  # fmt: skip
        return RoundSearch.model_validate(_plain({"items": items, "next_cursor": page.next_cursor}))

    return _read(run)


def get_company(company: Annotated[str, Field(max_length=300, description="Company id or slug.")]) -> CompanyFull:
    """A company: newest open jobs, sector mix, funding rounds, investors, and the evidence of its sector."""

    def run(session: Session) -> CompanyFull:
        found = companies.get_company(session, company)
        evidence = _evidence(session, COMPANIES, [found["id"]]).get(found["id"], {})
        return CompanyFull.model_validate(_plain({**found, "sector_evidence": evidence,
                                                  "web_url": web_links.page("company", found["slug"])}))  # fmt: skip

    return _read(run)


def get_investor(
    investor: Annotated[str, Field(max_length=200, description="Investor slug, e.g. paradigm.")],
) -> InvestorFull:
    """An investor: its portfolio and the newest rounds it took part in."""
    return _read(lambda s: InvestorFull.model_validate(_plain({**investors.get_investor(s, investor),
                                                               "web_url": web_links.page("investor", investor)})))  # fmt: skip


def job_trends(
    granularity: Granularity = "week", start: date | None = None, end: date | None = None,
    sector_class: list[SectorClass] | None = None, region: list[Region] | None = None,
    country: list[str] | None = None, company: Many = None, investor: Many = None, by_region: bool = True,
) -> JobTrends:  # fmt: skip
    """Open, new and closed jobs per week or month by sector class and region (as GET /v1/trends/jobs)."""
    return _read(lambda s: JobTrends.model_validate(_plain(job_trends_query(
        s, granularity=granularity, start=start, end=end, sector=sector_class or (), region=region or (),
        country=country or (), company=company, investor=investor, by_region=by_region))))  # fmt: skip


def funding_trends(
    granularity: Granularity = "month", start: date | None = None, end: date | None = None,
    by: Literal["sector_class", "region", "round_type", "investor"] = "sector_class",
    sector_class: list[SectorClass] | None = None, region: list[Region] | None = None,
    round_type: list[str] | None = None, investor: Many = None, top: Annotated[int, Field(ge=1, le=100)] = 10,
) -> FundingTrends:  # fmt: skip
    """Rounds and USD raised per period, split by sector class, region, round type or investor."""
    return _read(lambda s: FundingTrends.model_validate(_plain(funding_trends_query(
        s, granularity=granularity, start=start, end=end, by=by, sector=sector_class or (), region=region or (),
        round_type=round_type or (), investor=investor, top=top))))  # fmt: skip


def _plain(value: Any) -> Any:
    import orjson

    return orjson.loads(orjson.dumps(value))


TOOLS: tuple[Callable[..., Any], ...] = (
    search_jobs, get_job, search_funding_rounds, get_company, get_investor, job_trends, funding_trends,
)  # fmt: skip


def build() -> MCPServer:
    from mcp_types import ToolAnnotations

    server: MCPServer = MCPServer("talentintel", instructions=INSTRUCTIONS, version="1.0.0", log_level="WARNING")
    read_only = ToolAnnotations(readOnlyHint=True, openWorldHint=False)
    for tool in TOOLS:
        server.add_tool(tool, annotations=read_only, structured_output=True)
    return server
