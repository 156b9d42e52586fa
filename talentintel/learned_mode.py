"""The mode switch the learned second opinions share (funding: company ranker, fund-manager ranker, kind model;
tagging: sector model): a test's override of the mode and the model, else the setting that names the mode. Outside
both packages so that tagging reads it without importing funding (which imports tagging)."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any, Generic, TypeVar

M = TypeVar("M")


@cache
def _settings() -> Callable[[], Any]:
    """The settings getter, imported once: an import statement per call cost the tagger ~2 us a posting in rules mode
    (the sector model's switch is read for every posting)."""
    from talentintel.settings import get_settings  # the settings object is cached

    return get_settings


class ModeSwitch(Generic[M]):
    def __init__(self, setting: str, label: str, modes: tuple[str, ...]) -> None:
        self._setting, self._label, self._modes = setting, label, modes
        self.mode: str | None = None
        self.model: M | None = None

    def configure(self, mode: str | None = None, model: M | None = None) -> None:
        """Override the mode and model (tests, scripts); no arguments go back to the setting and the shipped model."""
        if mode is not None and mode not in self._modes:
            raise ValueError(f"{self._label} mode: one of {self._modes}")
        self.mode, self.model = mode, model

    def current(self) -> str:
        if self.mode is not None:
            return self.mode
        return str(getattr(_settings()(), self._setting))
