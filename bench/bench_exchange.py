"""Exchange benchmark: NCMEC hash-sharing fetch against the local sandbox.

Two questions:

* **throughput**: entries per second fetched, parsed and applied to a bank (SQLite, one
  process, the sandbox served in-process), for a full first fetch and for a re-fetch where
  everything is already held;
* **the paging pitfall**: the API returns a window's entries out of time order. A client
  that checkpoints each page's ``maxTimestamp`` (the peer, naive strategy) and is
  interrupted loses entries for good; childguard checkpoints only after a whole window.
  Both are interrupted after the same number of pages and resumed; we count entries never
  fetched and entries applied twice.

    python bench/bench_exchange.py [--entries 3000] [--page-size 500] [--interrupt-after 3]

Prints a table; writes bench/results/exchange.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import tempfile
import time
import warnings
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

T0 = 1_700_000_000
DAY = 86_400
NOW = T0 + 40 * DAY


def naive_fetch(url: str, http: Any, *, start: int, end: int, stop_after: int | None
                ) -> tuple[set[str], int]:
    """The peer: checkpoint = max timestamp seen so far, after every page."""
    from childguard.exchange.ncmec import NCMECHashClient

    client = NCMECHashClient(url, "sandbox", "sandbox", http=http)
    seen: set[str] = set()
    checkpoint = start
    pages = 0
    next_ = ""
    while True:
        page = client.entries(start=start, end=end, next_=next_)
        pages += 1
        seen.update(f"{e.member_id}/{e.id}" for e in page.entries)
        if page.max_timestamp is not None:
            checkpoint = max(checkpoint, page.max_timestamp)
        if stop_after is not None and pages >= stop_after:
            return seen, checkpoint
        next_ = page.next
        if not next_:
            return seen, end


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=3000)
    parser.add_argument("--page-size", type=int, default=500)
    parser.add_argument("--interrupt-after", type=int, default=3)
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="cg-bench-exchange-"))
    os.environ["CHILDGUARD_DATABASE_URL"] = f"sqlite:///{tmp / 'db.sqlite'}"
    os.environ["CHILDGUARD_DATA_DIR"] = str(tmp / "var")
    os.environ.setdefault("CHILDGUARD_LOG_LEVEL", "ERROR")

    from sqlalchemy import func, select

    from childguard.exchange import services
    from childguard.exchange.ncmec import NCMECExchange, NCMECSettings
    from childguard.exchange.ncmec_sandbox import NCMECSandbox
    from childguard.exchange.storage import Item
    from childguard.platform.db import Database, set_database
    from childguard.platform.migrate import upgrade

    url = os.environ["CHILDGUARD_DATABASE_URL"]
    upgrade(url)
    database = Database(url)
    set_database(database)

    sandbox = NCMECSandbox()
    sandbox.add_random(args.entries, start=T0, end=T0 + 30 * DAY)
    sandbox.page_size = args.page_size
    http = TestClient(sandbox.app, base_url="http://sandbox")
    everything = {f"{e.member_id}/{e.id}" for e in sandbox.entries.values()}

    class Clocked(NCMECExchange):
        def now(self) -> int:
            return NOW

    def exchange(window: int) -> NCMECExchange:
        return Clocked(NCMECSettings(base_url="http://sandbox", start_time=T0,
                                     window_seconds=window), http=http)

    rows: list[dict[str, Any]] = []
    with database.unit_of_work() as session:
        full = services.create_collab(session, name="bench-full", kind="ncmec", actor="bench",
                                      settings={"base_url": "http://sandbox",
                                                "start_time": T0}).id
        cut = services.create_collab(session, name="bench-cut", kind="ncmec", actor="bench",
                                     settings={"base_url": "http://sandbox", "start_time": T0,
                                               "window_seconds": 40 * DAY}).id

    started = time.perf_counter()
    first = services.run_fetch(database, full, time_budget=3600, exchange=exchange(DAY))
    first_s = time.perf_counter() - started
    rows.append({"case": "first fetch (fetch+parse+bank)", "entries": first.stats.records,
                 "seconds": round(first_s, 2),
                 "entries_per_s": round(first.stats.records / first_s)})
    # The checkpoint is at the end: fetch the whole range once more from a reset checkpoint.
    with database.unit_of_work() as session:
        services.get_collab(session, full).checkpoint = {}
    started = time.perf_counter()
    again = services.run_fetch(database, full, time_budget=3600, exchange=exchange(DAY))
    again_s = time.perf_counter() - started
    rows.append({"case": "re-fetch, all held (no-op)", "entries": again.stats.records,
                 "seconds": round(again_s, 2),
                 "entries_per_s": round(again.stats.records / again_s)})

    # The pitfall, one 40-day window for both strategies.
    part, checkpoint = naive_fetch("http://sandbox", http, start=T0, end=NOW,
                                   stop_after=args.interrupt_after)
    rest, _ = naive_fetch("http://sandbox", http, start=checkpoint, end=NOW, stop_after=None)
    naive_missing = len(everything - part - rest)
    naive_dupes = len(part & rest)

    services.run_fetch(database, cut, time_budget=3600, max_batches=args.interrupt_after,
                       exchange=exchange(40 * DAY))
    services.run_fetch(database, cut, time_budget=3600, exchange=exchange(40 * DAY))
    with database.unit_of_work() as session:
        collab_id = services.get_collab(session, "bench-cut").id
        held = set(session.scalars(select(Item.record_key).where(Item.collab_id == collab_id)))
        rows_held = session.scalar(select(func.count(Item.id)).where(
            Item.collab_id == collab_id))
    ours_missing = len(everything - held)
    ours_dupes = int(rows_held or 0) - 3 * len(held)

    out = Console()
    table = Table(title=f"NCMEC hash sharing, {args.entries} entries, pages of "
                        f"{args.page_size} (SQLite, sandbox in-process)")
    for col in ("case", "entries", "seconds", "entries/s"):
        table.add_column(col)
    for r in rows:
        table.add_row(r["case"], str(r["entries"]), str(r["seconds"]),
                      str(r["entries_per_s"]))
    out.print(table)
    pit = Table(title=f"Interrupted after {args.interrupt_after} pages, then resumed")
    for col in ("strategy", "entries never fetched", "entries fetched twice"):
        pit.add_column(col)
    pit.add_row("peer: checkpoint each page's maxTimestamp", str(naive_missing),
                str(naive_dupes))
    pit.add_row("childguard: checkpoint after the whole window", str(ours_missing),
                f"{ours_dupes} stored (re-fetched pages are no-ops)")
    out.print(pit)

    result = {"benchmark": "exchange", "at": datetime.now(UTC).isoformat(),
              "machine": platform.platform(), "python": platform.python_version(),
              "entries": args.entries, "page_size": args.page_size, "throughput": rows,
              "pitfall": {"interrupt_after_pages": args.interrupt_after,
                          "naive_missing": naive_missing, "naive_fetched_twice": naive_dupes,
                          "childguard_missing": ours_missing,
                          "childguard_duplicates_stored": ours_dupes}}
    target = Path(__file__).parent / "results" / "exchange.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(result, indent=2) + "\n")
    out.print(f"written {target}")


if __name__ == "__main__":
    main()
