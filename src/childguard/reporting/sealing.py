"""Evidence as the key rotation sees it (``childguard evidence-key reseal``).

Destroyed items (ciphertext wiped on a law-enforcement request) have nothing to re-seal and
are skipped. Each item's SHA-256 is checked before it is sealed again, and every re-sealed
item is named in the audit log, so the chain of custody shows when it was re-encrypted.
"""

from __future__ import annotations

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from childguard.platform import keys, reseal
from childguard.reporting import evidence
from childguard.reporting.storage import EvidenceItem

_LIVE = (EvidenceItem.ciphertext.is_not(None), EvidenceItem.nonce.is_not(None),
         EvidenceItem.destroyed_at.is_(None))


class EvidenceStore:
    kind = "evidence"
    names = ("evidence item", "evidence items")
    audit_refs = True

    def count_by_key(self, session: Session) -> dict[str | None, int]:
        rows = session.execute(select(EvidenceItem.key_id, func.count()).where(*_LIVE)
                               .group_by(EvidenceItem.key_id))
        return {key_id: int(n) for key_id, n in rows}

    def batch(self, session: Session, *, current_key_id: str, after: str | None,
              limit: int, lock: bool) -> list[reseal.SealedValue]:
        query = select(EvidenceItem).where(*_LIVE, or_(EvidenceItem.key_id.is_(None),
                                                       EvidenceItem.key_id != current_key_id))
        if after is not None:
            query = query.where(EvidenceItem.id > after)
        query = query.order_by(EvidenceItem.id).limit(limit)
        if lock and session.get_bind().dialect.name == "postgresql":
            query = query.with_for_update(of=EvidenceItem)
        return [reseal.SealedValue(
            ref=item.id, key_id=item.key_id or None, nonce=item.nonce or b"",
            ciphertext=item.ciphertext or b"",
            associated_data=evidence.aad(item.id, item.case_id, item.kind),
            sha256=item.sha256, size=item.size)
            for item in session.scalars(query)]

    def replace(self, session: Session, value: reseal.SealedValue,
                sealed: keys.Sealed) -> bool:
        result = session.execute(
            update(EvidenceItem)
            .where(EvidenceItem.id == value.ref, EvidenceItem.nonce == value.nonce,
                   EvidenceItem.destroyed_at.is_(None))
            .values(key_id=sealed.key_id, nonce=sealed.nonce, ciphertext=sealed.ciphertext)
            .execution_options(synchronize_session=False))
        return bool(getattr(result, "rowcount", 0) == 1)


reseal.register(EvidenceStore())
