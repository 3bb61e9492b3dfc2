"""Hashing uploads: bytes in, every signal we know how to compute out.

Two PDQ modes:

* ``exact`` hashes the full-resolution decode, which is what Meta's reference tools and
  python-threatexchange/HMA do; for the same pixels the hash is bit for bit theirs (the same
  C++ through ``pdqhash``).
* ``fast`` lets the JPEG decoder scale down by 1/2-1/8 while decoding (never below 512 px a
  side) before PDQ runs. It is several times faster on camera photos; its drift from the exact
  hash is measured by ``bench/bench_media_hashing.py`` and stays well inside the match
  distance. Non-JPEG formats are identical in both modes.

Hashers are classes registered in :data:`HASHERS`; adding a signal type means adding a class.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from abc import ABC, abstractmethod
from dataclasses import asdict, dataclass, field
from typing import Any, ClassVar, Literal

import numpy as np

from childguard.media.decode import DEFAULT_LIMITS, DecodeLimits, decode_image, sniff_kind
from childguard.platform.errors import InvalidInput

Mode = Literal["exact", "fast"]
FAST_DRAFT_SIDE = 512

#: Names of the eight dihedral variants, in pdqhash's order.
DIHEDRAL_NAMES = ("original", "rotate90", "rotate180", "rotate270", "flip_vertical",
                  "flip_horizontal", "transpose", "transverse")


def bits_to_hex(bits: np.ndarray) -> str:
    return np.packbits(np.asarray(bits, dtype=np.uint8)).tobytes().hex()


def pdq_of_pixels(pixels: np.ndarray, *, dihedral: bool = False) -> tuple[str, int, list[str]]:
    """(hex, quality, [8 dihedral hexes] or []) of an H x W x 3 uint8 array."""
    import pdqhash

    if dihedral:
        hashes, quality = pdqhash.compute_dihedral(pixels)
        hexes = [bits_to_hex(h) for h in hashes]
        return hexes[0], int(quality), hexes
    bits, quality = pdqhash.compute(pixels)
    return bits_to_hex(bits), int(quality), []


@dataclass
class PdqResult:
    hash: str
    quality: int
    dihedral: dict[str, str] = field(default_factory=dict)


@dataclass
class VpdqFrame:
    hash: str
    quality: int
    timestamp: float
    frame_number: int


@dataclass
class MediaHashes:
    """Everything computed for one upload; ``signals`` maps signal type → value."""

    content_type: str  # "photo" | "video"
    size_bytes: int
    signals: dict[str, str]
    format: str | None = None
    width: int | None = None
    height: int | None = None
    pdq: PdqResult | None = None
    vpdq_frames: list[VpdqFrame] = field(default_factory=list)
    mode: Mode = "exact"

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class Hasher(ABC):
    """Computes one or more signals of one content type."""

    name: ClassVar[str]
    content_type: ClassVar[str]

    @abstractmethod
    def apply(self, data: bytes, result: MediaHashes, options: HashOptions) -> None:
        """Add this hasher's signals for ``data`` to ``result``."""


@dataclass(frozen=True)
class HashOptions:
    mode: Mode = "exact"
    dihedral: bool = False
    limits: DecodeLimits = DEFAULT_LIMITS
    seconds_per_hash: float = 1.0


HASHERS: dict[str, list[Hasher]] = {"photo": [], "video": []}


def hasher(cls: type[Hasher]) -> type[Hasher]:
    """Class decorator: register a hasher for its content type."""
    HASHERS.setdefault(cls.content_type, []).append(cls())
    return cls


@hasher
class FileDigestHasher(Hasher):
    """MD5, SHA-1 and SHA-256 of the bytes exactly as uploaded."""

    name = "digests"
    content_type = "photo"

    def apply(self, data: bytes, result: MediaHashes, options: HashOptions) -> None:
        result.signals["md5"] = hashlib.md5(data, usedforsecurity=False).hexdigest()
        result.signals["sha1"] = hashlib.sha1(data, usedforsecurity=False).hexdigest()
        result.signals["sha256"] = hashlib.sha256(data).hexdigest()


