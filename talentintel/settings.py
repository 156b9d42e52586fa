"""The one typed Settings object, read from the environment or `.env` once."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

VAR_DIR = Path("var")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    database_url: str = Field(
        default=f"sqlite:///{VAR_DIR / 'talentintel.db'}",
        description="SQLAlchemy URL of the database; SQLite file under ./var/ by default.",
    )
    redis_url: str | None = Field(
        default=None,
        description="Redis URL for the Celery broker, results and rate limits; unset = embedded mode (SQLite broker).",
    )
    smtp_url: str = Field(
        default="smtp://127.0.0.1:1025",
        description="Where digests are sent: smtp://user:pass@host:port or smtps://...; ?starttls=1 for STARTTLS.",
    )
    mail_from: str = Field(default="talentintel <digest@talentintel.local>", description="From: of digest emails.")
    public_url: str = Field(
        default="http://127.0.0.1:8000", description="Base URL used in links (unsubscribe, items) in emails."
    )
    secret_key: str = Field(
        default="change-me-in-production",
        description="Signs unsubscribe tokens and cursors; set a long random value in production.",
    )
    sources_file: Path = Field(default=Path("sources.toml"), description="TOML file listing the sources to scrape.")
    log_level: str = Field(default="INFO", description="DEBUG, INFO, WARNING or ERROR.")
    log_json: bool = Field(default=False, description="Log JSON lines instead of human-readable console lines.")
    user_agent: str = Field(
        default="talentintel/0.1 (+https://github.com/talentintel; jobs research bot)",
        description="User-Agent sent by the scrapers.",
    )
    http_timeout: float = Field(default=20.0, description="Seconds before a scraper request times out.")
    http_max_bytes: int = Field(default=20_000_000, description="Largest response body a scraper accepts.")
    http_retries: int = Field(default=3, description="Retries on connection errors, 429 and 5xx.")
    http_per_host: int = Field(default=2, description="Concurrent requests per host.")
    rate_limit_per_minute: int = Field(default=600, description="API requests per minute per key.")
    page_cache_mb: float = Field(
        default=64,
        ge=0,
        description="Megabytes of rendered /v1/jobs pages the API keeps until jobs or companies change (PostgreSQL); "
        "0 turns the page cache off.",
    )
    page_cache_seconds: float = Field(
        default=300.0, gt=0, description="Longest time a cached /v1/jobs page is served, in seconds."
    )
    task_time_limit: int = Field(default=900, description="Hard time limit of one Celery task, in seconds.")
    digest_check_minutes: int = Field(default=5, description="How often beat checks which digests are due.")
    # Webhooks (issue 15)
    webhook_allow_private: bool = Field(
        default=False, description="Allow webhook targets on loopback, private, link-local or metadata addresses."
    )
    webhook_timeout: float = Field(default=10.0, gt=0, description="Seconds one webhook request may take.")
    webhook_retry_hours: float = Field(
        default=24.0, gt=0, description="Hours a delivery is retried, and an endpoint may fail before it is disabled."
    )
    webhook_backoff_seconds: float = Field(
        default=30.0, gt=0, description="First retry delay of a failed delivery; doubles per attempt, with jitter."
    )
    webhook_backoff_max_seconds: float = Field(default=4 * 3600.0, gt=0, description="Longest retry delay.")


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
