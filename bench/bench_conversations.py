"""Conversation risk benchmark: detection quality on held-out template families and speed.

Settings, each scored separately for English and Spanish:

* **author cross-validation**: every author held out once (one fold per author); a model
  trained the shipped way on the other authors' families is scored on the held-out author's, so
  each score is on wording *and* a writing style training never saw; outcomes are pooled;
* **blind**: the shipped model (which learns from every family of the pool) on the blind
  families (``blind_families.py``), written by two authors who never saw the detector and
  never used for training or tuning: the closest thing here to "conversations that no one in
  the project wrote" (pooled, and per blind author);
* **held-out**: only for weights trained on a split (``train --holdout F``, or ``--weights``),
  the families they record as held out;
* **peer baseline**: an indicators-only rule (alert once one sender shows >= 3 distinct risk
  indicators), on the cross-validation's conversations and on the blind ones.

A **script bound** row says how early an alert can come at all: for the pool's grooming
conversations, the share read when the risky party has said their first and their second line
that the script marks risky. A **trade-off** table says what an earlier alert costs: the
cross-validation's detection at a range of alert thresholds, and the benign false-positive rate
at the highest threshold whose median grooming first alert meets the target.

Speed is messages per second per core: CPU time of single-threaded streaming of the blind
conversations, one message at a time, as production does. Prints a table; writes
bench/results/conversations.json.

    python bench/bench_conversations.py [--per-family 40] [--eval-per-family 40] [--jobs 2]
        [--weights FILE] [--outcomes ROWS.jsonl]

``--weights`` scores other weights than the shipped ones (their recorded held-out families);
``--outcomes`` writes one row per scored conversation (setting, family, language, outcome).
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from childguard.conversations.blind_families import BLIND_FAMILIES, BLIND_SETS
from childguard.conversations.evaluate import (
    LabelledConversation,
    Outcome,
    outcomes_at,
    parse_record,
    risk_curves,
    stream,
    summarize,
    sweep,
)
from childguard.conversations.generator import (
    AUTHOR_OF,
    FAMILIES,
    FAMILY_BY_ID,
    Family,
    generate,
)
from childguard.conversations.indicators import detect, normalize
from childguard.conversations.model import ConversationAssessor, RiskModel, default_model
from childguard.conversations.train import train

RESULTS = Path(__file__).parent / "results" / "conversations.json"
TARGETS = {"messages_per_second": 5000, "f0_5": 0.90, "benign_fpr": 0.01,
           "grooming_first_alert_share_median": 0.40}
LANGS = ("en", "es")


def conversations(families: Sequence[Family], per_family: int, seed: int,
                  lang: str) -> list[LabelledConversation]:
    return [parse_record(c.to_record())
            for c in generate(families, per_family=per_family, seed=seed,
                              languages=(lang,))]  # type: ignore[arg-type]


def baseline_outcomes(convs: Sequence[LabelledConversation], k: int = 3) -> list[Outcome]:
    out = []
    for conv in convs:
        seen: dict[str, set[str]] = {}
        first = None
        for i, m in enumerate(conv.messages):
            found = seen.setdefault(m.sender, set())
            found.update(detect(normalize(m.text)))
            if len(found) >= k:
                first = i
                break
        out.append(Outcome(conv.label, len(conv.messages), first, conv.language))
    return out


def _families_of(author: str) -> list[Family]:
    return [f for f in FAMILIES if AUTHOR_OF[f.id] == author]


def _author_fold(author: str, per_family: int, seed: int, eval_per_family: int
                 ) -> tuple[float, dict[str, list[list[float]]]]:
    """Train without ``author``'s families and stream theirs (one process per fold): the
    fold's alert threshold and each conversation's risk after every message."""
    model = train([f for f in FAMILIES if AUTHOR_OF[f.id] != author], per_family=per_family,
                  seed=seed, verbose=False)
    assessor = ConversationAssessor(model)
    held = _families_of(author)
    return model.thresholds["alert"], {
        lang: [curve for _, curve in risk_curves(
            conversations(held, eval_per_family, seed + 100, lang), assessor)]
        for lang in LANGS}


# Alert thresholds of the trade-off table (calibrated probabilities, so one grid fits every
# fold), and the first-alert target it looks for.
TRADE_OFF_GRID = (0.999, 0.99, 0.98, 0.95, 0.9, 0.8, 0.7, 0.6, 0.5)
_FINE_GRID = tuple(round(0.01 * i, 2) for i in range(5, 100))


def trade_off(curves: Sequence[tuple[LabelledConversation, list[float]]],
              target: float) -> dict[str, Any]:
    """What an earlier alert costs: detection at each threshold of :data:`TRADE_OFF_GRID`, and
    the highest threshold scored (those and a 0.01 grid) whose median grooming first alert is
    within ``target``, with its benign false-positive rate."""
    rows = {row["threshold"]: row for row in sweep(curves, (*TRADE_OFF_GRID, *_FINE_GRID))["rows"]}
    earliest = next((row for t, row in sorted(rows.items(), reverse=True)
                     if row["grooming_first_alert_share_median"] is not None
                     and row["grooming_first_alert_share_median"] <= target), None)
    return {"rows": [rows[t] for t in TRADE_OFF_GRID], "first_alert_target_met_at": earliest}


def script_bound(families: Sequence[Family], per_family: int, seed: int, lang: str
                 ) -> dict[str, float | None]:
    """Median share of each grooming conversation read when the risky party has said their
    first and their second risky line (as the script marks them)."""
    at: dict[int, list[float]] = {1: [], 2: []}
    for conv in generate([f for f in families if f.label == "grooming"],
                         per_family=per_family, seed=seed,
                         languages=(lang,)):  # type: ignore[arg-type]
        risky_party = next(iter(conv.participants))
        lines = [i for i, m in enumerate(conv.messages) if m.risk and m.sender == risky_party]
        for k in at:
            if len(lines) >= k:
                at[k].append((lines[k - 1] + 1) / len(conv.messages))
    return {f"risky_line_{k}": round(statistics.median(v), 4) if v else None
            for k, v in at.items()}


def _of_families(outcomes: dict[str, list[Outcome]], families: Sequence[Family]
                 ) -> dict[str, list[Outcome]]:
    """The outcomes of ``families`` out of a run over ``BLIND_FAMILIES`` (same order)."""
    ids = {f.id for f in families}
    per = len(outcomes[LANGS[0]]) // len(BLIND_FAMILIES)
    return {lang: [o for j, o in enumerate(outcomes[lang])
                   if BLIND_FAMILIES[j // per].id in ids] for lang in LANGS}


def by_language(outcomes: dict[str, list[Outcome]], cpu: dict[str, float] | None = None
                ) -> dict[str, Any]:
    result = {lang: summarize(outcomes[lang], (cpu or {}).get(lang)) for lang in LANGS}
    pooled = [o for lang in LANGS for o in outcomes[lang]]
    total_cpu = sum((cpu or {}).values()) or None
    result["all"] = summarize(pooled, total_cpu)
    return result


def main(argv: Sequence[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description="conversation risk benchmark")
    parser.add_argument("--per-family", type=int, default=40, help="training conversations "
                        "per family and language in cross-validation")
    parser.add_argument("--jobs", type=int, default=2, help="cross-validation folds trained "
                        "at once")
    parser.add_argument("--eval-per-family", type=int, default=40)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument("--weights", type=Path, default=None,
                        help="score these weights instead of the shipped ones")
    parser.add_argument("--outcomes", type=Path, default=None,
                        help="also write one JSON line per scored conversation here")
    args = parser.parse_args(argv)
    console = Console(width=150)
    started = time.perf_counter()

    model = RiskModel.load(args.weights) if args.weights else default_model()
    rows: list[dict[str, Any]] = []

    def record(setting: str, families: Sequence[Family], lang: str,
               outcomes: Sequence[Outcome]) -> None:
        for j, o in enumerate(outcomes):
            rows.append({"setting": setting, "family": families[j // args.eval_per_family].id,
                         "language": lang, "label": o.label, "messages": o.messages,
                         "first_alert_index": o.first_alert_index})
    # The shipped model learns from every family of the pool; weights trained on a split (train
    # --holdout) record their held-out families, which are then scored too.
    held = [FAMILY_BY_ID[f] for f in model.meta.get("held_out_families", [])]
    assessor = ConversationAssessor(model)
    shipped: dict[str, list[Outcome]] = {}
    for lang in LANGS if held else ():
        shipped[lang], _ = stream(conversations(held, args.eval_per_family, args.seed, lang),
                                  assessor)
        record("held_out", held, lang, shipped[lang])

    blind: dict[str, list[Outcome]] = {}
    blind_baseline: dict[str, list[Outcome]] = {}
    cpu: dict[str, float] = {}
    for lang in LANGS:
        convs = conversations(BLIND_FAMILIES, args.eval_per_family, args.seed, lang)
        stream(convs[:20], assessor)  # warm caches so the timing is steady-state
        blind[lang], cpu[lang] = stream(convs, assessor)
        blind_baseline[lang] = baseline_outcomes(convs)
        record("blind", BLIND_FAMILIES, lang, blind[lang])

    cv: dict[str, list[Outcome]] = {lang: [] for lang in LANGS}
    cv_curves: dict[str, list[tuple[LabelledConversation, list[float]]]] = {
        lang: [] for lang in LANGS}
    cv_by_family: dict[str, dict[str, list[Outcome]]] = {}
    authors = sorted(set(AUTHOR_OF.values()))
    console.print(f"author cross-validation: {len(authors)} folds, {args.jobs} at a time")
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        fold_results = list(pool.map(_author_fold, authors,
                                     [args.per_family] * len(authors),
                                     [args.seed] * len(authors),
                                     [args.eval_per_family] * len(authors)))
    baseline: dict[str, list[Outcome]] = {lang: [] for lang in LANGS}
    for author, (threshold, per_lang) in zip(authors, fold_results, strict=True):
        held_out = _families_of(author)
        for lang in LANGS:
            # the same conversations as the fold streamed (the peer rule needs no training)
            convs = conversations(held_out, args.eval_per_family, args.seed + 100, lang)
            baseline[lang].extend(baseline_outcomes(convs))
            curves = list(zip(convs, per_lang[lang], strict=True))
            cv_curves[lang].extend(curves)
            outcomes = outcomes_at(curves, threshold)
            cv[lang].extend(outcomes)
            record("author_cross_validation", held_out, lang, outcomes)
            for j, o in enumerate(outcomes):
                family_id = held_out[j // args.eval_per_family].id
                cv_by_family.setdefault(family_id, {}).setdefault(lang, []).append(o)

    results: dict[str, Any] = {
        "benchmark": "conversations",
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {"python": platform.python_version(), "processor": platform.machine()},
        "settings": {k: str(v) if isinstance(v, Path) else v for k, v in vars(args).items()},
        "targets": TARGETS,
        "shipped_model": {"held_out_families": [f.id for f in held],
                          "trained_families": len(model.meta.get("trained_families", [])),
                          "thresholds": model.thresholds,
                          **(by_language(shipped) if held else {})},
        "script_bound": {lang: script_bound(FAMILIES, args.eval_per_family, args.seed + 100,
                                            lang) for lang in LANGS},
        "author_cross_validation": {"folds": authors, **by_language(cv),
                                    "by_family": {
                                        fid: {lang: summarize(o) for lang, o in per.items()}
                                        for fid, per in sorted(cv_by_family.items())}},
        "blind_families": {"families": [f.id for f in BLIND_FAMILIES],
                           **by_language(blind, cpu),
                           "peer_indicator_rule": by_language(blind_baseline),
                           "by_author": {name: by_language(_of_families(blind, fams))
                                         for name, fams in BLIND_SETS.items()}},
        "author_cross_validation_by_author": {
            author: by_language({lang: [o for fid, per in cv_by_family.items()
                                        if AUTHOR_OF[fid] == author for o in per.get(lang, [])]
                                 for lang in LANGS})
            for author in sorted(set(AUTHOR_OF.values()))},
        "peer_indicator_rule": by_language(baseline),
        "author_cross_validation_trade_off": {
            lang: trade_off(cv_curves[lang], TARGETS["grooming_first_alert_share_median"])
            for lang in LANGS},
        "seconds": round(time.perf_counter() - started, 1),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n")
    if args.outcomes:
        args.outcomes.write_text("".join(json.dumps(r) + "\n" for r in rows))

    table = Table(title="conversation risk (held-out template families)")
    for col in ("setting", "lang", "convs", "F0.5", "precision", "recall", "benign FPR",
                "1st alert med", "grooming med", "1st alert p90", "msgs/s/core"):
        table.add_column(col, justify="left" if col in ("setting", "lang") else "right")

    def fmt(value: Any) -> str:
        return "-" if value is None else (f"{value:.3f}" if isinstance(value, float)
                                          and value < 10 else f"{value:,.0f}")

    for name, section in ((("held-out", results["shipped_model"]),) if held else ()) + (
                          ("author-CV", results["author_cross_validation"]),
                          ("blind", results["blind_families"]),
                          *((f"blind {name[-1].upper()}", section)
                            for name, section in results["blind_families"]["by_author"].items()),
                          ("peer-rule", results["peer_indicator_rule"]),
                          ("peer-rule blind", results["blind_families"]["peer_indicator_rule"]),
                          ):
        for lang in (*LANGS, "all"):
            r = section[lang]
            table.add_row(name, lang, str(r["conversations"]), fmt(r["f0_5"]),
                          fmt(r["precision"]), fmt(r["recall"]), fmt(r["benign_fpr"]),
                          fmt(r["first_alert_share_median"]),
                          fmt(r["grooming_first_alert_share_median"]),
                          fmt(r["first_alert_share_p90"]), fmt(r["messages_per_second"]))
    console.print(table)
    bound = results["script_bound"]
    console.print("script bound, grooming share read at the risky party's 1st / 2nd risky "
                  "line: " + "; ".join(f"{lang} {bound[lang]['risky_line_1']} / "
                                        f"{bound[lang]['risky_line_2']}" for lang in LANGS))
    trade = results["author_cross_validation_trade_off"]
    table = Table(title="author CV: an earlier alert against benign false positives, by alert "
                  "threshold (en / es)")
    for col in ("threshold", "F0.5", "recall", "benign FPR", "grooming 1st alert med"):
        table.add_column(col, justify="right")

    def pair(rows: Sequence[dict[str, Any] | None], key: str) -> str:
        return " / ".join(fmt(r[key]) if r else "-" for r in rows)

    for i, t in enumerate(TRADE_OFF_GRID):
        rows_at = [trade[lang]["rows"][i] for lang in LANGS]
        table.add_row(f"{t}", pair(rows_at, "f0_5"), pair(rows_at, "recall"),
                      pair(rows_at, "benign_fpr"),
                      pair(rows_at, "grooming_first_alert_share_median"))
    met = [trade[lang]["first_alert_target_met_at"] for lang in LANGS]
    table.add_row("1st alert <= " + str(TARGETS["grooming_first_alert_share_median"]) + " at "
                  + pair(met, "threshold"), pair(met, "f0_5"), pair(met, "recall"),
                  pair(met, "benign_fpr"), pair(met, "grooming_first_alert_share_median"))
    console.print(table)
    console.print(f"targets: {TARGETS}; wrote {args.out}")
    return results


if __name__ == "__main__":
    main()
