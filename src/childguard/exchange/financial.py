"""Financial measures: ``payment.sent`` events scored on FinCEN's sextortion red flags.

FinCEN's notice on financially motivated sextortion (FIN-2025-NTC2) lists what a payment
looks like when a child is being extorted or an account is collecting from many children.
This provider turns those red flags into typed signals that rules can use:

* an adult paying many minors (``payment.minors_paid_by_payer``);
* a minor paying an account they met recently (``payment.contact_age_days``);
* a payment that follows a threat in conversation (``payment.after_threat``; the threat is
  the conversations context's ``sextortion_threat`` indicator, on the message the payee
  sent, or on the conversation's stored signals), or a payment demand
  (``payment.after_demand``);
* gift cards and crypto (``payment.instrument``, from the memo and from what the payee
  asked for);
* many small payments from different minors to one payee
  (``payment.small_minor_payers_to_payee``).

The provider sees every event of a batch (messages too), so it keeps a small ledger of who
talked to whom, when a threat or demand was made, and the payments scored. Its rules hold
the payout, freeze the payee's balance and escalate to a case about the **payee**: a child
who pays is the victim, not the subject (``payment.case_subject``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from childguard.exchange.storage import PayContact, Payment

WINDOW = timedelta(days=30)
THREAT_WINDOW = timedelta(days=14)
FAN_IN_WINDOW = timedelta(days=7)
RECENT_CONTACT_DAYS = 14
SMALL_AMOUNT = 100.0
SEXTORTION_FLAG = "FIN-2025-SEXTORTION"

_GIFT_CARD = re.compile(
    r"gift ?cards?|\b(?:steam|itunes|apple|google ?play|amazon|xbox|psn|playstation|roblox|"
    r"razer|vanilla|visa)\s+(?:gift\s*)?(?:cards?|codes?)|\bcard codes?\b|tarjetas? regalo|"
    r"c[oó]digos? de (?:la )?tarjeta", re.I)
_CRYPTO = re.compile(r"\b(?:bitcoin|btc|crypto|usdt|tether|ethereum|eth|wallet address|"
                     r"bc1[a-z0-9]{20,}|0x[0-9a-f]{40})\b", re.I)
_MONEY_DEMAND = re.compile(r"\b(?:pay|send|transfer|wire)\b.{0,40}(?:\$|usd|dollars|euros?|"
                           r"money|cash|card|codes?|bitcoin|btc)|\$\s?\d+|\bpaga(?:me)?\b|"
                           r"\bdinero\b", re.I)

FLAG_WEIGHTS = {
    "payment_after_threat": 0.6,
    "minor_pays_recent_contact": 0.3,
    "payment_after_demand": 0.2,
    "gift_card_or_crypto": 0.2,
    "many_small_payments_from_minors": 0.4,
    "adult_pays_many_minors": 0.4,
}


def instrument_of(text: str) -> str | None:
    if _GIFT_CARD.search(text):
        return "gift_card"
    if _CRYPTO.search(text):
        return "crypto"
    return None


def message_flags(text: str) -> tuple[bool, bool]:
    """(threat, payment demand) shown by one message, by the conversations context's
    indicators where it is installed, and a few payment words of our own."""
    indicators: tuple[str, ...] = ()
    try:
        from childguard.conversations.indicators import detect_text

        indicators = detect_text(text)
    except Exception:  # the conversations context is absent or failing: words only
        indicators = ()
    threat = "sextortion_threat" in indicators
    demand = bool(_MONEY_DEMAND.search(text) or instrument_of(text)) and (
        threat or "money_currency" in indicators or bool(_MONEY_DEMAND.search(text)))
    return threat, demand


def pair_key(a: str, b: str) -> str:
    return "|".join(sorted((a, b)))


@dataclass(frozen=True)
class PaymentFacts:
    """What the red flags are computed from (plain data, so the scoring is testable)."""

    payer_minor: bool | None
    payee_minor: bool | None
    contact_age_days: int | None
    after_threat: bool
    after_demand: bool
    instrument: str
    minors_paid_by_payer: int
    small_minor_payers_to_payee: int
    minor_payers_to_payee: int


def red_flags(f: PaymentFacts) -> list[str]:
    flags: list[str] = []
    child_pays = f.payer_minor is True
    if f.after_threat:
        flags.append("payment_after_threat")
    if child_pays and f.contact_age_days is not None and (
            f.contact_age_days <= RECENT_CONTACT_DAYS) and f.payee_minor is not True:
        flags.append("minor_pays_recent_contact")
    if f.after_demand and child_pays:
        flags.append("payment_after_demand")
    if f.instrument in ("gift_card", "crypto") and f.payer_minor is not False:
        flags.append("gift_card_or_crypto")
    if f.small_minor_payers_to_payee >= 3:
        flags.append("many_small_payments_from_minors")
    if f.payer_minor is False and f.minors_paid_by_payer >= 3:
        flags.append("adult_pays_many_minors")
    return flags


def score(flags: Sequence[str]) -> float:
    return round(min(1.0, sum(FLAG_WEIGHTS.get(f, 0.0) for f in flags)), 3)


def case_subject(f: PaymentFacts, flags: Sequence[str]) -> str:
    payee_side = {"payment_after_threat", "minor_pays_recent_contact", "payment_after_demand",
                  "gift_card_or_crypto", "many_small_payments_from_minors"}
    return "payee" if f.payer_minor is not False and payee_side & set(flags) else "payer"


def _insert_ignore(session: Session, table: Any, rows: list[dict[str, Any]],
                   keys: list[str]) -> None:
    if not rows:
        return
    module: Any = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    session.execute(module.insert(table).on_conflict_do_nothing(index_elements=keys), rows)


class Ledger:
    """The provider's memory: contacts, threats, demands and payments, in the ingest
    transaction (so a refused batch leaves no trace)."""

    def __init__(self, session: Session):
        self.session = session
        self.contacts: dict[str, PayContact] = {}

    def contact(self, a: str, b: str) -> PayContact | None:
        key = pair_key(a, b)
        if key not in self.contacts:
            row = self.session.get(PayContact, key)
            if row is None:
                return None
            self.contacts[key] = row
        return self.contacts[key]

    def message(self, sender: str, recipients: Sequence[str], at: datetime, text: str,
                stored_indicators: Sequence[str]) -> None:
        threat, demand = message_flags(text)
        if not threat and "sextortion_threat" in stored_indicators and (
                _MONEY_DEMAND.search(text) or instrument_of(text)):
            threat = True  # the conversation is already a threat; this asks for the money
        instrument = instrument_of(text)
        for recipient in recipients:
            if recipient == sender:
                continue
            key = pair_key(sender, recipient)
            row = self.contact(sender, recipient)
            if row is None:
                _insert_ignore(self.session, PayContact.__table__,
                               [{"pair_key": key, "first_contact_at": at, "instruments": []}],
                               ["pair_key"])
                row = self.session.get(PayContact, key)
                assert row is not None
                self.contacts[key] = row
            if at < row.first_contact_at:
                row.first_contact_at = at
            if threat:
                row.last_threat_at = max(at, row.last_threat_at or at)
                row.threat_by = sender
            if demand:
                row.last_demand_at = max(at, row.last_demand_at or at)
                if not threat and row.threat_by is None:
                    row.threat_by = None
            if instrument and instrument not in (row.instruments or []):
                row.instruments = [*(row.instruments or []), instrument]

    def facts(self, *, payer: str, payee: str, at: datetime, memo: str, amount: float,
              payer_minor: bool | None, payee_minor: bool | None) -> PaymentFacts:
        row = self.contact(payer, payee)
        contact_age = None
        after_threat = after_demand = False
        instrument = instrument_of(memo) or ""
        if row is not None:
            contact_age = max(0, (at - row.first_contact_at).days)
            after_threat = bool(row.last_threat_at and row.threat_by == payee
                                and timedelta(0) <= at - row.last_threat_at <= THREAT_WINDOW)
            after_demand = bool(row.last_demand_at
                                and timedelta(0) <= at - row.last_demand_at <= THREAT_WINDOW)
            if not instrument and row.instruments:
                instrument = str(row.instruments[-1])
        since = at - WINDOW
        paid_minors = set(self.session.scalars(select(Payment.payee).where(
            Payment.payer == payer, Payment.at >= since, Payment.payee_minor.is_(True))))
        if payee_minor:
            paid_minors.add(payee)
        minor_payers = set(self.session.scalars(select(Payment.payer).where(
            Payment.payee == payee, Payment.at >= since, Payment.payer_minor.is_(True))))
        small_payers = set(self.session.scalars(select(Payment.payer).where(
            Payment.payee == payee, Payment.at >= at - FAN_IN_WINDOW,
            Payment.payer_minor.is_(True), Payment.amount <= SMALL_AMOUNT)))
        if payer_minor:
            minor_payers.add(payer)
            if amount <= SMALL_AMOUNT:
                small_payers.add(payer)
        return PaymentFacts(payer_minor=payer_minor, payee_minor=payee_minor,
                            contact_age_days=contact_age, after_threat=after_threat,
                            after_demand=after_demand, instrument=instrument or "p2p",
                            minors_paid_by_payer=len(paid_minors),
                            small_minor_payers_to_payee=len(small_payers),
                            minor_payers_to_payee=len(minor_payers))

    def record_payment(self, *, payment_id: str, event_id: str, payer: str, payee: str,
                       amount: float, currency: str, at: datetime, facts: PaymentFacts,
                       flags: list[str], value: float) -> None:
        _insert_ignore(self.session, Payment.__table__, [{
            "payment_id": payment_id, "event_id": event_id, "payer": payer, "payee": payee,
            "amount": amount, "currency": currency, "at": at,
            "payer_minor": facts.payer_minor, "payee_minor": facts.payee_minor,
            "instrument": facts.instrument, "red_flags": flags, "score": value}],
            ["payment_id"])
        self.session.flush()


def payee_summary(session: Session, payee: str) -> dict[str, Any]:
    """What the console and a report say about an account receiving payments."""
    rows = list(session.scalars(select(Payment).where(Payment.payee == payee)
                                .order_by(Payment.at)))
    flagged = [r for r in rows if r.red_flags]
    return {"payee": payee, "payments": len(rows),
            "flagged_payments": len(flagged),
            "total_flagged_amount": round(sum(r.amount for r in flagged), 2),
            "payers": sorted({r.payer for r in rows}),
            "red_flags": sorted({f for r in flagged for f in r.red_flags}),
            "sar_keyword": SEXTORTION_FLAG if flagged else None}
