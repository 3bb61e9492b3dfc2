"""Preservation holds: while a hold is active, an account's data must not be deleted.

Other contexts ask before deleting: the accounts context calls
:func:`active_holds_for_account` in its deletion path and keeps (or defers) the data
while the list is non-empty. Holds are created when a report is filed (one year from
filing, or the configured longer retention) and by preservation requests from law
enforcement, which extend them (:mod:`childguard.reporting.legal`).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from childguard.platform import audit
from childguard.platform.db import utcnow
from childguard.platform.errors import Forbidden, NotFound
from childguard.reporting.storage import Hold

__all__ = ["Hold", "active_holds_for_account", "place_hold", "extend_holds", "release_hold",
           "is_account_held"]


def active_holds_for_account(session: Session, account_id: str) -> list[Hold]:
    """Holds in force for ``account_id`` (the ESP's user id) right now."""
    now = utcnow()
    return list(session.scalars(
        select(Hold).where(Hold.account_id == account_id, Hold.released_at.is_(None),
                           Hold.until > now).order_by(Hold.until.desc())))


def is_account_held(session: Session, account_id: str) -> bool:
    return bool(active_holds_for_account(session, account_id))


def active_holds_for_case(session: Session, case_id: str) -> list[Hold]:
    now = utcnow()
    return list(session.scalars(
        select(Hold).where(Hold.case_id == case_id, Hold.released_at.is_(None),
                           Hold.until > now)))


def place_hold(session: Session, *, until: datetime, reason: str, actor: str,
               account_id: str | None = None, case_id: str | None = None,
               report_id: str | None = None, legal_request_id: str | None = None) -> Hold:
    hold = Hold(account_id=account_id, case_id=case_id, report_id=report_id,
                legal_request_id=legal_request_id, reason=reason[:255], created_by=actor,
                until=until, created_at=utcnow())
    session.add(hold)
    session.flush()
    audit.record(session, actor=actor, action="hold.place", target_type="hold",
                 target_id=hold.id, details={"account_id": account_id, "case_id": case_id,
                                             "until": until.isoformat(), "reason": reason})
    return hold


def extend_holds(session: Session, *, until: datetime, actor: str, reason: str,
                 account_ids: list[str], case_ids: list[str],
                 legal_request_id: str | None = None) -> list[Hold]:
    """Make sure every named account and case is held at least until ``until``."""
    clauses = []
    if account_ids:
        clauses.append(Hold.account_id.in_(account_ids))
    if case_ids:
        clauses.append(Hold.case_id.in_(case_ids))
    if not clauses:
        return []
    existing = list(session.scalars(select(Hold).where(or_(*clauses),
                                                       Hold.released_at.is_(None))))
    for hold in existing:
        if hold.until < until:
            audit.record(session, actor=actor, action="hold.extend", target_type="hold",
                         target_id=hold.id, details={"from": hold.until.isoformat(),
                                                     "to": until.isoformat(), "reason": reason})
            hold.until = until
    covered_accounts = {h.account_id for h in existing}
    covered_cases = {h.case_id for h in existing}
    created = []
    for account_id in account_ids:
        if account_id not in covered_accounts:
            created.append(place_hold(session, until=until, reason=reason, actor=actor,
                                      account_id=account_id,
                                      legal_request_id=legal_request_id))
    for case_id in case_ids:
        if case_id not in covered_cases:
            created.append(place_hold(session, until=until, reason=reason, actor=actor,
                                      case_id=case_id, legal_request_id=legal_request_id))
    return existing + created


def release_hold(session: Session, hold_id: str, *, actor: str, legal_request_id: str) -> Hold:
    """Release a hold early; only on a recorded law-enforcement request."""
    from childguard.reporting.storage import LegalRequest

    hold = session.get(Hold, hold_id)
    if hold is None:
        raise NotFound(f"no hold {hold_id!r}")
    if session.get(LegalRequest, legal_request_id) is None:
        raise Forbidden("a hold is released early only on a recorded law-enforcement request")
    if hold.released_at is None:
        hold.released_at = utcnow()
        hold.released_by = actor
        audit.record(session, actor=actor, action="hold.release", target_type="hold",
                     target_id=hold.id, details={"legal_request_id": legal_request_id})
    return hold
