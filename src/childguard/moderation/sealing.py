"""Media kept for review and webhook signing secrets as the key rotation sees them
(``childguard evidence-key reseal``).

Blobs stored before key ids were recorded (``key_id`` NULL) and secrets stored as
``sealed:v1:`` are opened with whichever configured key opens them and sealed again under
the current key, which is then recorded.
"""

from __future__ import annotations

from collections import Counter

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from childguard.moderation import actions, vault
from childguard.moderation.storage import MediaBlob, WebhookEndpoint
from childguard.platform import keys, reseal
from childguard.platform.errors import Conflict


class MediaStore:
    kind = "moderation-media"
    names = ("moderation media file", "moderation media files")
    audit_refs = False

    def count_by_key(self, session: Session) -> dict[str | None, int]:
        rows = session.execute(select(MediaBlob.key_id, func.count())
                               .group_by(MediaBlob.key_id))
        return {key_id: int(n) for key_id, n in rows}

    def batch(self, session: Session, *, current_key_id: str, after: str | None,
              limit: int, lock: bool) -> list[reseal.SealedValue]:
        query = select(MediaBlob).where(or_(MediaBlob.key_id.is_(None),
                                            MediaBlob.key_id != current_key_id))
        if after is not None:
            query = query.where(MediaBlob.content_ref > after)
        query = query.order_by(MediaBlob.content_ref).limit(limit)
        if lock and session.get_bind().dialect.name == "postgresql":
            query = query.with_for_update(of=MediaBlob)
        return [reseal.SealedValue(
            ref=blob.content_ref, key_id=blob.key_id or None, nonce=blob.nonce,
            ciphertext=blob.ciphertext, associated_data=vault.associated_data(blob.content_ref),
            size=blob.size if blob.size else None)
            for blob in session.scalars(query)]

    def replace(self, session: Session, value: reseal.SealedValue,
                sealed: keys.Sealed) -> bool:
        result = session.execute(
            update(MediaBlob)
            .where(MediaBlob.content_ref == value.ref, MediaBlob.nonce == value.nonce)
            .values(key_id=sealed.key_id, nonce=sealed.nonce, ciphertext=sealed.ciphertext)
            .execution_options(synchronize_session=False))
        return bool(getattr(result, "rowcount", 0) == 1)


class WebhookSecretStore:
    """Secrets of every endpoint, removed ones included: a removed endpoint can be
    redelivered to, and its stored secret must not outlive the key it names."""

    kind = "webhook-secrets"
    names = ("webhook signing secret", "webhook signing secrets")
    audit_refs = False

    def _key_of(self, endpoint_id: str, stored: str) -> str | None:
        try:
            parsed = actions.parse_secret(endpoint_id, stored)
        except Conflict:
            return None  # damaged: counted with the unrecorded ones, reported by reseal
        return reseal.NOT_ENCRYPTED if parsed.plain is not None else parsed.key_id

    def count_by_key(self, session: Session) -> dict[str | None, int]:
        found: Counter[str | None] = Counter()
        for endpoint_id, stored in session.execute(select(WebhookEndpoint.id,
                                                          WebhookEndpoint.secret)):
            found[self._key_of(endpoint_id, stored)] += 1
        return dict(found)

    def batch(self, session: Session, *, current_key_id: str, after: str | None,
              limit: int, lock: bool) -> list[reseal.SealedValue]:
        current_prefix = f"{actions.SEALED_PREFIX}{current_key_id}:"
        query = select(WebhookEndpoint).where(~WebhookEndpoint.secret.startswith(
            current_prefix, autoescape=True))
        if after is not None:
            query = query.where(WebhookEndpoint.id > after)
        query = query.order_by(WebhookEndpoint.id).limit(limit)
        if lock and session.get_bind().dialect.name == "postgresql":
            query = query.with_for_update(of=WebhookEndpoint)
        values = []
        for ep in session.scalars(query):
            aad = actions.secret_associated_data(ep.id)
            try:
                parsed = actions.parse_secret(ep.id, ep.secret)
            except Conflict:  # nothing opens it: reported as unreadable
                values.append(reseal.SealedValue(ep.id, None, b"", b"", aad))
                continue
            values.append(reseal.SealedValue(
                ref=ep.id, key_id=parsed.key_id, nonce=parsed.nonce,
                ciphertext=parsed.ciphertext, associated_data=aad,
                plain=parsed.plain.encode() if parsed.plain is not None else None))
        return values

    def replace(self, session: Session, value: reseal.SealedValue,
                sealed: keys.Sealed) -> bool:
        ep = session.get(WebhookEndpoint, value.ref)
        if ep is None:
            return False
        result = session.execute(
            update(WebhookEndpoint)
            .where(WebhookEndpoint.id == value.ref, WebhookEndpoint.secret == ep.secret)
            .values(secret=actions.format_sealed_secret(sealed))
            .execution_options(synchronize_session=False))
        return bool(getattr(result, "rowcount", 0) == 1)


reseal.register(MediaStore())
reseal.register(WebhookSecretStore())
