"""The tagger's version, stored on every tagged row; bump it when data/*.toml or the tagging logic changes."""

# 2026.12.22: issue 18 text rules for unseen employers (CJK duty lists, CJK/KR/JA words, CJK crypto x AI proximity,
# short listings, title acronyms)
# 2026.12.23: issue 18 section-aware reading (nice-to-have / benefits / company-intro sections), CJK remote work
# modes, partial remote in titles, far cities in Han script
TAGGER_VERSION = "2026.12.23"
