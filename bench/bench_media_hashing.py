"""PDQ hashing throughput on real-size JPEG photos (1-12 MP): childguard exact and fast modes
against python-threatexchange's PDQ hashing of the same bytes, plus fast mode's drift.

    python bench/bench_media_hashing.py           # 8 photos per size
    MEDIA_BENCH_PHOTOS=30 python bench/bench_media_hashing.py

Photos: Meta's benign PDQ reference photos (tests/media/data, plus the full reference set in
../shared when present), resized to each size and saved as JPEG quality 90. Decode is included
in every timing (bytes in, hash out), one process, one core.
"""

from __future__ import annotations

import io
import json
import os
import sys
import time
from pathlib import Path

import numpy as np
from PIL import Image

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT / "src"))

from childguard.media.hashing import hash_media  # noqa: E402
from childguard.media.signals import pdq_distance  # noqa: E402

SHARED = ROOT.parent / "shared" / "reference-data" / "meta-threatexchange" / "pdq" / "data"
PHOTOS = int(os.environ.get("MEDIA_BENCH_PHOTOS", "8"))
SIZES_MP = (1, 3, 6, 12)


def base_photos() -> list[Image.Image]:
    paths = sorted((ROOT / "tests" / "media" / "data" / "dih").glob("*.jpg"))[:1]
    if SHARED.exists():
        paths += sorted((SHARED / "reg-test-input" / "exif-rotn").glob("*.jpg"))
        paths += sorted((SHARED / "reg-test-input" / "labelme-subset").glob("*.jpg"))
        paths += sorted((SHARED / "bridge-mods").glob("*.jpg"))
    else:
        paths += sorted((ROOT / "tests" / "media" / "data" / "exif-rotn").glob("*.jpg"))
    images = []
    for p in paths:
        with Image.open(p) as im:
            images.append(im.convert("RGB"))
    return images


def sized(image: Image.Image, megapixels: int, quality: int = 90) -> bytes:
    aspect = image.width / image.height
    height = int((megapixels * 1e6 / aspect) ** 0.5)
    width = int(height * aspect)
    buf = io.BytesIO()
    image.resize((width, height), Image.Resampling.BICUBIC).save(buf, "JPEG", quality=quality)
    return buf.getvalue()


def main() -> None:
    from threatexchange.signal_type.pdq.pdq_hasher import pdq_from_bytes

    photos = base_photos()
    rows = []
    drift_all: list[int] = []
    print(f"{'size':>5} {'photos':>6} {'exact img/s':>12} {'fast img/s':>11} "
          f"{'threatexchange img/s':>21} {'fast/peer':>9} {'drift p50/p99/max':>18} "
          f"{'exact==peer':>11}")
    for mp in SIZES_MP:
        files = [sized(photos[i % len(photos)], mp) for i in range(PHOTOS)]
        timings: dict[str, float] = {}
        hashes: dict[str, list[str]] = {}
        for name, fn in (("exact", lambda d: hash_media(d).signals["pdq"]),
                         ("fast", lambda d: hash_media(d, mode="fast").signals["pdq"]),
                         ("peer", lambda d: pdq_from_bytes(d)[0])):
            fn(files[0])  # warm-up
            t = time.perf_counter()
            hashes[name] = [fn(d) for d in files]
            timings[name] = len(files) / (time.perf_counter() - t)
        drift = [pdq_distance(a, b) for a, b in zip(hashes["exact"], hashes["fast"],
                                                     strict=True)]
        drift_all += drift
        same = sum(a == b for a, b in zip(hashes["exact"], hashes["peer"], strict=True))
        row = {"megapixels": mp, "photos": len(files),
               "exact_per_s": round(timings["exact"], 2), "fast_per_s": round(timings["fast"], 2),
               "threatexchange_per_s": round(timings["peer"], 2),
               "fast_speedup_vs_peer": round(timings["fast"] / timings["peer"], 2),
               "drift_p50": float(np.percentile(drift, 50)),
               "drift_p99": float(np.percentile(drift, 99)), "drift_max": max(drift),
               "exact_identical_to_peer": f"{same}/{len(files)}"}
        rows.append(row)
        print(f"{mp:>4}MP {len(files):>6} {row['exact_per_s']:>12} {row['fast_per_s']:>11} "
              f"{row['threatexchange_per_s']:>21} {row['fast_speedup_vs_peer']:>8}x "
              f"{row['drift_p50']:>6.0f}/{row['drift_p99']:>4.0f}/{row['drift_max']:>4} "
              f"{row['exact_identical_to_peer']:>11}", flush=True)
    summary = {"rows": rows, "drift_all_p50": float(np.percentile(drift_all, 50)),
               "drift_all_p99": float(np.percentile(drift_all, 99))}
    print(f"fast-mode drift over all sizes: p50 {summary['drift_all_p50']:.0f}, "
          f"p99 {summary['drift_all_p99']:.0f} bits (match threshold 31)")
    out = ROOT / "bench" / "results" / "media_hashing.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(summary, indent=2))
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
