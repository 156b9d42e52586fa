"""Column helpers shared by the model modules (timestamps in UTC, JSON that behaves alike on SQLite and PostgreSQL)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Column
from sqlmodel import Field

from talentintel.types import JSONType, UTCDateTime, utcnow


def ts(nullable: bool = True, index: bool = False) -> Any:
    return Field(default=None, sa_column=Column(UTCDateTime(), nullable=nullable, index=index))


def created() -> Any:
    return Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))


def json_field(default: Any) -> Any:
    return Field(default_factory=default, sa_column=Column(JSONType, nullable=False))
