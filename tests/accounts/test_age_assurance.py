"""Age assurance: history, challenge ages, escalation, jurisdictions, providers, signals."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

import httpx
import pytest

from childguard.accounts.model import (
    AssuranceMethod,
    AssuranceOutcome,
    Confidence,
    GateStatus,
    evaluate_gate,
    preset_policies,
)
from childguard.accounts.providers import (
    PROVIDERS,
    AgeAssuranceProvider,
    CheckRequest,
    CheckResult,
    HttpProvider,
    ProviderUnavailable,
    SandboxProvider,
)

if TYPE_CHECKING:
    from tests.accounts.conftest import Esp

NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)


def estimate(age: float, **kw: Any) -> AssuranceOutcome:
    return AssuranceOutcome(AssuranceMethod.FACIAL_AGE_ESTIMATION, Confidence.ENHANCED,
                            NOW - timedelta(days=1), NOW + timedelta(days=300),
                            estimated_age=age, result_id=f"est-{age}", **kw)


@pytest.mark.parametrize(("age", "status"), [
    (31.0, GateStatus.PASSED), (25.0, GateStatus.PASSED), (24.9, GateStatus.ESCALATE),
    (19.0, GateStatus.ESCALATE), (15.0, GateStatus.FAILED)])
def test_challenge_25_for_an_18_plus_gate(age: float, status: GateStatus) -> None:
    gate = evaluate_gate(preset_policies()["UK"], "adult_content", [estimate(age)], NOW)
    assert gate.status is status, gate.reason
    if status is not GateStatus.PASSED:
        # Escalation offers something stronger than another face estimate.
        assert AssuranceMethod.ID_DOCUMENT_LIVENESS in gate.offer_methods
        assert AssuranceMethod.FACIAL_AGE_ESTIMATION not in gate.offer_methods
    if status is GateStatus.ESCALATE:
        assert "challenge age 25" in gate.reason


def test_self_declaration_never_passes_a_uk_adult_gate_but_does_in_the_us() -> None:
    declared = AssuranceOutcome(AssuranceMethod.SELF_DECLARATION, Confidence.ASSERTED,
                                NOW, None, age_low=30, age_high=30)
    uk = evaluate_gate(preset_policies()["UK"], "adult_status", [declared], NOW)
    assert uk.status is GateStatus.ESCALATE
    assert uk.offer_methods[0] is AssuranceMethod.FACIAL_AGE_ESTIMATION
    us = evaluate_gate(preset_policies()["US"], "adult_status", [declared], NOW)
    assert us.status is GateStatus.PASSED


def test_expired_results_do_not_count() -> None:
    old = AssuranceOutcome(AssuranceMethod.ID_DOCUMENT_LIVENESS, Confidence.STRICT,
                           NOW - timedelta(days=1200), NOW - timedelta(days=1), age_low=40)
    gate = evaluate_gate(preset_policies()["EU"], "adult_content", [old], NOW)
    assert gate.status is GateStatus.MISSING


def test_history_records_method_outcome_confidence_provider_and_expiry(esp: Esp) -> None:
    esp.account("sam", age=16)
    checked = esp.call("POST", "/v1/accounts/sam/age-assurance/checks", expect=201, json={
        "method": "facial_age_estimation", "purpose": "adult_content",
        "evidence": {"simulated_age": 16, "simulated_error": 1.5}})
    assert checked["gate"]["status"] == "failed"
    assert checked["gate"]["offer_methods"][:1] == ["digital_identity_wallet"]
    history = esp.call("GET", "/v1/accounts/sam/age-assurance")
    assert history["age"]["category"] == "minor"
    assert history["age"]["band"] == "16_17"
    first, second = history["results"]
    assert first["method"] == "facial_age_estimation"
    assert first["estimated_age"] == 17.5
    assert first["confidence"] == "enhanced"
    assert first["provider"] == "sandbox"
    assert first["expires_at"] is not None
    assert second["method"] == "self_declaration"
    assert second["confidence"] == "asserted"
    assert second["expires_at"] is None


def test_a_young_looking_adult_escalates_then_proves_age_with_id(esp: Esp) -> None:
    esp.account("jo", age=21)
    first = esp.call("POST", "/v1/accounts/jo/age-assurance/checks", expect=201, json={
        "method": "facial_age_estimation", "purpose": "adult_content",
        "evidence": {"simulated_age": 21}})
    assert first["gate"]["status"] == "escalate"
    assert first["age"]["category"] == "unknown"
    second = esp.call("POST", "/v1/accounts/jo/age-assurance/checks", expect=201, json={
        "method": first["gate"]["offer_methods"][-1], "purpose": "adult_content",
        "evidence": {"simulated_age": 21}})
    assert second["gate"]["status"] == "passed"
    assert second["age"]["category"] == "adult"
    feature = esp.call("GET", "/v1/accounts/jo/age-assurance/features/payments")
    assert feature["status"] == "passed"


def test_over_18_only_methods_and_failures(esp: Esp) -> None:
    esp.account("kim")
    bank = esp.call("POST", "/v1/accounts/kim/age-assurance/checks", expect=201, json={
        "method": "open_banking", "evidence": {"simulated_age": 44}})
    assert bank["result"]["age_low"] == 18 and bank["result"]["age_high"] is None
    assert bank["age"]["category"] == "adult"
    failed = esp.call("POST", "/v1/accounts/kim/age-assurance/checks", expect=201, json={
        "method": "id_document_liveness",
        "evidence": {"simulated_age": 44, "simulate_failure": True}})
    assert failed["status"] == "failed" and failed["result"] is None


def test_evidence_never_carries_documents_or_card_numbers(esp: Esp) -> None:
    esp.account("lee")
    refused = esp.call("POST", "/v1/accounts/lee/age-assurance/checks", expect=422, json={
        "method": "credit_card", "evidence": {"card_number": "4111", "simulated_age": 30}})
    assert "never stores" in refused["error"]["message"]


def test_contradicting_signal_opens_a_task_and_withholds_adult_status(esp: Esp) -> None:
    esp.account("pat", age=30, jurisdiction="US")  # the US preset accepts a declaration
    esp.minor("child")
    assert esp.call("GET", "/v1/accounts/pat")["age"]["category"] == "adult"
    signal = esp.call("POST", "/v1/accounts/pat/age-signals",
                      json={"stated_age": 13, "source": "conversations"})
    assert signal["contradiction"] is True
    assert "13" in signal["task"]["reason"]
    assert signal["age"]["category"] == "unknown"
    assert signal["age"]["under_review"] is True
    tasks = esp.call("GET", "/v1/reassurance-tasks")["tasks"]
    assert [t["account_id"] for t in tasks] == ["pat"]
    # Under review: neither an adult's freedoms nor a minor's access to other minors.
    assert esp.check("pat", "message", "child")["code"] == "adult_to_unconnected_minor"
    again = esp.call("POST", "/v1/accounts/pat/age-signals",
                     json={"stated_age": 12, "source": "profile_bio"})
    assert again["task"]["id"] == signal["task"]["id"]
    # A stronger method resolves it.
    esp.call("POST", "/v1/accounts/pat/age-assurance/checks", expect=201, json={
        "method": "digital_identity_wallet", "evidence": {"simulated_age": 30}})
    assert esp.call("GET", "/v1/reassurance-tasks")["tasks"] == []
    resolved = esp.call("GET", "/v1/reassurance-tasks?status=resolved")["tasks"]
    assert "digital_identity_wallet" in resolved[0]["resolution"]
    assert esp.call("GET", "/v1/accounts/pat")["age"]["category"] == "adult"


def test_a_signal_consistent_with_the_age_is_not_a_contradiction(esp: Esp) -> None:
    esp.minor("teen", age=15)
    signal = esp.call("POST", "/v1/accounts/teen/age-signals",
                      json={"stated_age": 15, "source": "conversations"})
    assert signal["contradiction"] is False


def test_a_minor_who_redeclares_as_adult_is_reviewed(esp: Esp) -> None:
    esp.minor("flip", age=14)
    state = esp.account("flip", age=19)
    assert state["age"]["category"] == "minor"  # a child's own statement is believed
    assert state["open_reassurance_tasks"]


def test_jurisdiction_presets_are_editable_and_validated(esp: Esp) -> None:
    listed = esp.call("GET", "/v1/jurisdictions")
    assert {j["code"] for j in listed["jurisdictions"]} == {"UK", "EU", "US"}
    uk = esp.call("GET", "/v1/jurisdictions/UK")
    assert uk["requirements"]["adult_content"]["challenge_buffer_years"] == 7
    uk["requirements"]["adult_content"]["challenge_buffer_years"] = 5
    saved = esp.call("PUT", "/v1/jurisdictions/UK", json=uk)
    assert saved["version"] == 1
    assert esp.call("GET", "/v1/jurisdictions/UK")["requirements"]["adult_content"][
        "challenge_buffer_years"] == 5
    bad = dict(uk, requirements={**uk["requirements"], "teleport": uk["requirements"][
        "payments"]})
    refused = esp.call("PUT", "/v1/jurisdictions/UK", expect=422, json=bad)
    assert "teleport" in refused["error"]["message"]
    weaker = dict(uk, escalation={"id_document_liveness": ["self_declaration"]})
    refused = esp.call("PUT", "/v1/jurisdictions/UK", expect=422, json=weaker)
    assert "weaker method" in refused["error"]["message"]
    # A custom jurisdiction, then an account that uses it.
    custom = dict(uk, code="AU", name="Australia (example)")
    esp.call("PUT", "/v1/jurisdictions/AU", json=custom)
    assert esp.account("roo", jurisdiction="AU")["jurisdiction"] == "AU"
    unknown = esp.call("PUT", "/v1/accounts/x", expect=404, json={"jurisdiction": "ZZ"})
    assert "ZZ" in unknown["error"]["message"]


def test_adding_a_provider_is_adding_a_class(esp: Esp) -> None:
    class AlwaysThirty(AgeAssuranceProvider):
        name = "test-thirty"
        methods = frozenset({AssuranceMethod.MOBILE_OPERATOR})

        def check(self, request: CheckRequest) -> CheckResult:
            return CheckResult(self.name, request.method, "completed", Confidence.STRICT,
                               request.reference, age_low=18)

    try:
        esp.account("mo")
        done = esp.call("POST", "/v1/accounts/mo/age-assurance/checks", expect=201, json={
            "method": "mobile_operator", "provider": "test-thirty"})
        # The provider claimed "strict"; the method's ceiling caps it.
        assert done["result"]["confidence"] == "standard"
        assert done["result"]["provider"] == "test-thirty"
        wrong = esp.call("POST", "/v1/accounts/mo/age-assurance/checks", expect=422, json={
            "method": "credit_card", "provider": "test-thirty"})
        assert "does not offer" in wrong["error"]["message"]
    finally:
        PROVIDERS.pop("test-thirty", None)


def _fake_vendor(request: httpx.Request) -> httpx.Response:
    """A contract-faithful double of an HTTP provider, built on the sandbox."""
    assert request.url.path == "/v1/age-checks"
    assert request.headers["authorization"] == "Bearer secret-token"
    body = json.loads(request.content)
    result = SandboxProvider().check(CheckRequest(
        account_id="-", method=AssuranceMethod(body["method"]), reference=body["reference"],
        threshold=body["threshold"], evidence=body["evidence"]))
    return httpx.Response(200, json={
        "reference": result.reference, "status": result.status,
        "confidence": result.confidence.value, "estimated_age": result.estimated_age,
        "age_low": result.age_low, "age_high": result.age_high,
        "birth_date": result.birth_date.isoformat() if result.birth_date else None})


def test_http_provider_speaks_the_contract() -> None:
    provider = HttpProvider("https://vendor.example/", token="secret-token",
                            transport=httpx.MockTransport(_fake_vendor))
    result = provider.check(CheckRequest("acc", AssuranceMethod.FACIAL_AGE_ESTIMATION, "ref-1",
                                         evidence={"simulated_age": 27}))
    assert (result.status, result.estimated_age, result.provider) == ("completed", 27.0, "http")


@pytest.mark.parametrize(("response", "message"), [
    (httpx.Response(503), "answered 503"),
    (httpx.Response(200, text="not json"), "unreadable"),
    (httpx.Response(200, json={"reference": "other", "status": "completed",
                               "confidence": "standard"}), "another reference"),
])
def test_http_provider_failures_are_clear(response: httpx.Response, message: str) -> None:
    provider = HttpProvider("https://vendor.example", transport=httpx.MockTransport(
        lambda request: response))
    with pytest.raises(ProviderUnavailable, match=message):
        provider.check(CheckRequest("acc", AssuranceMethod.CREDIT_CARD, "ref-1"))


def test_http_provider_unreachable_is_a_502_over_the_api(
        esp: Esp, monkeypatch: pytest.MonkeyPatch) -> None:
    esp.account("far")
    monkeypatch.setattr(HttpProvider, "from_settings", classmethod(
        lambda cls, settings: cls("http://127.0.0.1:9", timeout=0.5)))
    answer = esp.call("POST", "/v1/accounts/far/age-assurance/checks", expect=502, json={
        "method": "credit_card", "provider": "http"})
    assert answer["error"]["code"] == "provider_unavailable"
    history = esp.call("GET", "/v1/accounts/far/age-assurance")
    assert history["results"] == []
