"""Re-seal everything still encrypted under a retired key, so that key can be dropped.

Each context registers what it seals in ``childguard/<context>/sealing.py`` with
:func:`register` (a :class:`SealedStore`: count per key id, read a batch, swap one value).
:func:`reseal` walks every store in primary-key order, a batch per transaction: it opens
each value with the key it names (or, for values that recorded no key id, with whichever
configured key opens it), checks the plaintext against the integrity hash the store keeps,
seals it again under the current key and writes it back only if the row is still what was
read (a value destroyed or re-sealed meanwhile is left alone). A crash loses at most the
batch in flight, which a rerun redoes; a rerun after success finds nothing to do.

Every batch is audited (``keys.reseal.batch``) in its own transaction, and the run ends with
``keys.reseal`` (or ``keys.reseal.dry_run``) holding the counts per kind.
"""

from __future__ import annotations

import hashlib
import importlib
import pkgutil
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from cryptography.exceptions import InvalidTag
from sqlalchemy.orm import Session

from childguard.platform import audit, keys
from childguard.platform.db import Database
from childguard.platform.errors import InvalidInput

#: How a value that recorded no key id is shown, in counts and messages.
NOT_RECORDED = "not recorded (sealed by an older release)"
#: How a value stored without encryption is shown (webhook secrets from before sealing).
NOT_ENCRYPTED = "not encrypted"
#: What :meth:`KeyUsage.state` says about the values under one key id.
CURRENT = "current"
TO_RESEAL = "to re-seal"
PREVIOUS_TO_RESEAL = "previous key: to re-seal"
NOT_CONFIGURED = "key not configured"
#: The command that moves everything to the current key.
RESEAL_COMMAND = "childguard evidence-key reseal"
DEFAULT_BATCH_SIZE = 100
MAX_BATCH_SIZE = 10_000


@dataclass(frozen=True)
class SealedValue:
    #: The row's primary key: batches page through a store in this order.
    ref: str
    #: The key that sealed it; None when it was sealed before key ids were recorded.
    key_id: str | None
    nonce: bytes
    ciphertext: bytes
    associated_data: bytes
    #: The plaintext's SHA-256 (hex) where the store keeps one; checked before re-sealing.
    sha256: str | None = None
    #: The plaintext's length where the store keeps it; checked before re-sealing.
    size: int | None = None
    #: Set instead of a ciphertext for a value that was stored without encryption.
    plain: bytes | None = None


class SealedStore(Protocol):
    #: Short name used in the audit log and on the command line, e.g. ``evidence``.
    kind: str
    #: What an item is called in messages, singular and plural.
    names: tuple[str, str]
    #: Name each re-sealed item in the audit log (evidence: chain of custody).
    audit_refs: bool

    def count_by_key(self, session: Session) -> dict[str | None, int]:
        """Live sealed values per key id (None: no key id recorded; ``NOT_ENCRYPTED``)."""
        ...

    def batch(self, session: Session, *, current_key_id: str, after: str | None,
              limit: int, lock: bool) -> list[SealedValue]:
        """Up to ``limit`` live values with ref > ``after``, in ref order, that are not
        recorded as sealed under ``current_key_id``; with ``lock``, locked for update where
        the database can (SQLite's write lock already covers the whole transaction)."""
        ...

    def replace(self, session: Session, value: SealedValue, sealed: keys.Sealed) -> bool:
        """Write ``sealed`` in place of ``value`` if the row still holds ``value``."""
        ...


_stores: dict[str, SealedStore] = {}
_loaded = False


def register(store: SealedStore) -> SealedStore:
    _stores[store.kind] = store
    return store


def stores() -> list[SealedStore]:
    """Every registered store, after importing ``childguard.<context>.sealing``."""
    global _loaded
    if not _loaded:
        import childguard

        for info in pkgutil.iter_modules(childguard.__path__):
            if info.ispkg:
                name = f"childguard.{info.name}.sealing"
                try:
                    importlib.import_module(name)
                except ModuleNotFoundError as exc:
                    if exc.name != name:
                        raise
        _loaded = True
    return [_stores[kind] for kind in sorted(_stores)]


def key_label(key_id: str | None) -> str:
    return NOT_RECORDED if key_id is None else key_id


def counted(n: int, names: tuple[str, str]) -> str:
    """``1 evidence item``, ``3 evidence items``."""
    return f"{n} {names[0] if n == 1 else names[1]}"


# ----------------------------------------------------------------- status


