"""Settings from ``CHILDGUARD_*`` environment variables and an optional TOML file.

Precedence: environment variables, then the TOML file named by ``CHILDGUARD_CONFIG`` (or
``--config``), then defaults. Every value is validated when the process starts; a wrong one
stops it with a single line that names the setting, so an operator never has to read a
traceback to find a typo.
"""

from __future__ import annotations

import os
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

ENV_PREFIX = "CHILDGUARD_"


class ConfigError(Exception):
    """A setting is missing or wrong; the message is one line naming it."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, extra="forbid", frozen=True)

    database_url: str = Field(
        default="sqlite:///./var/childguard.db",
        description="SQLAlchemy URL: sqlite:///path or postgresql://user@host/db",
    )
    data_dir: Path = Field(default=Path("./var"), description="Where embedded-mode files live")
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=1, le=65535)
    api_workers: int = Field(default=1, ge=1, le=256)
    public_base_url: str = "http://127.0.0.1:8000"
    environment: Literal["development", "production", "test"] = "development"

    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    log_json: bool = True

    max_request_bytes: int = Field(default=50 * 1024 * 1024, ge=1024)
    jobs_in_process: bool = Field(
        default=True, description="Run background jobs inside the API process (embedded mode)"
    )
    job_lease_seconds: int = Field(default=60, ge=5, le=86400)
    job_max_attempts: int = Field(default=8, ge=1, le=100)

    session_hours: int = Field(default=12, ge=1, le=24 * 30)
    login_max_failures: int = Field(default=5, ge=1, le=100)
    login_lockout_minutes: int = Field(default=15, ge=1, le=24 * 60)
    secure_cookies: bool = False

    evidence_key: str | None = Field(
        default=None,
        description="Base64 32-byte AES key sealing evidence, media kept for review and "
        "webhook secrets; generated under data_dir in development when unset",
    )

    age_assurance_provider: str = Field(
        default="sandbox", description="Age-assurance provider used by default: sandbox or http"
    )
    age_assurance_http_base_url: str = Field(
        default="http://127.0.0.1:8089",
        description="Base URL of the HTTP age-assurance provider (childguard's provider contract)",
    )
    age_assurance_http_token: str | None = Field(
        default=None, description="Bearer token for the HTTP age-assurance provider"
    )
    age_assurance_http_timeout: float = Field(default=10.0, gt=0, le=120)
    parent_link_minutes: int = Field(
        default=30, ge=1, le=7 * 24 * 60, description="How long a parent's magic link stays valid"
    )
    parent_session_hours: int = Field(default=12, ge=1, le=24 * 30)

    # --- conversations ---
    conversation_alert_threshold: float | None = Field(
        default=None, gt=0.0, lt=1.0,
        description="Risk score at which a conversation alerts; the shipped model's own when "
        "unset. Calibrate it on your labelled traffic: childguard eval conversations FILE "
        "--sweep",
    )

    # --- reporting (CyberTipline, evidence vault) ---
    ncmec_base_url: str = Field(
        default="http://127.0.0.1:8765/ispws",
        description="CyberTipline web service; the local sandbox by default. Test: "
        "https://exttest.cybertip.org/ispws, production: https://report.cybertip.org/ispws",
    )
    ncmec_username: str = Field(default="sandbox", description="CyberTipline Basic-auth user")
    ncmec_password: str = Field(default="sandbox", description="CyberTipline Basic-auth password")
    ncmec_timeout_seconds: float = Field(default=30.0, gt=0, le=600)
    ncmec_hash_sharing_mou: bool = Field(
        default=False, description="Send industryClassification only when the service has "
        "executed NCMEC's Industry Hash Sharing MOU")
    report_platform_name: str = Field(default="childguard demo service",
                                      description="incidentSummary/platform")
    reporter_first_name: str = Field(default="Trust", description="reportingPerson first name")
    reporter_last_name: str = Field(default="Safety", description="reportingPerson last name")
    reporter_email: str = Field(default="trust-safety@example.org",
                                description="reportingPerson email (required by NCMEC)")
    reporter_phone: str | None = Field(default=None, description="reportingPerson phone")
    contact_24h_phone: str | None = Field(default=None,
                                          description="24-hour law-enforcement contact phone")
    contact_email: str | None = Field(default=None, description="law-enforcement contact email")
    company_template: str = Field(
        default="",
        description="Boilerplate sent with every report: how to serve legal process, data "
        "retention periods, 24-hour emergency contact",
    )
    legal_url: str | None = Field(default=None, description="URL for law enforcement (legalURL)")
    terms_of_service_url: str | None = Field(default=None, description="termsOfService text/URL")
    report_min_actionability: int = Field(
        default=60, ge=0, le=100,
        description="Minimum actionability score (percent) a report needs before filing")
    evidence_previous_keys: str = Field(
        default="", description="Comma-separated base64 evidence keys retired by rotation; "
        "still used to read what they encrypted until `childguard evidence-key reseal` has "
        "moved everything to the current key")
    evidence_retention_days: int = Field(
        default=365, ge=365, le=36500,
        description="How long evidence is preserved after filing (at least one year)")

    # --- exchange (hash-list and signal sharing) ---
    exchange_ncmec_base_url: str = Field(
        default="http://127.0.0.1:8766/hashsharing",
        description="NCMEC hash-sharing API used when a collaboration names none; the local "
        "sandbox (childguard exchange sandbox ncmec). Test: https://exttest.cybertip.org/"
        "hashsharing")
    exchange_threatexchange_base_url: str = Field(
        default="http://127.0.0.1:8767",
        description="ThreatExchange-compatible Graph API used when a collaboration names none; "
        "the local sandbox by default")
    exchange_fetch_interval_seconds: int = Field(
        default=3600, ge=60, le=7 * 86_400,
        description="How often every enabled collaboration is fetched")

    # --- insight: public report pages, appeals, risk assessments ---
    public_form_secret: str | None = Field(
        default=None,
        description="Secret that signs the public pages' form tokens and pseudonymises "
        "reporters' IP addresses; generated under data_dir when unset (set it when several "
        "API processes serve the public pages)")
    public_posts_per_hour: int = Field(
        default=10, ge=1, le=100000,
        description="Reports, appeals and image fingerprints one IP address may send per hour")
    public_lookups_per_hour: int = Field(
        default=60, ge=1, le=100000,
        description="Status look-ups one IP address may make per hour")
    appeal_decision_days: int = Field(
        default=7, ge=1, le=365,
        description="Appeals should be decided within this many days (shown to the user)")
    risk_review_reminder_days: int = Field(
        default=30, ge=1, le=365,
        description="Remind managers this many days before a risk assessment's review is due")

    @field_validator("database_url")
    @classmethod
    def _known_database(cls, value: str) -> str:
        if not value.startswith(("sqlite:", "postgresql:", "postgresql+psycopg:", "postgres:")):
            raise ValueError("must start with sqlite:/// or postgresql://")
        if value.startswith("postgres:"):
            value = "postgresql:" + value[len("postgres:") :]
        return value

    @field_validator("evidence_key")
    @classmethod
    def _valid_key(cls, value: str | None) -> str | None:
        if value is not None and value.strip():
            from childguard.platform.keys import parse_key

            parse_key(value)
            return value.strip()
        return None

    @field_validator("evidence_previous_keys")
    @classmethod
    def _valid_previous_keys(cls, value: str) -> str:
        from childguard.platform.keys import parse_key, split_previous_keys

        entries = split_previous_keys(value)
        for n, entry in enumerate(entries, 1):
            try:
                parse_key(entry)
            except ValueError as exc:
                raise ValueError(f"entry {n} {exc}") from None
        return ",".join(entries)

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (init_settings, env_settings, _TomlSource(settings_cls))


class _TomlSource(PydanticBaseSettingsSource):
    """Reads the TOML file named by CHILDGUARD_CONFIG; keys are the setting names."""

    def get_field_value(self, field: Any, field_name: str) -> tuple[Any, str, bool]:
        return None, field_name, False

    def __call__(self) -> dict[str, Any]:
        path = os.environ.get(ENV_PREFIX + "CONFIG")
        if not path:
            return {}
        try:
            with open(path, "rb") as fh:
                data = tomllib.load(fh)
        except FileNotFoundError:
            raise ConfigError(f"CHILDGUARD_CONFIG: file not found: {path}")
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"CHILDGUARD_CONFIG: {path} is not valid TOML: {exc}")
        section = data.get("childguard", data)
        return {str(k).lower(): v for k, v in section.items()}


def _describe(exc: ValidationError) -> str:
    err = exc.errors()[0]
    name = ".".join(str(p) for p in err["loc"]) or "settings"
    if err["type"] == "extra_forbidden":
        return f"{ENV_PREFIX}{name.upper()}: unknown setting"
    given = err.get("input")
    secret = str(err["loc"][0]) in _SECRET_SETTINGS if err["loc"] else False
    shown = "" if isinstance(given, dict) or secret else f" (got {given!r})"
    return f"{ENV_PREFIX}{name.upper()}: {err['msg']}{shown}"


# Settings whose values must never be echoed in an error message.
_SECRET_SETTINGS = {"evidence_key", "evidence_previous_keys", "ncmec_password",
                    "public_form_secret", "age_assurance_http_token"}

# Variables that share the prefix but are read by other parts (tests, the config loader).
_NOT_SETTINGS = {"CONFIG", "TEST_DATABASE_URL", "FORBID_SKIPS", "FUZZ_EXAMPLES", "CHROMIUM"}


def load_settings(**overrides: Any) -> Settings:
    """Build and validate settings; raise ConfigError with one line on any problem."""
    known = {name.upper() for name in Settings.model_fields}
    for key in os.environ:
        if key.startswith(ENV_PREFIX):
            name = key[len(ENV_PREFIX) :]
            if name not in known and name not in _NOT_SETTINGS:
                raise ConfigError(f"{key}: unknown setting (check the spelling)")
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        raise ConfigError(_describe(exc)) from None


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return load_settings()


def reset_settings_cache() -> None:
    get_settings.cache_clear()
