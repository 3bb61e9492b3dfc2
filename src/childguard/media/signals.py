"""Signal types: what a hash is, how two compare, how a string is validated.

A new signal type is a new class registered with :func:`signal_type`; nothing else changes
(the same shape as python-threatexchange's ``SignalType``). Names follow threatexchange so that
hash lists move between the two unchanged: ``pdq``, ``md5``, ``sha1``, ``sha256``, ``vpdq``,
``video_md5``, ``video_sha256``.
"""

from __future__ import annotations

import json
import re
from abc import ABC, abstractmethod
from typing import ClassVar

from childguard.platform.errors import InvalidInput

_HEX = re.compile(r"^[0-9a-f]+$")


class SignalType(ABC):
    """A kind of hash. Subclasses set the class attributes and may override the methods."""

    name: ClassVar[str]
    content_types: ClassVar[tuple[str, ...]]  # "photo", "video"
    description: ClassVar[str] = ""
    #: None for exact-match signals, else the default maximum distance that counts as a match.
    default_threshold: ClassVar[int | None] = None
    max_threshold: ClassVar[int | None] = None

    @classmethod
    def is_exact(cls) -> bool:
        return cls.default_threshold is None

    @classmethod
    @abstractmethod
    def validate(cls, value: str) -> str:
        """The canonical form of ``value`` or :class:`InvalidInput`."""

    @classmethod
    def distance(cls, a: str, b: str) -> int:
        return 0 if a == b else 1


class HexDigestSignal(SignalType):
    hex_length: ClassVar[int]

    @classmethod
    def validate(cls, value: str) -> str:
        text = str(value).strip().lower()
        if len(text) != cls.hex_length or not _HEX.match(text):
            raise InvalidInput(f"a {cls.name} hash is {cls.hex_length} hexadecimal characters; "
                               f"got {str(value)[:80]!r}", code="invalid_hash")
        return text


SIGNAL_TYPES: dict[str, type[SignalType]] = {}


def signal_type(cls: type[SignalType]) -> type[SignalType]:
    """Class decorator: make a signal type known by its name."""
    SIGNAL_TYPES[cls.name] = cls
    return cls


def get_signal_type(name: str) -> type[SignalType]:
    try:
        return SIGNAL_TYPES[name]
    except KeyError:
        raise InvalidInput(f"unknown signal type {name!r}", code="unknown_signal_type",
                           details={"known": sorted(SIGNAL_TYPES)})


def pdq_distance(a: str, b: str) -> int:
    return (int(a, 16) ^ int(b, 16)).bit_count()


@signal_type
class PdqSignal(HexDigestSignal):
    name = "pdq"
    content_types: ClassVar[tuple[str, ...]] = ("photo",)
    description = "Meta's PDQ perceptual hash (256 bits); match when Hamming distance <= 31"
    hex_length = 64
    default_threshold = 31
    max_threshold = 63
    #: Hashes of flat or featureless pictures carry little information; below this quality
    #: they are not used to match (the value Meta recommends).
    quality_threshold: ClassVar[int] = 50

    @classmethod
    def distance(cls, a: str, b: str) -> int:
        return pdq_distance(a, b)


@signal_type
class Md5Signal(HexDigestSignal):
    name = "md5"
    content_types: ClassVar[tuple[str, ...]] = ("photo", "video")
    description = "MD5 of the file's bytes (the NCMEC list's exact-match hash)"
    hex_length = 32


@signal_type
class Sha1Signal(HexDigestSignal):
    name = "sha1"
    content_types: ClassVar[tuple[str, ...]] = ("photo", "video")
    description = "SHA-1 of the file's bytes"
    hex_length = 40


@signal_type
class Sha256Signal(HexDigestSignal):
    name = "sha256"
    content_types: ClassVar[tuple[str, ...]] = ("photo", "video")
    description = "SHA-256 of the file's bytes"
    hex_length = 64


@signal_type
class VideoMd5Signal(Md5Signal):
    name = "video_md5"
    content_types: ClassVar[tuple[str, ...]] = ("video",)
    description = "MD5 of a video file's bytes (threatexchange's name)"


@signal_type
class VideoSha256Signal(Sha256Signal):
    name = "video_sha256"
    content_types: ClassVar[tuple[str, ...]] = ("video",)
    description = "SHA-256 of a video file's bytes (threatexchange's name)"


@signal_type
class VpdqSignal(SignalType):
    """Per-frame PDQ of a video; serialised as threatexchange does: a JSON list of
    ``"<pdq hex>,<quality>,<timestamp seconds>"`` strings."""

    name = "vpdq"
    content_types: ClassVar[tuple[str, ...]] = ("video",)
    description = "vPDQ: PDQ of one frame per second; frames match at distance <= 31"
    default_threshold = 31
    max_threshold = 63
    quality_threshold: ClassVar[int] = 50
    #: A video matches when this share of the query's usable frames match the banked video.
    query_match_percent: ClassVar[float] = 80.0

    @classmethod
    def parse(cls, value: str) -> list[tuple[str, int, float]]:
        try:
            items = json.loads(value) if isinstance(value, str) else value
            frames = []
            for item in items:
                hex_, quality, timestamp = str(item).split(",")
                frames.append((PdqSignal.validate(hex_), int(quality), float(timestamp)))
        except (ValueError, TypeError, InvalidInput):
            raise InvalidInput("a vpdq hash is a JSON list of \"<pdq hex>,<quality>,<seconds>\" "
                               "strings", code="invalid_hash")
        if not frames:
            raise InvalidInput("a vpdq hash needs at least one frame", code="invalid_hash")
        return frames

    @classmethod
    def validate(cls, value: str) -> str:
        return cls.serialise(cls.parse(value))

    @staticmethod
    def serialise(frames: list[tuple[str, int, float]]) -> str:
        return json.dumps([f"{h},{q},{t:.3f}" for h, q, t in frames], separators=(",", ":"))
