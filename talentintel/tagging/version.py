"""The tagger's version, stored on every tagged row; bump it when data/*.toml or the tagging logic changes.

What each version changed: docs/tagger_versions.md (append an entry there with every bump)."""

TAGGER_VERSION = "2026.12.106"
