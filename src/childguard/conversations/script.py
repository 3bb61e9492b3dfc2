"""The template format shared by the generator and every family module: a *family* is one
scenario with a script per language; a script is a tuple of *steps*, each with alternative
wordings, a speaker, and whether the line is risky. See :mod:`childguard.conversations.generator`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Label = Literal["grooming", "sextortion", "benign"]
Language = Literal["en", "es"]
Role = Literal["a", "b"]  # "a" starts the conversation


@dataclass(frozen=True)
class Step:
    """One line of a family's script: who says it, alternative wordings, and whether it is risky."""

    speaker: Role
    options: tuple[str, ...]
    risk: bool = False
    optional: bool = False


@dataclass(frozen=True)
class Family:
    id: str
    label: Label
    cast: str  # who talks: adult_minor, teen_teen, parent_child, coach_minor, adult_adult, ...
    scripts: dict[str, tuple[Step, ...]]


def _s(speaker: Role, *options: str, risk: bool = False, optional: bool = False) -> Step:
    return Step(speaker, tuple(options), risk, optional)


def _r(speaker: Role, *options: str, optional: bool = False) -> Step:
    return Step(speaker, tuple(options), True, optional)
