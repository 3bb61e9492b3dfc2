"""The public pages without a browser: forms, tokens, languages, limits, appeals."""

from __future__ import annotations

import re
from typing import Any

import pytest
from publichelpers import decide_case

from childguard.moderation import user_reports


def _token(client: Any, path: str = "/report") -> str:
    page = client.get(path)
    assert page.status_code == 200
    match = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert match, "the form carries a token"
    return match.group(1)


def test_report_form_in_english_and_spanish(client: Any) -> None:
    en = client.get("/report")
    assert en.status_code == 200 and '<html lang="en">' in en.text
    assert "Report something that worries you" in en.text
    es = client.get("/report?lang=es")
    assert '<html lang="es">' in es.text and "Denuncia algo que te preocupa" in es.text
    browser_es = client.get("/report", headers={"Accept-Language": "es-MX,es;q=0.9"})
    assert "Enviar la denuncia" in browser_es.text


def test_filing_without_account_gives_reference_and_outcome(client: Any, database: Any) -> None:
    token = _token(client)
    r = client.post("/report", data={"csrf_token": token, "lang": "en",
                                     "category": "grooming", "account": "acct-adult",
                                     "details": "keeps asking my friend to keep secrets"},
                    follow_redirects=False)
    assert r.status_code == 303
    page = client.get(r.headers["location"])
    assert "Thank you. We have your report." in page.text
    reference = re.search(r'id="reference">([A-Z0-9-]+)<', page.text).group(1)
    assert "No decision yet" in page.text
    with database.unit_of_work() as session:
        case_id = user_reports.get_by_reference(session, reference).case_id
    decide_case(database, case_id, "remove_and_suspend")
    later = client.get("/report/status", params={"ref": reference.lower(), "lang": "es"})
    assert "Eliminamos el contenido y suspendimos la cuenta." in later.text


def test_form_errors_are_named_and_values_kept(client: Any) -> None:
    token = _token(client)
    r = client.post("/report", data={"csrf_token": token, "details": "something"})
    assert r.status_code == 422
    assert "Choose what the report is about." in r.text
    assert "Give the account name or a link." in r.text
    assert "something</textarea>" in r.text and 'aria-invalid="true"' in r.text
    r = client.get("/report/status", params={"ref": "CG-AAAA-BBBB-CCCC"})
    assert r.status_code == 404 and "We found no report with that reference" in r.text


def test_post_without_the_token_is_refused(client: Any) -> None:
    r = client.post("/report", data={"csrf_token": "forged.abc", "category": "other",
                                     "account": "x"})
    assert r.status_code == 403 and "did not come from this site" in r.text
    client.get("/report")  # a cookie now, but a different field value
    r = client.post("/report", data={"csrf_token": "forged.abc", "category": "other",
                                     "account": "x"})
    assert r.status_code == 403


def test_posts_are_rate_limited_per_address(client: Any, settings: Any) -> None:
    token = _token(client)
    limit = settings.public_posts_per_hour
    codes = []
    for i in range(limit + 1):
        r = client.post("/report", data={"csrf_token": token, "lang": "es",
                                         "category": "other", "account": f"acct-{i}"},
                        follow_redirects=False)
        codes.append(r.status_code)
    assert codes[:limit] == [303] * limit
    assert codes[-1] == 429 and "Demasiadas solicitudes" in r.text
    assert int(r.headers["Retry-After"]) > 0
    r = client.post("/report", data={"csrf_token": token, "lang": "en", "category": "other",
                                     "account": "acct-x"})
    assert r.status_code == 429 and "Too many requests from your network" in r.text


def test_appeal_from_statement_of_reasons(client: Any, database: Any, settings: Any) -> None:
    token = _token(client)
    r = client.post("/report", data={"csrf_token": token, "category": "grooming",
                                     "account": "acct-appellant"}, follow_redirects=False)
    reference = r.headers["location"].split("ref=")[1].split("&")[0]
    with database.unit_of_work() as session:
        case_id = user_reports.get_by_reference(session, reference).case_id
    decide_case(database, case_id, "remove_and_restrict")
    from sqlalchemy import select

    from childguard.moderation.storage import Statement

    with database.unit_of_work() as session:
        statement_id = session.scalar(select(Statement.id).where(Statement.case_id == case_id))
    page = client.get("/report/appeal", params={"statement": statement_id})
    assert page.status_code == 200 and "Grooming" in page.text and "a person" in page.text
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
    r = client.post("/report/appeal", data={"csrf_token": token, "statement": statement_id,
                                            "text": "That was a misunderstanding."},
                    follow_redirects=False)
    assert r.status_code == 303
    status = client.get(r.headers["location"])
    assert "We have your appeal." in status.text and "Waiting for a decision" in status.text
    appeal_id = re.search(r'id="appeal-number">([0-9a-f]+)<', status.text).group(1)
    from childguard.moderation import casework
    from childguard.platform.errors import Forbidden

    with database.unit_of_work() as session, pytest.raises(Forbidden):
        casework.decide_appeal(session, appeal_id, casework.Reviewer("u-rev1", "rev1"),
                               outcome="reverse")
    with database.unit_of_work() as session:
        casework.decide_appeal(session, appeal_id, casework.Reviewer("u-rev2", "rev2"),
                               outcome="reverse")
    later = client.get("/report/appeal/status", params={"appeal": appeal_id, "lang": "es"})
    assert "anulamos la decisión" in later.text
