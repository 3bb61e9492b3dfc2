"""Robustness of PDQ matching per transform, in the manner of Thorn's `perception` benchmarks.

For each benign photo and each transform, the transformed copy is hashed and compared with the
originals: recall is the share of copies within the threshold of their own original; the
false-positive rate is the share of (copy, other original) pairs within the threshold. Reported
at childguard's default threshold (31) and at the threshold that keeps the false-positive rate
at or below 0.1 % on this set.

Photos: Meta's benign PDQ reference photos (tests/media/data, plus ../shared when present),
scaled to at most 1024 px.
"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageEnhance, ImageOps

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT / "src"))

from childguard.media.hashing import hash_media  # noqa: E402

SHARED = ROOT.parent / "shared" / "reference-data" / "meta-threatexchange" / "pdq" / "data"


def photos() -> list[Image.Image]:
    paths = [ROOT / "tests" / "media" / "data" / "dih" / "bridge-1-original.jpg"]
    paths += sorted((ROOT / "tests" / "media" / "data" / "exif-rotn").glob("*.jpg"))
    if SHARED.exists():
        paths += sorted((SHARED / "reg-test-input" / "labelme-subset").glob("*.jpg"))
        paths += [SHARED / "reg-test-input" / "pen-and-coaster.png"]
    out = []
    for p in paths:
        with Image.open(p) as im:
            im = ImageOps.exif_transpose(im).convert("RGB")
            im.thumbnail((1024, 1024))
            out.append(im)
            # more distinct pictures: the four quadrants of each photo, upscaled
            w, h = im.size
            for box in ((0, 0, w // 2, h // 2), (w // 2, 0, w, h // 2),
                        (0, h // 2, w // 2, h), (w // 2, h // 2, w, h)):
                out.append(im.crop(box).resize((w, h)))
    return out


def jpeg(im: Image.Image, quality: int) -> Image.Image:
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=quality)
    buf.seek(0)
    return Image.open(buf).convert("RGB")


def crop(im: Image.Image, share: float) -> Image.Image:
    w, h = im.size
    dx, dy = int(w * share / 2), int(h * share / 2)
    return im.crop((dx, dy, w - dx, h - dy))


def watermark(im: Image.Image) -> Image.Image:
    out = im.copy()
    draw = ImageDraw.Draw(out)
    w, h = out.size
    draw.rectangle((int(w * 0.6), int(h * 0.85), int(w * 0.97), int(h * 0.97)), fill="white")
    draw.text((int(w * 0.62), int(h * 0.87)), "example.org", fill="black")
    return out


TRANSFORMS: dict[str, Callable[[Image.Image], Image.Image]] = {
    "resize 50%": lambda im: im.resize((im.width // 2, im.height // 2)),
    "resize 25%": lambda im: im.resize((im.width // 4, im.height // 4)),
    "JPEG q70": lambda im: jpeg(im, 70),
    "JPEG q30": lambda im: jpeg(im, 30),
    "crop 2%": lambda im: crop(im, 0.02),
    "crop 5%": lambda im: crop(im, 0.05),
    "crop 10%": lambda im: crop(im, 0.10),
    "crop 20%": lambda im: crop(im, 0.20),
    "rotate 4°": lambda im: im.rotate(4, expand=False),
    "rotate 90° (dihedral)": lambda im: im.transpose(Image.Transpose.ROTATE_90),
    "mirror (dihedral)": lambda im: im.transpose(Image.Transpose.FLIP_LEFT_RIGHT),
    "border 10%": lambda im: ImageOps.expand(im, border=im.width // 20, fill="black"),
    "watermark": watermark,
    "brightness +30%": lambda im: ImageEnhance.Brightness(im).enhance(1.3),
    "saturation ×1.5": lambda im: ImageEnhance.Color(im).enhance(1.5),
    "grayscale": lambda im: im.convert("L").convert("RGB"),
}
DIHEDRAL = {"rotate 90° (dihedral)", "mirror (dihedral)"}


def pdq(im: Image.Image, dihedral: bool = False) -> list[int]:
    buf = io.BytesIO()
    im.save(buf, "PNG")
    result = hash_media(buf.getvalue(), dihedral=dihedral)
    assert result.pdq is not None
    values = list(result.pdq.dihedral.values()) if dihedral else [result.pdq.hash]
    return [int(v, 16) for v in values]


def _quality(im: Image.Image) -> int:
    buf = io.BytesIO()
    im.save(buf, "PNG")
    result = hash_media(buf.getvalue())
    return result.pdq.quality if result.pdq else 0


def main() -> None:
    # Like production, pictures whose PDQ quality is below 50 are not matched at all.
    images = [im for im in photos() if _quality(im) >= 50]
    originals = [pdq(im)[0] for im in images]
    n = len(images)
    rows = []
    print(f"{len(images)} pictures (PDQ quality >= 50); recall = share of copies within "
          "the threshold of their original\n")
    print(f"{'transform':24s} {'recall@31':>9} {'FPR@31':>8} {'thr@FPR<=0.1%':>13} "
          f"{'recall there':>12} {'median dist':>11}")
    for name, fn in TRANSFORMS.items():
        copies = [pdq(fn(im), dihedral=name in DIHEDRAL) for im in images]
        dist = np.array([[min((c ^ o).bit_count() for c in cs) for o in originals]
                         for cs in copies])
        own = np.diag(dist)
        others = dist[~np.eye(n, dtype=bool)]
        recall31 = float(np.mean(own <= 31))
        fpr31 = float(np.mean(others <= 31))
        best = max((t for t in range(0, 129) if np.mean(others <= t) <= 0.001), default=0)
        row = {"transform": name, "recall_at_31": round(recall31, 3),
               "fpr_at_31": round(fpr31, 4), "threshold_at_fpr_0.1pct": best,
               "recall_at_that_threshold": round(float(np.mean(own <= best)), 3),
               "median_distance": float(np.median(own))}
        rows.append(row)
        print(f"{name:24s} {recall31:>9.3f} {fpr31:>8.4f} {best:>13} "
              f"{row['recall_at_that_threshold']:>12.3f} {row['median_distance']:>11.0f}",
              flush=True)
    out = ROOT / "bench" / "results" / "media_robustness.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps({"pictures": n, "rows": rows}, indent=2))
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
