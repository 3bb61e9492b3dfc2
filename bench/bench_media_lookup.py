"""PDQ lookup at 1M (default) or 10M entries: childguard's index vs python-threatexchange's
default PDQ index (faiss multi-hash), same hashes, same queries, each in its own process.

    python bench/bench_media_lookup.py            # 1M uniform + 1M clustered
    MEDIA_BENCH_N=10000000 python bench/bench_media_lookup.py

Queries: planted near-duplicates (0..31 bits flipped from an indexed hash, all must be found)
and random negatives. Recall is checked against brute force. "Clustered" hashes are random
walks around 2,000 centres (real PDQ hashes cluster; MIH buckets get fuller).
"""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import sys
import time
from pathlib import Path

import numpy as np
import psutil

N = int(os.environ.get("MEDIA_BENCH_N", "1000000"))
Q = int(os.environ.get("MEDIA_BENCH_QUERIES", "2000"))
RESULTS = Path(__file__).parent / "results"


def make_data(n: int, kind: str, seed: int = 7) -> tuple[np.ndarray, np.ndarray, np.ndarray,
                                                         np.ndarray]:
    rng = np.random.default_rng(seed)
    if kind == "uniform":
        words = rng.integers(0, 2**64, size=(n, 4), dtype=np.uint64)
    else:  # clustered: each hash is a centre with 0..40 random bits flipped
        centres = rng.integers(0, 2**64, size=(2000, 4), dtype=np.uint64)
        words = centres[rng.integers(0, len(centres), n)]
        bits = np.unpackbits(words.view(np.uint8), axis=1)
        flips = rng.random(bits.shape) < (rng.integers(8, 40, n)[:, None] / 256)
        words = np.packbits(bits ^ flips, axis=1).view(np.uint64).copy()
    half = Q // 2
    src = rng.integers(0, n, half)
    pos = words[src].copy()
    bits = np.unpackbits(pos.view(np.uint8), axis=1)
    for i in range(half):
        k = i % 32
        bits[i, rng.choice(256, k, replace=False)] ^= 1
    pos = np.packbits(bits, axis=1).view(np.uint64).copy()
    neg = rng.integers(0, 2**64, size=(Q - half, 4), dtype=np.uint64)
    return words, pos, neg, src


def brute_force(words: np.ndarray, q: np.ndarray) -> set[int]:
    d = np.bitwise_count(words ^ q[None, :]).sum(axis=1)
    return set(np.flatnonzero(d <= 31).tolist())


def to_hex(words: np.ndarray) -> list[str]:
    raw = words.astype(">u8").tobytes() if words.dtype == np.uint64 else words.tobytes()
    return [raw[i:i + 32].hex() for i in range(0, len(raw), 32)]


def run_childguard(words, pos, neg, queue) -> None:
    sys.path.insert(0, str(Path(__file__).parents[1] / "src"))
    from childguard.media.pdqindex import PdqIndex

    proc = psutil.Process()
    rss0 = proc.memory_info().rss
    t = time.perf_counter()
    index = PdqIndex()
    index.load(words, np.arange(len(words)), np.zeros(len(words), np.int32))
    build = time.perf_counter() - t
    rss = proc.memory_info().rss - rss0
    queue.put(measure("childguard (numpy multi-index)", build, rss,
                      lambda q: [h.entry_id for h in index.search(q, 31)],
                      lambda qs: [(h.query, h.entry_id) for h in index.search(qs, 31)],
                      pos, neg))


def run_pytx(words, pos, neg, queue) -> None:
    import faiss

    faiss.omp_set_num_threads(1)  # as measured for HMA: OpenMP spinning costs ~3x on 2 cores
    from threatexchange.signal_type.pdq.pdq_index import PDQIndex

    proc = psutil.Process()
    hexes = to_hex(words)
    rss0 = proc.memory_info().rss
    t = time.perf_counter()
    index = PDQIndex(zip(hexes, range(len(hexes)), strict=True))
    build = time.perf_counter() - t
    rss = proc.memory_info().rss - rss0
    del hexes

    def single(q):
        return [m.metadata for m in index.query(to_hex(q)[0])]

    def batch(qs):  # the underlying faiss matcher takes a list of queries in one call
        found = index.index.search(to_hex(qs), 31, return_as_ids=True)
        return [(i, int(e)) for i, row in enumerate(found) for e in row]

    queue.put(measure("python-threatexchange PDQIndex (faiss MIH)", build, rss,
                      single, batch, pos, neg))


def measure(name, build, rss, single, batch, pos, neg) -> dict:
    lat = []
    found_pos = []
    for i in range(len(pos)):
        t = time.perf_counter()
        found_pos.append(set(single(pos[i:i + 1])))
        lat.append(time.perf_counter() - t)
    for i in range(len(neg)):
        t = time.perf_counter()
        single(neg[i:i + 1])
        lat.append(time.perf_counter() - t)
    lat_ms = np.array(lat) * 1000
    t = time.perf_counter()
    batch_hits = batch(np.concatenate([pos, neg]))
    batch_s = time.perf_counter() - t
    return {"index": name, "build_s": round(build, 2), "rss_growth_mb": round(rss / 2**20),
            "single_qps": round(len(lat) / (lat_ms.sum() / 1000)),
            "p50_ms": round(float(np.percentile(lat_ms, 50)), 3),
            "p99_ms": round(float(np.percentile(lat_ms, 99)), 3),
            "batch_qps": round((len(pos) + len(neg)) / batch_s),
            "found_pos": [sorted(s) for s in found_pos], "batch_hits": len(batch_hits)}


def main() -> None:
    out = []
    kinds = os.environ.get("MEDIA_BENCH_KINDS", "uniform,clustered").split(",")
    ctx = mp.get_context("fork")
    for kind in kinds:
        words, pos, neg, src = make_data(N, kind)
        # Ground truth: the planted source of every positive, plus everything brute force
        # finds for the first BRUTE queries (at 10M a full scan per query takes a while).
        brute = int(os.environ.get("MEDIA_BENCH_BRUTE", "200"))
        truth = [brute_force(words, pos[i]) if i < brute else {int(src[i])}
                 for i in range(len(pos))]
        for runner in (run_childguard, run_pytx):
            queue = ctx.Queue()
            p = ctx.Process(target=runner, args=(words, pos, neg, queue))
            p.start()
            r = queue.get()
            p.join()
            recall = np.mean([len(truth[i] & set(r["found_pos"][i])) / len(truth[i])
                              for i in range(len(truth))])
            extra = sum(len(set(r["found_pos"][i]) - truth[i]) for i in range(brute))
            del r["found_pos"]
            r.update({"n": N, "hashes": kind, "recall_at_31": round(float(recall), 4),
                      "false_results": extra})
            out.append(r)
            print(f"{kind:9s} {N:>9,d}  {r['index'][:44]:44s} build {r['build_s']:6.1f}s "
                  f"+{r['rss_growth_mb']:5d} MB  single {r['single_qps']:5d} q/s "
                  f"(p50 {r['p50_ms']:.3f} ms, p99 {r['p99_ms']:.3f} ms)  batch "
                  f"{r['batch_qps']:5d} q/s  recall {r['recall_at_31']:.4f}", flush=True)
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"media_lookup_{N}.json"
    path.write_text(json.dumps(out, indent=2))
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