@dataclass(frozen=True)
class KeyUsage:
    current_key_id: str
    #: Configured keys (current first) with where each comes from, when the provider says.
    configured: list[keys.ConfiguredKey]
    #: kind -> key id (None: not recorded) -> live sealed values.
    counts: dict[str, dict[str | None, int]]
    names: dict[str, tuple[str, str]]
    #: key id -> whether this deployment has it.
    available: dict[str, bool]

    def outside_current(self, kind: str) -> int:
        return sum(n for k, n in self.counts[kind].items() if k != self.current_key_id)

    @property
    def to_reseal(self) -> int:
        return sum(self.outside_current(kind) for kind in self.counts)

    def missing(self) -> dict[str, dict[str, int]]:
        """key id -> kind -> count, for recorded key ids this deployment does not have."""
        found: dict[str, dict[str, int]] = {}
        for kind, by_key in self.counts.items():
            for key_id, n in by_key.items():
                if key_id not in (None, NOT_ENCRYPTED) and n \
                        and not self.available.get(key_id, False):
                    found.setdefault(key_id, {})[kind] = n
        return found

    def state(self, key_id: str | None) -> str:
        """What the values under ``key_id`` need: nothing, a re-seal, or a missing key."""
        if key_id == self.current_key_id:
            return CURRENT
        if key_id is None or key_id == NOT_ENCRYPTED:
            return TO_RESEAL
        return PREVIOUS_TO_RESEAL if self.available.get(key_id) else NOT_CONFIGURED

    def rows(self) -> list[tuple[str, str | None, int]]:
        """(kind, key id, count) for each kind and key id holding live values, in order."""
        return [(kind, key_id, n) for kind, by_key in self.counts.items()
                for key_id, n in sorted(by_key.items(), key=lambda kv: str(kv[0]))]

    def in_use(self, key_id: str) -> int:
        return sum(by_key.get(key_id, 0) for by_key in self.counts.values())

    def droppable(self) -> list[keys.ConfiguredKey]:
        """Previous keys nothing recorded uses; safe to remove once no value is left
        without a recorded key id (those may be sealed under any of them)."""
        if any(by_key.get(None) for by_key in self.counts.values()):
            return []
        return [k for k in self.configured if not k.current and not self.in_use(k.key_id)]


def usage(database: Database, provider: keys.KeyProvider | None = None) -> KeyUsage:
    """What is sealed under which key, from the database alone (nothing is decrypted)."""
    provider = provider or keys.key_provider()
    current = provider.current_key_id()
    counts: dict[str, dict[str | None, int]] = {}
    names: dict[str, tuple[str, str]] = {}
    with database.read_only() as session:
        for store in stores():
            counts[store.kind] = {k: n for k, n in store.count_by_key(session).items() if n}
            names[store.kind] = store.names
    ids = {k for by_key in counts.values() for k in by_key if k not in (None, NOT_ENCRYPTED)}
    available = {key_id: keys.has_key(provider, key_id) for key_id in ids | {current}}
    describe = getattr(provider, "configured_keys", None)
    configured: list[keys.ConfiguredKey] = (
        list(describe()) if callable(describe) else
        [keys.ConfiguredKey(current, True, type(provider).__name__),
         *(keys.ConfiguredKey(k, False, type(provider).__name__)
           for k in keys.previous_key_ids(provider))])
    return KeyUsage(current, configured, counts, names, available)


def describe_missing(use: KeyUsage) -> str:
    parts = []
    for key_id, by_kind in sorted(use.missing().items()):
        what = ", ".join(counted(n, use.names[kind]) for kind, n in sorted(by_kind.items()))
        parts.append(f"{what} sealed with key {key_id}")
    return ("; ".join(parts) + f": that key is not configured; add it to "
            f"{keys.PREVIOUS_KEYS_SETTING} (comma-separated) and restart")


def drop_advice(key: keys.ConfiguredKey) -> str:
    """How to drop a previous key that :meth:`KeyUsage.droppable` names."""
    where = (f"delete {key.source[len('file '):]}" if key.source.startswith("file ")
             else f"remove it from {keys.PREVIOUS_KEYS_SETTING}")
    return (f"previous key {key.key_id} ({key.source}) seals nothing any more: "
            f"{where} and restart")


class KeysNotConfigured(InvalidInput):
    """Some values name a key this deployment does not have; nothing was changed."""

    code = "key_not_configured"


# ----------------------------------------------------------------- re-sealing


@dataclass
class KindOutcome:
    kind: str
    names: tuple[str, str]
    #: Values re-sealed (or, in a dry run, that would be) per key id they were under.
    resealed: Counter[str] = field(default_factory=Counter)
    #: Values left alone because their key is not configured, per key id.
    missing_keys: Counter[str] = field(default_factory=Counter)
    #: Values no configured key opens (no key id recorded, or the ciphertext is damaged).
    unreadable: list[str] = field(default_factory=list)
    #: Values whose plaintext does not match the hash kept with them.
    integrity_failures: list[str] = field(default_factory=list)
    #: Values changed by someone else between read and write (destroyed, re-sealed).
    changed_meanwhile: int = 0

    @property
    def total(self) -> int:
        return sum(self.resealed.values())

    def counted(self, n: int) -> str:
        return counted(n, self.names)

    @property
    def problems(self) -> int:
        return (sum(self.missing_keys.values()) + len(self.unreadable)
                + len(self.integrity_failures))

    def summary(self) -> dict[str, object]:
        return {"resealed": self.total, "by_key": dict(sorted(self.resealed.items())),
                "key_not_configured": dict(sorted(self.missing_keys.items())),
                "unreadable": len(self.unreadable),
                "integrity_failures": len(self.integrity_failures),
                "changed_meanwhile": self.changed_meanwhile}


