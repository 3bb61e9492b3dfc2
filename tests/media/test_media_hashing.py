"""Hashing against Meta's reference vectors, and decoding of the uploads real services get."""

from __future__ import annotations

import io
import random
import struct
import zlib

import numpy as np
import pytest
from mediadata import DATA, bridge_bytes, bridge_small, encode
from PIL import Image

from childguard.media.decode import decode_image, iter_frames, sniff_kind
from childguard.media.hashing import hash_media, pdq_of_pixels, vpdq_of_file
from childguard.media.signals import VpdqSignal, get_signal_type, pdq_distance
from childguard.platform.errors import InvalidInput

DIH = sorted((DATA / "dih").glob("*.jpg"))
bridge_bytes = pytest.fixture(scope="session")(bridge_bytes)
bridge_small = pytest.fixture(scope="session")(bridge_small)

# pdq/cpp/reg_test/expected/out in facebook/ThreatExchange: Meta's C++ tool on the same files.
# Its CImg/ImageMagick JPEG decode differs slightly from libjpeg-turbo's, hence a tolerance.
CPP_REFERENCE = {
    "bridge-1-original.jpg": "d8f8f0cee0f4a84f0637022a078f67f0b36e2ed596621e1d33e6339c4e9c9b22",
    "bridge-2-rotate-90.jpg": "30a10efdf1c83f429013d48d0ffffc52e34e0e35ada952a9d29605215aa9e5af",
    "bridge-3-rotate-180.jpg": "2dad5a64b1a142e7d362a09857da895ae63b8c7fc23794b766b319361fc93188",
    "bridge-4-rotate-270.jpg": "a5f0a457248995e8c9065c275aaa5498b61ba4bdf8fcf80387c32f8b5bfc4f05",
    "bridge-5-flipx.jpg": "d8f80f33e0f417b20e37f5cd028f980fb36ed02a9662c1e233e64c634e9c64dd",
    "bridge-6-flipy.jpg": "2da9259bb1a1bd1a5362576552da32a5e63b7380c2774b4866b346c91b89ce77",
    "bridge-7-flip-plus-1.jpg": "f0a1e10271ccc0bd90530b720fff038de34ef1e8ada9a956d6967ade5ea91a50",
    "bridge-8-flip-minus-1.jpg": "2df05aa8a4896a17c14682da5aaaab07b61b5b42f8fc07fc87c3d0741bfcb0fa",
}


def test_pdq_of_reference_images_is_close_to_metas_cpp_tool_and_high_quality() -> None:
    for path in DIH:
        result = hash_media(path.read_bytes())
        assert result.pdq is not None and result.pdq.quality == 100
        assert pdq_distance(result.signals["pdq"], CPP_REFERENCE[path.name]) <= 10, path.name


def test_exact_mode_is_bit_for_bit_the_threatexchange_hash() -> None:
    pdq_hasher = pytest.importorskip("threatexchange.signal_type.pdq.pdq_hasher")
    for path in DIH[:3]:
        data = path.read_bytes()
        theirs, quality = pdq_hasher.pdq_from_bytes(data)
        ours = hash_media(data)
        assert ours.signals["pdq"] == theirs and ours.pdq.quality == quality  # type: ignore[union-attr]


def test_eight_rotations_and_flips_are_recognised_as_one_picture() -> None:
    original = hash_media(DIH[0].read_bytes()).signals["pdq"]
    for path in DIH:
        result = hash_media(path.read_bytes(), dihedral=True)
        assert result.pdq is not None and len(result.pdq.dihedral) == 8
        best = min(pdq_distance(original, v) for v in result.pdq.dihedral.values())
        assert best <= 31, path.name
        if path != DIH[0]:
            assert pdq_distance(original, result.signals["pdq"]) > 31  # without variants: a miss


