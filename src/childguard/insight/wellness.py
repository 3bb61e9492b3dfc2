"""Wellness figures per reviewer: how much they were exposed to and whether they took
breaks. Counts and times only, never what was seen (no content, case or account ids)."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from childguard.moderation.casework import BREAK_AFTER_REVEALS_PER_HOUR
from childguard.moderation.model import tier_of
from childguard.moderation.storage import Case, Decision, Reveal
from childguard.platform.storage import User

BREAK_GAP = timedelta(minutes=15)  # a pause this long counts as a break
NEW_DAY_GAP = timedelta(hours=8)  # a pause this long ends the working day
LONG_STRETCH = timedelta(minutes=90)  # work longer than this without a break is flagged


def figures(session: Session, start: datetime, end: datetime) -> list[dict[str, Any]]:
    users = {u.id: u for u in session.scalars(select(User))}
    activity: dict[str, list[datetime]] = {}
    reveals: Counter[str] = Counter()
    reveal_times: dict[str, list[datetime]] = {}
    for r in session.scalars(select(Reveal).where(Reveal.at >= start, Reveal.at < end,
                                                  Reveal.content_ref != "")):
        reveals[r.user_id] += 1
        activity.setdefault(r.user_id, []).append(r.at)
        reveal_times.setdefault(r.user_id, []).append(r.at)
    decisions: Counter[str] = Counter()
    tiers: dict[str, Counter[str]] = {}
    case_ids = set()
    rows = list(session.scalars(select(Decision).where(Decision.at >= start, Decision.at < end,
                                                       Decision.reviewer_id.is_not(None))))
    for d in rows:
        case_ids.add(d.case_id)
    priorities = {c.id: c.priority for c in session.scalars(
        select(Case).where(Case.id.in_(list(case_ids) or [""])))}
    for d in rows:
        uid = str(d.reviewer_id)
        decisions[uid] += 1
        activity.setdefault(uid, []).append(d.at)
        if d.case_id in priorities:
            tiers.setdefault(uid, Counter())[tier_of(priorities[d.case_id])] += 1
    out = []
    for uid, times in activity.items():
        times.sort()
        breaks, longest, days = 0, timedelta(0), 1
        stretch_start = times[0]
        for previous, current in zip(times, times[1:], strict=False):
            gap = current - previous
            if gap >= BREAK_GAP:
                longest = max(longest, previous - stretch_start)
                stretch_start = current
                if gap >= NEW_DAY_GAP:
                    days += 1
                else:
                    breaks += 1
        longest = max(longest, times[-1] - stretch_start)
        hours_over = _hours_over_threshold(reveal_times.get(uid, []))
        user = users.get(uid)
        out.append({
            "user_id": uid, "username": user.username if user else uid,
            "decisions": decisions[uid], "items_revealed": reveals[uid],
            "days_active": days, "breaks_taken": breaks,
            "longest_stretch_minutes": int(longest.total_seconds() // 60),
            "long_stretch": longest > LONG_STRETCH,
            "hours_over_reveal_threshold": hours_over,
            "decisions_by_priority": dict(sorted(tiers.get(uid, Counter()).items())),
        })
    return sorted(out, key=lambda r: r["username"])


def _hours_over_threshold(times: list[datetime]) -> int:
    """How many distinct rolling hours had more reveals than the break prompt allows."""
    times = sorted(times)
    flagged = 0
    last_flag: datetime | None = None
    j = 0
    for i, t in enumerate(times):
        while times[j] < t - timedelta(hours=1):
            j += 1
        if i - j + 1 >= BREAK_AFTER_REVEALS_PER_HOUR and (
                last_flag is None or t - last_flag >= timedelta(hours=1)):
            flagged += 1
            last_flag = t
    return flagged
