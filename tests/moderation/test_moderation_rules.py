"""Rules: checked at load with line and reason, versioned, and tried in shadow first."""

from __future__ import annotations

from typing import Any

import pytest
from modhelpers import benign_image, md5_of, media_event

from childguard.moderation import rulebook, signals
from childguard.moderation.rules import RuleSetError, parse_rules

BROKEN = """\
rules:
  - id: typo-in-signal
    events: [media.uploaded]
    when:
      hash.machted: true
    then: [block]
  - id: wrong-type
    events: [media.uploaded]
    when:
      image.explicit_score: {gte: very}
    then: [hold]
  - id: wrong-event
    events: [message.sent]
    when:
      hash.matched: true
    then: [hold]
  - id: bad-action
    events: [media.uploaded]
    when:
      hash.matched: true
    then:
      - open_case: {priority: whenever}
      - delete_everything
"""


def test_the_shipped_rules_load() -> None:
    ruleset = parse_rules(rulebook.default_source(), signals.catalog())
    assert "known-material-upload" in {r.id for r in ruleset.rules}


def test_a_rule_file_with_errors_is_refused_with_every_line_and_reason() -> None:
    with pytest.raises(RuleSetError) as caught:
        parse_rules(BROKEN, signals.catalog())
    found = [(p.line, p.message) for p in caught.value.problems]
    assert found[0][0] == 5 and "unknown signal 'hash.machted'" in found[0][1]
    assert (10, "'image.explicit_score' is a number signal; 'very' is not a number") in found
    assert any(line == 15 and "never present on message.sent" in msg for line, msg in found)
    assert any(line == 22 and "priority must be one of" in msg for line, msg in found)
    assert any(line == 23 and "unknown action 'delete_everything'" in msg
               for line, msg in found)


def test_invalid_yaml_names_its_line() -> None:
    with pytest.raises(RuleSetError) as caught:
        parse_rules("rules:\n  - id: x\n    events: [media.uploaded\n    when: {}\n",
                    signals.catalog())
    assert caught.value.problems[0].line in (4, 5)
    assert "not valid YAML" in caught.value.problems[0].message


def test_the_api_refuses_a_broken_version_and_keeps_the_live_one(
        client: Any, make_api_key: Any) -> None:
    headers = make_api_key("admin")
    response = client.post("/v1/rules", json={"source": BROKEN, "activate": True},
                           headers=headers)
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "invalid_rules"
    assert error["message"].startswith("rules refused: line 5: unknown signal")
    assert {p["line"] for p in error["details"]["problems"]} == {5, 10, 15, 22, 23}
    versions = client.get("/v1/rules", headers=headers).json()["versions"]
    assert [(v["version"], v["status"]) for v in versions] == [(1, "active")]


STRICTER = rulebook.default_source().replace(
    "  - id: new-material-triage", """\
  - id: hold-every-private-upload
    description: Hold private uploads by accounts under a week old
    events: [media.uploaded]
    when:
      media.visibility: private
      account.age_days: {lt: 7}
    then:
      - hold
      - open_case: {priority: standard}

  - id: new-material-triage""")


def test_shadow_mode_reports_how_a_new_version_would_differ(
        client: Any, make_api_key: Any, known_bank: Any) -> None:
    headers = make_api_key(["admin", "events:write"])
    known = benign_image(3)
    known_bank(known, "A2")
    events = [media_event(f"pub-{i}", f"user-{i}", md5=md5_of(benign_image(100 + i)),
                          visibility="public") for i in range(3)]
    events += [media_event(f"priv-{i}", f"user-{i}", md5=md5_of(benign_image(200 + i)),
                           visibility="private") for i in range(2)]
    events.append(media_event("known-1", "user-9", md5=md5_of(known), visibility="private"))
    assert client.post("/v1/events", json={"events": events},
                       headers=headers).json()["accepted"] == 6
    report = client.post("/v1/rules/shadow", json={"source": STRICTER},
                         headers=headers).json()
    assert report["events_evaluated"] == 6
    # Two allowed uploads would be held; the known one is held either way.
    assert report["events_changed"] == 2
    assert report["verdict_transitions"] == {"allow->hold": 2}
    assert report["rules_newly_matching"] == {"hold-every-private-upload": 3}
    assert sorted(e["event_id"] for e in report["examples"]) == ["priv-0", "priv-1"]
    # Shadow runs act on nothing: no new actions, cases or versions.
    assert len(client.get("/v1/cases", headers=headers).json()["cases"]) == 1
    added = client.post("/v1/rules", json={"source": STRICTER, "note": "stricter"},
                        headers=headers)
    assert added.status_code == 201 and added.json() == {"version": 2, "status": "draft"}
    by_version = client.post("/v1/rules/shadow", json={"version": 2}, headers=headers).json()
    assert by_version["events_changed"] == 2
    client.post("/v1/rules/2/activate", headers=headers)
    later = media_event("priv-late", "user-0", md5=md5_of(benign_image(300)),
                        visibility="private")
    result = client.post("/v1/events", json={"events": [later]}, headers=headers).json()
    assert result["results"][0]["verdict"] == "hold"
