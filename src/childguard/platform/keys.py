"""The deployment's encryption key, shared by every context that seals data at rest.

Evidence (reporting), media kept for review and webhook signing secrets (moderation) are
sealed with AES-256-GCM under one key, ``CHILDGUARD_EVIDENCE_KEY``. Every sealed value
records the id of the key that sealed it, so the key can rotate without losing anything:

1. set the new key as ``CHILDGUARD_EVIDENCE_KEY`` and move the old one to
   ``CHILDGUARD_EVIDENCE_PREVIOUS_KEYS``; restart. New data is sealed with the new key and
   old data still opens with the previous one.
2. ``childguard evidence-key reseal`` re-encrypts everything still under an old key
   (:mod:`childguard.platform.reseal`).
3. remove the old key.

A key id is ``settings:`` and the first 12 hex digits of the key's SHA-256: a fingerprint
that names the key without revealing it. A deployment with a key service (KMS, Vault)
installs its own :class:`KeyProvider` with :func:`set_key_provider`; its key ids are its own.

In development, when no key is set, a key file is generated under ``data_dir``
(``evidence.key``, mode 0600). Key files found there are also read as previous keys
(``moderation-media.key`` sealed moderation media before the key was shared), so a data
directory from an older release keeps opening. Values sealed before key ids were recorded
are tried with the current key, then with each previous key.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import secrets
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from childguard.platform.config import Settings, get_settings
from childguard.platform.errors import Conflict, Forbidden, InvalidInput

KEY_BYTES = 32
NONCE_BYTES = 12
#: The longest key id a sealed value can record (the columns that store it are this wide).
KEY_ID_MAX_LENGTH = 64
CURRENT_KEY_SETTING = "CHILDGUARD_EVIDENCE_KEY"
PREVIOUS_KEYS_SETTING = "CHILDGUARD_EVIDENCE_PREVIOUS_KEYS"
DEV_KEY_FILE = "evidence.key"
#: Key files earlier releases generated in development; read as previous keys when present.
LEGACY_DEV_KEY_FILES = ("moderation-media.key",)


class KeyNotConfigured(Forbidden):
    """A sealed value names a key this deployment does not have."""

    code = "key_not_configured"

    def __init__(self, key_id: str, what: str = "the data"):
        super().__init__(
            f"{what} was encrypted with key {key_id}, which is not configured; add that key "
            f"to {PREVIOUS_KEYS_SETTING} (comma-separated) and restart",
            details={"key_id": key_id})
        self.key_id = key_id


class SealedValueUnreadable(Conflict):
    """A value sealed before key ids were recorded that no configured key opens."""

    code = "sealed_value_unreadable"


class KeyProvider(Protocol):
    """Where keys come from. ``key`` raises :class:`KeyNotConfigured` for an unknown id.

    A provider may also offer ``previous_key_ids() -> Sequence[str]``: the retired keys it
    can still use, tried (after the current key) on values that recorded no key id."""

    def current_key_id(self) -> str: ...

    def key(self, key_id: str) -> bytes: ...


@dataclass(frozen=True)
class ConfiguredKey:
    key_id: str
    current: bool
    #: Where the key comes from, e.g. ``CHILDGUARD_EVIDENCE_PREVIOUS_KEYS entry 2``.
    source: str


def parse_key(text: str) -> bytes:
    """A key as configured: base64 of 32 bytes. ``ValueError`` with a plain message (that
    never repeats the key) otherwise."""
    try:
        key = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise ValueError("is not valid base64 (expected base64 of 32 random bytes)") from None
    if len(key) != KEY_BYTES:
        raise ValueError(f"must decode to {KEY_BYTES} bytes, not {len(key)} "
                         "(expected base64 of 32 random bytes)")
    return key


def split_previous_keys(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


def new_key_text() -> str:
    """A fresh key in the configured form (what the docs tell operators to generate)."""
    return base64.b64encode(secrets.token_bytes(KEY_BYTES)).decode()


class SettingsKeyProvider:
    """``evidence_key`` (or, in development, a generated key file) as the current key;
    ``evidence_previous_keys`` and key files found in ``data_dir`` as previous keys."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self._lock = threading.Lock()
        self._current: ConfiguredKey | None = None
        self._keys: dict[str, bytes] = {}
        self._previous: list[ConfiguredKey] = []

    @staticmethod
    def key_id_of(key: bytes) -> str:
        return "settings:" + hashlib.sha256(key).hexdigest()[:12]

    def _load(self) -> ConfiguredKey:
        if self._current is not None:
            return self._current
        with self._lock:
            if self._current is not None:
                return self._current
            data_dir = Path(self.settings.data_dir)
            dev_file = data_dir / DEV_KEY_FILE
            if self.settings.evidence_key:
                current_key = _parse_setting(self.settings.evidence_key, CURRENT_KEY_SETTING)
                current_source = CURRENT_KEY_SETTING
            elif self.settings.environment == "production":
                raise InvalidInput(f"{CURRENT_KEY_SETTING} must be set in production "
                                   "(base64 of 32 random bytes)")
            else:
                current_key = _dev_key(dev_file)
                current_source = f"file {dev_file}"
            current = ConfiguredKey(self.key_id_of(current_key), True, current_source)
            keys = {current.key_id: current_key}
            previous: list[ConfiguredKey] = []

            def add(key: bytes, source: str) -> None:
                key_id = self.key_id_of(key)
                if key_id not in keys:
                    keys[key_id] = key
                    previous.append(ConfiguredKey(key_id, False, source))

            entries = split_previous_keys(self.settings.evidence_previous_keys)
            for n, text in enumerate(entries, 1):
                add(_parse_setting(text, f"{PREVIOUS_KEYS_SETTING} entry {n}"),
                    f"{PREVIOUS_KEYS_SETTING} entry {n}")
            files = [data_dir / name for name in LEGACY_DEV_KEY_FILES]
            if self.settings.evidence_key:
                files.insert(0, dev_file)  # the development key, before a key was set
            for path in files:
                if path.exists():
                    add(_read_key_file(path), f"file {path}")
            self._keys, self._previous = keys, previous
            self._current = current
            return current

    def current_key_id(self) -> str:
        return self._load().key_id

    def previous_key_ids(self) -> list[str]:
        self._load()
        return [k.key_id for k in self._previous]

    def configured_keys(self) -> list[ConfiguredKey]:
        return [self._load(), *self._previous]

    def key(self, key_id: str) -> bytes:
        self._load()
        try:
            return self._keys[key_id]
        except KeyError:
            raise KeyNotConfigured(key_id) from None


