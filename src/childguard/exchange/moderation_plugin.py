"""Exchange's additions to moderation, registered through moderation's registries.

Moderation imports ``childguard.<context>.moderation_plugin`` once (see
``childguard.moderation.signals.load_plugins``); importing this module adds:

* the ``payment`` signal provider (FinCEN sextortion red flags, :mod:`.financial`);
* the ``shared`` signal provider: matches against signals other members shared, which are
  leads for review and inputs to rules, never bans on their own;
* the ``hold_payout`` and ``freeze_balance`` actions, addressed to the payee's account.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

from childguard.exchange import financial
from childguard.moderation import actions, rules
from childguard.moderation.events import (
    AccountCreated,
    AccountUpdated,
    Event,
    MessageSent,
    PaymentSent,
)
from childguard.moderation.rules import ParamSpec, SignalSpec
from childguard.moderation.signals import (
    PROVIDERS,
    Pending,
    SignalProvider,
    band_of,
    is_minor,
    load_facts,
)

PAYMENT = frozenset({"payment.sent"})


class PaymentRedFlags(SignalProvider):
    """FinCEN's sextortion red flags on payments; runs after the account and conversation
    providers, so their signals on the same batch are already there."""

    name = "payment"
    specs = (
        SignalSpec("payment.payer_is_minor", "bool", "The paying account is a child", PAYMENT),
        SignalSpec("payment.payee_is_minor", "bool", "The receiving account is a child",
                   PAYMENT),
        SignalSpec("payment.contact_age_days", "number",
                   "Days since payer and payee first exchanged messages (absent if never)",
                   PAYMENT),
        SignalSpec("payment.after_threat", "bool",
                   "The payee threatened the payer in conversation in the last 14 days",
                   PAYMENT),
        SignalSpec("payment.after_demand", "bool",
                   "A payment demand was made in their conversation in the last 14 days",
                   PAYMENT),
        SignalSpec("payment.instrument", "string", "gift_card, crypto or p2p", PAYMENT),
        SignalSpec("payment.minors_paid_by_payer", "number",
                   "Distinct minors this payer paid in 30 days", PAYMENT),
        SignalSpec("payment.minor_payers_to_payee", "number",
                   "Distinct minors who paid this payee in 30 days", PAYMENT),
        SignalSpec("payment.small_minor_payers_to_payee", "number",
                   f"Distinct minors who paid this payee at most {financial.SMALL_AMOUNT:g} "
                   "in 7 days", PAYMENT),
        SignalSpec("payment.red_flags", "list", "FinCEN sextortion red flags raised", PAYMENT),
        SignalSpec("payment.sextortion_score", "number", "Weighted red flags, 0-1", PAYMENT),
        SignalSpec("payment.case_subject", "string",
                   "Whose case the payment belongs to: payee or payer", PAYMENT),
    )

    def collect(self, session: Session, items: Sequence[Pending]) -> None:
        if not any(isinstance(i.event, MessageSent | PaymentSent) for i in items):
            return
        ledger = financial.Ledger(session)
        ids: set[str] = set()
        for item in items:
            if isinstance(item.event, PaymentSent):
                ids.update((item.event.account_id, item.event.data.recipient_account_id))
        facts = load_facts(session, ids)
        # In batch order: a threat earlier in the same batch counts for a later payment.
        for item in sorted(items, key=lambda i: i.event.occurred_at):
            ev: Event = item.event
            if isinstance(ev, AccountCreated | AccountUpdated):
                continue
            if isinstance(ev, MessageSent):
                stored = item.signals.get("conversation.indicators") or []
                ledger.message(ev.account_id, list(ev.data.recipient_ids), ev.occurred_at,
                               ev.data.text, [str(s) for s in stored])
            elif isinstance(ev, PaymentSent):
                self._score(ledger, item, ev, facts)

    def _score(self, ledger: financial.Ledger, item: Pending, ev: PaymentSent,
               facts: dict[str, Any]) -> None:
        today = ev.occurred_at.date()
        payee = ev.data.recipient_account_id
        payer_minor = is_minor(band_of(facts.get(ev.account_id), today)[0])
        payee_minor = is_minor(band_of(facts.get(payee), today)[0])
        amount = float(ev.data.amount)
        f = ledger.facts(payer=ev.account_id, payee=payee, at=ev.occurred_at,
                         memo=ev.data.memo, amount=amount, payer_minor=payer_minor,
                         payee_minor=payee_minor)
        flags = financial.red_flags(f)
        value = financial.score(flags)
        ledger.record_payment(payment_id=ev.data.payment_id, event_id=ev.id,
                              payer=ev.account_id, payee=payee, amount=amount,
                              currency=ev.data.currency, at=ev.occurred_at, facts=f,
                              flags=flags, value=value)
        s = item.signals
        if payer_minor is not None:
            s["payment.payer_is_minor"] = payer_minor
        if payee_minor is not None:
            s["payment.payee_is_minor"] = payee_minor
        if f.contact_age_days is not None:
            s["payment.contact_age_days"] = f.contact_age_days
        s["payment.after_threat"] = f.after_threat
        s["payment.after_demand"] = f.after_demand
        s["payment.instrument"] = f.instrument
        s["payment.minors_paid_by_payer"] = f.minors_paid_by_payer
        s["payment.minor_payers_to_payee"] = f.minor_payers_to_payee
        s["payment.small_minor_payers_to_payee"] = f.small_minor_payers_to_payee
        s["payment.red_flags"] = flags
        s["payment.sextortion_score"] = value
        s["payment.case_subject"] = financial.case_subject(f, flags)
        if flags:
            item.details["payment"] = {"red_flags": flags, "score": value,
                                       "sar_keyword": financial.SEXTORTION_FLAG,
                                       "payee": payee, "instrument": f.instrument}


class SharedSignalMatches(SignalProvider):
    """Whether an event touches a signal another member shared (email, username, URL,
    keyword, wallet). A match is a lead for a reviewer; rules decide what it is worth."""

    name = "shared"
    specs = (
        SignalSpec("shared.matched", "bool", "The event touches a signal another member shared"),
        SignalSpec("shared.types", "list", "Kinds of shared signals matched (email, url...)"),
        SignalSpec("shared.confirmed", "bool", "A matched signal was confirmed by our reviewer"),
    )

    def collect(self, session: Session, items: Sequence[Pending]) -> None:
        from childguard.exchange import services

        wanted = [i for i in items if isinstance(i.event, MessageSent | PaymentSent
                                                 | AccountCreated | AccountUpdated)]
        if not wanted:
            return
        active = services.active_signals(session, ("email", "username", "url", "keyword",
                                                   "domain", "crypto_wallet"))
        for item in wanted:
            ev = item.event
            texts: list[str] = []
            names = {ev.account_id.lower()}
            emails: set[str] = set()
            if isinstance(ev, MessageSent):
                texts.append(ev.data.text.lower())
            elif isinstance(ev, PaymentSent):
                texts.append(ev.data.memo.lower())
                names.add(ev.data.recipient_account_id.lower())
            elif isinstance(ev, AccountCreated | AccountUpdated):
                if ev.data.display_name:
                    names.add(ev.data.display_name.lower())
                email = ev.data.verified.get("email")
                if isinstance(email, str):
                    emails.add(email.lower())
            hits = [s for s in active if _matches(s.signal_type, s.value, texts, names, emails)]
            item.signals["shared.matched"] = bool(hits)
            if hits:
                item.signals["shared.types"] = sorted({h.signal_type for h in hits})
                item.signals["shared.confirmed"] = any(h.state == "confirmed" for h in hits)
                item.details["shared_signals"] = [{"id": h.id, "type": h.signal_type,
                                                   "state": h.state} for h in hits[:20]]


def _matches(kind: str, value: str, texts: list[str], names: set[str], emails: set[str]
             ) -> bool:
    if kind == "username":
        return value in names
    if kind == "email":
        return value in emails or any(value in t for t in texts)
    return any(value.lower() in t for t in texts)


# ----------------------------------------------------------------- actions


def _payee_action(event: Event, params: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """Payout holds and balance freezes are about the account that receives the money."""
    if isinstance(event, PaymentSent):
        return event.data.recipient_account_id, {
            "payment_id": event.data.payment_id, "payer_account_id": event.account_id,
            "amount": str(event.data.amount), "currency": event.data.currency,
            "sar_keyword": financial.SEXTORTION_FLAG, **params}
    return event.account_id, dict(params)


def register() -> None:
    if not any(isinstance(p, PaymentRedFlags) for p in PROVIDERS):
        PROVIDERS.append(PaymentRedFlags())
    if not any(isinstance(p, SharedSignalMatches) for p in PROVIDERS):
        PROVIDERS.append(SharedSignalMatches())
    for kind in ("hold_payout", "freeze_balance"):
        rules.ACTIONS.setdefault(kind, {"reason": ParamSpec(str)})
        actions.PLUGIN_ACTIONS.setdefault(kind, _payee_action)


register()
