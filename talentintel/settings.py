"""The one typed Settings object, read from the environment or `.env` once."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

VAR_DIR = Path("var")
DEFAULT_SECRET_KEY = "change-me-in-production"
# Who decides a funding field: the hand rules, a learned model, or the model with the rules' choice as a feature.
RankerMode = Literal["rules", "ranker", "hybrid"]


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
        default=DEFAULT_SECRET_KEY,
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
    funding_company_ranker: RankerMode = Field(
        default="rules",
        description="Who picks a funding round's company: the hand rules, the learned ranker over their candidates, "
        "or hybrid (a model over the same candidates with the rules' choice as one feature); see "
        "talentintel/funding/company_ranker.py.",
    )
    funding_company_span: Literal["rules", "model", "hybrid"] = Field(
        default="hybrid",
        description="Who picks a funding round's company among every name-like span of its opening: the hand rules, "
        "a learned span scorer that proposes its own candidates (Latin and CJK script), or hybrid (the rules, "
        "filled or overridden by the scorer when it is confident and the rules' choice scores low); see "
        "talentintel/funding/company_span.py.",
    )
    funding_fund_manager: RankerMode = Field(
        default="hybrid",
        description="Who picks a fund raise's manager (Latin-script texts): the fund rules, the learned fund-manager "
        "ranker, or hybrid (the ranker with the rules' choice as a feature); see "
        "talentintel/funding/fund_manager_ranker.py.",
    )
    funding_lead_ranker: RankerMode = Field(
        default="rules",
        description="Who picks a funding round's lead investors among the investors the rules found: the hand rules, "
        "a learned per-investor model, or hybrid (the model with the rules' choice as a feature); see "
        "talentintel/funding/lead_ranker.py.",
    )
    funding_kind_model: Literal["rules", "model", "hybrid"] = Field(
        default="hybrid",
        description="Who decides a funding text's headline kind (round, fund or other): the hand rules, a learned "
        "words model, or hybrid (the words model with the rules' result as features); see "
        "talentintel/funding/kind_model.py.",
    )
    tagging_sector_model: Literal["rules", "model", "hybrid"] = Field(
        default="rules",
        description="Who decides a posting's sector class: the hand rules, a learned words model, or hybrid (the "
        "words model with the rules' result as features); see talentintel/tagging/sector_model.py.",
    )
    digest_check_minutes: int = Field(default=5, description="How often beat checks which digests are due.")
    auto_approve_discovered: bool = Field(
        default=False, description="Sources found by discovery start scraping at once instead of waiting for an admin."
    )
    discovery_batch: int = Field(
        default=50, ge=1, le=1000, description="Company websites one beat discovery run tries."
    )
    stale_days: float = Field(
        default=21,
        gt=0,
        description="A posting its source has not listed for this many days closes (when the source "
        "succeeds), even if no complete fetch said so.",
    )
    env: str = Field(
        default="development",
        description="`production` makes the production checks strict even on SQLite (any non-SQLite DATABASE_URL "
        "already counts as production).",
    )
    allow_private_targets: bool = Field(
        default=False,
        description="Let scrapers (and other outbound requests) reach loopback, private and link-local addresses "
        "(labs, tests); off in production against SSRF.",
    )
    max_body_bytes: int = Field(
        default=1_000_000, gt=0, description="Largest request body the API reads; larger ones get 413 unread."
    )
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

    @property
    def is_production(self) -> bool:
        """Production: ENV=production, or a server database (PostgreSQL); the SQLite default is a single-machine
        setup (scripts/run, labs) where the development defaults are acceptable."""
        return self.env.strip().lower() == "production" or not self.database_url.startswith("sqlite")


def check_production(settings: Settings | None = None) -> None:
    """Raise ConfigError naming SECRET_KEY when a production setup still uses the published default key (anyone
    could forge unsubscribe tokens and cursors with it)."""
    from talentintel.errors import ConfigError

    settings = settings or get_settings()
    if settings.is_production and settings.secret_key in (DEFAULT_SECRET_KEY, ""):
        raise ConfigError(
            "SECRET_KEY",
            "the default key is refused in production (PostgreSQL or ENV=production); set a long "
            "random value, e.g. python -c 'import secrets; print(secrets.token_urlsafe(48))'",
        )


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
