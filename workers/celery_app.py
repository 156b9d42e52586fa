"""The Celery app. Redis when REDIS_URL is set, else an embedded SQLite broker (see talentintel.queue)."""

from __future__ import annotations

from celery import Celery
from celery.signals import setup_logging

from talentintel.logs import configure_logging
from talentintel.queue import broker_url, result_backend
from talentintel.settings import get_settings
from workers.schedule import beat_schedule


def create_celery() -> Celery:
    settings = get_settings()
    app = Celery("talentintel", broker=broker_url(), backend=result_backend(), include=["workers.tasks"])
    hard = settings.task_time_limit
    app.conf.update(
        task_acks_late=True,  # a task whose worker dies is redelivered, not lost
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,  # long scrapes: don't hoard tasks another worker could run
        task_time_limit=hard,
        task_soft_time_limit=max(hard - 60, 30),
        # Must exceed the longest task, or Redis redelivers a task that is still running.
        broker_transport_options={"visibility_timeout": hard + 300},
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


@setup_logging.connect
def _use_structlog(**_: object) -> None:
    configure_logging()


celery_app = create_celery()
app = celery_app
