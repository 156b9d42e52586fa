"""Structured logging with structlog: console lines for people, JSON lines (LOG_JSON=1) for machines."""

from __future__ import annotations

import logging
import sys
from typing import Any

import orjson
import structlog

from talentintel.settings import get_settings

_configured = False
_access: Any = None  # built on first use after configure_logging()


def configure_logging(level: str | None = None, json: bool | None = None) -> None:
    global _configured, _access
    settings = get_settings()
    level_name = (level or settings.log_level).upper()
    as_json = settings.log_json if json is None else json
    shared: list[Any] = [
        structlog.contextvars.merge_contextvars,
        structlog.stdlib.add_log_level,
        structlog.stdlib.add_logger_name,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
    ]
    renderer: Any = structlog.processors.JSONRenderer() if as_json else structlog.dev.ConsoleRenderer(colors=False)
    formatter = structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=shared,
        processors=[structlog.stdlib.ProcessorFormatter.remove_processors_meta, renderer],
    )
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(formatter)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level_name)
    structlog.configure(
        processors=[*shared, structlog.stdlib.ProcessorFormatter.wrap_for_formatter],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=True,
    )
    _configured = True
    _access = None


def access_logger() -> Any:
    """The logger of the access log, the busiest one (a line per request): same level, stream and line format as the
    others, but rendered and written by structlog directly, without the stdlib logging round trip (LogRecord,
    handler lock, formatter), which cost more than a cached API page; JSON lines are rendered by orjson."""
    global _access
    if _access is None:
        settings = get_settings()
        root_level = logging.getLogger().level or logging.getLevelName(settings.log_level.upper())
        name = "talentintel.access"
        renderer: Any = (
            structlog.processors.JSONRenderer(serializer=lambda event, **_: orjson.dumps(event).decode())
            if settings.log_json
            else structlog.dev.ConsoleRenderer(colors=False)
        )
        _access = structlog.wrap_logger(
            structlog.WriteLogger(sys.stderr),
            processors=[
                structlog.contextvars.merge_contextvars,
                structlog.processors.add_log_level,
                lambda _logger, _method, event: {**event, "logger": name},
                structlog.processors.TimeStamper(fmt="iso", utc=True),
                renderer,
            ],
            wrapper_class=structlog.make_filtering_bound_logger(root_level),
        )
    return _access


def get_logger(name: str) -> structlog.stdlib.BoundLogger:
    return structlog.get_logger(name)  # type: ignore[no-any-return]
