"""NCMEC's own XSD: fetch it (``GET /xsd``), pin its hash, warn when it changes.

Every report is validated against the project's XSD; when an NCMEC XSD has been fetched,
against that one too. A change of NCMEC's XSD is logged as a warning and audited
(``reporting.xsd_changed``) so someone compares it with ``reporting/model.py``.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass

from lxml import etree
from sqlalchemy import select
from sqlalchemy.orm import Session

from childguard.platform import audit
from childguard.platform.db import utcnow
from childguard.reporting.storage import XsdPin

log = logging.getLogger("childguard.reporting")


@dataclass(frozen=True)
class XsdCheck:
    sha256: str
    changed: bool
    previous_sha256: str | None


def current_pin(session: Session) -> XsdPin | None:
    return session.scalar(select(XsdPin).order_by(XsdPin.fetched_at.desc()).limit(1))


def pinned_xsd(session: Session) -> bytes | None:
    pin = current_pin(session)
    return pin.content.encode() if pin is not None else None


def record_xsd(session: Session, content: bytes, *, source_url: str, actor: str) -> XsdCheck:
    """Store ``content`` as the pin if new; warn and audit when it differs from the last."""
    etree.XMLSchema(etree.fromstring(content))  # refuse something that is not an XSD
    sha = hashlib.sha256(content).hexdigest()
    pin = current_pin(session)
    if pin is not None and pin.sha256 == sha:
        pin.last_seen_at = utcnow()
        return XsdCheck(sha, False, sha)
    previous = pin.sha256 if pin is not None else None
    session.add(XsdPin(sha256=sha, source_url=source_url, content=content.decode(),
                       fetched_at=utcnow(), last_seen_at=utcnow()))
    session.flush()
    if previous is not None:
        log.warning("NCMEC's CyberTipline XSD changed; compare it with reporting/model.py",
                    extra={"previous_sha256": previous, "sha256": sha})
        audit.record(session, actor=actor, action="reporting.xsd_changed",
                     target_type="xsd", target_id=sha, details={"previous": previous,
                                                                "source": source_url})
    else:
        audit.record(session, actor=actor, action="reporting.xsd_pinned", target_type="xsd",
                     target_id=sha, details={"source": source_url})
    return XsdCheck(sha, previous is not None, previous)
