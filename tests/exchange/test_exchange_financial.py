"""Financial measures: a scripted sextortion scenario sent to POST /v1/events, and the
FinCEN red flags one by one. Conversations are non-explicit: a threat to share pictures and
a payment demand, nothing else."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import count
from typing import Any

from childguard.exchange import financial

T = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)
_ids = count(1)


def event(kind: str, account: str, at: datetime, data: dict[str, Any]) -> dict[str, Any]:
    return {"id": f"ev-{next(_ids)}", "type": kind, "account_id": account,
            "ip": "203.0.113.7", "port": 50123, "occurred_at": at.isoformat(), "data": data}


def account(account_id: str, birth: str, at: datetime) -> dict[str, Any]:
    return event("account.created", account_id, at, {"birth_date": birth})


def message(sender: str, recipient: str, text: str, at: datetime,
            conversation: str = "conv-1") -> dict[str, Any]:
    return event("message.sent", sender, at, {
        "conversation_id": conversation, "message_id": f"msg-{next(_ids)}",
        "recipient_ids": [recipient], "text": text})


def payment(payer: str, payee: str, amount: str, at: datetime, memo: str = "") -> dict[str, Any]:
    return event("payment.sent", payer, at, {
        "payment_id": f"pay-{next(_ids)}", "recipient_account_id": payee, "amount": amount,
        "currency": "USD", "memo": memo})


def send(client: Any, headers: dict[str, str], *events: dict[str, Any]) -> list[dict[str, Any]]:
    r = client.post("/v1/events", headers=headers, json={"events": list(events)})
    assert r.status_code == 200, r.text
    results = r.json()["results"]
    assert all(x["status"] == "accepted" for x in results), results
    return list(results)


def test_sextortion_scenario_holds_the_payout_and_opens_a_case_on_the_payee(
        client: Any, make_api_key: Any, database: Any) -> None:
    esp = make_api_key(["events:write", "cases:read"])
    send(client, esp, account("teen-1", "2011-03-04", T - timedelta(days=400)),
         account("stranger-9", "1990-01-01", T - timedelta(days=3)))
    send(client, esp, message("stranger-9", "teen-1", "hey, saw your profile, you play guitar?",
                              T))
    # The threat, then the payment demand, then the payment.
    send(client, esp, message("stranger-9", "teen-1",
                              "I saved your pictures. Pay me or I will send them to your "
                              "family and friends", T + timedelta(hours=1)))
    send(client, esp, message("stranger-9", "teen-1",
                              "Send $150 in steam gift card codes. You have 2 hours",
                              T + timedelta(hours=1, minutes=5)))
    send(client, esp, message("teen-1", "stranger-9", "please don't, I will pay",
                              T + timedelta(hours=1, minutes=6)))
    pay = payment("teen-1", "stranger-9", "150.00", T + timedelta(hours=1, minutes=30),
                  memo="gift card")
    [result] = send(client, esp, pay)
    assert result["verdict"] == "hold"
    assert "payment-sextortion-after-threat" in result["rules"]
    assert {"hold_payout", "freeze_balance", "escalate_imminent_risk"} <= set(result["actions"])

    # The service is told to hold the payee's payout and freeze the payee's balance.
    actions = client.get("/v1/actions", headers=esp,
                         params={"settle_seconds": 0}).json()["actions"]
    held = [a for a in actions if a["kind"] == "hold_payout"]
    assert len(held) == 1
    assert held[0]["account_id"] == "stranger-9"
    assert held[0]["details"]["payment_id"] == pay["data"]["payment_id"]
    assert held[0]["details"]["sar_keyword"] == "FIN-2025-SEXTORTION"
    assert [a["account_id"] for a in actions if a["kind"] == "freeze_balance"] == ["stranger-9"]

    # One case, about the payee, with the conversation and the payment on its timeline.
    case_id = result["case_id"]
    case = client.get(f"/v1/cases/{case_id}", headers=esp).json()
    assert case["account_id"] == "stranger-9"
    assert case["imminent"] is True
    kinds = [e["type"] for e in case["events"]]
    assert kinds.count("message.sent") >= 3 and "payment.sent" in kinds
    assert kinds.index("message.sent") < kinds.index("payment.sent")
    stored = client.get(f"/v1/events/{pay['id']}", headers=esp).json()
    assert stored["signals"]["payment.after_threat"] is True
    assert stored["signals"]["payment.instrument"] == "gift_card"
    assert "payment_after_threat" in stored["signals"]["payment.red_flags"]

    # When the case is reported, the report says sextortion.
    from childguard.moderation.report import build_snapshot

    with database.unit_of_work() as session:
        snapshot = build_snapshot(session, case_id)
    assert snapshot.incident_type_hint == "sextortion"
    assert [m.sender_esp_id for m in snapshot.messages].count("stranger-9") == 3


def test_many_small_payments_from_different_minors_freeze_the_payee(
        client: Any, make_api_key: Any) -> None:
    esp = make_api_key(["events:write", "cases:read"])
    send(client, esp, account("collector", "1988-05-05", T - timedelta(days=30)),
         *[account(f"kid-{i}", "2010-06-01", T - timedelta(days=300)) for i in range(3)])
    results = [send(client, esp, payment(f"kid-{i}", "collector", "25", T + timedelta(hours=i)))
               [0] for i in range(3)]
    assert "hold_payout" not in results[1]["actions"]
    assert {"hold_payout", "freeze_balance"} <= set(results[2]["actions"])
    case = client.get(f"/v1/cases/{results[2]['case_id']}", headers=esp).json()
    assert case["account_id"] == "collector"
    # An ordinary payment between adults is left alone.
    send(client, esp, account("adult-a", "1980-01-01", T - timedelta(days=900)),
         account("adult-b", "1982-01-01", T - timedelta(days=900)))
    [result] = send(client, esp, payment("adult-a", "adult-b", "40", T, memo="dinner"))
    assert result["verdict"] == "allow" and result["case_id"] is None


def test_red_flags_follow_fincen() -> None:
    base = financial.PaymentFacts(payer_minor=True, payee_minor=False, contact_age_days=2,
                                  after_threat=False, after_demand=False, instrument="p2p",
                                  minors_paid_by_payer=0, small_minor_payers_to_payee=1,
                                  minor_payers_to_payee=1)
    assert financial.red_flags(base) == ["minor_pays_recent_contact"]
    crypto = financial.PaymentFacts(**{**base.__dict__, "instrument": "crypto",
                                       "contact_age_days": 200})
    assert financial.red_flags(crypto) == ["gift_card_or_crypto"]
    adult = financial.PaymentFacts(**{**base.__dict__, "payer_minor": False,
                                      "payee_minor": True, "minors_paid_by_payer": 4})
    flags = financial.red_flags(adult)
    assert "adult_pays_many_minors" in flags
    assert financial.case_subject(adult, flags) == "payer"
    assert financial.instrument_of("send the Steam card codes") == "gift_card"
    assert financial.instrument_of("pay to my bitcoin wallet address") == "crypto"
    assert financial.score(["payment_after_threat", "gift_card_or_crypto",
                            "minor_pays_recent_contact"]) == 1.0
