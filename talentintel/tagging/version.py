"""The tagger's version, stored on every tagged row; bump it when data/*.toml or the tagging logic changes."""

TAGGER_VERSION = "2026.12.21"  # issue 18 (company knowledge, regions, CJK, crypto x AI proximity) + issue 19 (job fields)
