"""Train the shipped conversation risk model: ``python -m childguard.conversations.train``.

Everything is learned from the project's own generated, non-explicit conversations. The
shipped model learns from every template family of the pool, never from the blind families;
``--holdout F`` trains on a family split instead and records the held-out families in the
weights file, so the benchmark can score them too.

Steps:

1. Message level: logistic regression on hashed n-grams, predicting whether a message is one of
   a script's risk lines. Out-of-fold scores (folds by family) feed step 2, so the conversation
   model learns how much to trust the text model on unseen wording.
2. Sender level: logistic regression on each sender's running feature vector after every
   message, positive for the risky party of a risky conversation once they have said something
   risky. Its weights are sign-constrained: risk evidence >= 0, protective cues <= 0.
3. Calibration: Platt scaling on family-held-out decision values.
4. Alert thresholds chosen on family-held-out streaming runs: the alert threshold keeps the
   benign false-positive rate (any alert at any point of a benign conversation) under a budget.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
from scipy import sparse
from scipy.optimize import minimize
from scipy.special import expit
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from childguard.conversations.evaluate import lowest_threshold_within
from childguard.conversations.features import FEATURE_NAMES, TEXT_DIM, text_feature_ids
from childguard.conversations.generator import (
    FAMILIES,
    Family,
    GeneratedConversation,
    generate,
    split_families,
)
from childguard.conversations.indicators import detect_all, normalize
from childguard.conversations.model import (
    WEIGHTS_PATH,
    ConversationState,
    Participant,
    RiskModel,
)

# A risky party's rows count as positive once they have said this many risky things.
POSITIVE_AFTER = 2
# Inverse regularisation of the sender-level model; chosen by leave-one-author-out runs (5, 1,
# 0.3 and 0.1 each scored better on the held-out authors; 0.03 no better than 0.1).
CONV_C = 0.1
# Weight of the first rows where the risky party becomes recognisable: a higher weight pushes
# the model to alert earlier.
EARLY_WEIGHT = 4.0

last_oof: tuple[list[list[float]], list[str], list[str], list[list[bool]]] | None = None


@dataclass
class _Prepared:
    conversations: list[GeneratedConversation]
    normalized: list[list[str]]
    indicators: list[list[tuple[str, ...]]]
    protective: list[list[tuple[str, ...]]]
    text_ids: list[list[list[int]]]


def _prepare(conversations: list[GeneratedConversation]) -> _Prepared:
    normalized = [[normalize(m.text) for m in c.messages] for c in conversations]
    detected = [[detect_all(t) for t in conv] for conv in normalized]
    return _Prepared(
        conversations,
        normalized,
        [[ind for ind, _ in conv] for conv in detected],
        [[prot for _, prot in conv] for conv in detected],
        [[text_feature_ids(t) for t in conv] for conv in normalized],
    )


def _text_matrix(ids: Sequence[list[int]]) -> sparse.csr_matrix:
    indptr = np.zeros(len(ids) + 1, dtype=np.int64)
    np.cumsum([len(x) for x in ids], out=indptr[1:])
    indices = np.fromiter((i for row in ids for i in row), dtype=np.int32, count=int(indptr[-1]))
    data = np.ones(len(indices), dtype=np.float32)
    return sparse.csr_matrix((data, indices, indptr), shape=(len(ids), TEXT_DIM))


def _text_model(c_value: float = 2.0) -> LogisticRegression:
    return LogisticRegression(C=c_value, solver="liblinear", max_iter=200)


def _participants(conv: GeneratedConversation) -> dict[str, Participant]:
    return {
        pid: Participant(age=p.age, account_age_days=p.account_age_days,
                         minor_contacts_7d=p.minor_contacts_7d)
        for pid, p in conv.participants.items()
    }


def _row_label(is_offender: bool, risky_said: int) -> tuple[int, bool, float]:
    """Label, whether the row is used for fitting, and its weight, for one sender row."""
    if not is_offender:
        return 0, True, 1.0
    if risky_said < POSITIVE_AFTER:
        # Until the risky party has said enough to tell, their rows are ambiguous: left out.
        return 0, False, 1.0
    return 1, True, EARLY_WEIGHT if risky_said == POSITIVE_AFTER else 1.0


def _sign_bounds() -> list[tuple[float | None, float | None]]:
    """Bounds per sender feature: evidence of risk may only raise the score and protective
    cues may only lower it, so a learned weight can never turn "asked for a photo" into a
    reason to trust someone (a linear model over correlated counts otherwise learns large
    offsetting weights that hold for the training authors' wording only)."""
    bounds: list[tuple[float | None, float | None]] = []
    for name in FEATURE_NAMES:
        if name in NON_POSITIVE_FEATURES:
            bounds.append((None, 0.0))
        elif name in FREE_FEATURES:
            bounds.append((None, None))
        else:
            bounds.append((0.0, None))
    return bounds


# Protective cues, and risk shown by the *other* party (mutual behaviour is friends' talk).
NON_POSITIVE_FEATURES = frozenset({
    "parent_inclusion", "parent_inclusion_count", "group_inclusion", "group_inclusion_count",
    "shared_family", "safety_advice", "others_distinct_indicators"})
# Context whose direction is not fixed in advance.
FREE_FEATURES = frozenset({"messages", "sender_adult", "sender_minor", "other_minor",
                           "other_adult", "ages_unknown"})


def fit_sender_model(x: np.ndarray, y: np.ndarray,
                     w: np.ndarray) -> tuple[np.ndarray, float]:
    """Weighted, L2-regularised logistic regression with sign constraints (see
    :func:`_sign_bounds`); returns the coefficients and intercept."""
    n_features = x.shape[1]
    total = float(w.sum())
    reg = 1.0 / (CONV_C * total)
    signs = 2.0 * y - 1.0

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        coef, icpt = theta[:n_features], theta[n_features]
        margin = signs * (x @ coef + icpt)
        value = float(w @ np.logaddexp(0.0, -margin)) / total + 0.5 * reg * float(coef @ coef)
        g = -w * signs * expit(-margin) / total
        grad = np.empty_like(theta)
        grad[:n_features] = x.T @ g + reg * coef
        grad[n_features] = g.sum()
        return value, grad

    bounds = [*_sign_bounds(), (None, None)]
    result = minimize(loss, np.zeros(n_features + 1), jac=True, method="L-BFGS-B",
                      bounds=bounds, options={"maxiter": 3000})
    return result.x[:n_features], float(result.x[n_features])


def _sender_rows(prep: _Prepared, text_logits: list[list[float]]) -> tuple[
        np.ndarray, np.ndarray, np.ndarray, list[tuple[int, int, str]], np.ndarray]:
    """Feature rows per (conversation, message): the sender's vector after that message, its
    label, whether it is used for fitting, where it came from, and its sample weight."""
    rows: list[list[float]] = []
    labels: list[int] = []
    weights: list[float] = []
    keep: list[bool] = []
    where: list[tuple[int, int, str]] = []
    for ci, conv in enumerate(prep.conversations):
        offender = next(iter(conv.participants))  # the generator's role "a"
        state = ConversationState(conv.id, participants=_participants(conv))
        risky_said = 0
        for mi, message in enumerate(conv.messages):
            feats = state.observe(message.sender, message.text, prep.indicators[ci][mi],
                                  text_logits[ci][mi], message.ts.hour, prep.protective[ci][mi])
            is_offender = conv.label != "benign" and message.sender == offender
            risky_said += int(is_offender and message.risk)
            rows.append(feats)
            y, k, w = _row_label(is_offender, risky_said)
            labels.append(y)
            keep.append(k)
            weights.append(w)
            where.append((ci, mi, message.sender))
            if prep.indicators[ci][mi]:  # as in streaming: the others are rescored too
                for pid in state.others_of(message.sender):
                    other_offender = conv.label != "benign" and pid == offender
                    rows.append(state.features_for(pid))
                    y, k, w = _row_label(other_offender, risky_said)
                    labels.append(y)
                    keep.append(k)
                    weights.append(w)
                    where.append((ci, mi, pid))
    return (np.asarray(rows, dtype=np.float64), np.asarray(labels), np.asarray(keep), where,
            np.asarray(weights))


def _stream_max(prep: _Prepared, probs: np.ndarray,
                where: list[tuple[int, int, str]]) -> tuple[list[list[float]], list[str]]:
    """Per conversation: the lead (max over senders) probability after each message."""
    per_conv: list[list[float]] = [[] for _ in prep.conversations]
    latest: dict[str, float] = {}
    current = -1
    for (ci, mi, sender), p in zip(where, probs, strict=True):
        if ci != current:
            latest = {}
            current = ci
        latest[sender] = float(p)
        lead = max(latest.values())
        curve = per_conv[ci]
        if len(curve) > mi:  # another sender rescored after the same message
            curve[mi] = lead
        else:
            curve.append(lead)
    return per_conv, [c.label for c in prep.conversations]


def first_alert_shares(curves: list[list[float]], labels: list[str], threshold: float,
                       label: str = "grooming") -> list[float]:
    """Share of each detected ``label`` conversation read before its curve reaches the
    threshold, as ``childguard eval conversations`` computes it."""
    shares = []
    for curve, lab in zip(curves, labels, strict=True):
        if lab != label:
            continue
        hit = next((i for i, p in enumerate(curve) if p >= threshold), None)
        if hit is not None:
            shares.append((hit + 1) / len(curve))
    return shares


# Benign false-positive budget of the alert threshold on family-held-out predictions. On the
# 14-author pool, leave-one-author-out runs gave benign FPR 0.33% / 0.24% (en / es) at 0.4%,
# 0.43% / 0.29% at 0.6% and 0.76% / 0.52% at 0.8%; but a 70% family split at 0.6% showed 2-4%
# on whole kinds of hard negative training never saw, so the budget stays at 0.4% (see the
# model card).
FPR_BUDGET = 0.004


def choose_thresholds(curves: list[list[float]], labels: list[str],
                      fpr_budget: float = FPR_BUDGET) -> dict[str, float]:
    """Alert threshold: the lowest (so the earliest alerts and the highest recall) whose benign
    false-positive rate, counting an alert at any point of a benign conversation, stays within
    the budget on family-held-out predictions."""
    peaks = [max(c) if c else 0.0 for c, label in zip(curves, labels, strict=True)
             if label == "benign"]
    best_t = lowest_threshold_within(peaks, fpr_budget)
    watch = max(0.2, best_t - 0.3)
    return {"watch": round(watch, 4), "alert": round(best_t, 4)}


def train(families: Sequence[Family], per_family: int = 80, seed: int = 1,
          verbose: bool = True) -> RiskModel:
    started = time.perf_counter()
    conversations = list(generate(families, per_family=per_family, seed=seed))
    prep = _prepare(conversations)
    groups_conv = np.asarray([c.family for c in conversations])
    msg_ids = [ids for conv in prep.text_ids for ids in conv]
    msg_y = np.asarray([int(m.risk) for c in conversations for m in c.messages])
    msg_groups = np.asarray([c.family for c in conversations for _ in c.messages])
    x_text = _text_matrix(msg_ids)
    if verbose:
        print(f"{len(conversations)} conversations, {x_text.shape[0]} messages")

    n_splits = min(5, len(set(groups_conv)))
    oof_text = np.zeros(x_text.shape[0])
    for tr, te in GroupKFold(n_splits=n_splits).split(x_text, msg_y, msg_groups):
        m = _text_model().fit(x_text[tr], msg_y[tr])
        oof_text[te] = m.decision_function(x_text[te])
    text_model = _text_model().fit(x_text, msg_y)

    text_logits: list[list[float]] = []
    pos = 0
    for conv in conversations:
        n = len(conv.messages)
        text_logits.append(oof_text[pos:pos + n].tolist())
        pos += n

    x, y, keep, where, w = _sender_rows(prep, text_logits)
    row_groups = np.asarray([conversations[ci].family for ci, _, _ in where])
    oof_z = np.zeros(len(y))
    for tr, te in GroupKFold(n_splits=n_splits).split(x, y, row_groups):
        tr = tr[keep[tr]]
        coef_f, icpt_f = fit_sender_model(x[tr], y[tr], w[tr])
        oof_z[te] = x[te] @ coef_f + icpt_f
    coef, intercept = fit_sender_model(x[keep], y[keep], w[keep])

    platt = LogisticRegression(C=1e6, max_iter=1000).fit(oof_z[keep].reshape(-1, 1), y[keep])
    a, b = float(platt.coef_[0][0]), float(platt.intercept_[0])
    oof_p = 1.0 / (1.0 + np.exp(-(a * oof_z + b)))
    curves, labels = _stream_max(prep, oof_p, where)
    thresholds = choose_thresholds(curves, labels)
    over = sum(1 for c, label in zip(curves, labels, strict=True)
               if label == "benign" and max(c, default=0.0) >= thresholds["alert"])
    if verbose:
        n_benign = sum(1 for label in labels if label == "benign")
        print(f"family-held-out benign conversations over the alert threshold: {over} of "
              f"{n_benign}")
    global last_oof
    last_oof = (curves, labels, [c.family for c in conversations],
                [[m.risk for m in c.messages] for c in conversations])

    weights = np.zeros(TEXT_DIM)
    weights[:] = text_model.coef_[0]
    model = RiskModel(
        text_weights=weights.tolist(),
        text_bias=float(text_model.intercept_[0]),
        coef=[float(c) for c in coef],
        intercept=float(intercept),
        platt_a=a,
        platt_b=b,
        thresholds=thresholds,
        meta={
            "trained_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "trained_families": sorted({f.id for f in families}),
            "generator_seed": seed,
            "per_family": per_family,
        },
    )
    if verbose:
        print(f"thresholds {thresholds}; trained in {time.perf_counter() - started:.1f}s")
    return model


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-family", type=int, default=80)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--split-seed", type=int, default=0)
    parser.add_argument("--holdout", type=float, default=0.0,
                        help="share of template families kept out of training (default none: "
                        "the shipped model learns from every family; leave-one-author-out "
                        "cross-validation and the blind families measure it)")
    parser.add_argument("--held-out", default="",
                        help="comma-separated family ids to hold out (overrides --holdout and "
                        "--split-seed), to keep a split comparable when families are added")
    parser.add_argument("--out", type=Path, default=WEIGHTS_PATH)
    args = parser.parse_args(argv)
    pool = FAMILIES
    if args.held_out:
        wanted = {f.strip() for f in args.held_out.split(",") if f.strip()}
        unknown = wanted - {f.id for f in pool}
        if unknown:
            parser.error(f"unknown families: {', '.join(sorted(unknown))}")
        train_families = [f for f in pool if f.id not in wanted]
        held_out = [f for f in pool if f.id in wanted]
    else:
        train_families, held_out = split_families(args.holdout, seed=args.split_seed)
    model = train(train_families, per_family=args.per_family, seed=args.seed)
    model.meta["held_out_families"] = sorted(f.id for f in held_out)
    model.meta["split_seed"] = args.split_seed
    model.save(args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KiB); held-out families: "
          f"{', '.join(model.meta['held_out_families'])}")


if __name__ == "__main__":
    main()