@pytest.mark.parametrize("orientation", [1, 3, 6, 8])
def test_exif_orientation_is_applied_before_hashing(orientation: int) -> None:
    data = (DATA / "exif-rotn" / f"exif-rotn-{orientation}-small.jpg").read_bytes()
    decoded = decode_image(data)
    with Image.open(io.BytesIO(data)) as raw:
        stored = np.asarray(raw.convert("RGB"))
        assert raw.getexif().get(0x0112) == orientation
    upright = {1: stored, 3: np.rot90(stored, 2), 6: np.rot90(stored, 3), 8: np.rot90(stored, 1)}
    assert decoded.orientation_applied == (orientation != 1)
    assert decoded.pixels.shape == upright[orientation].shape
    assert np.array_equal(decoded.pixels, upright[orientation])
    if orientation in (6, 8):
        assert decoded.width < decoded.height  # portrait once turned upright


def test_digests_are_of_the_original_bytes(bridge_bytes: bytes) -> None:
    import hashlib

    signals = hash_media(bridge_bytes).signals
    assert signals["md5"] == hashlib.md5(bridge_bytes, usedforsecurity=False).hexdigest()
    assert signals["sha1"] == hashlib.sha1(bridge_bytes, usedforsecurity=False).hexdigest()
    assert signals["sha256"] == hashlib.sha256(bridge_bytes).hexdigest()


def test_fast_mode_stays_close_to_exact_on_a_large_photo(bridge_small: Image.Image) -> None:
    big = encode(bridge_small.resize((3200, 2008)), "JPEG", quality=92)
    exact = hash_media(big).signals["pdq"]
    fast = hash_media(big, mode="fast")
    assert fast.signals["pdq"] != "" and pdq_distance(exact, fast.signals["pdq"]) <= 16
    assert (fast.width, fast.height) == (3200, 2008)


# ------------------------------------------------------------------ modes and formats

def _pdq(data: bytes) -> str:
    return hash_media(data).signals["pdq"]


def test_every_common_mode_hashes_like_the_rgb_picture(bridge_small: Image.Image) -> None:
    reference = _pdq(encode(bridge_small, "PNG"))
    grey_reference = _pdq(encode(bridge_small.convert("L").convert("RGB"), "PNG"))
    variants = {
        "palette": encode(bridge_small.convert("P", palette=Image.Palette.ADAPTIVE), "PNG"),
        "rgba": encode(bridge_small.convert("RGBA"), "PNG"),
        "cmyk-jpeg": encode(bridge_small.convert("CMYK"), "JPEG", quality=95),
        "webp": encode(bridge_small, "WEBP", quality=90),
        "tiff": encode(bridge_small, "TIFF"),
        "bmp": encode(bridge_small, "BMP"),
    }
    from PIL import features

    if features.check("avif"):  # Pillow >= 11.2 reads and writes AVIF itself
        variants["avif"] = encode(bridge_small, "AVIF", quality=90)
    for name, data in variants.items():
        assert pdq_distance(reference, _pdq(data)) <= 16, name
    grey = np.asarray(bridge_small.convert("L"))
    sixteen = Image.fromarray(grey.astype(np.uint16) * 257)
    for name, data in {"grey": encode(bridge_small.convert("L"), "PNG"),
                       "grey+alpha": encode(bridge_small.convert("LA"), "PNG"),
                       "16-bit": encode(sixteen, "PNG")}.items():
        assert pdq_distance(grey_reference, _pdq(data)) <= 4, name


def test_animated_gif_hashes_its_first_frame_and_frames_are_available(
        bridge_small: Image.Image) -> None:
    frames = [bridge_small, bridge_small.transpose(Image.Transpose.FLIP_TOP_BOTTOM)]
    buf = io.BytesIO()
    frames[0].save(buf, format="GIF", save_all=True, append_images=frames[1:], duration=100)
    data = buf.getvalue()
    result = hash_media(data)
    assert pdq_distance(result.signals["pdq"], _pdq(encode(frames[0], "PNG"))) <= 20
    assert len(list(iter_frames(data))) == 2