def _parse_setting(text: str, name: str) -> bytes:
    try:
        return parse_key(text)
    except ValueError as exc:
        raise InvalidInput(f"{name} {exc}") from None


def _read_key_file(path: Path) -> bytes:
    try:
        return parse_key(path.read_text())
    except ValueError as exc:
        raise InvalidInput(f"the key file {path} {exc}") from None


def _dev_key(path: Path) -> bytes:
    if path.exists():
        return _read_key_file(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_bytes(KEY_BYTES)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process created it first
        return _read_key_file(path)
    with os.fdopen(fd, "w") as fh:
        fh.write(base64.b64encode(key).decode())
    return key


_installed: KeyProvider | None = None
_from_settings: SettingsKeyProvider | None = None
_provider_lock = threading.Lock()


def set_key_provider(provider: KeyProvider | None) -> None:
    """Install a key-service provider (or ``None`` to go back to settings)."""
    global _installed
    _installed = provider


def key_provider() -> KeyProvider:
    """The installed provider, else the one reading the current settings (kept while the
    settings object is, so key files are read once per process)."""
    global _from_settings
    if _installed is not None:
        return _installed
    settings = get_settings()
    provider = _from_settings
    if provider is None or provider.settings is not settings:
        with _provider_lock:
            provider = _from_settings
            if provider is None or provider.settings is not settings:
                provider = _from_settings = SettingsKeyProvider(settings)
    return provider


def previous_key_ids(provider: KeyProvider) -> list[str]:
    previous = getattr(provider, "previous_key_ids", None)
    return list(previous()) if callable(previous) else []


def has_key(provider: KeyProvider, key_id: str) -> bool:
    try:
        provider.key(key_id)
    except (Forbidden, LookupError):
        return False
    return True


@dataclass(frozen=True)
class Sealed:
    key_id: str
    nonce: bytes
    ciphertext: bytes


def seal(plaintext: bytes, associated_data: bytes, *,
         provider: KeyProvider | None = None) -> Sealed:
    """Encrypt under the current key with a fresh nonce; ``associated_data`` binds the
    ciphertext to its place (a ciphertext moved elsewhere does not open)."""
    provider = provider or key_provider()
    key_id = provider.current_key_id()
    if not key_id or len(key_id) > KEY_ID_MAX_LENGTH or any(c.isspace() for c in key_id):
        raise InvalidInput(f"the key provider's key id {key_id!r} must be 1 to "
                           f"{KEY_ID_MAX_LENGTH} characters without spaces")
    nonce = secrets.token_bytes(NONCE_BYTES)
    return Sealed(key_id, nonce,
                  AESGCM(provider.key(key_id)).encrypt(nonce, plaintext, associated_data))


def open_sealed(key_id: str | None, nonce: bytes, ciphertext: bytes, associated_data: bytes,
                *, what: str = "the data", provider: KeyProvider | None = None) -> bytes:
    """Decrypt a sealed value. With its recorded ``key_id``, only that key is used (a wrong
    associated data or a tampered ciphertext raises ``InvalidTag``); without one (sealed
    before key ids were recorded) the current key, then each previous key, is tried."""
    provider = provider or key_provider()
    if key_id is not None:
        try:
            key = provider.key(key_id)
        except KeyNotConfigured:
            raise KeyNotConfigured(key_id, what) from None
        return AESGCM(key).decrypt(nonce, ciphertext, associated_data)
    found = identify(nonce, ciphertext, associated_data, provider=provider)
    if found is None:
        tried = 1 + len(previous_key_ids(provider))
        raise SealedValueUnreadable(
            f"{what} was sealed before key ids were recorded and none of the {tried} "
            f"configured key(s) opens it; if {CURRENT_KEY_SETTING} was changed, add the "
            f"key it had before to {PREVIOUS_KEYS_SETTING} and restart")
    return found[1]


def identify(nonce: bytes, ciphertext: bytes, associated_data: bytes, *,
             provider: KeyProvider | None = None) -> tuple[str, bytes] | None:
    """The configured key that opens a value that recorded no key id, and its plaintext."""
    provider = provider or key_provider()
    candidates: Sequence[str] = [provider.current_key_id(), *previous_key_ids(provider)]
    for key_id in candidates:
        try:
            key = provider.key(key_id)
        except (Forbidden, LookupError):
            continue
        try:
            return key_id, AESGCM(key).decrypt(nonce, ciphertext, associated_data)
        except InvalidTag:
            continue
    return None
