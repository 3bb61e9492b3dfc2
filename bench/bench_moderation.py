"""Moderation ingest benchmark on PostgreSQL: events per second with hash signals, and the
latency from an event being sent to its case existing.

Setup: a fresh database (``cg_bench_moderation`` on the given server), a hash bank of
``--bank-size`` entries (MD5 and PDQ), and the API served by uvicorn (``--workers``
processes). Clients post ``media.uploaded`` batches carrying precomputed MD5 + PDQ hashes;
``--match-rate`` of the uploads match the bank, are held and open or update a case.

Event-to-case latency: ingestion is synchronous, so when ``POST /v1/events`` answers, the
case is committed. The latency of a matching event is the time from sending its batch to the
answer (checked afterwards: every matching account has its case). A second row measures the
ingest service in-process (no HTTP) for comparison.

    python bench/bench_moderation.py [--events 20000] [--batch 250] [--clients 2]
        [--url postgresql://postgres@127.0.0.1:5432/test]

Prints a table; writes bench/results/moderation.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
from rich.console import Console
from rich.table import Table
from sqlalchemy import create_engine, func, select, text

RESULTS = Path(__file__).resolve().parent / "results" / "moderation.json"
DB_NAME = "cg_bench_moderation"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _hex(rng: random.Random, chars: int) -> str:
    return f"{rng.getrandbits(chars * 4):0{chars}x}"


def _percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def _create_database(server_url: str) -> str:
    from childguard.platform.db import normalise_url

    admin = create_engine(normalise_url(server_url), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                          "WHERE datname = :n"), {"n": DB_NAME})
        conn.execute(text(f'DROP DATABASE IF EXISTS "{DB_NAME}"'))
        conn.execute(text(f'CREATE DATABASE "{DB_NAME}"'))
    admin.dispose()
    return server_url.rsplit("/", 1)[0] + "/" + DB_NAME


def _events(rng: random.Random, n: int, prefix: str, known: list[tuple[str, str]],
            match_rate: float, accounts: int) -> list[dict[str, Any]]:
    out = []
    for i in range(n):
        matched = rng.random() < match_rate
        md5, pdq = rng.choice(known) if matched else (_hex(rng, 32), _hex(rng, 64))
        out.append({
            "id": f"{prefix}-{i}", "type": "media.uploaded",
            "account_id": f"acct-{rng.randrange(accounts)}",
            "ip": f"198.51.{rng.randrange(256)}.{rng.randrange(1, 255)}",
            "port": rng.randrange(1024, 65535), "occurred_at": "2026-11-29T10:00:00+01:00",
            "device_ids": [f"dev-{rng.randrange(10_000)}"],
            "data": {"media_id": f"{prefix}-m{i}", "hashes": {"md5": md5, "pdq": pdq},
                     "visibility": "public"},
            "_matched": matched})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--url", default=os.environ.get(
        "CHILDGUARD_BENCH_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/test"))
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--batch", type=int, default=250)
    parser.add_argument("--clients", type=int, default=2)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--bank-size", type=int, default=20_000)
    parser.add_argument("--match-rate", type=float, default=0.05)
    parser.add_argument("--accounts", type=int, default=50_000)
    args = parser.parse_args()
    console = Console(width=150)
    rng = random.Random(42)

    # The machine may be shared (CI, other jobs): record how busy it was.
    load_before = round(os.getloadavg()[0], 2)
    url = _create_database(args.url)
    data_dir = tempfile.mkdtemp(prefix="cg-bench-mod-")
    env = {**os.environ, "CHILDGUARD_DATABASE_URL": url, "CHILDGUARD_DATA_DIR": data_dir,
           "CHILDGUARD_JOBS_IN_PROCESS": "false", "CHILDGUARD_LOG_LEVEL": "WARNING",
           "CHILDGUARD_ENVIRONMENT": "development"}
    os.environ.update({k: v for k, v in env.items() if k.startswith("CHILDGUARD_")})

    from childguard.media import banks
    from childguard.moderation.ingest import ingest
    from childguard.moderation.storage import Case
    from childguard.platform import auth
    from childguard.platform.config import reset_settings_cache
    from childguard.platform.db import Database, set_database
    from childguard.platform.migrate import upgrade

    reset_settings_cache()
    upgrade(url)
    database = Database(url)
    set_database(database)

    console.print(f"bank: {args.bank_size} entries (MD5 + PDQ) …")
    known = [(_hex(rng, 32), _hex(rng, 64)) for _ in range(max(50, args.bank_size // 100))]
    with database.unit_of_work() as session:
        bank = banks.create_bank(session, actor="bench", name="bench-known")
        entries = []
        classes = ["A1", "A2", "B1", "B2"]
        for i, (md5, pdq) in enumerate(known):
            entries.append(banks.NewEntry("md5", md5, classification=classes[i % 4]))
            entries.append(banks.NewEntry("pdq", pdq, classification=classes[i % 4]))
        while len(entries) < args.bank_size:
            entries.append(banks.NewEntry("md5", _hex(rng, 32)))
            entries.append(banks.NewEntry("pdq", _hex(rng, 64)))
        banks.add_entries_bulk(session, actor="bench", bank=bank, entries=entries)
        bank_entries = len(entries)
        _, token = auth.create_api_key(session, name="bench", scopes=["events:write"],
                                       actor="bench")

    # ---- in-process service (no HTTP), one thread
    service_events = _events(rng, min(5_000, args.events), "svc", known, args.match_rate,
                             args.accounts)
    for e in service_events:
        e.pop("_matched")
    with database.unit_of_work() as session:  # load the bank index and the rules first
        ingest(session, service_events[:args.batch], submitted_by="bench")
    service_events = service_events[args.batch:]
    started = time.perf_counter()
    for i in range(0, len(service_events), args.batch):
        with database.unit_of_work() as session:
            ingest(session, service_events[i:i + args.batch], submitted_by="bench")
    service_rate = len(service_events) / (time.perf_counter() - started)

    # ---- over HTTP, uvicorn with several worker processes
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "childguard.platform.asgi:app", "--host", "127.0.0.1",
         "--port", str(port), "--workers", str(args.workers), "--log-level", "warning",
         "--no-access-log"], env=env)
    base = f"http://127.0.0.1:{port}"
    headers = {"Authorization": f"Bearer {token}"}
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        http_events = _events(rng, args.events, "http", known, args.match_rate, args.accounts)
        matched_accounts = {e["account_id"] for e in http_events if e["_matched"]}
        # Bodies are serialised before the clock starts: the clients share the machine's two
        # cores with the server and the database, and should cost as little as possible.
        batches = [json.dumps({"events": [{k: v for k, v in e.items() if k != "_matched"}
                                          for e in http_events[i:i + args.batch]]}).encode()
                   for i in range(0, len(http_events), args.batch)]
        # Warm every worker process (bank index, rules, model) before the clock starts:
        # parallel requests on fresh connections reach all of them.
        warm = _events(rng, args.batch * args.workers * 8, "warm", known, args.match_rate,
                       args.accounts)
        matched_accounts |= {e["account_id"] for e in warm if e["_matched"]}
        warm_bodies = [{"events": [{k: v for k, v in e.items() if k != "_matched"}
                                   for e in warm[i:i + args.batch]]}
                       for i in range(0, len(warm), args.batch)]

        def warm_one(body: dict[str, Any]) -> None:
            httpx.post(f"{base}/v1/events", json=body, headers=headers,
                       timeout=60).raise_for_status()

        for start in range(0, len(warm_bodies), args.workers * 2):
            group = [threading.Thread(target=warm_one, args=(b,))
                     for b in warm_bodies[start:start + args.workers * 2]]
            for t in group:
                t.start()
            for t in group:
                t.join()

        latencies: list[float] = []
        batch_times: list[float] = []
        errors: list[str] = []
        accepted = [0]
        retries = [0]
        lock = threading.Lock()
        queue = list(reversed(batches))

        def worker() -> None:
            with httpx.Client(base_url=base, timeout=60, headers={
                    **headers, "Content-Type": "application/json"}) as client:
                while True:
                    with lock:
                        if not queue:
                            return
                        batch = queue.pop()
                    body = batch
                    sent = time.perf_counter()
                    response = client.post("/v1/events", content=body)
                    for _ in range(3):  # an ESP retries a failed batch; event ids dedupe it
                        if response.status_code < 500:
                            break
                        with lock:
                            retries[0] += 1
                        response = client.post("/v1/events", content=body)
                    elapsed = time.perf_counter() - sent
                    with lock:
                        batch_times.append(elapsed)
                        if response.status_code != 200:
                            errors.append(response.text[:200])
                            continue
                        result = response.json()
                        accepted[0] += result["accepted"]
                        held = [r for r in result["results"] if r.get("case_id")]
                        latencies.extend([elapsed] * len(held))

        threads = [threading.Thread(target=worker) for _ in range(args.clients)]
        started = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - started
    finally:
        server.terminate()
        server.wait(timeout=20)

    with database.unit_of_work() as session:
        open_accounts = set(session.scalars(select(Case.account_id)))
        cases = session.scalar(select(func.count()).select_from(Case)) or 0
    missing = matched_accounts - open_accounts
    http_rate = accepted[0] / wall
    p50, p99 = _percentile(latencies, 50), _percentile(latencies, 99)

    table = Table(title="moderation ingest on PostgreSQL (media.uploaded with MD5 + PDQ)")
    for col in ("path", "events", "events/s", "event→case p50", "event→case p99", "cases",
                "retries", "errors"):
        table.add_column(col, justify="right" if col != "path" else "left")
    table.add_row(f"HTTP, {args.workers} uvicorn workers, {args.clients} clients, "
                  f"batch {args.batch}", str(accepted[0]), f"{http_rate:,.0f}",
                  f"{p50 * 1000:.0f} ms", f"{p99 * 1000:.0f} ms", str(cases),
                  str(retries[0]), str(len(errors)))
    table.add_row(f"in-process service, 1 thread, batch {args.batch}",
                  str(len(service_events)), f"{service_rate:,.0f}", "-", "-", "-", "-", "0")
    console.print(table)
    console.print(f"machine: {os.cpu_count()} CPUs, load average {load_before} before, "
                  f"{os.getloadavg()[0]:.2f} after (server, database and clients share it)")
    target_ok = http_rate >= 1000 and p99 < 1.0 and not missing and not errors
    console.print(f"target (≥ 1,000 events/s, p99 < 1 s, every match has its case): "
                  f"{'met' if target_ok else 'NOT met'}"
                  + (f"; {len(missing)} matched accounts without a case" if missing else ""))

    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({
        "benchmark": "moderation_ingest", "at": datetime.now(UTC).isoformat(),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                    "platform": platform.platform(),
                    "load_average_1m_before_after": [load_before, round(os.getloadavg()[0], 2)]},
        "database": "postgresql", "bank_entries": bank_entries,
        "match_rate": args.match_rate, "batch": args.batch, "clients": args.clients,
        "uvicorn_workers": args.workers,
        "http": {"events": accepted[0], "seconds": round(wall, 3), "retried_batches": retries[0],
                 "events_per_second": round(http_rate, 1),
                 "event_to_case_ms": {"p50": round(p50 * 1000, 1), "p99": round(p99 * 1000, 1),
                                      "samples": len(latencies)},
                 "batch_ms": {"p50": round(_percentile(batch_times, 50) * 1000, 1),
                              "p90": round(_percentile(batch_times, 90) * 1000, 1),
                              "p99": round(_percentile(batch_times, 99) * 1000, 1),
                              "max": round(max(batch_times, default=0) * 1000, 1)},
                 "errors": errors[:5], "matched_accounts_without_case": len(missing)},
        "in_process": {"events": len(service_events),
                       "events_per_second": round(service_rate, 1)},
        "target_met": target_ok,
    }, indent=2))
    console.print(f"wrote {RESULTS}")


if __name__ == "__main__":
    main()
