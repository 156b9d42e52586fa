"""Celery app, its one beat schedule, and thin tasks that call core services."""
