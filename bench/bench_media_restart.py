"""How long a matcher process takes to be ready with N PDQ entries (default 1M; 10M with
MEDIA_BENCH_N=10000000): building the index from hashes (cold start, no snapshot) versus
mapping the snapshot a previous start wrote (every later start), and the first query after.
Reading rows from the database comes on top of a cold start; bench_media_http.py measures it.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import psutil

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT / "src"))

from childguard.media.pdqindex import PdqIndex, Segment  # noqa: E402

N = int(os.environ.get("MEDIA_BENCH_N", "1000000"))


def main() -> None:
    rng = np.random.default_rng(3)
    words = rng.integers(0, 2**64, size=(N, 4), dtype=np.uint64)
    ids, banks = np.arange(N, dtype=np.int64), np.zeros(N, dtype=np.int32)
    proc = psutil.Process()
    rss0 = proc.memory_info().rss
    t = time.perf_counter()
    index = PdqIndex()
    index.load(words, ids, banks)
    build = time.perf_counter() - t
    rss_build = proc.memory_info().rss - rss0
    tmp = Path(tempfile.mkdtemp(prefix="cg-bench-restart-"))
    t = time.perf_counter()
    index.main_segment.save(tmp / "pdq")
    save = time.perf_counter() - t
    size = sum(f.stat().st_size for f in (tmp / "pdq").iterdir())
    del index
    t = time.perf_counter()
    restored = PdqIndex()
    restored.load_segment(Segment.open(tmp / "pdq"))
    open_s = time.perf_counter() - t
    query = words[N // 3:N // 3 + 1].copy()
    t = time.perf_counter()
    hits = restored.search(query, 31)
    first = time.perf_counter() - t
    assert [h.entry_id for h in hits] == [N // 3]
    t = time.perf_counter()
    for i in range(200):
        restored.search(words[i:i + 1], 31)
    warm = (time.perf_counter() - t) / 200
    shutil.rmtree(tmp, ignore_errors=True)
    out = {"n": N, "cold_build_s": round(build, 1), "build_rss_mb": round(rss_build / 2**20),
           "snapshot_write_s": round(save, 1), "snapshot_mb": round(size / 2**20),
           "restart_from_snapshot_s": round(open_s, 3),
           "first_query_ms": round(first * 1000, 1), "warm_query_ms": round(warm * 1000, 3)}
    print(f"{N:,} entries: cold build {out['cold_build_s']} s (+{out['build_rss_mb']} MB); "
          f"snapshot {out['snapshot_mb']} MB written in {out['snapshot_write_s']} s; restart "
          f"from snapshot {out['restart_from_snapshot_s']} s; first query "
          f"{out['first_query_ms']} ms, then {out['warm_query_ms']} ms")
    path = ROOT / "bench" / "results" / f"media_restart_{N}.json"
    path.write_text(json.dumps(out, indent=2))
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