@dataclass
class ResealOutcome:
    dry_run: bool
    current_key_id: str
    kinds: list[KindOutcome]

    @property
    def total(self) -> int:
        return sum(k.total for k in self.kinds)

    @property
    def ok(self) -> bool:
        return not any(k.problems for k in self.kinds)


Progress = Callable[[str, int], None]


def reseal(database: Database, *, actor: str, dry_run: bool = False,
           batch_size: int = DEFAULT_BATCH_SIZE, progress: Progress | None = None,
           provider: keys.KeyProvider | None = None) -> ResealOutcome:
    """Re-seal every value not under the current key (see the module docstring).

    Refuses, before changing anything, when a value names a key that is not configured
    (:class:`KeysNotConfigured`); a dry run reports those instead and changes nothing."""
    if not 1 <= batch_size <= MAX_BATCH_SIZE:
        raise InvalidInput(f"the batch size must be between 1 and {MAX_BATCH_SIZE}")
    provider = provider or keys.key_provider()
    use = usage(database, provider)
    if use.missing() and not dry_run:
        raise KeysNotConfigured("nothing was re-sealed: " + describe_missing(use),
                                details={"missing": use.missing()})
    current = use.current_key_id
    outcome = ResealOutcome(dry_run, current, [])
    for store in stores():
        kind = KindOutcome(store.kind, store.names)
        outcome.kinds.append(kind)
        if use.outside_current(store.kind):
            _reseal_store(database, store, kind, provider=provider, current=current,
                          actor=actor, dry_run=dry_run, batch_size=batch_size,
                          progress=progress)
    with database.unit_of_work() as session:
        audit.record(session, actor=actor,
                     action="keys.reseal.dry_run" if dry_run else "keys.reseal",
                     target_type="encryption_key", target_id=current,
                     details={"to_key_id": current,
                              "kinds": {k.kind: k.summary() for k in outcome.kinds}})
    return outcome


def _reseal_store(database: Database, store: SealedStore, kind: KindOutcome, *,
                  provider: keys.KeyProvider, current: str, actor: str, dry_run: bool,
                  batch_size: int, progress: Progress | None) -> None:
    after: str | None = None
    while True:
        transaction = database.read_only() if dry_run else database.unit_of_work()
        with transaction as session:
            values = store.batch(session, current_key_id=current, after=after,
                                 limit=batch_size, lock=not dry_run)
            if not values:
                return
            done: Counter[str] = Counter()
            refs: list[str] = []
            for value in values:
                from_key = _reseal_one(session, store, value, kind, provider=provider,
                                       dry_run=dry_run)
                if from_key is not None:
                    done[from_key] += 1
                    refs.append(value.ref)
            kind.resealed.update(done)
            if done and not dry_run:
                details: dict[str, object] = {
                    "kind": store.kind, "resealed": sum(done.values()),
                    "from_key_ids": dict(sorted(done.items())), "to_key_id": current}
                if store.audit_refs:
                    details["refs"] = refs
                audit.record(session, actor=actor, action="keys.reseal.batch",
                             target_type="encryption_key", target_id=current,
                             details=details)
        after = values[-1].ref
        if progress is not None:
            progress(store.kind, len(values))


def _reseal_one(session: Session, store: SealedStore, value: SealedValue, kind: KindOutcome,
                *, provider: keys.KeyProvider, dry_run: bool) -> str | None:
    """Re-seal one value; the key label it was under, or None when it was left alone."""
    if value.plain is not None:
        from_key, plain = NOT_ENCRYPTED, value.plain
    elif value.key_id is None:
        found = keys.identify(value.nonce, value.ciphertext, value.associated_data,
                              provider=provider)
        if found is None:
            kind.unreadable.append(value.ref)
            return None
        from_key, plain = found
    else:
        if not keys.has_key(provider, value.key_id):
            kind.missing_keys[value.key_id] += 1
            return None
        try:
            plain = keys.open_sealed(value.key_id, value.nonce, value.ciphertext,
                                     value.associated_data, provider=provider)
        except InvalidTag:
            kind.unreadable.append(value.ref)
            return None
        from_key = value.key_id
    if (value.sha256 is not None and hashlib.sha256(plain).hexdigest() != value.sha256) \
            or (value.size is not None and len(plain) != value.size):
        kind.integrity_failures.append(value.ref)
        return None
    if dry_run:
        return from_key
    sealed = keys.seal(plain, value.associated_data, provider=provider)
    if not store.replace(session, value, sealed):
        kind.changed_meanwhile += 1
        return None
    return from_key
