"""Dependencies every router uses: a unit of work per request, and who is calling.

``requires("scope")`` is the one way a route says who may call it. The dependency carries
its scope as an attribute, so a test can walk every route and prove that none is left open
by mistake.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator

from fastapi import Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from childguard.platform import auth
from childguard.platform.db import Database, get_database
from childguard.platform.errors import Forbidden, Unauthenticated

_bearer = HTTPBearer(auto_error=False, description="API key: `Authorization: Bearer cg_...`")
_header = APIKeyHeader(name="X-API-Key", auto_error=False, description="API key header")


def database(request: Request) -> Database:
    db = getattr(request.app.state, "database", None)
    return db if db is not None else get_database()


def db_session(db: Database = Depends(database)) -> Iterator[Session]:
    """The request's unit of work: committed when the handler returns, rolled back on error."""
    with db.unit_of_work() as session:
        yield session


UNIT_OF_WORK = Depends(db_session, scope="function")
"""Use as ``session: Session = UNIT_OF_WORK``. The transaction commits when the handler
returns, before the response is sent, so a client never hears "done" for a write that then
fails to commit, and reads after a write see it. (A plain ``Depends(db_session)`` would
commit only after the response went out.)"""


def requires(scope: str) -> Callable[..., Awaitable[auth.Principal]]:
    """Authenticate an API key and check that it holds ``scope`` (``admin`` holds all)."""
    if scope not in auth.SCOPES:
        raise ValueError(f"unknown scope {scope!r}; add it to childguard.platform.auth.SCOPES")

    async def dependency(
        request: Request,
        bearer: HTTPAuthorizationCredentials | None = Depends(_bearer),
        header_key: str | None = Depends(_header),
        db: Database = Depends(database),
    ) -> auth.Principal:
        token = (bearer.credentials if bearer else None) or header_key
        if not token:
            raise Unauthenticated("this endpoint needs an API key "
                                  "(Authorization: Bearer cg_... or X-API-Key)")
        # Hot paths (lookups at thousands per second) find the key in the cache without
        # leaving the event loop; a miss checks the database in the thread pool.
        principal = auth.cached_api_key(token)
        if principal is None:
            principal = await run_in_threadpool(_authenticate, db, token)
        if not principal.allows(scope):
            raise Forbidden(f"this API key lacks the {scope!r} scope",
                            details={"required_scope": scope})
        request.state.principal = principal
        return principal

    dependency.required_scope = scope  # type: ignore[attr-defined]
    dependency.__name__ = f"requires_{scope.replace(':', '_').replace('-', '_')}"
    return dependency


def _authenticate(db: Database, token: str) -> auth.Principal:
    with db.unit_of_work() as session:
        return auth.authenticate_api_key(session, token)


PUBLIC = {"x-public": True}
"""Mark a route public: ``@router.get(..., openapi_extra=PUBLIC)``."""
