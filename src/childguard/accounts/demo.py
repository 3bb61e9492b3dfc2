"""Demo accounts: a supervised child, a teen, a parent, adults; and a parent sign-in link.

Running it again creates nothing new; it prints a fresh parent sign-in link each time
(links work once and expire), so the parent pages can be opened straight from ``make run``.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from childguard.accounts import parents, services
from childguard.accounts.model import AssuranceMethod, ConsentMethod
from childguard.accounts.storage import Account
from childguard.platform.config import get_settings
from childguard.platform.db import utcnow

ACTOR = "demo"


def _born(age: int) -> date:
    today = utcnow().date()
    return date(today.year - age, 1, 15) if today.month > 2 else date(today.year - age - 1,
                                                                        6, 15)


def seed_demo(session: Session) -> str:
    settings = get_settings()
    if session.get(Account, "demo-parent") is None:
        for account_id, age in (("demo-child", 11), ("demo-teen", 15), ("demo-friend", 12),
                                ("demo-parent", 41), ("demo-adult", 29)):
            services.upsert_account(session, account_id, actor=ACTOR, jurisdiction="UK",
                                    declared_birth_date=_born(age))
        for adult, age in (("demo-parent", 41), ("demo-adult", 29)):
            services.run_check(session, settings, adult, actor=ACTOR,
                               method=AssuranceMethod.ID_DOCUMENT_LIVENESS,
                               evidence={"simulated_age": age}, provider_name="sandbox")
        parents.link_with_consent(session, "demo-parent", "demo-child",
                                  method=ConsentMethod.PAYMENT_TRANSACTION,
                                  evidence={"reference": "demo-txn-1"},
                                  third_party_disclosure=False, actor=ACTOR)
        controls = services.controls_for(session, "demo-child")
        assert controls is not None
        parents.set_controls(session, "demo-parent", "demo-child",
                             controls.model_copy(update={"contact_approval": True}),
                             actor=ACTOR)
        services.set_connection(session, "demo-child", "demo-friend", "connected",
                                actor=ACTOR)
        services.record_activity(session, "demo-child", {"minutes_active": 35,
                                                         "messages_sent": 6})
        services.policy_check(session, "demo-adult", "message", "demo-child")
    url, _ = parents.issue_magic_link(session, settings, "demo-parent", actor=ACTOR)
    return f"5 demo accounts; parent pages (link works once): {url}"
