"""Errors every context raises; the API turns them into one body shape.

``{"error": {"code": ..., "message": ..., "details": ...}}``
"""

from __future__ import annotations

from typing import Any


class ChildguardError(Exception):
    """Base of the domain errors; ``status`` is the HTTP status it maps to."""

    status = 400
    code = "bad_request"

    def __init__(self, message: str, *, code: str | None = None, details: Any = None,
                 status: int | None = None):
        super().__init__(message)
        self.message = message
        if code:
            self.code = code
        if status:
            self.status = status
        self.details = details


class InvalidInput(ChildguardError):
    status = 422
    code = "invalid_input"


class NotFound(ChildguardError):
    status = 404
    code = "not_found"


class Conflict(ChildguardError):
    status = 409
    code = "conflict"


class Unauthenticated(ChildguardError):
    status = 401
    code = "unauthenticated"


class Forbidden(ChildguardError):
    status = 403
    code = "forbidden"


class TooManyRequests(ChildguardError):
    status = 429
    code = "rate_limited"
