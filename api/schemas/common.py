"""Shapes every area shares: the problem document, vocabularies, a company reference."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Sector = Literal["crypto", "ai", "both", "intersection", "none"]  # intersection: older name of both
SectorClass = Literal["none", "crypto", "ai", "both"]
Region = Literal["us", "canada", "latam", "europe", "mena", "africa", "asia", "oceania", "global"]
Seniority = Literal[
    "intern", "junior", "mid", "senior", "staff", "principal", "lead", "manager", "director", "executive"
]  # fmt: skip
EmploymentType = Literal["full_time", "part_time", "contract", "internship", "temporary", "other"]


class InvalidParam(BaseModel):
    name: str = Field(description="The offending parameter (query/path parameter, header or body field).")
    reason: str


class Problem(BaseModel):
    """RFC 9457 problem details, sent as application/problem+json for every 4xx and 5xx."""

    model_config = ConfigDict(
        extra="allow",
        json_schema_extra={
            "examples": [
                {
                    "type": "urn:talentintel:problem:invalid-parameter",
                    "title": "Invalid request parameter",
                    "status": 400,
                    "detail": "limit: must be between 1 and 200",
                    "instance": "/v1/jobs",
                    "request_id": "6f1c0c8e2b7d4d0e9a7f3b2c1d0e9f8a",
                    "invalid_params": [{"name": "limit", "reason": "must be between 1 and 200"}],
                }
            ]
        },
    )
    type: str = Field(description="A URI naming the problem type; `about:blank` for plain HTTP statuses.")
    title: str
    status: int
    detail: str
    instance: str | None = Field(default=None, description="The request path.")
    request_id: str | None = Field(default=None, description="Also in the X-Request-ID header; quote it in reports.")
    invalid_params: list[InvalidParam] | None = None


class CompanyRef(BaseModel):
    id: int
    name: str
    slug: str