# ------------------------------------------------------------------ hostile input

def _png_header_only(width: int, height: int) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b""))


@pytest.mark.parametrize("name,data,code", [
    ("empty", b"", "empty_media"),
    ("text named .jpg", b"hello, this is not a picture" * 10, "unsupported_media"),
    ("zip", b"PK\x03\x04" + b"\x00" * 200, "unsupported_media"),
    ("bomb", _png_header_only(100_000, 100_000), "image_too_large"),
    ("absurd side", _png_header_only(40_000, 10), "image_too_large"),
])
def test_hostile_uploads_get_a_clear_error(name: str, data: bytes, code: str) -> None:
    with pytest.raises(InvalidInput) as err:
        hash_media(data, content_type="photo")
    assert err.value.code == code, name


def test_truncated_jpeg_is_refused(bridge_bytes: bytes) -> None:
    with pytest.raises(InvalidInput) as err:
        hash_media(bridge_bytes[: len(bridge_bytes) // 2])
    assert err.value.code == "corrupt_media"


def test_fuzzed_images_never_crash(bridge_small: Image.Image) -> None:
    rng = random.Random(7)
    seeds = [encode(bridge_small.resize((64, 48)), fmt) for fmt in ("JPEG", "PNG", "GIF", "WEBP")]
    outcomes = {"hashed": 0, "refused": 0}
    for _ in range(300):
        data = bytearray(rng.choice(seeds))
        for _ in range(rng.randint(1, 12)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        if rng.random() < 0.3:
            data = data[: rng.randrange(1, len(data))]
        try:
            hash_media(bytes(data), content_type="photo")
            outcomes["hashed"] += 1
        except InvalidInput:
            outcomes["refused"] += 1
    assert outcomes["hashed"] + outcomes["refused"] == 300


def test_kind_is_sniffed_from_bytes_not_names(bridge_bytes: bytes) -> None:
    assert sniff_kind(bridge_bytes) == "photo"
    assert sniff_kind((DATA / "vpdq" / "doorknob-hd-no-bar.mp4").read_bytes()[:64]) == "video"
    assert sniff_kind(b"#!/bin/sh\n") == "unknown"


def test_pdq_refuses_a_two_dimensional_buffer_never_crashes() -> None:
    flat = np.zeros((32, 32, 3), dtype=np.uint8)
    _, quality, _ = pdq_of_pixels(flat)
    assert quality < 50  # a flat picture carries no information


# ------------------------------------------------------------------ video

def test_vpdq_matches_the_published_per_frame_hashes() -> None:
    pytest.importorskip("vpdq")
    frames = vpdq_of_file(str(DATA / "vpdq" / "doorknob-hd-no-bar.mp4"), seconds_per_hash=0)
    published = [line.split(",") for line in
                 (DATA / "vpdq" / "doorknob-hd-no-bar.txt").read_text().split()]
    assert len(frames) == len(published)
    for frame, (number, quality, hex_, timestamp) in zip(frames, published, strict=True):
        assert frame.frame_number == int(number)
        assert abs(frame.timestamp - float(timestamp)) < 0.002
        assert abs(frame.quality - int(quality)) <= 1
        if int(quality) >= 50:  # below that PDQ itself says the bits are unreliable
            assert pdq_distance(frame.hash, hex_) <= 24


def test_video_upload_gets_vpdq_and_file_digests() -> None:
    pytest.importorskip("vpdq")
    data = (DATA / "vpdq" / "doorknob-hd-no-bar.mp4").read_bytes()
    result = hash_media(data)
    assert result.content_type == "video"
    assert {"vpdq", "video_md5", "video_sha256", "md5"} <= set(result.signals)
    assert len(VpdqSignal.parse(result.signals["vpdq"])) == 4  # 4 s of video, 1 frame/s
    assert get_signal_type("vpdq").validate(result.signals["vpdq"]) == result.signals["vpdq"]
