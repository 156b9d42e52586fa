"""The read-only shape of an amount mention (money.Money is frozen) for helpers that must not import money.py, which
imports them: one Protocol instead of one per helper module."""

from __future__ import annotations

from typing import Protocol, TypeVar


class Mention(Protocol):
    @property
    def amount(self) -> float: ...
    @property
    def currency(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def original(self) -> str: ...


M = TypeVar("M", bound=Mention)
