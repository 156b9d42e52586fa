"""The filter vocabulary, as data (for filter forms and clients)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field


class FilterInfo(BaseModel):
    name: str = Field(description="The query parameter (and saved-search key).")
    label: str
    type: Literal["enum", "string", "boolean", "number", "datetime", "text"]
    choices: list[str] = Field(description="Allowed values of an enum (empty otherwise).")
    help: str
    repeatable: bool = Field(description="Takes several values (repeat the parameter); a job matches any of them.")
    default: Any = None


class FilterVocabulary(BaseModel):
    jobs: list[FilterInfo] = Field(description="Filters of GET /v1/jobs, its exports, saved searches and digests.")
