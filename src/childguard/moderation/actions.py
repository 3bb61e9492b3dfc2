"""Actions for the service to carry out, and how they reach it: polling and signed webhooks.

Every action is a row with a growing ``seq``; ``GET /v1/actions?after=<seq>`` pages through
them. For each active webhook endpoint an action gets a delivery row and a job, written in
the same transaction as the action, so an action is never lost between "decided" and
"queued". The delivery job (``moderation.deliver_webhook``) signs and posts the action; a
failure is logged and retried later with exponential backoff; a delivery marked delivered
is never sent again.

Signature: header ``X-Childguard-Signature: t=<unix seconds>,v1=<hex>`` where ``hex`` is
HMAC-SHA256 with the endpoint's secret over ``"<t>." + body``. Receivers check it with
:func:`verify_signature` (or the same few lines in any language) and reject old timestamps.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any
from urllib.parse import urlparse

import httpx
from sqlalchemy import select
from sqlalchemy.orm import Session

from childguard.moderation.bulk import insert_rows
from childguard.moderation.storage import (
    ActionRow,
    WebhookAttempt,
    WebhookDelivery,
    WebhookEndpoint,
)
from childguard.platform import audit, jobs, keys
from childguard.platform.db import new_id, utcnow
from childguard.platform.errors import Conflict, InvalidInput, NotFound

ACTION_KINDS = (
    "block", "hold", "restrict_account", "escalate_imminent_risk", "notify_parent",
    "remove_content", "restore_content", "lift_restriction", "statement_of_reasons",
    "case_opened", "report_to_ncmec",
)
# Action kinds other contexts add through moderation_plugin modules (see
# signals.load_plugins): kind -> (event, rule params) -> (account id, details).
PLUGIN_ACTIONS: dict[str, Callable[[Any, dict[str, Any]], tuple[str, dict[str, Any]]]] = {}
SIGNATURE_HEADER = "X-Childguard-Signature"
DELIVERY_HEADER = "X-Childguard-Delivery"
MAX_BACKOFF_SECONDS = 3600.0


def action_payload(row: ActionRow) -> dict[str, Any]:
    return {
        "id": row.id, "seq": row.seq, "kind": row.kind, "account_id": row.account_id,
        "content_ref": row.content_ref, "event_id": row.event_id, "case_id": row.case_id,
        "source": row.source,
        "rule": {"id": row.rule_id, "version": row.rule_version} if row.rule_id else None,
        "details": row.details, "created_at": row.created_at.isoformat(),
    }


def emit(session: Session, actions: Sequence[dict[str, Any]]) -> int:
    """Store actions and queue their webhook deliveries, in the caller's transaction;
    return how many actions were stored."""
    if not actions:
        return 0
    now = utcnow()
    rows = [{"id": new_id(), "created_at": now, "details": {}, "source": "automated",
             "content_ref": None, "event_id": None, "case_id": None, "rule_id": None,
             "rule_version": None, **a} for a in actions]
    endpoints = list(session.scalars(select(WebhookEndpoint).where(WebhookEndpoint.active)))
    insert_rows(session, ActionRow, rows)
    if endpoints:
        ids = [r["id"] for r in rows]
        stored = list(session.scalars(select(ActionRow).where(ActionRow.id.in_(ids))
                                      .order_by(ActionRow.seq)))
        _queue_deliveries(session, stored, endpoints)
    return len(rows)


def _queue_deliveries(session: Session, stored: list[ActionRow],
                      endpoints: list[WebhookEndpoint]) -> None:
    deliveries: list[dict[str, Any]] = []
    for ep in endpoints:
        wanted = set(ep.kinds or [])
        for row in stored:
            if not wanted or row.kind in wanted:
                deliveries.append({"id": new_id(), "endpoint_id": ep.id,
                                   "action_seq": row.seq, "status": "pending",
                                   "attempts": 0, "created_at": utcnow()})
    if not deliveries:
        return
    insert_rows(session, WebhookDelivery, deliveries)
    for d in deliveries:
        jobs.enqueue(session, "moderation.deliver_webhook", {"delivery_id": d["id"]},
                     key=f"webhook:{d['id']}:1")


def poll(session: Session, after: int = 0, limit: int = 100, account_id: str | None = None,
         settle_seconds: float = 5.0) -> list[ActionRow]:
    """Actions after a cursor, in ``seq`` order.

    On PostgreSQL a sequence number is taken when the row is written and becomes visible
    when its transaction commits, so a concurrent batch can commit a lower ``seq`` after a
    poller has moved past it. Only actions older than ``settle_seconds`` are returned there,
    which covers transactions that commit within that time (webhooks do not have this
    limit: each action has its own delivery row). SQLite commits one writer at a time."""
    query = select(ActionRow).where(ActionRow.seq > after)
    if settle_seconds > 0 and session.get_bind().dialect.name == "postgresql":
        query = query.where(ActionRow.created_at <= utcnow() - timedelta(seconds=settle_seconds))
    if account_id:
        query = query.where(ActionRow.account_id == account_id)
    return list(session.scalars(query.order_by(ActionRow.seq).limit(max(1, min(limit, 1000)))))


# ----------------------------------------------------------------- webhook endpoints


def add_endpoint(session: Session, *, url: str, kinds: list[str], actor: str,
                 secret: str | None = None, backoff_seconds: float = 5.0,
                 max_attempts: int = 25) -> tuple[WebhookEndpoint, str]:
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise InvalidInput("the webhook URL must be http(s)://host/...")
    known = [*ACTION_KINDS, *PLUGIN_ACTIONS]
    unknown = sorted(set(kinds) - set(known))
    if unknown:
        raise InvalidInput(f"unknown action kind(s): {', '.join(unknown)}",
                           details={"known": known})
    if not 0.01 <= backoff_seconds <= 3600:
        raise InvalidInput("backoff_seconds must be between 0.01 and 3600")
    if not 1 <= max_attempts <= 100:
        raise InvalidInput("max_attempts must be between 1 and 100")
    secret = secret or secrets.token_urlsafe(32)
    if len(secret) < 16:
        raise InvalidInput("the signing secret needs at least 16 characters")
    if len(secret) > MAX_SECRET_LENGTH:
        raise InvalidInput(f"the signing secret can have at most {MAX_SECRET_LENGTH} characters")
    endpoint_id = new_id()
    ep = WebhookEndpoint(id=endpoint_id, url=url, secret=seal_secret(endpoint_id, secret),
                         kinds=sorted(set(kinds)), created_by=actor,
                         backoff_seconds=backoff_seconds, max_attempts=max_attempts)
    session.add(ep)
    session.flush()
    audit.record(session, actor=actor, action="moderation.webhook.add", target_type="webhook",
                 target_id=ep.id, details={"url": url, "kinds": ep.kinds,
                                           "backoff_seconds": backoff_seconds,
                                           "max_attempts": max_attempts})
    return ep, secret


def remove_endpoint(session: Session, endpoint_id: str, *, actor: str) -> None:
    ep = session.get(WebhookEndpoint, endpoint_id)
    if ep is None:
        raise NotFound(f"no webhook {endpoint_id!r}")
    ep.active = False
    audit.record(session, actor=actor, action="moderation.webhook.remove",
                 target_type="webhook", target_id=ep.id)


def redeliver(session: Session, delivery_id: str, *, actor: str) -> WebhookDelivery:
    """Try a delivery that gave up once more (a delivered one is never sent twice)."""
    d = session.get(WebhookDelivery, delivery_id)
    if d is None:
        raise NotFound(f"no delivery {delivery_id!r}")
    if d.status != "failed":
        raise InvalidInput(f"only failed deliveries can be retried; this one is {d.status}")
    d.status = "pending"
    jobs.enqueue(session, "moderation.deliver_webhook", {"delivery_id": d.id},
                 key=f"webhook:{d.id}:{d.attempts + 1}:manual")
    audit.record(session, actor=actor, action="moderation.webhook.redeliver",
                 target_type="webhook_delivery", target_id=d.id)
    return d


# ----------------------------------------------------------------- signing and delivery


SEALED_PREFIX = "sealed:v2:"
#: Secrets sealed before key ids were recorded: ``sealed:v1:`` + base64(nonce + ciphertext).
LEGACY_SEALED_PREFIX = "sealed:v1:"
MAX_SECRET_LENGTH = 128  # as the API allows


def secret_associated_data(endpoint_id: str) -> bytes:
    return f"webhook:{endpoint_id}".encode()


def seal_secret(endpoint_id: str, secret: str) -> str:
    """A webhook's signing secret as stored: encrypted with the evidence key and bound to
    its endpoint (a database dump alone does not let anyone forge deliveries), as
    ``sealed:v2:<key id>:<base64 of nonce + ciphertext>``."""
    return format_sealed_secret(keys.seal(secret.encode(), secret_associated_data(endpoint_id)))


def format_sealed_secret(sealed: keys.Sealed) -> str:
    return (f"{SEALED_PREFIX}{sealed.key_id}:"
            + base64.b64encode(sealed.nonce + sealed.ciphertext).decode())


@dataclass(frozen=True)
class StoredSecret:
    """A stored secret taken apart. ``key_id`` is None when it was sealed before key ids
    were recorded; ``plain`` is set for a secret stored before secrets were sealed."""

    key_id: str | None
    nonce: bytes
    ciphertext: bytes
    plain: str | None = None


def parse_secret(endpoint_id: str, stored: str) -> StoredSecret:
    try:
        if stored.startswith(SEALED_PREFIX):
            # Key ids may contain colons (``settings:...``, KMS ARNs); base64 never does.
            key_id, encoded = stored[len(SEALED_PREFIX):].rsplit(":", 1)
        elif stored.startswith(LEGACY_SEALED_PREFIX):
            key_id, encoded = None, stored[len(LEGACY_SEALED_PREFIX):]
        else:
            # Stored before secrets were sealed (moderation_0002 seals these).
            return StoredSecret(None, b"", b"", plain=stored)
        raw = base64.b64decode(encoded, validate=True)
    except ValueError:
        raise Conflict(f"the stored signing secret of webhook {endpoint_id} is damaged") from None
    if len(raw) <= keys.NONCE_BYTES or key_id == "":
        raise Conflict(f"the stored signing secret of webhook {endpoint_id} is damaged")
    return StoredSecret(key_id, raw[:keys.NONCE_BYTES], raw[keys.NONCE_BYTES:])


def open_secret(endpoint_id: str, stored: str) -> str:
    parsed = parse_secret(endpoint_id, stored)
    if parsed.plain is not None:
        return parsed.plain
    return keys.open_sealed(parsed.key_id, parsed.nonce, parsed.ciphertext,
                            secret_associated_data(endpoint_id),
                            what=f"the signing secret of webhook {endpoint_id}").decode()


def sign(secret: str, timestamp: int, body: bytes) -> str:
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"t={timestamp},v1={mac.hexdigest()}"


def verify_signature(secret: str, header: str, body: bytes, *, tolerance: int = 300,
                     now: float | None = None) -> bool:
    """Check a ``X-Childguard-Signature`` header; refuse it when older than ``tolerance``."""
    try:
        parts = dict(p.split("=", 1) for p in header.split(","))
        timestamp = int(parts["t"])
        given = parts["v1"]
    except (ValueError, KeyError):
        return False
    if abs((now or time.time()) - timestamp) > tolerance:
        return False
    expected = sign(secret, timestamp, body).split("v1=", 1)[1]
    return hmac.compare_digest(expected, given)


def deliver(session: Session, delivery_id: str, *, read_session: Session,
            timeout: float = 5.0) -> str:
    """One delivery attempt. The HTTP call happens before ``session`` is touched, so no
    database lock is held while a slow receiver answers."""
    d = read_session.get(WebhookDelivery, delivery_id)
    if d is None or d.status == "delivered":
        return "skipped"
    ep = read_session.get(WebhookEndpoint, d.endpoint_id)
    action = read_session.scalar(select(ActionRow).where(ActionRow.seq == d.action_seq))
    if ep is None or action is None:
        return "skipped"
    attempt = d.attempts + 1
    body = json.dumps({"delivery_id": d.id, "attempt": attempt,
                       "action": action_payload(action)}, separators=(",", ":")).encode()
    url, secret, active = ep.url, open_secret(ep.id, ep.secret), ep.active
    backoff, max_attempts = ep.backoff_seconds, ep.max_attempts
    read_session.rollback()

    status_code: int | None = None
    error: str | None = None
    started = time.perf_counter()
    if not active:
        error = "endpoint removed"
    else:
        headers = {"Content-Type": "application/json", DELIVERY_HEADER: delivery_id,
                   SIGNATURE_HEADER: sign(secret, int(time.time()), body),
                   "User-Agent": "childguard-webhooks/1"}
        try:
            response = httpx.post(url, content=body, headers=headers, timeout=timeout)
            status_code = response.status_code
            if not 200 <= status_code < 300:
                error = f"receiver answered {status_code}"
        except httpx.HTTPError as exc:
            error = f"{type(exc).__name__}: {exc}"[:500]
    elapsed = int((time.perf_counter() - started) * 1000)

    d = session.get(WebhookDelivery, delivery_id, with_for_update=True)
    if d is None or d.status == "delivered":
        return "skipped"
    d.attempts = attempt
    d.last_status_code = status_code
    d.last_error = error
    session.add(WebhookAttempt(delivery_id=d.id, attempt=attempt, status_code=status_code,
                               error=error, duration_ms=elapsed))
    if error is None:
        d.status = "delivered"
        d.delivered_at = utcnow()
        d.next_attempt_at = None
        return "delivered"
    if attempt >= max_attempts or not active:
        d.status = "failed"
        d.next_attempt_at = None
        return "failed"
    delay = min(backoff * 2 ** (attempt - 1), MAX_BACKOFF_SECONDS)
    d.status = "retrying"
    d.next_attempt_at = utcnow() + timedelta(seconds=delay)
    jobs.enqueue(session, "moderation.deliver_webhook", {"delivery_id": d.id},
                 key=f"webhook:{d.id}:{attempt + 1}", delay_seconds=delay)
    return "retrying"


def delivery_log(session: Session, *, endpoint_id: str | None = None, status: str | None = None,
                 limit: int = 100) -> list[tuple[WebhookDelivery, list[WebhookAttempt]]]:
    query = select(WebhookDelivery)
    if endpoint_id:
        query = query.where(WebhookDelivery.endpoint_id == endpoint_id)
    if status:
        query = query.where(WebhookDelivery.status == status)
    deliveries = list(session.scalars(query.order_by(WebhookDelivery.created_at.desc())
                                      .limit(max(1, min(limit, 1000)))))
    if not deliveries:
        return []
    attempts: dict[str, list[WebhookAttempt]] = {d.id: [] for d in deliveries}
    for a in session.scalars(select(WebhookAttempt).where(
            WebhookAttempt.delivery_id.in_(list(attempts))).order_by(WebhookAttempt.id)):
        attempts[a.delivery_id].append(a)
    return [(d, attempts[d.id]) for d in deliveries]
