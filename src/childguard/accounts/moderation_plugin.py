"""Accounts' additions to moderation, registered through moderation's registries.

Moderation imports ``childguard.<context>.moderation_plugin`` once (see
``childguard.moderation.signals.load_plugins``); importing this module adds the ``accounts``
signal provider, so rules can use what the accounts context knows: the sender's assured age
category, whether their age is under review, whether they are supervised, and the policy
check's answer for a message, media or payment (the same answers as ``POST /v1/policy/check``).

Events between accounts the registry has never seen get no accounts signals. Checks made
here do not count towards parents' summaries (``record=False``): the app asked
the policy check before the act, and the event reports the act after it.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from childguard.accounts import services
from childguard.accounts.storage import Account
from childguard.moderation.events import MessageSent, PaymentSent
from childguard.moderation.rules import SignalSpec
from childguard.moderation.signals import PROVIDERS, Pending, SignalProvider

INTERACTIONS = frozenset({"message.sent", "payment.sent"})


class AccountSafety(SignalProvider):
    name = "accounts"
    specs = (
        SignalSpec("accounts.sender_category", "string",
                   "Age category of the acting account as assured: minor, adult or unknown"),
        SignalSpec("accounts.sender_under_review", "bool",
                   "The acting account's age is under review after contradicting signals"),
        SignalSpec("accounts.sender_supervised", "bool",
                   "A parent supervises the acting account"),
        SignalSpec("accounts.policy_allowed", "bool",
                   "The safety policy allows this interaction with every recipient",
                   INTERACTIONS),
        SignalSpec("accounts.policy_codes", "list",
                   "Codes of the policy's refusals (e.g. adult_to_unconnected_minor)",
                   INTERACTIONS),
        SignalSpec("accounts.minor_recipients", "number",
                   "Recipients the accounts context knows to be minors", INTERACTIONS),
    )

    def collect(self, session: Session, items: Sequence[Pending]) -> None:
        # Services that do not use the registry pay one query per batch, and their rules
        # see no accounts signals rather than every account as of unknown age.
        ids: set[str] = set()
        for item in items:
            ids.add(item.event.account_id)
            if isinstance(item.event, MessageSent):
                ids.update(item.event.data.recipient_ids)
            elif isinstance(item.event, PaymentSent):
                ids.add(item.event.data.recipient_account_id)
        known = set(session.scalars(select(Account.id).where(Account.id.in_(ids))))
        if not known:
            return
        for item in items:
            ev, s = item.event, item.signals
            parties = {ev.account_id}
            if isinstance(ev, MessageSent):
                parties.update(ev.data.recipient_ids)
            elif isinstance(ev, PaymentSent):
                parties.add(ev.data.recipient_account_id)
            if not parties & known:
                continue
            info = services.age_band(session, ev.account_id)
            s["accounts.sender_category"] = info.category.value if info else "unknown"
            s["accounts.sender_under_review"] = bool(info and info.under_review)
            s["accounts.sender_supervised"] = bool(
                info and info.is_minor and services.linked_parents(session, ev.account_id))
            if isinstance(ev, MessageSent):
                action = "send_media" if ev.data.attachments else "message"
                targets = list(dict.fromkeys(ev.data.recipient_ids))[:100]
            elif isinstance(ev, PaymentSent):
                action, targets = "pay", [ev.data.recipient_account_id]
            else:
                continue
            codes: list[str] = []
            minors = 0
            for target in targets:
                if target == ev.account_id:
                    continue
                if services.is_minor(session, target):
                    minors += 1
                decision = services.policy_check(session, ev.account_id, action, target,
                                                 record=False)
                if not decision.allowed and decision.code not in codes:
                    codes.append(decision.code)
            s["accounts.policy_allowed"] = not codes
            s["accounts.policy_codes"] = codes
            s["accounts.minor_recipients"] = minors
            if codes:
                item.details["accounts_policy"] = {"action": action, "codes": codes}


def register() -> None:
    if not any(isinstance(p, AccountSafety) for p in PROVIDERS):
        PROVIDERS.append(AccountSafety())


register()
