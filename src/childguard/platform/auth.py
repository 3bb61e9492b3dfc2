"""Who may do what: API keys for services, console users with roles, sessions, TOTP.

API keys look like ``cg_<prefix>_<secret>``. Only a SHA-256 of the secret is stored (the
secret has 256 bits of entropy, so a slow hash buys nothing); the prefix finds the row.
Console passwords use argon2id. Sessions are server-side rows keyed by a hash of the cookie.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import secrets
import threading
import time
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import pyotp
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from childguard.platform import audit
from childguard.platform.config import Settings
from childguard.platform.db import utcnow
from childguard.platform.errors import Conflict, InvalidInput, NotFound, Unauthenticated
from childguard.platform.storage import ApiKey, ConsoleSession, RolePolicy, User

# Scopes an API key (or a console role) can hold. Contexts add theirs here so that a
# typo in a route's scope is caught at import time.
SCOPES: dict[str, str] = {
    "admin": "everything, including keys, users and settings",
    "events:write": "send platform events",
    "scan": "hash and match uploads",
    "hashes:read": "look up hashes and read banks",
    "banks:write": "create and change hash banks",
    "cases:read": "read cases and the review queue",
    "cases:review": "decide cases",
    "appeals:review": "decide appeals",
    "reports:write": "build and file CyberTipline reports",
    "evidence:read": "read preserved evidence",
    "legal:write": "record law-enforcement requests and holds",
    "accounts:write": "age assurance, parental links, terms acceptance",
    "accounts:read": "read account safety state",
    "policy:check": "ask whether an interaction is allowed",
    "parents:read": "read parental-control state",
    "insight:read": "metrics, transparency and risk reports",
    "insight:write": "risk assessments, training modules and completion records",
    "exchange:write": "import and export shared signals",
    "user-reports:write": "file user reports on behalf of users",
}

ROLES: dict[str, frozenset[str]] = {
    "admin": frozenset(SCOPES),
    "reviewer": frozenset({"cases:read", "cases:review", "hashes:read"}),
    "senior-reviewer": frozenset({"cases:read", "cases:review", "appeals:review", "hashes:read",
                                  "banks:write"}),
    "legal": frozenset({"cases:read", "reports:write", "evidence:read", "legal:write",
                        "accounts:read"}),
    "analyst": frozenset({"insight:read", "cases:read"}),
    "parent-support": frozenset({"parents:read", "accounts:read", "accounts:write"}),
}

_hasher = PasswordHasher()


@dataclass(frozen=True)
class Principal:
    """Whoever is making a request: a service's API key or a console user."""

    kind: str  # "api_key" | "user"
    id: str
    name: str
    scopes: frozenset[str]
    role: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return f"{self.kind}:{self.name}"

    def allows(self, scope: str) -> bool:
        return scope in self.scopes or "admin" in self.scopes


def check_scopes(scopes: list[str]) -> list[str]:
    unknown = [s for s in scopes if s not in SCOPES]
    if unknown:
        raise InvalidInput(f"unknown scope(s): {', '.join(unknown)}",
                           details={"known": sorted(SCOPES)})
    if not scopes:
        raise InvalidInput("an API key needs at least one scope")
    return sorted(set(scopes))


# ---------------------------------------------------------------- API keys

