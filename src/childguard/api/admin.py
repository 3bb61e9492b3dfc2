"""Administration over HTTP: API keys, console users, jobs and the audit chain."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from childguard.api.deps import UNIT_OF_WORK, requires
from childguard.platform import audit, auth, jobs
from childguard.platform.errors import NotFound
from childguard.platform.storage import ApiKey, User

router = APIRouter(prefix="/v1/admin", tags=["administration"])
admin = requires("admin")


class ApiKeyOut(BaseModel):
    id: str
    name: str
    prefix: str
    scopes: list[str]
    created_by: str
    created_at: datetime
    revoked_at: datetime | None
    last_used_at: datetime | None


class ApiKeyList(BaseModel):
    keys: list[ApiKeyOut]


class ApiKeyCreate(BaseModel):
    name: str = Field(min_length=1, max_length=128)
    scopes: list[str] = Field(min_length=1)


class ApiKeyCreated(BaseModel):
    key: ApiKeyOut
    secret: str = Field(description="The full key; shown only in this response")


def _key_out(k: ApiKey) -> ApiKeyOut:
    return ApiKeyOut(id=k.id, name=k.name, prefix=k.prefix, scopes=list(k.scopes),
                     created_by=k.created_by, created_at=k.created_at, revoked_at=k.revoked_at,
                     last_used_at=k.last_used_at)


@router.get("/api-keys", response_model=ApiKeyList)
def list_keys(principal: auth.Principal = Depends(admin),
              session: Session = UNIT_OF_WORK) -> ApiKeyList:
    rows = session.scalars(select(ApiKey).order_by(ApiKey.created_at)).all()
    return ApiKeyList(keys=[_key_out(k) for k in rows])


@router.post("/api-keys", response_model=ApiKeyCreated, status_code=201)
def create_key(body: ApiKeyCreate, principal: auth.Principal = Depends(admin),
               session: Session = UNIT_OF_WORK) -> ApiKeyCreated:
    key, secret = auth.create_api_key(session, name=body.name, scopes=body.scopes,
                                      actor=principal.label)
    return ApiKeyCreated(key=_key_out(key), secret=secret)


@router.post("/api-keys/{key_id}/revoke", response_model=ApiKeyOut)
def revoke_key(key_id: str, principal: auth.Principal = Depends(admin),
               session: Session = UNIT_OF_WORK) -> ApiKeyOut:
    return _key_out(auth.revoke_api_key(session, key_id, actor=principal.label))


class UserOut(BaseModel):
    id: str
    username: str
    role: str
    totp_enabled: bool
    locked_until: datetime | None
    last_login_at: datetime | None


class UserList(BaseModel):
    users: list[UserOut]


class UserCreate(BaseModel):
    username: str = Field(min_length=1, max_length=64)
    role: str


class UserCreated(BaseModel):
    user: UserOut
    one_time_password: str


class RoleChange(BaseModel):
    role: str


def _user_out(u: User) -> UserOut:
    return UserOut(id=u.id, username=u.username, role=u.role, totp_enabled=u.totp_enabled,
                   locked_until=u.locked_until, last_login_at=u.last_login_at)


@router.get("/users", response_model=UserList)
def list_users(principal: auth.Principal = Depends(admin),
               session: Session = UNIT_OF_WORK) -> UserList:
    return UserList(users=[_user_out(u) for u in
                           session.scalars(select(User).order_by(User.username))])


@router.post("/users", response_model=UserCreated, status_code=201)
def create_user(body: UserCreate, principal: auth.Principal = Depends(admin),
                session: Session = UNIT_OF_WORK) -> UserCreated:
    user, one_time = auth.create_user(session, username=body.username, role=body.role,
                                      actor=principal.label)
    assert one_time is not None
    return UserCreated(user=_user_out(user), one_time_password=one_time)


@router.post("/users/{user_id}/role", response_model=UserOut)
def change_role(user_id: str, body: RoleChange, principal: auth.Principal = Depends(admin),
                session: Session = UNIT_OF_WORK) -> UserOut:
    user = session.get(User, user_id)
    if user is None:
        raise NotFound(f"no user {user_id!r}")
    auth.set_role(session, user, body.role, actor=principal.label)
    return _user_out(user)


class JobOut(BaseModel):
    id: str
    name: str
    status: str
    attempts: int
    last_error: str | None
    created_at: datetime
    finished_at: datetime | None


class JobsSummary(BaseModel):
    counts: dict[str, int]
    dead: list[JobOut]


def _job_out(j: Any) -> JobOut:
    return JobOut(id=j.id, name=j.name, status=j.status, attempts=j.attempts,
                  last_error=j.last_error, created_at=j.created_at, finished_at=j.finished_at)


@router.get("/jobs", response_model=JobsSummary)
def jobs_summary(principal: auth.Principal = Depends(admin),
                 session: Session = UNIT_OF_WORK) -> JobsSummary:
    return JobsSummary(counts=jobs.job_counts(session),
                       dead=[_job_out(j) for j in jobs.dead_jobs(session)])


@router.post("/jobs/{job_id}/retry", response_model=JobOut)
def retry_job(job_id: str, principal: auth.Principal = Depends(admin),
              session: Session = UNIT_OF_WORK) -> JobOut:
    return _job_out(jobs.retry_dead(session, job_id, actor=principal.label))


class AuditVerification(BaseModel):
    intact: bool
    entries: int
    first_bad_entry: int | None
    reason: str | None


@router.get("/audit/verify", response_model=AuditVerification)
def verify_audit(principal: auth.Principal = Depends(admin),
                 session: Session = UNIT_OF_WORK) -> AuditVerification:
    count, problem = audit.verify_chain(session)
    return AuditVerification(intact=problem is None, entries=count,
                             first_bad_entry=problem.seq if problem else None,
                             reason=problem.reason if problem else None)
