"""HTTP lookups under a bounded concurrent load, at 1M (default) or 5M PDQ entries.

    python bench/bench_media_http.py
    MEDIA_BENCH_N=5000000 python bench/bench_media_http.py
    MEDIA_BENCH_KEEP=/var/tmp/cg-5m ...   # keep the database there and reuse it next time
    MEDIA_BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/test ...  # on PostgreSQL

Setup (what the README recommends for one machine): ``childguard serve --workers 2`` (uvicorn,
one process per core, each with its own in-memory index) over SQLite, or PostgreSQL. The load
comes over loopback with MEDIA_BENCH_CONCURRENCY keep-alive connections, from two drivers:

* wrk (C, one thread, barely takes CPU from the server): every query is a near-duplicate
  (0-31 bits) of one of 2,000 banked hashes, so every answer must carry a match, with its
  provenance; an answer without one counts as wrong. This is the throughput figure.
* a Python asyncio generator (takes about a core itself): half near-duplicates (must match),
  half random hashes (must not); every answer is checked.

Measured for ``POST /v1/lookup`` and HMA's ``GET /m/lookup``, then again while a thread
adds an entry every 50 ms through the API, with how long until each is matchable. Also
reported: how long one process takes to load the index from the database (cold start).
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import numpy as np

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT / "src"))

N = int(os.environ.get("MEDIA_BENCH_N", "1000000"))
DURATION = float(os.environ.get("MEDIA_BENCH_SECONDS", "10"))
CONCURRENCY = int(os.environ.get("MEDIA_BENCH_CONCURRENCY", "32"))
WORKERS = int(os.environ.get("MEDIA_BENCH_WORKERS", "2"))
PORT = int(os.environ.get("MEDIA_BENCH_PORT", "18731"))
#: e.g. postgresql://postgres@127.0.0.1:5432/test: run on a PostgreSQL server (a database of
#: its own is created there) instead of SQLite
BENCH_DATABASE_URL = os.environ.get("MEDIA_BENCH_DATABASE_URL", "")


def _postgres_url(tmp: Path) -> str:
    """A fresh database for this run on the server MEDIA_BENCH_DATABASE_URL names (kept,
    and reused, with MEDIA_BENCH_KEEP)."""
    import psycopg

    server = BENCH_DATABASE_URL
    name = f"cg_bench_http_{N}"
    info = tmp / "info.json"
    reuse = info.exists() and json.loads(info.read_text()).get("url", "").endswith("/" + name)
    if not reuse:
        with psycopg.connect(server, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            conn.execute(f"CREATE DATABASE {name}")
    return server.rsplit("/", 1)[0] + "/" + name


def _insert_sqlite(url: str, bank_id: str, chunks: Iterator[list[str]]) -> None:
    conn = sqlite3.connect(url.removeprefix("sqlite:///"))
    for hexes in chunks:
        conn.executemany(
            "INSERT INTO media_entries (bank_id, signal_type, value, value_key, note, extra, "
            "added_by, added_at, enabled, change_seq) VALUES (?, 'pdq', ?, ?, '', '{}', "
            "'bench', '2026-11-29 00:00:00.000000+00:00', 1, 1)",
            ((bank_id, h, h) for h in hexes))
        conn.commit()
    conn.execute("UPDATE media_sequence SET value = 1")
    conn.commit()
    conn.close()


def _insert_postgres(url: str, bank_id: str, chunks: Iterator[list[str]]) -> None:
    import psycopg

    with psycopg.connect(url) as conn, conn.cursor() as cur:
        for hexes in chunks:
            rows = "".join(f"{bank_id}\tpdq\t{h}\t{h}\t\t{{}}\tbench\t"
                           "2026-11-29 00:00:00+00\tt\t1\n" for h in hexes)
            with cur.copy("COPY media_entries (bank_id, signal_type, value, value_key, note, "
                          "extra, added_by, added_at, enabled, change_seq) FROM STDIN") as copy:
                copy.write(rows)
            conn.commit()
        cur.execute("UPDATE media_sequence SET value = 1")
        conn.commit()
        cur.execute("ANALYZE media_entries")
        conn.commit()


def setup(tmp: Path) -> tuple[str, str, list[str]]:
    from childguard.media import banks
    from childguard.platform import auth
    from childguard.platform.db import Database
    from childguard.platform.migrate import import_all_models, upgrade

    url = _postgres_url(tmp) if BENCH_DATABASE_URL else f"sqlite:///{tmp / 'bench.db'}"
    import_all_models()
    upgrade(url)
    info = tmp / "info.json"
    if info.exists():
        kept = json.loads(info.read_text())  # MEDIA_BENCH_KEEP: the same database again
        if kept.get("n") == N and kept.get("url", url) == url:
            print(f"reusing the {N:,}-entry database {url}", flush=True)
            return url, kept["key"], kept["sample"]
    db = Database(url)
    with db.unit_of_work() as session:
        bank = banks.create_bank(session, actor="bench", name="BENCH", source="other")
        bank_id = bank.id
        _, key = auth.create_api_key(session, name="bench", scopes=["admin"], actor="bench")
    db.dispose()
    rng = np.random.default_rng(11)
    sample: list[str] = []

    def chunks() -> Iterator[list[str]]:
        for start in range(0, N, 200_000):
            n = min(200_000, N - start)
            raw = rng.integers(0, 2**64, size=(n, 4), dtype=np.uint64).astype(">u8").tobytes()
            hexes = [raw[i:i + 32].hex() for i in range(0, len(raw), 32)]
            sample.extend(hexes[:: max(1, n // 500)][:500])
            yield hexes

    t = time.perf_counter()
    (_insert_postgres if BENCH_DATABASE_URL else _insert_sqlite)(url, bank_id, chunks())
    print(f"inserted {N:,} PDQ entries in {time.perf_counter() - t:.1f} s", flush=True)
    info.write_text(json.dumps({"n": N, "url": url, "key": key, "sample": sample}))
    return url, key, sample


def restart_time(url: str) -> dict[str, float]:
    import psutil

    from childguard.media.matching import Matcher
    from childguard.platform.db import Database

    proc = psutil.Process()
    rss0 = proc.memory_info().rss
    t = time.perf_counter()
    matcher = Matcher(Database(url))
    matcher.load()
    seconds = time.perf_counter() - t
    out = {"index_load_s": round(seconds, 1),
           "index_rss_mb": round((proc.memory_info().rss - rss0) / 2**20)}
    matcher.database.dispose()
    del matcher
    return out


def flip(hex_: str, k: int) -> str:
    value = int(hex_, 16)
    for bit in random.sample(range(256), k):
        value ^= 1 << bit
    return format(value, "064x")


class Load:
    def __init__(self, key: str, sample: list[str]) -> None:
        self.key, self.sample = key, sample
        self.errors = 0
        self.wrong = 0

    def request(self, endpoint: str) -> tuple[bytes, bool]:
        positive = random.random() < 0.5
        hash_ = flip(random.choice(self.sample), random.randint(0, 31)) if positive else \
            format(random.getrandbits(256), "064x")
        if endpoint == "/v1/lookup":
            body = json.dumps({"signals": {"pdq": hash_}}).encode()
            head = (f"POST /v1/lookup HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {self.key}"
                    f"\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n")
            return head.encode() + body, positive
        head = (f"GET /m/lookup?signal_type=pdq&signal={hash_} HTTP/1.1\r\nHost: x\r\n"
                f"Authorization: Bearer {self.key}\r\n\r\n")
        return head.encode(), positive

    async def worker(self, endpoint: str, until: float, latencies: list[float]) -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", PORT)
        try:
            while time.perf_counter() < until:
                data, positive = self.request(endpoint)
                t = time.perf_counter()
                writer.write(data)
                status_line = await reader.readline()
                length = 0
                while True:
                    line = await reader.readline()
                    if line in (b"\r\n", b""):
                        break
                    if line.lower().startswith(b"content-length:"):
                        length = int(line.split(b":")[1])
                body = await reader.readexactly(length)
                latencies.append(time.perf_counter() - t)
                if not status_line.startswith(b"HTTP/1.1 200"):
                    self.errors += 1
                    continue
                answer = json.loads(body)
                matched = bool(answer.get("matches")) if endpoint == "/v1/lookup" else \
                    bool(answer)
                if matched != positive:
                    self.wrong += 1
        finally:
            writer.close()

    def run(self, endpoint: str, seconds: float) -> dict[str, float]:
        latencies: list[float] = []
        self.errors = self.wrong = 0

        async def main() -> None:
            until = time.perf_counter() + seconds
            await asyncio.gather(*(self.worker(endpoint, until, latencies)
                                   for _ in range(CONCURRENCY)))

        t = time.perf_counter()
        asyncio.run(main())
        elapsed = time.perf_counter() - t
        ms = np.array(latencies) * 1000
        return {"requests_per_s": round(len(ms) / elapsed),
                "p50_ms": round(float(np.percentile(ms, 50)), 2),
                "p99_ms": round(float(np.percentile(ms, 99)), 2),
                "p999_ms": round(float(np.percentile(ms, 99.9)), 2),
                "max_ms": round(float(ms.max()), 1), "requests": len(ms),
                "errors": self.errors, "wrong_answers": self.wrong}


def adder(key: str, stop: threading.Event, visible: list[float]) -> None:
    """Adds an entry every 50 ms through the API; records how long until it matches."""
    import http.client

    conn = http.client.HTTPConnection("127.0.0.1", PORT)
    headers = {"Authorization": f"Bearer {key}", "Content-Type": "application/json"}
    while not stop.is_set():
        value = format(random.getrandbits(256), "064x")
        conn.request("POST", "/v1/banks/BENCH/entries", json.dumps(
            {"signal_type": "pdq", "value": value}), headers)
        conn.getresponse().read()
        added = time.perf_counter()
        while not stop.is_set():
            conn.request("GET", f"/m/lookup?signal_type=pdq&signal={value}", headers=headers)
            if json.loads(conn.getresponse().read()):
                visible.append(time.perf_counter() - added)
                break
            time.sleep(0.01)
        time.sleep(0.05)


WRK_SCRIPT = """
local threads = {}
function setup(thread) table.insert(threads, thread) end
local i = 0
wrong = 0
local hashes = {%(hashes)s}
request = function()
  i = i + 1
  local h = hashes[(i %% #hashes) + 1]
  if wrk.path == "/v1/lookup" then
    return wrk.format("POST", "/v1/lookup", {["Content-Type"] = "application/json",
      ["Authorization"] = "Bearer %(key)s"}, '{"signals": {"pdq": "' .. h .. '"}}')
  end
  return wrk.format("GET", "/m/lookup?signal_type=pdq&signal=" .. h,
    {["Authorization"] = "Bearer %(key)s"})
end
-- every query is a near-duplicate of a banked hash: an answer without a match is wrong
response = function(status, headers, body)
  if status ~= 200 or body == "{}" or string.find(body, '"matches":[]', 1, true) then
    wrong = wrong + 1
  end
end
done = function(summary, latency, requests)
  local w = 0
  for _, t in ipairs(threads) do w = w + t:get("wrong") end
  local e = summary.errors
  io.write(string.format('RESULT {"requests": %%d, "seconds": %%f, "errors": %%d, ' ..
    '"wrong": %%d, "p50_ms": %%f, "p99_ms": %%f, "p999_ms": %%f, "max_ms": %%f}\\n',
    summary.requests, summary.duration / 1e6, e.connect + e.read + e.write + e.timeout +
    e.status, w, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency:percentile(99.9) / 1000, latency.max / 1000))
end
"""


def wrk_script(key: str, sample: list[str]) -> Path:
    rng = random.Random(7)
    queries = [flip(h, rng.randint(0, 31)) for h in sample[:2000]]
    script = Path(tempfile.mkstemp(suffix=".lua")[1])
    script.write_text(WRK_SCRIPT % {"hashes": ",".join(f'"{q}"' for q in queries), "key": key})
    return script


def wrk_run(script: Path, endpoint: str, seconds: float) -> dict[str, float]:
    """wrk (C, one thread) drives the load: the Python generator competes with the two
    server processes for the two cores, wrk hardly does."""
    run = subprocess.run(["wrk", "-t1", f"-c{CONCURRENCY}", f"-d{int(seconds)}s", "-s",
                          str(script), f"http://127.0.0.1:{PORT}{endpoint}"],
                         capture_output=True, text=True, timeout=seconds + 60)
    line = next((x for x in run.stdout.splitlines() if x.startswith("RESULT ")), None)
    if line is None:
        raise SystemExit(f"wrk failed: {run.stdout} {run.stderr}")
    r = json.loads(line[len("RESULT "):])
    return {"requests_per_s": round(r["requests"] / r["seconds"]),
            **{k: round(r[k], 2) for k in ("p50_ms", "p99_ms", "p999_ms")},
            "max_ms": round(r["max_ms"], 1), "requests": r["requests"],
            "errors": r["errors"], "wrong_answers": r["wrong"]}


def main() -> None:
    keep = os.environ.get("MEDIA_BENCH_KEEP")  # a directory to keep (and reuse) the database in
    tmp = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="cg-bench-http-"))
    tmp.mkdir(parents=True, exist_ok=True)
    url, key, sample = setup(tmp)
    restart = restart_time(url)
    print(f"one process loads the {N:,}-entry index in {restart['index_load_s']} s "
          f"(+{restart['index_rss_mb']} MB)", flush=True)
    env = {**os.environ, "CHILDGUARD_DATABASE_URL": url, "CHILDGUARD_DATA_DIR": str(tmp),
           "CHILDGUARD_JOBS_IN_PROCESS": "false", "CHILDGUARD_LOG_LEVEL": "WARNING",
           "CHILDGUARD_ENVIRONMENT": "production"}
    server = subprocess.Popen([str(Path(sys.executable).with_name("childguard")), "serve",
                               "--host", "127.0.0.1", "--port", str(PORT),
                               "--workers", str(WORKERS)], env=env, cwd=ROOT,
                              stdout=subprocess.DEVNULL)
    results: dict[str, object] = {"n": N, "workers": WORKERS, "concurrency": CONCURRENCY,
                                  **restart}
    try:
        t = time.perf_counter()
        deadline = t + 600
        while True:  # ready when both workers answer a lookup
            try:
                req = urllib.request.Request(
                    f"http://127.0.0.1:{PORT}/m/index/status",
                    headers={"Authorization": f"Bearer {key}"})
                with urllib.request.urlopen(req, timeout=2) as r:
                    if json.loads(r.read())["pdq"]["size"] >= N:
                        break
            except OSError:
                pass
            if time.perf_counter() > deadline:
                raise SystemExit("server did not start")
            time.sleep(0.5)
        print(f"server ready after {time.perf_counter() - t:.1f} s", flush=True)
        time.sleep(2 * restart["index_load_s"] + 2)  # let the second worker finish loading
        load = Load(key, sample)
        load.run("/v1/lookup", 2)  # warm-up
        script = wrk_script(key, sample) if shutil.which("wrk") else None
        if script is not None:
            for endpoint in ("/v1/lookup", "/m/lookup"):
                wrk_run(script, endpoint, 2)  # warm-up (provenance of the queried entries)
        else:
            print("wrk is not installed: only the Python load generator runs")
        print(f"{'load':8s} {'phase':22s} {'endpoint':12s} {'req/s':>7} {'p50 ms':>7} "
              f"{'p99 ms':>7} {'p99.9 ms':>8} {'max ms':>7} {'wrong':>5}")
        for phase in ("steady", "while adding entries"):
            stop = threading.Event()
            visible: list[float] = []
            thread = None
            if phase != "steady":
                thread = threading.Thread(target=adder, args=(key, stop, visible), daemon=True)
                thread.start()
            for endpoint in ("/v1/lookup", "/m/lookup"):
                drivers = ["wrk", "python"] if script is not None else ["python"]
                for driver in drivers:
                    r = wrk_run(script, endpoint, DURATION) if driver == "wrk" and script \
                        else load.run(endpoint, DURATION)
                    results[f"{driver}:{phase}:{endpoint}"] = r
                    print(f"{driver:8s} {phase:22s} {endpoint:12s} {r['requests_per_s']:>7} "
                          f"{r['p50_ms']:>7} {r['p99_ms']:>7} {r['p999_ms']:>8} "
                          f"{r['max_ms']:>7} {r['wrong_answers'] + r['errors']:>5}",
                          flush=True)
            stop.set()
            if thread:
                thread.join(timeout=5)
                if visible:
                    v = np.array(visible) * 1000
                    results["entry_visible_ms"] = {
                        "added": len(v), "p50": round(float(np.percentile(v, 50))),
                        "p99": round(float(np.percentile(v, 99))), "max": round(float(v.max()))}
                    print(f"{len(v)} entries added during the load; matchable after p50 "
                          f"{np.percentile(v, 50):.0f} ms, max {v.max():.0f} ms", flush=True)
        print("peer, as the issue reports it (HMA 2.0, gunicorn + PostgreSQL, this kind of "
              "machine): 558-889 lookups/s at 1M, 350-513 at 5M, halved with p99.9 ~0.4 s "
              "during each periodic index reload")
    finally:
        server.terminate()
        server.wait(timeout=30)
    store = "postgresql" if BENCH_DATABASE_URL else "sqlite"
    results["database"] = store
    out = ROOT / "bench" / "results" / f"media_http_{N}_{store}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=2))
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
