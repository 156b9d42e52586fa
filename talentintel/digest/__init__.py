"""Scheduled digest emails: periods, due selection, assembly, rendering, and sending each period at most once.

Entry points live in `talentintel.digest.service`.
"""
