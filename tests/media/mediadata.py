"""Helpers shared by the media tests: reference vectors (benign photos) in tests/media/data."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

DATA = Path(__file__).parent / "data"


def bridge_bytes() -> bytes:
    return (DATA / "dih" / "bridge-1-original.jpg").read_bytes()


def bridge_small() -> Image.Image:
    with Image.open(DATA / "dih" / "bridge-1-original.jpg") as im:
        return im.convert("RGB").resize((400, 251))


def encode(image: Image.Image, fmt: str, **kwargs: object) -> bytes:
    buf = io.BytesIO()
    image.save(buf, format=fmt, **kwargs)
    return buf.getvalue()
