"""Settings from the environment (prefix ``COPILOT_``), built by a cached factory, never at import."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from copilot.errors import ConfigurationError


class Settings(BaseSettings):
    """Where state lives and which backends serve it.

    Embedded by default: chromadb on disk and SQLite, both under ``home``. Setting ``chroma_url`` or
    ``database_url`` moves that half to a server without changing any other code path.
    """

    model_config = SettingsConfigDict(env_prefix="COPILOT_", env_file=None, extra="ignore")

    home: Path = Field(default=Path(".copilot"), description="Folder holding every piece of local state.")
    chroma_url: str | None = Field(default=None, description="Chroma server, e.g. http://127.0.0.1:8000.")
    database_url: str | None = Field(default=None, description="SQLAlchemy URL; default SQLite in home.")
    collection: str = Field(default="copilot_knowledge", min_length=3, max_length=200)
    embedding_threads: int = Field(default=0, ge=0, description="ONNX threads; 0 lets onnxruntime decide.")
    embedding_batch_size: int = Field(default=64, ge=1, le=1024)
    exact_search_limit: int = Field(
        default=20_000, ge=0, description="Up to this many passages, dense search is exact (in memory)."
    )
    max_message_chars: int = Field(default=4000, ge=100, description="Longer customer messages are refused.")
    context_passages: int = Field(default=8, ge=1, le=50, description="Passages retrieved for each turn.")

    # The model: any OpenAI-compatible endpoint. Unset means the offline drafter answers.
    openai_base_url: str | None = Field(
        default=None, validation_alias=AliasChoices("COPILOT_OPENAI_BASE_URL", "OPENAI_BASE_URL")
    )
    openai_api_key: str | None = Field(
        default=None, validation_alias=AliasChoices("COPILOT_OPENAI_API_KEY", "OPENAI_API_KEY"), repr=False
    )
    model: str = Field(default="gpt-4o-mini", description="Chat model name on that endpoint.")
    llm_timeout: float = Field(default=20.0, gt=0, description="Seconds per model request.")
    llm_retries: int = Field(default=2, ge=0, le=10, description="Retries of a failed model request.")
    turn_deadline: float = Field(
        default=20.0,
        gt=0,
        description="Seconds one customer turn may take in all: model calls and their retries, "
        "one-time-code hooks, inline delivery. A model still busy then is abandoned for the offline answer.",
    )
    fallback_reserve: float = Field(
        default=1.0, ge=0, description="Seconds of each turn kept for the offline answer and storing it."
    )
    llm_context_tokens: int = Field(
        default=3000, ge=200, description="Token budget for knowledge and orders."
    )
    llm_max_tokens: int = Field(
        default=400,
        ge=16,
        description="Most tokens one model call may generate: a model that never stops is cut here.",
    )
    llm_output: Literal["auto", "json_schema", "json_object_schema", "json_object", "text"] = Field(
        default="auto",
        description="How answers are asked for: auto tries the richest the endpoint accepts (JSON schema, "
        "JSON object with a schema, JSON object, plain text) and remembers what worked.",
    )
    llm_tools: Literal["auto", "on", "off"] = Field(
        default="auto", description="Offer tools to the model: auto drops them if the endpoint refuses."
    )
    prices: dict[str, tuple[float, float]] = Field(
        default={
            "gpt-4o-mini": (0.15, 0.60),
            "gpt-4o": (2.50, 10.00),
            "gpt-4.1-mini": (0.40, 1.60),
            "gpt-4.1": (2.00, 8.00),
        },
        description="USD per million (prompt, completion) tokens, by model; unknown models cost 0.",
    )
    prompts_dir: Path | None = Field(default=None, description="Prompt templates; default: the bundled ones.")

    # Escalation and handoff delivery.
    escalation_file: Path | None = Field(
        default=None, description="Escalation policy YAML (rules, topics, queues); default: the bundled one."
    )
    identity_file: Path | None = Field(
        default=None, description="Identity policy YAML (scopes, proofs, limits); default: the bundled one."
    )
    proactive_file: Path | None = Field(
        default=None,
        description="Proactive help policy YAML (checkout steps, who is offered a person); default: the "
        "bundled one.",
    )
    verification_hook_url: str | None = Field(
        default=None, description="Where one-time codes are POSTed (signed) to be emailed or texted."
    )
    customer_token_secret: str | None = Field(
        default=None,
        repr=False,
        min_length=32,
        description="HS256 secret of shop-signed customer tokens (JWT); 32 characters or more.",
    )
    packet_customer_data: Literal["none", "masked", "full"] = Field(
        default="masked",
        description="How much of the proven customer's own data a handoff packet (and so an agent) gets: "
        "none (id and tier), masked (name, masked email), full (name, email, phone).",
    )
    webhook_urls: str = Field(
        default="", description="Where outbox events (handoff packets first) are POSTed; comma-separated."
    )
    webhook_events: str = Field(
        default="*",
        description="The events the webhook URLs receive, comma-separated (see copilot/outbox.py); * is all.",
    )
    webhook_secret: str | None = Field(default=None, repr=False, description="HMAC-SHA256 signing secret.")
    webhook_timeout: float = Field(default=5.0, gt=0, description="Seconds per delivery attempt.")
    webhook_backoff: float = Field(default=2.0, gt=0, description="First retry delay; doubles each attempt.")
    webhook_max_backoff: float = Field(default=600.0, gt=0, description="Longest delay between attempts.")
    inline_delivery_timeout: float = Field(
        default=2.0, gt=0, description="Seconds an escalating turn spends delivering; the outbox retries."
    )
    deliver_inline: bool = Field(
        default=True,
        description="Try delivery right after an escalating turn; off when a `copilot deliver` worker runs.",
    )

    # The HTTP service (`copilot serve`).
    api_max_body_bytes: int = Field(
        default=65_536, ge=1024, description="Larger request bodies are refused with 413."
    )
    api_rate_limit: int = Field(
        default=600, ge=0, description="Requests per API key per minute, all workers together; 0: no limit."
    )
    sources_root: Path = Field(
        default=Path("."),
        description="POST /v1/knowledge/ingest may name only sources files under this folder.",
    )
    shopper_api: bool = Field(
        default=False,
        description="Serve /v1/shopper: shoppers' browsers post messages and read their own conversations "
        "with no API key (the web chat widget); limited per client address by COPILOT_API_RATE_LIMIT.",
    )
    cors_origins: str = Field(
        default="", description="Browser origins allowed to call the API, comma-separated; none by default."
    )

    # Messaging channels (docs/channels.md). Each provider's API base URL is a setting, so tests (and
    # proxies) can stand in for the provider; a channel is on when its credentials are set.
    public_url: str | None = Field(
        default=None,
        description="This service's public base URL (https://help.example.com), as providers call it: "
        "Twilio signs the full URL it requested, which a proxy in front may have rewritten.",
    )
    whatsapp_verify_token: str | None = Field(
        default=None, repr=False, description="WhatsApp hub.verify_token."
    )
    whatsapp_app_secret: str | None = Field(
        default=None, repr=False, description="Meta app secret: checks X-Hub-Signature-256."
    )
    whatsapp_token: str | None = Field(
        default=None, repr=False, description="WhatsApp Cloud API access token."
    )
    whatsapp_phone_number_id: str | None = Field(default=None, description="The business phone number's id.")
    whatsapp_api_url: str = Field(
        default="https://graph.facebook.com/v21.0", description="Graph API base URL."
    )
    messenger_verify_token: str | None = Field(
        default=None, repr=False, description="Messenger hub.verify_token."
    )
    messenger_app_secret: str | None = Field(
        default=None, repr=False, description="Meta app secret of the Messenger app: X-Hub-Signature-256."
    )
    messenger_token: str | None = Field(default=None, repr=False, description="The Page access token.")
    messenger_api_url: str = Field(
        default="https://graph.facebook.com/v21.0", description="Graph API base URL."
    )
    sms_account_sid: str | None = Field(default=None, description="Twilio Account SID.")
    sms_auth_token: str | None = Field(
        default=None, repr=False, description="Twilio auth token: signs requests both ways."
    )
    sms_from: str | None = Field(
        default=None, description="The shop's Twilio number (E.164) or MG... service."
    )
    sms_api_url: str = Field(default="https://api.twilio.com", description="Twilio REST API base URL.")
    channel_webhook_secret: str | None = Field(
        default=None, repr=False, description="Generic webhook channel: HMAC secret, both directions."
    )
    channel_webhook_url: str | None = Field(
        default=None, description="Generic webhook channel: where outgoing messages are POSTed."
    )
    phone_region: str = Field(
        default="US",
        min_length=2,
        max_length=2,
        description="Region (ISO 3166 code) of phone numbers on file written without a country code.",
    )
    channel_messages_file: Path | None = Field(
        default=None, description="Channel wording YAML (keywords, alerts, templates); default: bundled."
    )
    channel_timeout: float = Field(default=10.0, gt=0, description="Seconds per provider send request.")

    @field_validator("home")
    @classmethod
    def _home_is_a_folder(cls, value: Path) -> Path:
        if value.exists() and not value.is_dir():
            raise ValueError(f"'{value}' is a file, not a folder")
        return value

    @model_validator(mode="after")
    def _reserve_fits_the_deadline(self) -> Settings:
        if self.fallback_reserve >= self.turn_deadline:
            raise ValueError(
                f"COPILOT_FALLBACK_RESERVE ({self.fallback_reserve:g}s) must be shorter than "
                f"COPILOT_TURN_DEADLINE ({self.turn_deadline:g}s)"
            )
        return self

    @property
    def webhook_url_list(self) -> list[str]:
        return [url.strip() for url in self.webhook_urls.replace("\n", ",").split(",") if url.strip()]

    @property
    def webhook_event_list(self) -> list[str]:
        return [name.strip() for name in self.webhook_events.split(",") if name.strip()]

    @property
    def cors_origin_list(self) -> list[str]:
        return [origin.strip() for origin in self.cors_origins.split(",") if origin.strip()]

    @property
    def llm_enabled(self) -> bool:
        return bool(self.openai_base_url or self.openai_api_key)

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.home / 'copilot.db').resolve()}"

    @property
    def chroma_path(self) -> Path:
        return self.home / "chroma"

    @property
    def cache_dir(self) -> Path:
        """Local, rebuildable caches (lexical index, tiktoken files): safe to delete."""
        return self.home / "cache"


def settings_problem(exc: ValidationError) -> str:
    """A settings error as the user must fix it: the environment variable, what is wrong with it."""
    problems = []
    for error in exc.errors():
        if not error["loc"]:  # a rule across settings names them itself
            problems.append(str(error["msg"]).removeprefix("Value error, "))
            continue
        name = str(error["loc"][0])
        variable = (
            name.upper() if name.upper().startswith(("COPILOT_", "OPENAI_")) else f"COPILOT_{name.upper()}"
        )
        problems.append(f"{variable}: {error['msg']}")
    return "; ".join(problems)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process's settings; tests build their own ``Settings`` instead of patching this."""
    try:
        return Settings()
    except ValidationError as exc:
        raise ConfigurationError(f"invalid setting: {settings_problem(exc)}") from exc
