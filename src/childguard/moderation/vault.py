"""Uploaded files kept for review, encrypted at rest with AES-GCM.

The key is the deployment's key (:mod:`childguard.platform.keys`, ``CHILDGUARD_EVIDENCE_KEY``);
each blob records the id of the key that sealed it, so the key can rotate. The content
reference is bound into the ciphertext as associated data, so a blob cannot be swapped to
another item without failing to decrypt. Blobs stored before key ids were recorded (no
``key_id``) open with the current key or one of the previous keys, including the
``moderation-media.key`` file that development mode used to generate for them.
"""

from __future__ import annotations

from childguard.platform import keys


def associated_data(content_ref: str) -> bytes:
    return content_ref.encode()


def seal(content_ref: str, data: bytes) -> keys.Sealed:
    return keys.seal(data, associated_data(content_ref))


def open_sealed(content_ref: str, nonce: bytes, ciphertext: bytes,
                key_id: str | None = None) -> bytes:
    return keys.open_sealed(key_id, nonce, ciphertext, associated_data(content_ref),
                            what=f"the file {content_ref}")
