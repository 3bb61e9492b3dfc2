"""Ages stated in the chat: read as a weaker signal than assured ages, in both languages."""

from __future__ import annotations

import pytest

from childguard.conversations.ages import adult_self_cue, attributed_age, self_stated_age
from childguard.conversations.indicators import normalize


@pytest.mark.parametrize(("text", "after_probe", "age"), [
    ("i'm 13", False, 13),
    ("im 13 yo", False, 13),
    ("I'm 15 lol", False, 15),
    ("tengo 13 años", False, 13),
    ("13 años", False, 13),
    ("how old are u? i'm 15", False, 15),
    ("13, why", True, 13),
    ("14 stfu", True, 14),
    ("13 y juego mejor que tú", True, 13),
    ("2012", True, 14),
    ("7th grade", True, 13),
    ("primero de la eso", True, 12),
    ("34, just moved here for work", True, 34),
    # Not ages: no question was asked, or the number is something else.
    ("13, why", False, None),
    ("i'm 5 minutes away", False, None),
    ("tengo 2 horas", False, None),
    ("meet at 6", False, None),
    ("so cute for a 13 year old", False, None),
])
def test_self_stated_age(text: str, after_probe: bool, age: int | None) -> None:
    assert self_stated_age(normalize(text), after_probe, 2026) == age


def test_attributed_age_and_adult_cues() -> None:
    assert attributed_age(normalize("you're really grown up for 12")) == 12
    assert attributed_age(normalize("i forget you're only 14")) == 14
    assert attributed_age(normalize("qué mona eres para tener 13")) == 13
    assert attributed_age(normalize("see you at 5")) is None
    assert adult_self_cue(normalize("my boss kept me late again"))
    assert adult_self_cue(normalize("33, i work as a nurse"))
    assert adult_self_cue(normalize("mis hijos te mandan saludos"))
    assert not adult_self_cue(normalize("my mom says i have to get off at 9"))
    assert not adult_self_cue(normalize("what time do your parents get home from work?"))
    assert not adult_self_cue(normalize("a qué hora vuelven tus padres del trabajo?"))
