"""Alembic migrations; talentintel.migrate runs them programmatically."""
