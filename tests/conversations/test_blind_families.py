"""The blind test families are well formed. Structure only: no detector is run on them here."""

from __future__ import annotations

import re
import string

import pytest

from childguard.conversations.blind_families import BLIND_FAMILIES, BLIND_SETS
from childguard.conversations.generator import (
    _MINOR_CASTS,
    FAMILY_BY_ID,
    SLOTS,
    generate,
)


def test_ids_are_unique_start_with_z_and_do_not_collide() -> None:
    ids = [f.id for f in BLIND_FAMILIES]
    assert len(ids) == len(set(ids)) == 16
    assert all(re.fullmatch(r"z\d\d_[a-z0-9_]+", i) for i in ids), ids
    assert not set(ids) & set(FAMILY_BY_ID)


@pytest.mark.parametrize("name", sorted(BLIND_SETS))
def test_labels_casts_and_mix_of_each_blind_author(name: str) -> None:
    families = BLIND_SETS[name]
    labels = [f.label for f in families]
    assert (labels.count("grooming"), labels.count("sextortion"), labels.count("benign")) \
        == (3, 1, 4), name
    assert all(f.cast in _MINOR_CASTS for f in families)


def test_every_family_has_english_and_spanish_scripts_of_similar_shape() -> None:
    for family in BLIND_FAMILIES:
        assert set(family.scripts) == {"en", "es"}, family.id
        en, es = family.scripts["en"], family.scripts["es"]
        assert 9 <= len(en) <= 14, family.id
        assert len(en) == len(es), family.id
        for a, b in zip(en, es, strict=True):
            assert (a.speaker, a.risk, a.optional) == (b.speaker, b.risk, b.optional), family.id
            assert a.options and b.options
            assert all(o.strip() for o in a.options + b.options)


def test_risk_lines_only_in_risky_families_and_only_from_role_a() -> None:
    for family in BLIND_FAMILIES:
        for script in family.scripts.values():
            risky = [s for s in script if s.risk]
            if family.label == "benign":
                assert not risky, family.id
            else:
                assert all(s.speaker == "a" for s in risky), family.id
                # enough required risky steps that generation can never drop them all
                assert sum(not s.optional for s in risky) >= 3, family.id


def test_placeholders_are_known_slots() -> None:
    fields = set(SLOTS["en"]) & set(SLOTS["es"])
    for family in BLIND_FAMILIES:
        for script in family.scripts.values():
            for step in script:
                for option in step.options:
                    names = {n for _, n, _, _ in string.Formatter().parse(option) if n}
                    assert names <= fields, (family.id, option)


def test_generated_conversations_in_both_languages_with_risk_from_a_only() -> None:
    conversations = list(generate(BLIND_FAMILIES, per_family=5, seed=1))
    assert len(conversations) == len(BLIND_FAMILIES) * 2 * 5
    for family in BLIND_FAMILIES:
        convs = [c for c in conversations if c.family == family.id]
        assert {c.language for c in convs} == {"en", "es"}, family.id
        for conv in convs:
            assert conv.label == family.label
            assert conv.messages
            assert all(m.text.strip() and "{" not in m.text for m in conv.messages)
            a_id = next(iter(conv.participants))
            risk = [m for m in conv.messages if m.risk]
            if family.label == "benign":
                assert not risk, conv.id
            else:
                assert risk, conv.id
                assert all(m.sender == a_id for m in risk), conv.id
            record = conv.to_record()
            assert record["family"] == family.id
            assert len(record["participants"]) == 2
