"""Uploaded files kept for review, encrypted at rest with AES-GCM.

The key is the deployment's evidence key (``CHILDGUARD_EVIDENCE_KEY``); in development,
when unset, a key file is generated under the data directory (mode 0600). The content
reference is bound into the ciphertext as associated data, so a blob cannot be swapped to
another item without failing to decrypt.
"""

from __future__ import annotations

import base64
import os
import secrets
import threading

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from childguard.platform.config import get_settings

_lock = threading.Lock()
_keys: dict[str, bytes] = {}


def _key() -> bytes:
    settings = get_settings()
    cache_key = f"{settings.evidence_key}:{settings.data_dir}"
    if cache_key in _keys:
        return _keys[cache_key]
    with _lock:
        if settings.evidence_key:
            key = base64.b64decode(settings.evidence_key)
        else:
            path = settings.data_dir / "moderation-media.key"
            path.parent.mkdir(parents=True, exist_ok=True)
            try:
                key = base64.b64decode(path.read_bytes())
            except FileNotFoundError:
                key = secrets.token_bytes(32)
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                with os.fdopen(fd, "wb") as fh:
                    fh.write(base64.b64encode(key))
        if len(key) != 32:
            raise ValueError("the evidence key must be 32 bytes (base64)")
        _keys[cache_key] = key
        return key


def seal(content_ref: str, data: bytes) -> tuple[bytes, bytes]:
    nonce = secrets.token_bytes(12)
    return nonce, AESGCM(_key()).encrypt(nonce, data, content_ref.encode())


def open_sealed(content_ref: str, nonce: bytes, ciphertext: bytes) -> bytes:
    return AESGCM(_key()).decrypt(nonce, ciphertext, content_ref.encode())
