"""Terms (versions, clauses, re-acceptance), interventions, export, retention, deletion."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from childguard.accounts import privacy
from childguard.platform.db import Database

if TYPE_CHECKING:
    from tests.accounts.conftest import Esp


def _clauses(esp: Esp) -> list[dict[str, Any]]:
    return [{k: c[k] for k in ("id", "title", "text")}
            for c in esp.call("GET", "/v1/terms")["versions"][-1]["clauses"]]


def test_terms_versions_clauses_and_re_acceptance(esp: Esp) -> None:
    esp.adult("ann")
    status = esp.call("GET", "/v1/accounts/ann/terms-status")
    assert status["needs_acceptance"] is True and status["current_version"] == "1.0"
    csea = esp.call("GET", "/v1/terms/clauses/csea")
    assert csea["title"] == "Child sexual exploitation and abuse is prohibited"
    assert csea["version"] == "1.0"
    esp.call("POST", "/v1/accounts/ann/terms-acceptances", expect=201,
             json={"version": "1.0"})
    assert esp.call("GET", "/v1/accounts/ann/terms-status")["needs_acceptance"] is False

    # A typo fix does not need everyone to accept again...
    clauses = _clauses(esp)
    clauses[-1]["text"] += " "
    clauses[-1]["text"] = clauses[-1]["text"].strip() + " We answer within a week."
    esp.call("POST", "/v1/terms", expect=201,
             json={"version": "1.1", "material": False, "clauses": clauses})
    status = esp.call("GET", "/v1/accounts/ann/terms-status")
    assert status["needs_acceptance"] is False and status["current_version"] == "1.1"
    # ...a material change does.
    clauses.append({"id": "live-streaming", "title": "Live streaming",
                    "text": "Only adults whose age we confirmed may broadcast live."})
    esp.call("POST", "/v1/terms", expect=201,
             json={"version": "2.0", "material": True, "clauses": clauses,
                   "summary": "Adds live streaming rules."})
    status = esp.call("GET", "/v1/accounts/ann/terms-status")
    assert status["needs_acceptance"] is True
    assert "2.0" in status["reason"]
    esp.call("POST", "/v1/accounts/ann/terms-acceptances", expect=201,
             json={"version": "2.0"})
    assert esp.call("GET", "/v1/accounts/ann/terms-status")["needs_acceptance"] is False
    # Old versions stay quotable.
    old = esp.call("GET", "/v1/terms/clauses/reporting?version=1.0")
    assert "within a week" not in old["text"]


def test_terms_must_keep_the_csea_clause_and_versions_are_immutable(esp: Esp) -> None:
    clauses = [c for c in _clauses(esp) if c["id"] != "csea"]
    refused = esp.call("POST", "/v1/terms", expect=422,
                       json={"version": "3.0", "material": True, "clauses": clauses})
    assert "csea" in refused["error"]["message"]
    again = esp.call("POST", "/v1/terms", expect=409,
                     json={"version": "1.0", "material": True, "clauses": _clauses(esp)})
    assert "immutable" in again["error"]["message"]
    missing = esp.call("GET", "/v1/terms/clauses/nope", expect=404)
    assert "no clause" in missing["error"]["message"]


def test_interventions_with_resources_and_counts(esp: Esp) -> None:
    esp.minor("kid", jurisdiction="US")
    shown = esp.call("POST", "/v1/interventions", expect=201,
                     json={"account_id": "kid", "situation": "before_sending_image"})
    assert shown["title"] == "Before you send this picture"
    assert any(r["name"] == "Take It Down (NCMEC)" for r in shown["resources"])
    esp.call("POST", f"/v1/interventions/{shown['id']}/acknowledge",
             json={"response": "cancel"})
    again = esp.call("POST", f"/v1/interventions/{shown['id']}/acknowledge", expect=409,
                     json={"response": "cancel"})
    assert "already" in again["error"]["message"]
    second = esp.call("POST", "/v1/interventions", expect=201,
                      json={"account_id": "kid", "situation": "unknown_adult_contact",
                            "jurisdiction": "UK"})
    assert any(r.get("contact") == "0800 1111" for r in second["resources"])
    wrong = esp.call("POST", f"/v1/interventions/{second['id']}/acknowledge", expect=422,
                     json={"response": "send_anyway"})
    assert "block" in wrong["error"]["message"]
    stats = esp.call("GET", "/v1/interventions/stats")["situations"]
    assert stats["before_sending_image"] == {"shown": 1, "acknowledged": 1,
                                             "responses": {"cancel": 1}}
    assert stats["unknown_adult_contact"]["shown"] == 1
    assert stats["unknown_adult_contact"]["acknowledged"] == 0


def _busy_account(esp: Esp) -> None:
    esp.minor("kid", age=12)
    esp.adult("mum")
    esp.minor("pal")
    esp.link_parent("mum", "kid")
    esp.connect("kid", "pal")
    esp.call("POST", "/v1/accounts/kid/activity", expect=204,
             json={"counts": {"messages_sent": 2}})
    esp.call("POST", "/v1/accounts/kid/terms-acceptances", expect=201,
             json={"version": "1.0"})
    esp.call("POST", "/v1/interventions", expect=201,
             json={"account_id": "kid", "situation": "before_sending_image"})


def test_export_holds_everything_about_the_account(esp: Esp) -> None:
    _busy_account(esp)
    export = esp.call("GET", "/v1/accounts/kid/export")
    assert export["account"]["declared_birth_date"]
    assert export["age"]["category"] == "minor"
    assert [c["other_id"] for c in export["connections"]] == ["pal"]
    assert export["parent_links"][0]["parent_id"] == "mum"
    assert {c["kind"] for c in export["consents"]} == {"parental_consent",
                                                        "third_party_disclosure"}
    assert export["terms_acceptances"][0]["version"] == "1.0"
    assert export["activity_counters"][0]["count"] == 2
    assert export["interventions"][0]["situation"] == "before_sending_image"
    assert "activity_counters" in export["retention"]


def test_deletion_without_a_hold_erases_everything(esp: Esp) -> None:
    _busy_account(esp)
    report = esp.call("DELETE", "/v1/accounts/kid")
    assert report["status"] == "completed"
    assert report["erased"]["connections"] == 1
    assert report["erased"]["parent_links"] == 1
    assert report["kept"] == []
    esp.call("GET", "/v1/accounts/kid", expect=404)
    assert esp.call("GET", "/v1/parents/mum/children")["children"] == []
    assert esp.call("GET", "/v1/accounts/pal/connections")["connections"] == []
    # The id cannot be silently reused for someone else's data.
    esp.call("PUT", "/v1/accounts/kid", expect=409, json={})


def test_deletion_under_a_preservation_hold_keeps_the_data_and_says_why(
        esp: Esp, database: Database) -> None:
    from childguard.reporting.holds import place_hold

    _busy_account(esp)
    until = datetime.now(UTC) + timedelta(days=365)
    with database.unit_of_work() as session:
        hold = place_hold(session, until=until, reason="CyberTipline report 123 filed",
                          actor="test", account_id="kid", case_id="case-9")
        hold_id = hold.id
    report = esp.call("DELETE", "/v1/accounts/kid?reason=user+asked")
    assert report["status"] == "held"
    assert "preservation hold" in report["message"]
    assert report["holds"] == [{"hold_id": hold_id, "reason": "CyberTipline report 123 filed",
                                "until": until.isoformat(), "case_id": "case-9",
                                "report_id": None, "legal_request_id": None}]
    kept = {k["data_class"] for k in report["kept"]}
    assert {"connections", "age_assurance_results", "consents", "parent_links"} <= kept
    # The data is still there for the investigation...
    export = esp.call("GET", "/v1/accounts/kid/export")
    assert [c["other_id"] for c in export["connections"]] == ["pal"]
    assert export["age_assurance_results"]
    # ...but the account is closed: nobody can interact with it.
    assert esp.check("pal", "message", "kid")["code"] == "target_inactive"
    again = esp.call("DELETE", "/v1/accounts/kid", expect=409)
    assert "already waiting" in again["error"]["message"]
    # Nothing happens while the hold lasts; once it has run out the deletion completes.
    with database.unit_of_work() as session:
        assert privacy.resume_deletions(session) == []
    with database.unit_of_work() as session:
        from childguard.reporting.storage import Hold

        expired = session.get(Hold, hold_id)
        assert expired is not None
        expired.until = datetime.now(UTC) - timedelta(seconds=1)
    with database.unit_of_work() as session:
        assert privacy.resume_deletions(session) == ["kid"]
    deletions = esp.call("GET", "/v1/accounts/kid/deletions")["deletions"]
    assert deletions[-1]["status"] == "completed"
    assert deletions[-1]["erased"]["connections"] == 1
    esp.call("GET", "/v1/accounts/kid", expect=404)


def test_retention_sweep_purges_old_counts_but_not_held_accounts(
        esp: Esp, database: Database) -> None:
    from childguard.reporting.holds import place_hold

    esp.minor("old", age=12)
    esp.minor("held", age=12)
    long_ago = (datetime.now(UTC) - timedelta(days=200)).date().isoformat()
    for account in ("old", "held"):
        esp.call("POST", f"/v1/accounts/{account}/activity", expect=204,
                 json={"day": long_ago, "counts": {"minutes_active": 10}})
        esp.call("POST", f"/v1/accounts/{account}/activity", expect=204,
                 json={"counts": {"minutes_active": 5}})
    with database.unit_of_work() as session:
        place_hold(session, until=datetime.now(UTC) + timedelta(days=30), reason="test",
                   actor="test", account_id="held")
    with database.unit_of_work() as session:
        removed = privacy.retention_sweep(session)
    assert removed["activity_counters"] == 1
    assert len(esp.call("GET", "/v1/accounts/old/export")["activity_counters"]) == 1
    assert len(esp.call("GET", "/v1/accounts/held/export")["activity_counters"]) == 2
    retention = {d["name"]: d for d in esp.call("GET", "/v1/retention")["data_classes"]}
    assert retention["activity_counters"]["days"] == 90


def test_a_child_is_told_when_a_supervising_parents_account_is_deleted(esp: Esp) -> None:
    esp.minor("kid")
    esp.adult("mum")
    esp.link_parent("mum", "kid")
    assert esp.call("DELETE", "/v1/accounts/mum")["status"] == "completed"
    state = esp.call("GET", "/v1/accounts/kid")
    assert state["supervised"] is False
    notices = esp.call("GET", "/v1/accounts/kid/notifications")["notifications"]
    assert notices[0]["kind"] == "supervision_off"
