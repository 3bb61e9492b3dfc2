"""Ages people state in the chat: a weaker signal than an assured age, used when none is given.

Works on :func:`childguard.conversations.indicators.normalize` output (lower case, plain ASCII,
punctuation turned to spaces except apostrophes). Three kinds of statement:

* **self-stated age**: "i'm 13", "im 13 yo", "tengo 13 años", "13 años", "I'm 15 lol", and,
  as a reply to someone else's age question, a bare "13", "13, why", "14 stfu", a birth year
  ("2012") or a school grade ("7th grade", "primero de la eso");
* **attributed age**: the speaker tells the listener their age ("you're really grown up for 12",
  "i forget you're only 14", "qué mona eres para tener 13");
* **adult self-description**: "my wife", "my kids", "at work", "after work", "i work as a
  nurse", "mi jefe", "mis hijos", "después del trabajo".

Anyone can lie about an age in a chat (a "fake peer" says "i'm 15"), so a model should keep
these apart from assured ages.

**Not used by the shipped model's score.** Assessments report the first age each participant
states (``stated_ages``, with the message), as context for reviewers and for the report's
victim details. Features built on these statements (stated ages of each
side, "age asked, then answered with a minor age, then a risk line from the asker", risk
behaviour aimed at a stated minor) were measured with the family cross-validation of
``bench/bench_conversations.py`` and did not bring the first alert earlier on template families
that training never saw; see the model card (README.md) for the numbers.
"""

from __future__ import annotations

import re
from typing import Final

from childguard.conversations.indicators import _PATTERN_RUNS_RE


def _c(pattern: str) -> re.Pattern[str]:
    """Compile with doubled letters collapsed, as :func:`normalize` collapses them in text."""
    return re.compile(_PATTERN_RUNS_RE.sub(r"\1", pattern))

MIN_AGE: Final[int] = 8
MAX_AGE: Final[int] = 79

# Units that make a number something other than an age ("i'm 5 minutes away", "tengo 2 horas").
_NOT_AGE = (r"(?!\s*(?:min|mins|minute|minutes|minutos|hour|hours|hrs|h|horas|hora|pm|am|euros?|"
            r"dollars?|dolares|pesos|bucks|k|km|miles|days|dias|seconds|segundos|percent|"
            r"am|pm|of|de (?:la|los|las) )\b)")
_SELF_RE: Final[re.Pattern[str]] = _c(
    r"(?:^| )(?:i'm|im|i am|ima|tengo|yo tengo|yo|y yo|me)\s+(?:only |just |solo )?(\d{1,2})\b"
    + _NOT_AGE
    + r"|(?:^| )(\d{1,2})\s*(?:anos|ano|yo|y o|yrs|years old|year old|years)\b"
)
# "for a 13 year old" / "para tener 13" / "you're only 14" / "que tienes 14" / "for 12"
_ATTRIBUTED_RE: Final[re.Pattern[str]] = _c(
    r"(?:^| )(?:for a|for an|para tener|para tus|para una de|para un nino de|para una nina de)"
    r"\s+(\d{1,2})\b"
    r"|(?:^| )(?:you're|youre|you are|ur|u r|ure) (?:only|just|like|barely) (\d{1,2})\b"
    r"|(?:^| )(?:que|q) (?:solo )?tienes (\d{1,2})\b"
    r"|(?:^| )(?:grown up|mature|old|big|smart|grande|madura|maduro|mayor) for (\d{1,2})\b"
)
_REPLY_NUM_RE: Final[re.Pattern[str]] = _c(r"^(?:i'm |im |tengo |yo )?(\d{1,2})\b" + _NOT_AGE)
_BIRTH_YEAR_RE: Final[re.Pattern[str]] = re.compile(
    r"^(?:in |en |del |born in )?((?:19|20)\d\d)\b")
_GRADE_RE: Final[re.Pattern[str]] = _c(
    r"(?:^| )(\d{1,2})(?:st|nd|rd|th)(?: grade)?\b"
    r"|(?:^| )(primero|segundo|tercero|cuarto) de (?:la )?(?:eso|secundaria)\b"
    r"|(?:^| )(quinto|sexto) de primaria\b"
)
_GRADE_ES: Final[dict[str, int]] = {"primero": 12, "segundo": 13, "tercero": 14, "cuarto": 15,
                                     "quinto": 10, "sexto": 11}
_ADULT_RE: Final[re.Pattern[str]] = _c(
    r"(?:^| )(?:my (?:wife|husband|kids|boss|coworkers?|landlord|mortgage|employees)"
    r"|at work|after work|i work (?:as|at|in|for)|my job at|my salary|married"
    r"|mi (?:mujer|marido|esposa|esposo|jefe|jefa|hipoteca)|mis hijos|mis empleados"
    r"|despues del trabajo|trabajo como|soy (?:enfermer|abogad"
    r"|ingenier|medic|profesor|contable))"
)


def _valid(age: int) -> int | None:
    return age if MIN_AGE <= age <= MAX_AGE else None


def self_stated_age(normalized: str, after_probe: bool = False,
                    year: int | None = None) -> int | None:
    """The age the speaker states for themselves, if any. ``after_probe``: the message answers
    another participant's age question, so a bare number, birth year or grade counts."""
    m = _SELF_RE.search(normalized)
    if m is not None:
        raw = m.group(1) or m.group(2)
        if raw and not _ATTRIBUTED_RE.search(normalized):
            age = _valid(int(raw))
            if age is not None:
                return age
    if not after_probe or len(normalized.split()) > 8:
        return None
    m = _REPLY_NUM_RE.match(normalized)
    if m is not None:
        return _valid(int(m.group(1)))
    m = _BIRTH_YEAR_RE.match(normalized)
    if m is not None and year is not None:
        return _valid(year - int(m.group(1)))
    m = _GRADE_RE.search(normalized)
    if m is not None:
        if m.group(1):
            grade = int(m.group(1))
            return grade + 6 if 1 <= grade <= 12 else None
        return _GRADE_ES[m.group(2) or m.group(3)]
    return None


def attributed_age(normalized: str) -> int | None:
    """The age the speaker attributes to the listener ("so mature for 12"), if any."""
    m = _ATTRIBUTED_RE.search(normalized)
    if m is None:
        return None
    raw = next(g for g in m.groups() if g)
    return _valid(int(raw))


def adult_self_cue(normalized: str) -> bool:
    """Whether the speaker describes an adult life (work, spouse, children of their own)."""
    return _ADULT_RE.search(normalized) is not None


def might_state_age(normalized: str) -> bool:
    """Cheap pre-check: a message with no digit and no grade or adult word states nothing."""
    return (any(c.isdigit() for c in normalized) or "work" in normalized
            or "trabajo" in normalized or "my " in normalized or " mi" in normalized
            or normalized.startswith("mi") or "primero" in normalized
            or "segundo" in normalized or "tercero" in normalized or "cuarto" in normalized
            or "quinto" in normalized or "sexto" in normalized or "soy " in normalized
            or "maried" in normalized)


__all__ = ["adult_self_cue", "attributed_age", "might_state_age", "self_stated_age"]
