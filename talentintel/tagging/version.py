"""The tagger's version, stored on every tagged row; bump it when data/*.toml or the tagging logic changes."""

# 2026.12.22: issue 18 text rules for unseen employers (CJK duty lists, CJK/KR/JA words, CJK crypto x AI proximity,
# short listings, title acronyms)
TAGGER_VERSION = "2026.12.22"
