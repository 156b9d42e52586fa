"""The `talentintel` command line."""