def _sha256(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


def create_api_key(session: Session, *, name: str, scopes: list[str], actor: str
                   ) -> tuple[ApiKey, str]:
    """Create a key; return the row and the full secret, which is shown only once."""
    if not name.strip():
        raise InvalidInput("an API key needs a name")
    scopes = check_scopes(scopes)
    prefix = secrets.token_hex(6)
    secret = secrets.token_urlsafe(32)
    key = ApiKey(prefix=prefix, secret_hash=_sha256(secret), name=name.strip()[:128],
                 scopes=scopes, created_by=actor)
    session.add(key)
    session.flush()
    audit.record(session, actor=actor, action="apikey.create", target_type="api_key",
                 target_id=key.id, details={"name": key.name, "scopes": scopes,
                                            "prefix": prefix})
    return key, f"cg_{prefix}_{secret}"


def revoke_api_key(session: Session, key_id_or_prefix: str, *, actor: str) -> ApiKey:
    key = session.get(ApiKey, key_id_or_prefix) or session.scalar(
        select(ApiKey).where(ApiKey.prefix == key_id_or_prefix))
    if key is None:
        raise NotFound(f"no API key {key_id_or_prefix!r}")
    if key.revoked_at is None:
        key.revoked_at = utcnow()
        audit.record(session, actor=actor, action="apikey.revoke", target_type="api_key",
                     target_id=key.id, details={"name": key.name})
    _key_cache.clear()
    return key


class _KeyCache:
    """Verified keys for a few seconds, so hot paths (lookups) skip a database round trip.

    A revoked key stops working within ``ttl`` seconds in every process.
    """

    def __init__(self, ttl: float = 5.0):
        self.ttl = ttl
        self._items: dict[str, tuple[float, Principal]] = {}
        self._lock = threading.Lock()

    def get(self, token: str) -> Principal | None:
        item = self._items.get(token)
        if item and item[0] > time.monotonic():
            return item[1]
        return None

    def put(self, token: str, principal: Principal) -> None:
        with self._lock:
            if len(self._items) > 10_000:
                self._items.clear()
            self._items[token] = (time.monotonic() + self.ttl, principal)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


_key_cache = _KeyCache()
LAST_USED_RESOLUTION = timedelta(seconds=60)


def cached_api_key(token: str) -> Principal | None:
    return _key_cache.get(token)


def authenticate_api_key(session: Session, token: str) -> Principal:
    cached = _key_cache.get(token)
    if cached is not None:
        return cached
    parts = token.split("_", 2)
    if len(parts) != 3 or parts[0] != "cg":
        raise Unauthenticated("malformed API key; expected cg_<prefix>_<secret>")
    key = session.scalar(select(ApiKey).where(ApiKey.prefix == parts[1]))
    if key is None or not hmac.compare_digest(key.secret_hash, _sha256(parts[2])):
        raise Unauthenticated("unknown API key")
    if key.revoked_at is not None:
        raise Unauthenticated("this API key was revoked")
    now = utcnow()
    if key.last_used_at is None or now - key.last_used_at > LAST_USED_RESOLUTION:
        key.last_used_at = now
        session.commit()
    principal = Principal(kind="api_key", id=key.id, name=key.name,
                          scopes=frozenset(key.scopes))
    _key_cache.put(token, principal)
    return principal


# ---------------------------------------------------------------- users and passwords

def one_time_password(length: int = 16) -> str:
    """Letters and digits only, without look-alikes, so it can be read off a terminal."""
    alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789"
    return "".join(secrets.choice(alphabet) for _ in range(length))


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def check_password_strength(password: str) -> None:
    if len(password) < 12:
        raise InvalidInput("passwords need at least 12 characters")


def create_user(session: Session, *, username: str, role: str, password: str | None = None,
                display_name: str = "", actor: str) -> tuple[User, str | None]:
    """Create a console user. Without a password, a one-time password is generated and
    returned; the user must choose a new one at first login."""
    username = username.strip().lower()
    if not username or len(username) > 64 or not all(c.isalnum() or c in "._-@"
                                                     for c in username):
        raise InvalidInput("usernames are 1-64 letters, digits or . _ - @")
    if role not in ROLES:
        raise InvalidInput(f"unknown role {role!r}", details={"roles": sorted(ROLES)})
    if session.scalar(select(User).where(User.username == username)):
        raise Conflict(f"user {username!r} already exists")
    one_time = None
    if password is None:
        one_time = one_time_password()
        password = one_time
    else:
        check_password_strength(password)
    user = User(username=username, role=role, display_name=display_name or username,
                password_hash=hash_password(password), must_change_password=one_time is not None)
    session.add(user)
    session.flush()
    audit.record(session, actor=actor, action="user.create", target_type="user",
                 target_id=user.id, details={"username": username, "role": role})
    return user, one_time


def set_role(session: Session, user: User, role: str, *, actor: str) -> None:
    if role not in ROLES:
        raise InvalidInput(f"unknown role {role!r}", details={"roles": sorted(ROLES)})
    if role != user.role:
        old = user.role
        user.role = role
        audit.record(session, actor=actor, action="user.role_change", target_type="user",
                     target_id=user.id, details={"from": old, "to": role})
        for s in session.scalars(select(ConsoleSession).where(
                ConsoleSession.user_id == user.id, ConsoleSession.revoked_at.is_(None))):
            s.revoked_at = utcnow()


def change_password(session: Session, user: User, new_password: str, *, actor: str) -> None:
    check_password_strength(new_password)
    user.password_hash = hash_password(new_password)
    user.must_change_password = False
    audit.record(session, actor=actor, action="user.password_change", target_type="user",
                 target_id=user.id)


def role_requires_totp(session: Session, role: str) -> bool:
    policy = session.get(RolePolicy, role)
    return bool(policy and policy.require_totp)


def set_role_totp_requirement(session: Session, role: str, required: bool, *, actor: str
                              ) -> None:
    if role not in ROLES:
        raise InvalidInput(f"unknown role {role!r}")
    policy = session.get(RolePolicy, role)
    if policy is None:
        policy = RolePolicy(role=role, require_totp=required)
        session.add(policy)
    policy.require_totp = required
    audit.record(session, actor=actor, action="role.totp_requirement", target_type="role",
                 target_id=role, details={"required": required})


# ---------------------------------------------------------------- login, TOTP, sessions

@dataclass
class LoginResult:
    user: User
    session_token: str
    needs_second_factor: bool
    needs_totp_enrolment: bool


def verify_password_login(session: Session, settings: Settings, *, username: str,
                          password: str, ip: str | None, user_agent: str | None) -> LoginResult:
    """Check the password, with lockout; on success open a session (maybe pending 2FA)."""
    now = utcnow()
    user = session.scalar(select(User).where(User.username == username.strip().lower()))
    if user is None:
        _hasher_dummy_verify(password)
        audit.record(session, actor=f"anonymous:{ip or '-'}", action="login.failed",
                     details={"username": username[:64], "reason": "unknown user"})
        raise Unauthenticated("wrong username or password")
    if user.locked_until and user.locked_until > now:
        audit.record(session, actor=f"user:{user.username}", action="login.locked_out",
                     target_type="user", target_id=user.id)
        minutes = max(1, int((user.locked_until - now).total_seconds() // 60) + 1)
        raise Unauthenticated(f"too many failed attempts; try again in {minutes} minutes",
                              code="locked_out")
    if user.disabled:
        raise Unauthenticated("this account is disabled")
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        user.failed_logins += 1
        reason = "wrong password"
        if user.failed_logins >= settings.login_max_failures:
            user.locked_until = now + timedelta(minutes=settings.login_lockout_minutes)
            user.failed_logins = 0
            reason = "wrong password; account locked"
        audit.record(session, actor=f"user:{user.username}", action="login.failed",
                     target_type="user", target_id=user.id, details={"reason": reason,
                                                                     "ip": ip})
        raise Unauthenticated("wrong username or password")
    user.failed_logins = 0
    user.locked_until = None
    needs_totp = user.totp_enabled or role_requires_totp(session, user.role)
    token = secrets.token_urlsafe(32)
    session.add(ConsoleSession(
        token_hash=_sha256(token), user_id=user.id, csrf_token=secrets.token_urlsafe(24),
        second_factor_done=not needs_totp, expires_at=now + timedelta(hours=settings.session_hours),
        ip_address=(ip or "")[:64] or None, user_agent=(user_agent or "")[:255] or None))
    if not needs_totp:
        user.last_login_at = now
        audit.record(session, actor=f"user:{user.username}", action="login.success",
                     target_type="user", target_id=user.id, details={"ip": ip})
    return LoginResult(user=user, session_token=token, needs_second_factor=needs_totp,
                       needs_totp_enrolment=needs_totp and not user.totp_enabled)


def _hasher_dummy_verify(password: str) -> None:
    # Spend the same time as a real check so usernames cannot be probed by timing.
    with contextlib.suppress(VerificationError, InvalidHashError):
        _hasher.verify(_DUMMY_HASH, password)


_DUMMY_HASH = _hasher.hash("not-a-real-password-" + secrets.token_hex(8))


def load_session(session: Session, token: str | None) -> tuple[ConsoleSession, User] | None:
    if not token:
        return None
    row = session.get(ConsoleSession, _sha256(token))
    if row is None or row.revoked_at is not None or row.expires_at <= utcnow():
        return None
    user = session.get(User, row.user_id)
    if user is None or user.disabled:
        return None
    return row, user


def begin_totp_enrolment(user: User) -> str:
    if not user.totp_secret:
        user.totp_secret = pyotp.random_base32()
    return user.totp_secret


def totp_uri(user: User, issuer: str = "childguard") -> str:
    assert user.totp_secret
    return pyotp.TOTP(user.totp_secret).provisioning_uri(name=user.username, issuer_name=issuer)


def complete_second_factor(session: Session, row: ConsoleSession, user: User, code: str,
                           settings: Settings) -> None:
    """Check a TOTP code for a session waiting on its second factor."""
    code = code.strip().replace(" ", "")
    if not user.totp_secret:
        raise InvalidInput("two-factor authentication is not set up for this user")
    if not pyotp.TOTP(user.totp_secret).verify(code, valid_window=1):
        user.failed_logins += 1
        if user.failed_logins >= settings.login_max_failures:
            user.locked_until = utcnow() + timedelta(minutes=settings.login_lockout_minutes)
            user.failed_logins = 0
            row.revoked_at = utcnow()
        audit.record(session, actor=f"user:{user.username}", action="login.totp_failed",
                     target_type="user", target_id=user.id)
        raise Unauthenticated("wrong or expired code")
    first_enrolment = not user.totp_enabled
    user.totp_enabled = True
    user.failed_logins = 0
    user.last_login_at = utcnow()
    row.second_factor_done = True
    if first_enrolment:
        audit.record(session, actor=f"user:{user.username}", action="user.totp_enrolled",
                     target_type="user", target_id=user.id)
    audit.record(session, actor=f"user:{user.username}", action="login.success",
                 target_type="user", target_id=user.id, details={"second_factor": "totp"})


def end_session(session: Session, token: str) -> None:
    row = session.get(ConsoleSession, _sha256(token))
    if row is not None and row.revoked_at is None:
        row.revoked_at = utcnow()
        user = session.get(User, row.user_id)
        audit.record(session, actor=f"user:{user.username if user else row.user_id}",
                     action="logout", target_type="user", target_id=row.user_id)


def user_principal(user: User) -> Principal:
    return Principal(kind="user", id=user.id, name=user.username, role=user.role,
                     scopes=ROLES.get(user.role, frozenset()))


def csrf_matches(row: ConsoleSession, presented: str | None) -> bool:
    return bool(presented) and hmac.compare_digest(row.csrf_token, presented or "")

