"""Grooming, enticement and sextortion risk over message streams.

``assess_message`` (see :mod:`childguard.conversations.services`) is the entry point other
contexts call; it is imported lazily so that importing the package stays cheap.
"""

from __future__ import annotations

from typing import Any

__all__ = ["assess_message", "assess_messages", "conversation_state"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from childguard.conversations import services

        return getattr(services, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
