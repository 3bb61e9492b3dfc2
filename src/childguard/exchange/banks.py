"""Where fetched media hashes go: the media context's banks, through its service functions.

Exchange never writes media tables. It asks media to create the bank for a collaboration,
to add entries (with the source record as provenance), and to disable an entry when the
source removes it; deletion upstream disables, it does not delete, so the audit trail and
past matches keep their meaning.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy.orm import Session


@dataclass(frozen=True)
class BankItem:
    signal_type: str
    value: str
    record_key: str
    classification: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


class BankSink(Protocol):
    def supports(self, signal_type: str) -> bool: ...

    def validate(self, signal_type: str, value: str) -> str: ...

    def ensure_bank(self, session: Session, *, name: str, source: str, detail: str,
                    actor: str) -> str: ...

    def add(self, session: Session, *, bank: str, items: list[BankItem], actor: str,
            source: str) -> int: ...

    def set_enabled(self, session: Session, *, bank: str, signal_type: str, value: str,
                    enabled: bool, actor: str, note: str) -> int: ...

    def enabled_count(self, session: Session, *, bank: str) -> dict[str, int]: ...


class MediaBanks:
    """The media context's banks (``childguard.media.banks``)."""

    def __init__(self) -> None:
        from childguard.media import banks, signals

        self._banks = banks
        self._signals = signals

    def supports(self, signal_type: str) -> bool:
        return signal_type in self._signals.SIGNAL_TYPES

    def validate(self, signal_type: str, value: str) -> str:
        return str(self._signals.get_signal_type(signal_type).validate(value))

    def ensure_bank(self, session: Session, *, name: str, source: str, detail: str,
                    actor: str) -> str:
        from childguard.platform.errors import NotFound

        try:
            return str(self._banks.get_bank(session, name).id)
        except NotFound:
            src = source if source in self._banks.SOURCES else "exchange"
            bank = self._banks.create_bank(
                session, actor=actor, name=name, source=src, source_detail=detail,
                description=f"Fetched by the exchange collaboration {detail!r}")
            return str(bank.id)

    def add(self, session: Session, *, bank: str, items: list[BankItem], actor: str,
            source: str) -> int:
        if not items:
            return 0
        row = self._banks.get_bank(session, bank)
        entries = [self._banks.NewEntry(signal_type=i.signal_type, value=i.value,
                                        classification=i.classification,
                                        source_id=i.record_key[:255], extra=i.extra)
                   for i in items]
        added, _ = self._banks.add_entries_bulk(session, actor=actor, bank=row,
                                                entries=entries, source=source)
        return int(added)

    def set_enabled(self, session: Session, *, bank: str, signal_type: str, value: str,
                    enabled: bool, actor: str, note: str) -> int:
        row = self._banks.get_bank(session, bank)
        changed = 0
        for entry in self._banks.find_entries(session, signal_type, value):
            if entry.bank_id == row.id and bool(entry.enabled) != enabled:
                self._banks.set_entry_enabled(session, actor=actor, entry=entry,
                                              enabled=enabled, note=note)
                changed += 1
        return changed

    def enabled_count(self, session: Session, *, bank: str) -> dict[str, int]:
        row = self._banks.get_bank(session, bank)
        return dict(self._banks.entry_counts(session).get(row.id, {"enabled": 0,
                                                                    "disabled": 0}))


_sink: BankSink | None = None


def set_bank_sink(sink: BankSink | None) -> None:
    """Replace where hashes go (tests of the exchange side alone)."""
    global _sink
    _sink = sink


def bank_sink() -> BankSink:
    return _sink if _sink is not None else MediaBanks()
