"""The Celery app. Redis when REDIS_URL is set, else an embedded SQLite broker (see talentintel.queue)."""

from __future__ import annotations

from celery import Celery
from celery.signals import setup_logging

from talentintel.logs import configure_logging
from talentintel.queue import broker_url, is_embedded, result_backend
from talentintel.settings import check_production, get_settings
from workers.schedule import beat_schedule


def create_celery() -> Celery:
    settings = get_settings()
    check_production(settings)  # also when Celery is started directly, not through `talentintel worker`
    app = Celery(
        "talentintel", broker=broker_url(), backend=result_backend(), include=["workers.tasks", "workers.webhook_tasks"]
    )
    hard = settings.task_time_limit
    app.conf.update(
        task_acks_late=True,  # a task whose worker dies is redelivered, not lost
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,  # long scrapes: don't hoard tasks another worker could run
        task_time_limit=hard,
        task_soft_time_limit=max(hard - 60, 30),
        broker_transport_options=transport_options(hard),
        result_expires=24 * 3600,
        task_serializer="json",
        accept_content=["json"],
        result_serializer="json",
        timezone="UTC",
        enable_utc=True,
        broker_connection_retry_on_startup=True,
        beat_schedule=beat_schedule(settings),
    )
    return app


def transport_options(task_time_limit: int) -> dict[str, int]:
    """Redis redelivers an unacked task after the visibility timeout: it must exceed the longest task.
    The embedded SQLAlchemy transport has no such option (and rejects unknown ones)."""
    if is_embedded():
        return {}
    return {"visibility_timeout": task_time_limit + 300}


@setup_logging.connect
def _use_structlog(**_: object) -> None:
    configure_logging()


celery_app = create_celery()
app = celery_app
