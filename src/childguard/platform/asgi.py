"""The ASGI entry point for uvicorn/gunicorn: ``childguard.platform.asgi:app``."""

from __future__ import annotations

import sys

from childguard.platform.config import ConfigError, get_settings

try:
    get_settings()
except ConfigError as exc:  # one clear line instead of a traceback
    print(f"configuration error: {exc}", file=sys.stderr)
    raise SystemExit(2)

from childguard.platform.app import create_app  # noqa: E402

app = create_app()
