"""A ThreatExchange-compatible source (Meta's Graph API ``threat_updates``).

``GET /{version}/{privacy_group}/threat_updates?start_time=&stop_time=&limit=&fields=``
answers the indicators of a privacy group changed in a window, as JSON pages linked by
``paging.next``. Each update carries ``id``, ``indicator``, ``type`` (``HASH_PDQ``,
``HASH_MD5``, ``URI``, ``EMAIL_ADDRESS``...), ``last_updated``, ``should_delete`` and
``tags``. Opinions go back as reactions: ``POST /{version}/{id}/reactions``. Updates come
ordered by id, not by time, so the checkpoint moves to ``stop_time`` only after the last
page. The same API shape serves Lantern-like account signals (emails, handles, URLs,
keywords), which become review tasks here, never automatic actions.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from pydantic import Field

from childguard.exchange.interface import (
    Exchange,
    ExchangeSettings,
    FetchBatch,
    Fingerprint,
    Opinion,
    Record,
    exchange,
)

TYPES = {
    "HASH_PDQ": "pdq", "HASH_MD5": "md5", "HASH_SHA1": "sha1", "HASH_SHA256": "sha256",
    "HASH_VIDEO_MD5": "video_md5", "URI": "url", "EMAIL_ADDRESS": "email",
    "HANDLE": "username", "TEXT_STRING": "keyword", "DOMAIN": "domain",
    "PHONE_NUMBER": "phone", "CRYPTO_WALLET": "crypto_wallet",
}
REACTIONS = {"affirmative": "SAW_THIS_TOO", "negative": "DISAGREE_WITH_TAGS"}
FIELDS = "id,indicator,type,creation_time,last_updated,should_delete,tags,status,description"


class ThreatExchangeSettings(ExchangeSettings):
    base_url: str | None = Field(default=None, description="Default: the configured "
                                 "exchange_threatexchange_base_url (the local sandbox)")
    access_token: str = "sandbox|token"  # noqa: S105 - the local sandbox's
    privacy_group: str = Field(min_length=1, max_length=64)
    api_version: str = "v18.0"
    start_time: int = Field(default=0, ge=0)
    page_size: int = Field(default=500, ge=1, le=1000)
    timeout_seconds: float = Field(default=60.0, gt=0, le=600)


@exchange
class ThreatExchange(Exchange):
    kind = "threatexchange"
    description = "ThreatExchange-compatible Graph API (privacy-group threat_updates)"
    settings_model = ThreatExchangeSettings
    supports_feedback = True

    settings: ThreatExchangeSettings

    def _base(self) -> str:
        from childguard.platform.config import get_settings

        base = self.settings.base_url or get_settings().exchange_threatexchange_base_url
        return f"{base.rstrip('/')}/{self.settings.api_version}"

    def _http(self) -> Any:
        import httpx

        return self.http or httpx.Client(timeout=self.settings.timeout_seconds)

    def now(self) -> int:
        return int(time.time())

    def fetch(self, checkpoint: dict[str, Any]) -> Iterator[FetchBatch]:
        http = self._http()
        start = int(checkpoint.get("stop_time", self.settings.start_time))
        stop = self.now()
        url: str | None = f"{self._base()}/{self.settings.privacy_group}/threat_updates"
        params: dict[str, Any] | None = {
            "access_token": self.settings.access_token, "start_time": start,
            "stop_time": stop, "limit": self.settings.page_size, "fields": FIELDS}
        page = 0
        while url:
            response = http.get(url, params=params)
            response.raise_for_status()
            body = response.json()
            page += 1
            yield FetchBatch([self._record(u) for u in body.get("data", [])],
                             progress={"page": page, "stop_time": stop})
            url = (body.get("paging") or {}).get("next")
            params = None  # the next link carries every parameter
        yield FetchBatch([], checkpoint={"stop_time": stop})

    def _record(self, update: dict[str, Any]) -> Record:
        signal_type = TYPES.get(str(update.get("type")))
        fps = (Fingerprint(signal_type, str(update["indicator"])),) if signal_type else ()
        last = update.get("last_updated")
        return Record(key=str(update["id"]), fingerprints=fps,
                      deleted=bool(update.get("should_delete")),
                      at=datetime.fromtimestamp(int(last), UTC) if last else None,
                      tags=tuple(str(t) for t in update.get("tags") or ()),
                      description=str(update.get("description") or "")[:2000])

    def send_feedback(self, record_key: str, signal_type: str, opinion: Opinion,
                      reasons: list[str]) -> None:
        response = self._http().post(
            f"{self._base()}/{record_key}/reactions",
            data={"access_token": self.settings.access_token, "reaction": REACTIONS[opinion],
                  "reasons": ",".join(reasons)})
        response.raise_for_status()
