"""Where Celery's broker and results live, and how a boundary enqueues work by task name.

Redis when REDIS_URL is set; otherwise kombu's SQLAlchemy transport on a SQLite file under ./var/, so the
embedded default runs with no Redis. api/ enqueues through here by name, never importing workers/.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from celery import Celery

from talentintel.settings import VAR_DIR, get_settings

EMBEDDED_BROKER_DB = VAR_DIR / "celery-broker.db"
EMBEDDED_RESULTS_DB = VAR_DIR / "celery-results.db"


def broker_url() -> str:
    settings = get_settings()
    if settings.redis_url:
        return settings.redis_url
    Path(EMBEDDED_BROKER_DB).parent.mkdir(parents=True, exist_ok=True)
    return f"sqla+sqlite:///{EMBEDDED_BROKER_DB}"


def result_backend() -> str:
    settings = get_settings()
    if settings.redis_url:
        return settings.redis_url
    return f"db+sqlite:///{EMBEDDED_RESULTS_DB}"


def is_embedded() -> bool:
    return not get_settings().redis_url


ENQUEUE_TIMEOUT = 0.5  # seconds per socket connect/read when sending; an outage answers 503 within ~1 s, not ~40 s
# One quick retry: a dropped pooled connection (Redis restarted) is reconnected; a down Redis fails fast.
_RETRY_POLICY = {"max_retries": 1, "interval_start": 0, "interval_step": 0.1, "interval_max": 0.1}


@lru_cache(maxsize=1)
def client() -> Celery:
    """A producer-only Celery app: enough to send tasks by name. No result backend: nobody here reads results, and
    registering one made every send also wait on the result store (20 s of retries when Redis was down)."""
    app = Celery("talentintel-client", broker=broker_url())
    if not is_embedded():
        app.conf.broker_transport_options = {
            "socket_connect_timeout": ENQUEUE_TIMEOUT,
            "socket_timeout": ENQUEUE_TIMEOUT,
            "retry_on_timeout": False,
        }
        app.conf.broker_connection_timeout = ENQUEUE_TIMEOUT
    return app


def enqueue(task_name: str, *args: Any, **kwargs: Any) -> str:
    """Send `task_name` to the workers; returns the task id. Call only after the transaction committed. Raises
    (kombu/redis errors) within about a second when the broker is unreachable."""
    sent = client().send_task(task_name, args=args, kwargs=kwargs, retry=True, retry_policy=_RETRY_POLICY)
    return str(sent.id)


def check_broker(timeout: float = 3.0) -> None:
    """Raise ConfigError naming REDIS_URL when Redis is configured but cannot be reached."""
    from talentintel.errors import ConfigError

    url = get_settings().redis_url
    if not url:
        return
    import redis

    try:
        redis.Redis.from_url(url, socket_connect_timeout=timeout, socket_timeout=timeout).ping()
    except (redis.RedisError, ValueError, OSError) as exc:
        raise ConfigError("REDIS_URL", f"cannot reach {url}: {exc}") from exc


DEFAULT_QUEUE = "celery"


def queue_depth() -> dict[str, int]:
    """Messages waiting per queue: LLEN on Redis; visible rows of kombu's tables on the embedded SQLite broker."""
    settings = get_settings()
    if settings.redis_url:
        import redis

        client_ = redis.Redis.from_url(settings.redis_url, socket_connect_timeout=1, socket_timeout=1)
        return {DEFAULT_QUEUE: int(client_.llen(DEFAULT_QUEUE))}  # type: ignore[arg-type]
    import sqlite3

    if not Path(EMBEDDED_BROKER_DB).exists():
        return {DEFAULT_QUEUE: 0}
    conn = sqlite3.connect(str(EMBEDDED_BROKER_DB), timeout=1)
    try:
        rows = conn.execute(
            "SELECT q.name, count(m.id) FROM kombu_queue q LEFT JOIN kombu_message m"
            " ON m.queue_id = q.id AND m.visible = 1 GROUP BY q.name"
        ).fetchall()
    except sqlite3.OperationalError:  # kombu creates its tables on first use
        rows = []
    finally:
        conn.close()
    return {DEFAULT_QUEUE: 0, **{str(name): int(count) for name, count in rows}}
