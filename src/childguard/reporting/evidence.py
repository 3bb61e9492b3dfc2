"""The evidence vault: reported files, the XML sent, NCMEC's receipt and the case context,
encrypted at rest and preserved.

* **Encryption**: AES-256-GCM per item, a fresh 96-bit nonce each time, and the item's id,
  case and kind as associated data, so a ciphertext moved to another row fails to decrypt.
  The key is the deployment's key (:mod:`childguard.platform.keys`: ``evidence_key``, a
  generated key file in development, or a key service installed with
  :func:`set_key_provider`); ``key_id`` is stored per item so keys can rotate, and
  ``childguard evidence-key reseal`` moves old items to the current key.
* **Preservation**: items are held at least ``evidence_retention_days`` (≥ 365) from
  filing. Rows are never deleted (an ORM guard refuses it) and user data deletion never
  touches this table; see :mod:`childguard.reporting.holds`.
* **Access**: only principals holding ``evidence:read`` (the legal role) may read, and every
  read is audited, as is every store and every destruction.
* **Destruction** happens only on a recorded law-enforcement request (18 U.S.C. 2258B(c)):
  the ciphertext is wiped, the row and its hash stay as the record.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from childguard.platform import audit, keys
from childguard.platform.auth import Principal
from childguard.platform.config import get_settings
from childguard.platform.db import new_id, utcnow
from childguard.platform.errors import Conflict, Forbidden, InvalidInput, NotFound

# The key provider is the deployment's (platform.keys); its names stay importable here.
from childguard.platform.keys import (  # noqa: F401
    KeyNotConfigured,
    KeyProvider,
    SettingsKeyProvider,
    key_provider,
    set_key_provider,
)
from childguard.reporting.storage import EvidenceItem, LegalRequest

READ_SCOPE = "evidence:read"


def aad(item_id: str, case_id: str, kind: str) -> bytes:
    return f"childguard-evidence:{item_id}:{case_id}:{kind}".encode()


@dataclass(frozen=True)
class EvidenceContent:
    item: EvidenceItem
    content: bytes


def store(session: Session, *, case_id: str, kind: str, content: bytes, actor: str,
          report_id: str | None = None, account_id: str | None = None, name: str = "",
          content_type: str = "application/octet-stream") -> EvidenceItem:
    """Encrypt and preserve ``content``; audited."""
    item_id = new_id()
    sealed = keys.seal(content, aad(item_id, case_id, kind))
    item = EvidenceItem(id=item_id, report_id=report_id, case_id=case_id,
                        account_id=account_id, kind=kind, name=name[:255],
                        content_type=content_type, size=len(content),
                        sha256=hashlib.sha256(content).hexdigest(), key_id=sealed.key_id,
                        nonce=sealed.nonce, ciphertext=sealed.ciphertext,
                        created_at=utcnow())
    session.add(item)
    session.flush()
    audit.record(session, actor=actor, action="evidence.store", target_type="evidence",
                 target_id=item.id, details={"case_id": case_id, "kind": kind,
                                             "sha256": item.sha256, "size": item.size})
    return item


def _decrypt(item: EvidenceItem) -> bytes:
    if item.destroyed_at is not None or item.ciphertext is None or item.nonce is None:
        raise Conflict(f"evidence {item.id} was destroyed on law-enforcement request "
                       f"{item.destruction_request_id}")
    plain = keys.open_sealed(item.key_id, item.nonce, item.ciphertext,
                             aad(item.id, item.case_id, item.kind),
                             what=f"evidence {item.id}")
    if hashlib.sha256(plain).hexdigest() != item.sha256:
        raise Conflict(f"evidence {item.id} failed its integrity check")
    return plain


def read(session: Session, item_id: str, *, principal: Principal, purpose: str
         ) -> EvidenceContent:
    """Decrypt one item for a person with ``evidence:read``; refused and audited otherwise."""
    item = session.get(EvidenceItem, item_id)
    if item is None:
        raise NotFound(f"no evidence {item_id!r}")
    if not principal.allows(READ_SCOPE):
        audit.record(session, actor=principal.label, action="evidence.read_denied",
                     target_type="evidence", target_id=item_id, details={"purpose": purpose})
        session.commit()  # the refusal is recorded even though the request fails
        raise Forbidden("reading evidence needs the legal role (evidence:read)",
                        details={"required_scope": READ_SCOPE})
    if not purpose.strip():
        raise InvalidInput("say why you are reading this evidence (purpose)")
    content = _decrypt(item)
    audit.record(session, actor=principal.label, action="evidence.read",
                 target_type="evidence", target_id=item_id,
                 details={"purpose": purpose[:500], "kind": item.kind, "case_id": item.case_id})
    return EvidenceContent(item, content)


def read_for_filing(session: Session, item_id: str) -> bytes:
    """The filing job's own read (to upload the file to NCMEC); audited as the system."""
    item = session.get(EvidenceItem, item_id)
    if item is None:
        raise NotFound(f"no evidence {item_id!r}")
    content = _decrypt(item)
    audit.record(session, actor="system:reporting.file", action="evidence.read",
                 target_type="evidence", target_id=item_id,
                 details={"purpose": "upload to the CyberTipline", "kind": item.kind})
    return content


def list_for_case(session: Session, case_id: str) -> list[EvidenceItem]:
    return list(session.scalars(select(EvidenceItem).where(EvidenceItem.case_id == case_id)
                                .order_by(EvidenceItem.created_at)))


def start_retention(session: Session, report_id: str, *, days: int | None = None) -> None:
    """Hold every item of a filed report for ``days`` (≥ 365) from now."""
    days = days or get_settings().evidence_retention_days
    until = utcnow() + timedelta(days=max(days, 365))
    for item in session.scalars(select(EvidenceItem).where(EvidenceItem.report_id == report_id)):
        if item.retain_until is None or item.retain_until < until:
            item.retain_until = until


DESTRUCTION_TYPES = {"destruction_request", "court_order"}


def destroy(session: Session, item_id: str, *, legal_request_id: str, principal: Principal
            ) -> EvidenceItem:
    """Wipe an item's content on a recorded law-enforcement request that asks for it."""
    if not principal.allows("legal:write"):
        raise Forbidden("destroying evidence needs the legal:write scope")
    request = session.get(LegalRequest, legal_request_id)
    if request is None:
        raise NotFound(f"no recorded law-enforcement request {legal_request_id!r}")
    if request.type not in DESTRUCTION_TYPES:
        raise Forbidden(f"a {request.type.replace('_', ' ')} does not authorise destruction; "
                        "record the agency's destruction request or court order first")
    item = session.get(EvidenceItem, item_id)
    if item is None:
        raise NotFound(f"no evidence {item_id!r}")
    if item.case_id not in request.case_ids and item.account_id not in request.account_ids:
        raise Forbidden("the request does not cover this evidence's case or account")
    if item.destroyed_at is None:
        item.ciphertext = None
        item.nonce = None
        item.destroyed_at = utcnow()
        item.destroyed_by = principal.label
        item.destruction_request_id = legal_request_id
        audit.record(session, actor=principal.label, action="evidence.destroy",
                     target_type="evidence", target_id=item.id,
                     details={"legal_request_id": legal_request_id, "sha256": item.sha256})
    return item
