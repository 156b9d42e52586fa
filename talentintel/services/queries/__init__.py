"""Read-path queries behind the REST API: filters validated once, SQLAlchemy Core selects, rows as plain dicts.

Routes call these; the digest reuses the same filter semantics (`jobs.parse_filters`, `jobs.where`).
"""
