"""Turning uploaded bytes into pixels, safely.

Uploads are hostile until proven otherwise: truncated files, decompression bombs, absurd
dimensions, a ZIP renamed ``.jpg``. Every such case ends in one :class:`InvalidInput` with a
message a person can act on, and the pixel buffer we allocate is bounded by
:class:`DecodeLimits` *before* the decoder runs (the header gives the size).

The pixels handed to the hashers are what a viewer would see: EXIF orientation applied, every
mode (palette, CMYK, 16-bit, alpha, grayscale) turned into 8-bit RGB, the first frame of an
animation (or several frames on request).
"""

from __future__ import annotations

import contextlib
import io
import warnings
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageFile, ImageOps, UnidentifiedImageError

from childguard.platform.errors import InvalidInput

try:  # HEIC/HEIF comes from an optional, well-kept plugin when it is installed.
    import pillow_heif  # type: ignore[import-not-found]

    pillow_heif.register_heif_opener()
    _HEIF = True
except Exception:  # pragma: no cover - depends on the environment
    _HEIF = False

# Truncated files must fail loudly, not hash as half-grey pictures.
ImageFile.LOAD_TRUNCATED_IMAGES = False

# Only formats real uploads use; Pillow's rarer plugins (EPS via Ghostscript, ...) widen the
# attack surface for no benefit.
IMAGE_FORMATS: tuple[str, ...] = tuple(f for f in (
    "JPEG", "PNG", "GIF", "WEBP", "BMP", "TIFF", "AVIF", "ICO", "PPM",
) + (("HEIF",) if _HEIF else ()) if f in Image.registered_extensions().values())


@dataclass(frozen=True)
class DecodeLimits:
    """Upper bounds on what one image may cost to decode."""

    max_bytes: int = 64 * 1024 * 1024
    max_pixels: int = 64_000_000  # about 8000 x 8000; a 12 MP photo is far below
    max_side: int = 30_000
    max_frames: int = 64


DEFAULT_LIMITS = DecodeLimits()


@dataclass(frozen=True)
class DecodedImage:
    """8-bit RGB pixels (H x W x 3, C-contiguous) plus what the header told us."""

    pixels: np.ndarray
    format: str
    width: int  # of the stored image, before any draft reduction, after orientation
    height: int
    frame_count: int
    orientation_applied: bool


def _invalid(message: str, code: str = "invalid_media", **details: object) -> InvalidInput:
    return InvalidInput(message, code=code, details=details or None)


def _open(data: bytes, limits: DecodeLimits) -> Image.Image:
    if not data:
        raise _invalid("the upload is empty", code="empty_media")
    if len(data) > limits.max_bytes:
        raise _invalid(f"the upload is {len(data)} bytes; the limit is {limits.max_bytes}",
                       code="media_too_large", limit=limits.max_bytes)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=IMAGE_FORMATS)
    except UnidentifiedImageError:
        raise _invalid("the upload is not an image in a supported format "
                       f"({', '.join(IMAGE_FORMATS)})", code="unsupported_media")
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _invalid("the image declares more pixels than allowed", code="image_too_large",
                       max_pixels=limits.max_pixels)
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise _invalid(f"the image header is malformed: {exc}", code="corrupt_media")
    width, height = image.size
    if width <= 0 or height <= 0:
        raise _invalid("the image has no pixels", code="corrupt_media")
    if width > limits.max_side or height > limits.max_side or width * height > limits.max_pixels:
        raise _invalid(f"the image is {width}x{height}; the limit is {limits.max_pixels} pixels "
                       f"and {limits.max_side} per side", code="image_too_large",
                       width=width, height=height)
    return image


def _to_rgb(frame: Image.Image) -> np.ndarray:
    """Any Pillow mode to 8-bit RGB as a viewer would show it (alpha is dropped)."""
    mode = frame.mode
    if mode in ("I;16", "I;16L", "I;16B", "I;16N", "I"):
        # Pillow's own conversion clips 16-bit values at 255 (a white picture); scale instead.
        values = np.asarray(frame, dtype=np.uint32 if mode == "I" else None).astype(np.uint32)
        grey = (np.clip(values, 0, 65535) >> 8).astype(np.uint8)
        return np.ascontiguousarray(np.repeat(grey[:, :, None], 3, axis=2))
    if mode == "F":
        values = np.asarray(frame, dtype=np.float32)
        finite = np.nan_to_num(values, nan=0.0, posinf=0.0, neginf=0.0)
        top = float(finite.max()) if finite.size else 0.0
        scale = 255.0 / top if top > 255.0 else 1.0
        grey = np.clip(finite * scale, 0, 255).astype(np.uint8)
        return np.ascontiguousarray(np.repeat(grey[:, :, None], 3, axis=2))
    if mode == "L":
        grey = np.asarray(frame)
        return np.ascontiguousarray(np.repeat(grey[:, :, None], 3, axis=2))
    if mode != "RGB":
        if mode in ("P", "PA") and "transparency" in frame.info:
            frame = frame.convert("RGBA")
        frame = frame.convert("RGB")
    return np.ascontiguousarray(np.asarray(frame))


