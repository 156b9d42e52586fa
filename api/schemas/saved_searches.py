"""Saved searches: named sets of /v1/jobs or /v1/funding-rounds parameters."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

FILTERS_DOC = (
    "The same parameters as GET /v1/jobs (kind `jobs`) or GET /v1/funding-rounds (kind `funding`), as a JSON "
    "object; repeatable parameters take a list. Validated exactly like those endpoints."
)
SORT_DOC = (
    "The order of the search's list: a GET /v1/jobs `sort` (kind `jobs`: -posted_at, posted_at, -first_seen, "
    "first_seen, -salary, -salary_usd, relevance with `q`) or a GET /v1/funding-rounds `sort` (kind `funding`: "
    '-announced_on, announced_on, -amount); null (or "" in a change) for the list\'s default. A digest following '
    "this one search shows its jobs in this order."
)
EXAMPLE: dict[str, Any] = {
    "name": "Crypto-AI roles in Europe",
    "kind": "jobs",
    "filters": {"sector": ["both"], "region": ["europe"]},
    "sort": "-posted_at",
}


class SavedSearchIn(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [EXAMPLE]})
    name: str = Field(min_length=1, max_length=200)
    kind: Literal["jobs", "funding"] = "jobs"
    filters: dict[str, Any] = Field(default_factory=dict, description=FILTERS_DOC)
    sort: str | None = Field(default=None, max_length=20, description=SORT_DOC)


class SavedSearchPatch(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"filters": {"sector": ["ai"]}}]})
    name: str | None = Field(default=None, min_length=1, max_length=200)
    kind: Literal["jobs", "funding"] | None = None
    filters: dict[str, Any] | None = Field(default=None, description=FILTERS_DOC)
    sort: str | None = Field(default=None, max_length=20, description=SORT_DOC)


class SavedSearchOut(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"id": 3, **EXAMPLE, "created_at": "2026-11-28T10:00:00Z",
                                                               "updated_at": "2026-11-28T10:00:00Z"}]})  # fmt: skip
    id: int
    name: str
    kind: Literal["jobs", "funding"]
    filters: dict[str, Any]
    sort: str | None = Field(description=SORT_DOC)
    created_at: datetime
    updated_at: datetime


class SavedSearchPage(BaseModel):
    items: list[SavedSearchOut]
    next_cursor: str | None = Field(description="Pass as `cursor` for the next page; null on the last page.")
