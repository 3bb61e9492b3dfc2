"""Sharing signals out: proposed by one person, approved by another, exported as a STIX 2.1
bundle built with the ``stix2`` library, and recorded (what, to whom, who decided, when).

Nothing is shared by a rule or a job: a share exists only because a person proposed it and
a different person approved it. Each signal becomes a STIX Indicator whose pattern names
the observable (``[email-addr:value = '...']``, ``[file:hashes.MD5 = '...']``, a PCRE for a
keyword), marked TLP:AMBER and attributed to our identity.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Any

import stix2
from sqlalchemy import select
from sqlalchemy.orm import Session

from childguard.exchange.interface import normalise_signal
from childguard.exchange.storage import Share
from childguard.platform import audit
from childguard.platform.db import utcnow
from childguard.platform.errors import Conflict, Forbidden, InvalidInput, NotFound

SHAREABLE = ("md5", "sha1", "sha256", "pdq", "email", "username", "url", "domain", "keyword")
MAX_SIGNALS = 1000
_HEX = re.compile(r"^[0-9a-f]+$")
_HEX_LENGTHS = {"md5": 32, "sha1": 40, "sha256": 64, "pdq": 64}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _quote(value: str) -> str:
    return value.replace("\\", "\\\\").replace("'", "\\'")


def pattern_for(signal_type: str, value: str) -> tuple[str, str]:
    """(pattern, pattern_type) of a STIX Indicator for one signal."""
    v = _quote(value)
    if signal_type in ("md5", "sha1", "sha256"):
        name = {"md5": "MD5", "sha1": "'SHA-1'", "sha256": "'SHA-256'"}[signal_type]
        return f"[file:hashes.{name} = '{v}']", "stix"
    if signal_type == "pdq":
        return f"[file:hashes.PDQ = '{v}']", "stix"
    if signal_type == "email":
        return f"[email-addr:value = '{v}']", "stix"
    if signal_type == "url":
        return f"[url:value = '{v}']", "stix"
    if signal_type == "domain":
        return f"[domain-name:value = '{v}']", "stix"
    if signal_type == "username":
        return f"[user-account:account_login = '{v}']", "stix"
    if signal_type == "keyword":
        return r"(?i)\b" + re.escape(value) + r"\b", "pcre"
    raise InvalidInput(f"{signal_type} signals cannot be shared")


def check_signal(raw: dict[str, Any]) -> dict[str, str]:
    signal_type = str(raw.get("signal_type") or "").strip().lower()
    if signal_type not in SHAREABLE:
        raise InvalidInput(f"signal_type must be one of {', '.join(SHAREABLE)}",
                           details={"signal_type": signal_type})
    value = normalise_signal(signal_type, str(raw.get("value") or ""))
    if not value or len(value) > 2000:
        raise InvalidInput("a signal needs a value of at most 2000 characters")
    if signal_type in _HEX_LENGTHS and (len(value) != _HEX_LENGTHS[signal_type]
                                        or not _HEX.match(value)):
        raise InvalidInput(f"{signal_type} must be {_HEX_LENGTHS[signal_type]} hex characters")
    if signal_type == "email" and not _EMAIL.match(value):
        raise InvalidInput("not an email address", details={"value": value})
    if signal_type == "url" and not value.startswith(("http://", "https://")):
        raise InvalidInput("a URL starts with http:// or https://")
    return {"signal_type": signal_type, "value": value,
            "description": str(raw.get("description") or "")[:1000]}


def propose_share(session: Session, *, recipient: str, signals: list[dict[str, Any]],
                  purpose: str, actor: str) -> Share:
    if not recipient.strip():
        raise InvalidInput("name the recipient (a member or a collaboration)")
    if not purpose.strip():
        raise InvalidInput("say why these signals are shared (the policy they violated)")
    if not signals or len(signals) > MAX_SIGNALS:
        raise InvalidInput(f"a share holds 1 to {MAX_SIGNALS} signals")
    checked: list[dict[str, str]] = []
    seen: set[tuple[str, str]] = set()
    for raw in signals:
        s = check_signal(raw)
        if (s["signal_type"], s["value"]) not in seen:
            seen.add((s["signal_type"], s["value"]))
            checked.append(s)
    share = Share(recipient=recipient.strip()[:160], purpose=purpose[:2000], signals=checked,
                  proposed_by=actor, state="proposed")
    session.add(share)
    session.flush()
    audit.record(session, actor=actor, action="exchange.share_proposed", target_type="share",
                 target_id=share.id, details={"recipient": share.recipient,
                                              "count": len(checked)})
    return share


def get_share(session: Session, share_id: str) -> Share:
    share = session.get(Share, share_id)
    if share is None:
        raise NotFound(f"no share {share_id!r}")
    return share


def list_shares(session: Session, *, recipient: str | None = None, limit: int = 200
                ) -> list[Share]:
    query = select(Share)
    if recipient:
        query = query.where(Share.recipient == recipient)
    return list(session.scalars(query.order_by(Share.proposed_at.desc())
                                .limit(max(1, min(limit, 1000)))))


def decide_share(session: Session, share_id: str, *, approve: bool, note: str, actor: str,
                 identity_name: str = "childguard service") -> Share:
    """A second person approves (the bundle is built and recorded) or rejects a share."""
    share = get_share(session, share_id)
    if share.state != "proposed":
        raise Conflict(f"this share is already {share.state}")
    if actor == share.proposed_by:
        raise Forbidden("a share must be approved by someone other than who proposed it")
    share.decided_by = actor
    share.decided_at = utcnow()
    share.decision_note = note[:2000]
    if approve:
        bundle = build_bundle(share.signals, identity_name=identity_name,
                              purpose=share.purpose, at=share.decided_at)
        share.bundle = json.loads(bundle.serialize())
        share.bundle_id = str(bundle.id)
        share.exported_count = len(share.signals)
        share.state = "approved"
    else:
        share.state = "rejected"
    audit.record(session, actor=actor, action=f"exchange.share_{share.state}",
                 target_type="share", target_id=share.id,
                 details={"recipient": share.recipient, "count": len(share.signals),
                          "bundle_id": share.bundle_id,
                          "signals": [f"{s['signal_type']}:{s['value'][:80]}"
                                      for s in share.signals[:50]]})
    return share


def build_bundle(signals: list[dict[str, str]], *, identity_name: str, purpose: str,
                 at: datetime) -> stix2.Bundle:
    identity = stix2.Identity(name=identity_name, identity_class="organization",
                              sectors=["technology"])
    objects: list[Any] = [identity]
    for s in signals:
        pattern, pattern_type = pattern_for(s["signal_type"], s["value"])
        objects.append(stix2.Indicator(
            name=f"{s['signal_type']} shared for child safety",
            description=(s.get("description") or purpose)[:1000],
            indicator_types=["malicious-activity"], pattern=pattern,
            pattern_type=pattern_type, valid_from=at, created_by_ref=identity.id,
            labels=["child-safety", f"signal-type:{s['signal_type']}"],
            object_marking_refs=[stix2.TLP_AMBER.id]))
    return stix2.Bundle(objects=objects)


def share_view(share: Share, *, with_bundle: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": share.id, "recipient": share.recipient, "purpose": share.purpose,
        "state": share.state, "signals": share.signals, "proposed_by": share.proposed_by,
        "proposed_at": share.proposed_at.isoformat(), "decided_by": share.decided_by,
        "decided_at": share.decided_at.isoformat() if share.decided_at else None,
        "decision_note": share.decision_note, "bundle_id": share.bundle_id}
    if with_bundle:
        out["bundle"] = share.bundle
    return out
