"""The learned second opinions' mode switch, kept at its old import path (it moved to talentintel/learned_mode.py so
the tagger can share it without importing funding)."""

from talentintel.learned_mode import ModeSwitch

__all__ = ["ModeSwitch"]
