"""Staff training: modules, completion records, and the gate in front of the review queues.

A module is required for some roles and stays current for ``valid_days`` after completion;
a new version of a module makes earlier completions stale. A reviewer whose required
modules are not all done and current cannot open the queues (:func:`may_review`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from childguard.insight.storage import TrainingCompletion, TrainingModule
from childguard.platform import audit
from childguard.platform.auth import ROLES
from childguard.platform.db import utcnow
from childguard.platform.errors import InvalidInput, NotFound
from childguard.platform.storage import User

# Roles that work the queues (hold ``cases:review``): the gate applies to them.
REVIEW_SCOPE = "cases:review"


@dataclass(frozen=True)
class ModuleStatus:
    module: TrainingModule
    required: bool
    completed_at: datetime | None
    expires_at: datetime | None

    @property
    def current(self) -> bool:
        return self.expires_at is not None and self.expires_at > utcnow()

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.module.id, "title": self.module.title,
                "version": self.module.version, "required": self.required,
                "completed_at": self.completed_at.isoformat() if self.completed_at else None,
                "expires_at": self.expires_at.isoformat() if self.expires_at else None,
                "current": self.current}


def upsert_module(session: Session, *, module_id: str, title: str, body: str, summary: str = "",
                  required_for: list[str] | None = None, valid_days: int = 365,
                  check_question: str = "", check_answer: str = "", version: int | None = None,
                  actor: str) -> TrainingModule:
    """Create a module or change it; a changed body makes a new version (retraining)."""
    roles = list(required_for or [])
    unknown = [r for r in roles if r not in ROLES]
    if unknown:
        raise InvalidInput(f"unknown role(s): {', '.join(unknown)}")
    if not 1 <= valid_days <= 3650:
        raise InvalidInput("valid_days must be between 1 and 3650")
    row = session.get(TrainingModule, module_id)
    if row is None:
        row = TrainingModule(id=module_id, version=version or 1)
        session.add(row)
    elif version is not None:
        row.version = version
    elif row.body != body:
        row.version += 1
    row.title, row.body, row.summary = title, body, summary
    row.required_for, row.valid_days = roles, valid_days
    row.check_question, row.check_answer = check_question, check_answer
    row.active = True
    row.updated_at = utcnow()
    session.flush()
    audit.record(session, actor=actor, action="insight.training.module", target_type="module",
                 target_id=module_id, details={"version": row.version, "required_for": roles})
    return row


def list_modules(session: Session) -> list[TrainingModule]:
    return list(session.scalars(select(TrainingModule).where(TrainingModule.active)
                                .order_by(TrainingModule.id)))


def get_module(session: Session, module_id: str) -> TrainingModule:
    row = session.get(TrainingModule, module_id)
    if row is None or not row.active:
        raise NotFound(f"no training module {module_id!r}")
    return row


def complete(session: Session, user: User, module_id: str, *, answer: str, actor: str
             ) -> TrainingCompletion:
    """The user finished the module and answered its check question."""
    module = get_module(session, module_id)
    expected = module.check_answer.strip().lower()
    if expected and answer.strip().lower() != expected:
        raise InvalidInput("that answer is not right; read the module again and retry")
    return record_completion(session, user, module, actor=actor)


def record_completion(session: Session, user: User, module: TrainingModule, *, actor: str,
                      at: datetime | None = None) -> TrainingCompletion:
    existing = session.scalar(select(TrainingCompletion).where(
        TrainingCompletion.user_id == user.id, TrainingCompletion.module_id == module.id,
        TrainingCompletion.module_version == module.version))
    now = at or utcnow()
    if existing is not None:
        existing.completed_at = now  # refresher: the clock starts again
        row = existing
    else:
        row = TrainingCompletion(user_id=user.id, username=user.username, module_id=module.id,
                                 module_version=module.version, completed_at=now,
                                 recorded_by=actor)
        session.add(row)
    session.flush()
    audit.record(session, actor=actor, action="insight.training.complete", target_type="user",
                 target_id=user.id, details={"module": module.id, "version": module.version})
    return row


def _is_reviewer(role: str) -> bool:
    return REVIEW_SCOPE in ROLES.get(role, frozenset())


def status_for(session: Session, user: User) -> list[ModuleStatus]:
    completions: dict[tuple[str, int], datetime] = {}
    for c in session.scalars(select(TrainingCompletion).where(
            TrainingCompletion.user_id == user.id)):
        key = (c.module_id, c.module_version)
        if key not in completions or c.completed_at > completions[key]:
            completions[key] = c.completed_at
    out = []
    for module in list_modules(session):
        done = completions.get((module.id, module.version))
        out.append(ModuleStatus(
            module=module, required=user.role in (module.required_for or []),
            completed_at=done,
            expires_at=done + timedelta(days=module.valid_days) if done else None))
    return out


def may_review(session: Session, user_id: str) -> tuple[bool, list[str]]:
    """Whether the user may open the review queues, and the titles of what is missing."""
    user = session.get(User, user_id)
    if user is None:
        return False, ["unknown user"]
    if not _is_reviewer(user.role) and user.role != "admin":
        return True, []
    missing = [s.module.title for s in status_for(session, user) if s.required and not s.current]
    return not missing, missing


def matrix(session: Session) -> list[dict[str, Any]]:
    """Managers' view: every reviewer and where they stand on each module."""
    rows = []
    for user in session.scalars(select(User).where(User.disabled.is_(False))
                                .order_by(User.username)):
        if not _is_reviewer(user.role):
            continue
        statuses = status_for(session, user)
        rows.append({"user_id": user.id, "username": user.username, "role": user.role,
                     "modules": [s.as_dict() for s in statuses],
                     "may_review": all(s.current for s in statuses if s.required)})
    return rows