def _orient(frame: Image.Image) -> tuple[Image.Image, bool]:
    try:
        orientation = frame.getexif().get(0x0112, 1)
    except Exception:  # a broken EXIF block must not make the picture unreadable
        return frame, False
    if orientation in (None, 1):
        return frame, False
    try:
        rotated = ImageOps.exif_transpose(frame)
    except Exception:
        return frame, False
    return (rotated if rotated is not None else frame), True


def _load(image: Image.Image) -> None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _invalid("the image declares more pixels than allowed", code="image_too_large")
    except (OSError, SyntaxError, ValueError, EOFError, IndexError, TypeError) as exc:
        raise _invalid(f"the image data is truncated or corrupt: {exc}", code="corrupt_media")
    except MemoryError:
        raise _invalid("the image is too large to decode", code="image_too_large")


def decode_image(data: bytes, *, limits: DecodeLimits = DEFAULT_LIMITS,
                 draft: int | None = None) -> DecodedImage:
    """Decode the first frame of an image upload.

    ``draft`` (fast mode) asks the JPEG decoder to scale down by 1/2, 1/4 or 1/8 while
    decoding, keeping both sides at least ``draft`` pixels; other formats ignore it.
    """
    image = _open(data, limits)
    with image:
        frame_count = int(getattr(image, "n_frames", 1) or 1)
        fmt = image.format or "unknown"
        stored_w, stored_h = image.size
        if draft and fmt in ("JPEG", "MPO") and image.mode in ("RGB", "L", "CMYK", "YCbCr"):
            # draft is an optimisation; if it fails the full decode still happens
            with contextlib.suppress(Exception):
                image.draft("RGB" if image.mode != "L" else "L", (draft, draft))
        _load(image)
        frame, oriented = _orient(image)
        try:
            pixels = _to_rgb(frame)
        except (OSError, ValueError) as exc:
            raise _invalid(f"the image's colour mode cannot be read: {exc}",
                           code="corrupt_media")
        turned = (pixels.shape[0] > pixels.shape[1]) != (image.size[1] > image.size[0])
        full_w, full_h = (stored_h, stored_w) if turned else (stored_w, stored_h)
    return DecodedImage(pixels=pixels, format=fmt, width=full_w, height=full_h,
                        frame_count=frame_count, orientation_applied=oriented)


def iter_frames(data: bytes, *, limits: DecodeLimits = DEFAULT_LIMITS,
                max_frames: int | None = None) -> Iterator[np.ndarray]:
    """RGB pixels of up to ``max_frames`` frames of an animated image, evenly spread."""
    image = _open(data, limits)
    with image:
        count = int(getattr(image, "n_frames", 1) or 1)
        wanted = min(count, max_frames or limits.max_frames)
        picks = sorted({round(i * (count - 1) / max(wanted - 1, 1)) for i in range(wanted)})
        for index in picks:
            try:
                image.seek(index)
            except (EOFError, OSError, ValueError) as exc:
                raise _invalid(f"frame {index} cannot be read: {exc}", code="corrupt_media")
            _load(image)
            frame, _ = _orient(image)
            yield _to_rgb(frame)


def sniff_kind(data: bytes) -> str:
    """'photo', 'video' or 'unknown' from the first bytes (never from the file name)."""
    head = data[:64]
    if len(head) >= 12 and head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in (b"avif", b"avis", b"heic", b"heix", b"heim", b"heis", b"mif1", b"msf1"):
            return "photo"
        return "video"
    if head.startswith(b"\x1a\x45\xdf\xa3"):  # Matroska / WebM
        return "video"
    if head.startswith(b"RIFF") and head[8:12] == b"AVI ":
        return "video"
    if head.startswith(b"FLV") or head.startswith(b"\x00\x00\x01\xba") \
            or head.startswith(b"\x00\x00\x01\xb3"):
        return "video"
    if len(data) > 188 * 2 and data[0] == 0x47 and data[188] == 0x47:  # MPEG-TS
        return "video"
    if head.startswith((b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"GIF87a", b"GIF89a", b"BM",
                        b"II*\x00", b"MM\x00*", b"\x00\x00\x01\x00")) \
            or (head.startswith(b"RIFF") and head[8:12] == b"WEBP") \
            or head[:2] in (b"P5", b"P6"):
        return "photo"
    return "unknown"