@hasher
class PdqHasher(Hasher):
    name = "pdq"
    content_type = "photo"

    def apply(self, data: bytes, result: MediaHashes, options: HashOptions) -> None:
        draft = FAST_DRAFT_SIDE if options.mode == "fast" else None
        decoded = decode_image(data, limits=options.limits, draft=draft)
        hex_, quality, variants = pdq_of_pixels(decoded.pixels, dihedral=options.dihedral)
        result.format, result.width, result.height = decoded.format, decoded.width, decoded.height
        result.pdq = PdqResult(hash=hex_, quality=quality,
                               dihedral=dict(zip(DIHEDRAL_NAMES, variants, strict=False)))
        result.signals["pdq"] = hex_


@hasher
class VideoDigestHasher(Hasher):
    name = "video_digests"
    content_type = "video"

    def apply(self, data: bytes, result: MediaHashes, options: HashOptions) -> None:
        md5 = hashlib.md5(data, usedforsecurity=False).hexdigest()
        sha256 = hashlib.sha256(data).hexdigest()
        result.signals.update({"video_md5": md5, "video_sha256": sha256, "md5": md5,
                               "sha1": hashlib.sha1(data, usedforsecurity=False).hexdigest(),
                               "sha256": sha256})


@hasher
class VpdqHasher(Hasher):
    name = "vpdq"
    content_type = "video"

    def apply(self, data: bytes, result: MediaHashes, options: HashOptions) -> None:
        from childguard.media.signals import VpdqSignal

        frames = vpdq_of_bytes(data, seconds_per_hash=options.seconds_per_hash)
        result.vpdq_frames = frames
        if frames:
            result.signals["vpdq"] = VpdqSignal.serialise(
                [(f.hash, f.quality, f.timestamp) for f in frames])


def vpdq_of_file(path: str, *, seconds_per_hash: float = 1.0) -> list[VpdqFrame]:
    try:
        import vpdq
    except ImportError:  # pragma: no cover - vpdq needs FFmpeg's libraries to build
        raise InvalidInput("video hashing is not installed on this server (vpdq)",
                           code="video_unsupported", status=501)
    try:
        features = vpdq.computeHash(path, seconds_per_hash=seconds_per_hash)
    except Exception as exc:
        raise InvalidInput(f"the video cannot be decoded: {exc}", code="corrupt_media")
    if not features:
        raise InvalidInput("the video has no decodable frames", code="corrupt_media")
    return [VpdqFrame(hash=f.hex, quality=int(f.quality), timestamp=round(float(f.timestamp), 3),
                      frame_number=int(f.frame_number)) for f in features]


def vpdq_of_bytes(data: bytes, *, seconds_per_hash: float = 1.0) -> list[VpdqFrame]:
    # libav reads from a path; the file lives only as long as the call.
    fd, path = tempfile.mkstemp(prefix="childguard-video-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        return vpdq_of_file(path, seconds_per_hash=seconds_per_hash)
    finally:
        os.unlink(path)


def hash_media(data: bytes, *, content_type: str | None = None, mode: Mode = "exact",
               dihedral: bool = False, limits: DecodeLimits = DEFAULT_LIMITS) -> MediaHashes:
    """Hash an upload. ``content_type`` ("photo"/"video") is sniffed from the bytes if None."""
    if mode not in ("exact", "fast"):
        raise InvalidInput("mode must be 'exact' or 'fast'")
    if not data:
        raise InvalidInput("the upload is empty", code="empty_media")
    if len(data) > limits.max_bytes * (8 if content_type == "video" else 1):
        raise InvalidInput(f"the upload is {len(data)} bytes, over the limit",
                           code="media_too_large")
    kind = content_type or sniff_kind(data)
    if kind == "unknown":
        raise InvalidInput("the upload is neither an image nor a video in a supported format",
                           code="unsupported_media")
    if kind not in HASHERS:
        raise InvalidInput(f"unknown content type {kind!r}; use 'photo' or 'video'")
    result = MediaHashes(content_type=kind, size_bytes=len(data), signals={}, mode=mode)
    options = HashOptions(mode=mode, dihedral=dihedral, limits=limits)
    for h in HASHERS[kind]:
        h.apply(data, result, options)
    return result
