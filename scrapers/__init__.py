"""Fetching and parsing job sources: one shared fetch layer, one small module per source kind."""
