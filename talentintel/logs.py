"""Structured logging with structlog: console lines for people, JSON lines (LOG_JSON=1) for machines.

Every line passes `redact` last: API keys, bearer tokens, Authorization/Cookie values, secret-named fields and
passwords in URLs are masked, in messages, fields and tracebacks alike. JSON lines carry the traceback as a string
(`exception`); console tracebacks are plain, without the local variables a rich traceback would print (a 500 once
printed a request's Authorization header that way).
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import MutableMapping
from typing import Any

import orjson
import structlog

from talentintel.settings import get_settings

_configured = False
MASK = "***"
# key=value or "key": "value" pairs whose name says secret; the value up to a quote, comma, space, & or bracket.
_SECRET_PAIR = re.compile(
    r"""(?i)(["']?(?:authorization|proxy-authorization|cookie|set-cookie|x-api-key|api[_-]?key|secret[_-]?key|"""
    r"""password|passwd|token|secret)["']?\s*[:=]\s*[(\[]?["']?)(?:bearer\s+|basic\s+)?[^"',&\s)\]}]+"""
)
_BEARER = re.compile(r"(?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]{8,}")
_API_KEY = re.compile(r"\bti_[A-Za-z0-9_-]{16,}")
_URL_PASSWORD = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://[^\s:/@]*):[^\s/@]+@")
_SECRET_FIELDS = frozenset({"authorization", "password", "secret_key", "api_key", "token", "cookie"})


# What every pattern above needs to match (case-insensitive): a text without any of these has nothing to mask.
# One search instead of four substitutions: most log values (paths, ids, routes, times) have none (the access
# log's redaction was an eighth of a cached page's CPU).
_MAYBE_SECRET = re.compile(r"(?i)://|bearer|basic|ti_|authorization|cookie|api[_-]?key|secret|password|passwd|token")


def scrub(text: str) -> str:
    """`text` with credentials masked (see the module docstring)."""
    if not _MAYBE_SECRET.search(text):
        return text
    text = _URL_PASSWORD.sub(rf"\1:{MASK}@", text)
    text = _BEARER.sub(rf"\1 {MASK}", text)
    text = _API_KEY.sub(MASK, text)
    return _SECRET_PAIR.sub(rf"\1{MASK}", text)


def _scrub_value(value: Any) -> Any:
    if isinstance(value, str):
        return scrub(value)
    if isinstance(value, dict):
        return {k: MASK if str(k).lower() in _SECRET_FIELDS else _scrub_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_scrub_value(v) for v in value]
    if isinstance(value, int | float | bool) or value is None:
        return value
    return scrub(str(value))


def redact(_logger: Any, _method: str, event: MutableMapping[str, Any]) -> dict[str, Any]:
    """structlog processor: mask credentials in every field of a log line (after the traceback was formatted)."""
    return {k: MASK if k.lower() in _SECRET_FIELDS else _scrub_value(v) for k, v in event.items()}


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
    renderer: Any = (
        structlog.processors.JSONRenderer()
        if as_json
        else structlog.dev.ConsoleRenderer(colors=False, exception_formatter=structlog.dev.plain_traceback)
    )
    formatter = structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=shared,
        processors=[
            structlog.stdlib.ProcessorFormatter.remove_processors_meta,
            structlog.processors.format_exc_info,  # the traceback as text, so redact sees it and JSON keeps it
            redact,
            renderer,
        ],
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
                redact,
                renderer,
            ],
            wrapper_class=structlog.make_filtering_bound_logger(root_level),
        )
    return _access


def get_logger(name: str) -> structlog.stdlib.BoundLogger:
    return structlog.get_logger(name)  # type: ignore[no-any-return]
