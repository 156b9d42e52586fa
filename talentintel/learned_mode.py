"""The mode switch the learned second opinions share (funding: company ranker, fund-manager ranker, kind model;
tagging: sector model): a test's override of the mode and the model, else the setting that names the mode. Outside
both packages so that tagging reads it without importing funding (which imports tagging)."""

from __future__ import annotations

from typing import Generic, TypeVar

M = TypeVar("M")


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
        from talentintel.settings import get_settings  # the settings object is cached

        return str(getattr(get_settings(), self._setting))
