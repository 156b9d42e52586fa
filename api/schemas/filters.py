"""The filter vocabulary, as data (for filter forms and clients)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field


class FilterInfo(BaseModel):
    name: str = Field(description="The query parameter (and saved-search key).")
    label: str
    type: Literal["enum", "string", "boolean", "number", "datetime", "date", "text"]
    choices: list[str] = Field(description="Allowed values of an enum (empty otherwise).")
    help: str
    repeatable: bool = Field(description="Takes several values (repeat the parameter); an item matches any of them.")
    default: Any = None


class FilterVocabulary(BaseModel):
    jobs: list[FilterInfo] = Field(description="Filters of GET /v1/jobs, its exports, saved searches and digests.")
    funding_rounds: list[FilterInfo] = Field(
        description="Filters of GET /v1/funding-rounds and funding saved searches."
    )
    funds: list[FilterInfo] = Field(description="Filters of GET /v1/funds and its exports.")
    companies: list[FilterInfo] = Field(description="Filters of GET /v1/companies.")
