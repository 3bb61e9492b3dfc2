"""The generator gives reproducible, labelled, varied conversations from independent families."""

from __future__ import annotations

from collections import Counter

from childguard.conversations.generator import (
    _MINOR_CASTS,
    AUTHOR_OF,
    AUTHORED_FAMILIES,
    BENIGN_FAMILIES,
    FAMILIES,
    RISK_FAMILIES,
    generate,
    split_families,
)


def test_same_seed_same_conversations_and_other_seed_differs() -> None:
    first = [c.to_record() for c in generate(FAMILIES[:3], per_family=2, seed=5)]
    again = [c.to_record() for c in generate(FAMILIES[:3], per_family=2, seed=5)]
    other = [c.to_record() for c in generate(FAMILIES[:3], per_family=2, seed=6)]
    assert first == again
    assert first != other


def test_enough_independent_families_of_each_kind_in_both_languages() -> None:
    assert len(RISK_FAMILIES) >= 12
    assert len(BENIGN_FAMILIES) >= 12
    assert len({f.id for f in FAMILIES}) == len(FAMILIES)
    assert {f.label for f in RISK_FAMILIES} == {"grooming", "sextortion"}
    for family in FAMILIES:
        assert set(family.scripts) == {"en", "es"}, family.id
    hard_negatives = {"b01_teens_chatting", "b02_parent_child", "b03_coach_practice",
                      "b05_gaming_banter", "b06_surprise_party", "b07_adults_photos"}
    assert hard_negatives <= {f.id for f in BENIGN_FAMILIES}


def test_records_follow_the_evaluation_format() -> None:
    for conv in generate(FAMILIES, per_family=1, seed=1):
        record = conv.to_record()
        assert record["label"] == conv.label
        assert set(record) >= {"id", "label", "participants", "messages"}
        ids = set(record["participants"])
        assert len(ids) == 2
        for message in record["messages"]:
            assert message["sender"] in ids
            assert message["ts"].endswith("Z")
            assert message["text"].strip()
        if conv.label != "benign":
            assert any(m.risk for m in conv.messages), conv.family


def test_surface_variation_makes_texts_diverse() -> None:
    texts = [m.text for c in generate(RISK_FAMILIES, per_family=20, seed=2) for m in c.messages
             if m.risk]
    counts = Counter(texts)
    # Slang, typos, leetspeak, emoji and case changes: few exact repeats of a risky line.
    assert len(counts) > 0.7 * len(texts)
    assert any(any(ch.isdigit() for ch in t) and any(ch.isalpha() for ch in t) for t in texts)


def test_family_split_holds_out_whole_families_of_both_kinds() -> None:
    train, held = split_families(0.3, seed=0)
    assert not {f.id for f in train} & {f.id for f in held}
    assert {f.id for f in train} | {f.id for f in held} == {f.id for f in FAMILIES}
    assert any(f.label == "benign" for f in held)
    assert any(f.label != "benign" for f in held)
    assert split_families(0.0) == (list(FAMILIES), [])  # how the shipped model is trained


def test_every_family_has_an_author_and_well_formed_scripts() -> None:
    """Families by other authors (more_families/) join the pool with the same rules: both
    languages, risky lines only from the risky party "a" in risky families, none in benign ones,
    and each family's author recorded for the per-author benchmark breakdown."""
    assert set(AUTHOR_OF) == {f.id for f in FAMILIES}
    assert len(set(AUTHOR_OF.values())) >= 5
    for author, families in AUTHORED_FAMILIES.items():
        assert len(families) >= 6, author
        assert {f.label for f in families} == {"grooming", "sextortion", "benign"}, author
    for family in FAMILIES:
        assert set(family.scripts) == {"en", "es"}, family.id
        assert family.cast in _MINOR_CASTS, family.id
    for conv in generate(FAMILIES, per_family=2, seed=9):
        risky_senders = {m.sender for m in conv.messages if m.risk}
        if conv.label == "benign":
            assert not risky_senders, conv.family
        else:
            assert risky_senders == {next(iter(conv.participants))}, conv.family
