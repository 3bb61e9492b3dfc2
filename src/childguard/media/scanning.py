"""Hash + match + verdict in one call: what an upload check needs.

``scan_bytes`` is the function other contexts call (moderation's ingest, the CLI, the API).
The verdict comes from a provider that moderation plugs in with :func:`set_verdict_provider`
(its rules); until then a plain default applies: block on any match, else allow.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from childguard.media.decode import DEFAULT_LIMITS, DecodeLimits
from childguard.media.hashing import MediaHashes, Mode, hash_media
from childguard.media.matching import Matcher


@dataclass
class ScanResult:
    hashes: MediaHashes
    matches: list[dict[str, Any]]
    verdict: dict[str, Any] = field(default_factory=dict)
    elapsed_ms: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        hashes = self.hashes.as_dict()
        return {"content_type": hashes["content_type"], "hashes": hashes["signals"],
                "pdq_quality": self.hashes.pdq.quality if self.hashes.pdq else None,
                "width": hashes["width"], "height": hashes["height"],
                "format": hashes["format"], "matches": self.matches, "verdict": self.verdict,
                "elapsed_ms": round(self.elapsed_ms, 2)}


VerdictProvider = Callable[[ScanResult, dict[str, Any]], dict[str, Any]]


def default_verdict(result: ScanResult, context: dict[str, Any]) -> dict[str, Any]:
    if result.matches:
        banks = sorted({m["bank"] for m in result.matches})
        return {"action": "block", "reason": f"matches known material in {', '.join(banks)}",
                "source": "default"}
    return {"action": "allow", "reason": "no match", "source": "default"}


_verdict_provider: VerdictProvider = default_verdict


def set_verdict_provider(provider: VerdictProvider | None) -> None:
    """Moderation registers its rules here; ``None`` restores the default."""
    global _verdict_provider
    _verdict_provider = provider or default_verdict


def lookup_signals(session: Session | None, matcher: Matcher, signals: dict[str, str],
                   banks: Iterable[str] | None = None,
                   pdq_quality: int | None = None) -> list[dict[str, Any]]:
    matcher.ensure_fresh()
    return matcher.describe(matcher.lookup(signals, banks, pdq_quality=pdq_quality), session)


def scan_bytes(session: Session | None, matcher: Matcher, data: bytes, *,
               content_type: str | None = None, mode: Mode = "exact",
               banks: Iterable[str] | None = None, context: dict[str, Any] | None = None,
               limits: DecodeLimits = DEFAULT_LIMITS) -> ScanResult:
    """Hash ``data``, match it against the banks, and ask the verdict provider."""
    started = time.perf_counter()
    hashes = hash_media(data, content_type=content_type, mode=mode, limits=limits)
    matches = lookup_signals(session, matcher, hashes.signals, banks,
                             hashes.pdq.quality if hashes.pdq else None)
    result = ScanResult(hashes=hashes, matches=matches)
    result.verdict = _verdict_provider(result, context or {})
    result.elapsed_ms = (time.perf_counter() - started) * 1000
    return result
