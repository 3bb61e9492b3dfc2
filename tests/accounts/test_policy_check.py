"""Every policy-check outcome for minor/adult/unknown pairs, connected or not, through
``POST /v1/policy/check`` as an ESP would call it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from tests.accounts.conftest import Esp

PAIRS = [(a, t) for a in "MAU" for t in "MAU"]
NAMES = {"M": "minor", "A": "adult", "U": "unknown"}

# (actor, target) -> expected code when the two are NOT connected.
UNCONNECTED: dict[str, dict[tuple[str, str], str]] = {
    "message": {
        ("M", "M"): "allowed",
        ("M", "A"): "minor_to_unconnected_adult",
        ("M", "U"): "minor_to_unconnected_adult",
        ("A", "M"): "adult_to_unconnected_minor",
        ("A", "A"): "allowed",
        ("A", "U"): "unassured_target",
        ("U", "M"): "adult_to_unconnected_minor",
        ("U", "A"): "allowed",
        ("U", "U"): "unassured_target",
    },
    "follow": {
        ("M", "M"): "follow_request",
        ("M", "A"): "allowed",
        ("M", "U"): "follow_request",
        ("A", "M"): "minor_not_discoverable",
        ("A", "A"): "allowed",
        ("A", "U"): "minor_not_discoverable",
        ("U", "M"): "minor_not_discoverable",
        ("U", "A"): "allowed",
        ("U", "U"): "minor_not_discoverable",
    },
    "view_profile": {
        ("M", "M"): "private_profile",
        ("M", "A"): "allowed",
        ("M", "U"): "private_profile",
        ("A", "M"): "private_profile",
        ("A", "A"): "allowed",
        ("A", "U"): "private_profile",
        ("U", "M"): "private_profile",
        ("U", "A"): "allowed",
        ("U", "U"): "private_profile",
    },
    "send_media": {
        ("M", "M"): "media_needs_connection",
        ("M", "A"): "minor_to_unconnected_adult",
        ("M", "U"): "minor_to_unconnected_adult",
        ("A", "M"): "adult_to_unconnected_minor",
        ("A", "A"): "allowed",
        ("A", "U"): "unassured_target",
        ("U", "M"): "adult_to_unconnected_minor",
        ("U", "A"): "media_needs_connection",
        ("U", "U"): "unassured_target",
    },
    "pay": {
        ("M", "M"): "payment_to_minor",
        ("M", "A"): "minor_payment_needs_parent",
        ("M", "U"): "payment_to_unassured",
        ("A", "M"): "payment_to_minor",
        ("A", "A"): "allowed",
        ("A", "U"): "payment_to_unassured",
        ("U", "M"): "payment_to_minor",
        ("U", "A"): "age_assurance_required",
        ("U", "U"): "payment_to_unassured",
    },
}

# Connected pairs: everything opens up except media from minors (allowed with a prompt)
# and payments, which connections do not change.
CONNECTED: dict[str, dict[tuple[str, str], str]] = {
    "message": {pair: "allowed" for pair in PAIRS},
    "follow": {pair: "allowed" for pair in PAIRS},
    "view_profile": {pair: "allowed" for pair in PAIRS},
    "send_media": {pair: "allowed_with_intervention" if pair[0] == "M" else "allowed"
                   for pair in PAIRS},
    "pay": UNCONNECTED["pay"],
}

ALLOWED_CODES = {"allowed", "follow_request", "allowed_with_intervention"}


@pytest.fixture
def population(esp: Esp) -> dict[str, list[str]]:
    """Two accounts of each kind so every ordered pair (a != b) exists."""
    people: dict[str, list[str]] = {"M": [], "A": [], "U": []}
    for i in range(2):
        esp.minor(f"m{i}", age=14)
        people["M"].append(f"m{i}")
        esp.adult(f"a{i}")
        people["A"].append(f"a{i}")
        # Unknown: a bare registration, and a self-declared adult the UK does not trust.
        if i == 0:
            esp.account("u0")
        else:
            esp.account("u1", age=30)
        people["U"].append(f"u{i}")
    for kind, ids in people.items():
        for account in ids:
            assert esp.call("GET", f"/v1/accounts/{account}")["age"]["category"] == NAMES[kind]
    return people


def _run(esp: Esp, people: dict[str, list[str]],
         expected: dict[str, dict[tuple[str, str], str]], connected: bool) -> list[str]:
    problems = []
    for actor_kind, target_kind in PAIRS:
        actor, target = people[actor_kind][0], people[target_kind][1]
        if connected:
            esp.connect(actor, target)
        for action, table in expected.items():
            decision = esp.check(actor, action, target)
            want = table[(actor_kind, target_kind)]
            if decision["code"] != want or decision["allowed"] != (want in ALLOWED_CODES):
                problems.append(f"{NAMES[actor_kind]} -> {NAMES[target_kind]} {action}: "
                                f"got {decision['code']} ({decision['allowed']}), want {want}")
            assert decision["reason"], decision
            assert decision["actor_category"] == NAMES[actor_kind]
            assert decision["target_category"] == NAMES[target_kind]
        if connected:
            esp.connect(actor, target, "none")
    return problems


def test_every_outcome_for_unconnected_pairs(esp: Esp, population: dict[str, list[str]]
                                             ) -> None:
    assert _run(esp, population, UNCONNECTED, connected=False) == []


def test_every_outcome_for_connected_pairs(esp: Esp, population: dict[str, list[str]]
                                           ) -> None:
    assert _run(esp, population, CONNECTED, connected=True) == []


def test_denials_cite_terms_and_point_to_an_intervention(esp: Esp) -> None:
    esp.minor("kid")
    esp.adult("stranger")
    decision = esp.check("stranger", "message", "kid")
    assert decision["allowed"] is False
    assert "not connected" in decision["reason"]
    cited = {c["id"]: c for c in decision["clauses"]}
    assert {"minor-safety", "grooming"} <= set(cited)
    assert cited["grooming"]["title"] == "No grooming or enticement"
    assert decision["intervention"] == "unknown_adult_contact"
    assert decision["intervention_for"] == "kid"


def test_an_unassured_payer_is_offered_ways_to_prove_their_age(esp: Esp) -> None:
    esp.account("payer", age=40)  # self-declared only: not enough in the UK
    esp.adult("shop")
    decision = esp.check("payer", "pay", "shop")
    assert decision["code"] == "age_assurance_required"
    assert "facial_age_estimation" in decision["offer_methods"]


def test_blocks_closed_accounts_and_unregistered_accounts(esp: Esp) -> None:
    esp.adult("a")
    esp.adult("b")
    esp.connect("a", "b")
    assert esp.check("a", "message", "b")["allowed"] is True
    esp.connect("b", "a", "blocked")
    assert esp.check("a", "message", "b")["code"] == "blocked"
    # "a" cannot lift a block that "b" placed.
    esp.connect("a", "b", "none")
    assert esp.check("a", "message", "b")["code"] == "blocked"
    esp.connect("b", "a", "none")
    assert esp.check("a", "message", "b")["code"] == "allowed"
    # Someone the registry has never seen is treated as of unknown age.
    esp.minor("kid")
    decision = esp.check("ghost-1", "message", "kid")
    assert decision["code"] == "adult_to_unconnected_minor"
    assert decision["actor_category"] == "unknown"


def test_bad_requests_get_clear_messages(esp: Esp) -> None:
    esp.adult("a")
    bad = esp.call("POST", "/v1/policy/check", expect=422,
                   json={"actor_id": "a", "action": "hug", "target_id": "b"})
    assert "action" in bad["error"]["message"]
    same = esp.call("POST", "/v1/policy/check", expect=422,
                    json={"actor_id": "a", "action": "message", "target_id": "a"})
    assert same["error"]["message"] == "actor and target are the same account"


def test_account_ids_follow_the_registry_contract(esp: Esp) -> None:
    """Policy calls take the same account ids as /v1/accounts/{id}; anything else (a NUL byte,
    spaces) is a clear 422, not a database error (found by make fuzz on PostgreSQL)."""
    for body in ({"viewer_id": "kid", "candidate_ids": ["ok", "bad\u0000id"]},
                 {"viewer_id": "has space", "candidate_ids": []}):
        bad = esp.call("POST", "/v1/policy/recommendations", expect=422, json=body)
        assert "viewer_id" in bad["error"]["message"] or "candidate_ids" in \
            bad["error"]["message"]
    bad = esp.call("POST", "/v1/policy/check", expect=422,
                   json={"actor_id": "a\u0000", "action": "message", "target_id": "b"})
    assert "actor_id" in bad["error"]["message"]


def test_minor_safety_defaults_are_visible_to_the_esp(esp: Esp) -> None:
    state: dict[str, Any] = esp.minor("kid", age=12)
    assert state["age"]["band"] == "under_13"
    assert state["defaults"] == {"profile_public": False, "location_sharing": False,
                                 "direct_messages_from_unconnected_adults": False,
                                 "recommended_to_adults": False}
    refused = esp.call("PUT", "/v1/accounts/kid", expect=422,
                       json={"location_sharing": True})
    assert "location sharing" in refused["error"]["message"]
    adult = esp.adult("grown")
    assert adult["defaults"]["profile_public"] is True
    assert adult["defaults"]["direct_messages_from_unconnected_adults"] is True


def test_minors_are_not_recommended_to_adults(esp: Esp) -> None:
    esp.minor("kid")
    esp.minor("peer")
    esp.adult("grown")
    esp.adult("other")
    esp.account("anon")
    for viewer, allowed in [("grown", ["other"]), ("peer", ["kid", "grown", "other"]),
                            ("anon", ["grown", "other"])]:
        answer = esp.call("POST", "/v1/policy/recommendations", json={
            "viewer_id": viewer, "candidate_ids": ["kid", "grown", "other", "anon"]})
        assert answer["allowed"] == [c for c in allowed if c != viewer], viewer


def test_the_intervention_can_be_served_with_the_decision(esp: Esp) -> None:
    esp.minor("kid")
    esp.adult("stranger")
    decision = esp.call("POST", "/v1/policy/check", json={
        "actor_id": "stranger", "action": "message", "target_id": "kid",
        "serve_intervention": True})
    content = decision["intervention_content"]
    assert content["title"] == "Someone you don't know tried to message you"
    assert "talk_to_trusted_adult" in content["actions"]
    assert any(r["name"] == "Childline" for r in content["resources"])
    stats = esp.call("GET", "/v1/interventions/stats")["situations"]
    assert stats["unknown_adult_contact"]["shown"] == 1
