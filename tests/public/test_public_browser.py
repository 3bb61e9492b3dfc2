"""The public pages in Chromium: a report without an account and its outcome, an image
fingerprinted on the device whose later upload is blocked, and an axe-core audit."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from publichelpers import benign_png, decide_case, sha256_of

from childguard.moderation import user_reports

pytestmark = pytest.mark.browser

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def test_report_without_account_then_see_outcome(live_server: Any, page: Any,
                                                 database: Any) -> None:
    page.goto(f"{live_server.url}/report")
    page.get_by_label("An adult trying to get close to a child (grooming)").check()
    page.get_by_label("Account name or ID").fill("acct-stranger")
    page.get_by_label("What happened? (optional)").fill("They keep asking to meet alone.")
    page.get_by_role("button", name="Send the report").click()
    page.get_by_text("Thank you. We have your report.").wait_for()
    reference = page.locator("#reference").inner_text()
    assert reference.startswith("CG-")
    assert "No decision yet" in page.locator("#outcome-text").inner_text()

    with database.unit_of_work() as session:
        case_id = user_reports.get_by_reference(session, reference).case_id
    decide_case(database, case_id, "remove_and_restrict")

    # Later, in a fresh visit, by reference only; the keyboard is enough.
    page.goto(f"{live_server.url}/report/status")
    page.get_by_label("Reference number").fill(reference)
    page.keyboard.press("Enter")
    page.locator("#status-text").wait_for()
    assert page.locator("#status-text").inner_text() == "Decided"
    assert page.locator("#outcome-text").inner_text() == (
        "We removed the content and restricted the account.")


def test_own_image_is_hashed_on_the_device_and_later_uploads_are_blocked(
        live_server: Any, page: Any, tmp_path: Path, client: Any, make_api_key: Any) -> None:
    image = benign_png(seed=7)
    path = tmp_path / "me.png"
    path.write_bytes(image)
    bodies: list[bytes] = []
    page.on("request", lambda r: bodies.append(r.post_data_buffer or b"")
            if r.method == "POST" else None)

    page.goto(f"{live_server.url}/report/my-image?lang=es")
    page.get_by_label("Elige la imagen").set_input_files(str(path))
    page.get_by_text("Huella lista").wait_for()
    page.get_by_role("button", name="Enviar la huella").click()
    page.get_by_text("Hecho. Se bloquearán las subidas de esta imagen.").wait_for()

    assert len(bodies) == 1
    sent = bodies[0]
    fields = dict(p.split("=", 1) for p in sent.decode().split("&"))
    assert set(fields) == {"csrf_token", "lang", "sha256", "pdq", "where"}
    assert fields["sha256"] == sha256_of(image)
    assert image[:64] not in sent and base64.b64encode(image)[:64] not in sent
    assert len(sent) < 400  # a token, a language and a 64-character hash: no image here

    headers = make_api_key(["events:write"])
    upload = {"id": "up-1", "type": "media.uploaded", "account_id": "acct-sharer",
              "ip": "203.0.113.9", "port": 51515, "occurred_at": "2026-11-29T09:00:00+00:00",
              "data": {"media_id": "m-1", "file_b64": base64.b64encode(image).decode()}}
    result = client.post("/v1/events", json={"events": [upload]}, headers=headers).json()
    # Not published: the default rules hold bank matches for a reviewer (operators may
    # choose "block" for the self-reported bank); the match names the bank.
    assert result["results"][0]["verdict"] in ("block", "hold")
    assert result["results"][0]["rules"] == ["known-material-upload"]
    event = client.get("/v1/events/up-1", headers=make_api_key(["cases:read"])).json()
    assert "self-reported" in str(event)
    other = {**upload, "id": "up-2", "data": {"media_id": "m-2", "file_b64": base64.b64encode(
        benign_png(seed=8)).decode()}}
    result = client.post("/v1/events", json={"events": [other]}, headers=headers).json()
    assert result["results"][0]["verdict"] == "allow"


def test_pdq_computed_in_the_browser_matches_the_server(live_server: Any, page: Any) -> None:
    """The perceptual hash the page computes equals (or nearly equals) the media context's."""
    from PIL import Image

    from childguard.media.hashing import pdq_of_pixels

    photo = Path(__file__).resolve().parents[1] / "media" / "data" / "dih" / \
        "bridge-1-original.jpg"  # Meta's benign reference photo of a bridge
    with Image.open(photo) as im:
        server, quality, _ = pdq_of_pixels(np.asarray(im.convert("RGB")))
    assert quality >= 50
    page.goto(f"{live_server.url}/report/my-image")
    page.get_by_label("Choose the image").set_input_files(str(photo))
    page.get_by_text("Fingerprint ready").wait_for()
    browser = page.locator("#pdq").input_value()
    assert len(browser) == 64
    distance = (int(browser, 16) ^ int(server, 16)).bit_count()
    assert distance <= 8, distance  # banks match up to 31


def test_public_pages_pass_axe(live_server: Any, page: Any) -> None:
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    problems = []
    pages = ["/report?lang=es", "/report/my-image", "/report/appeal/status",
             "/report/status?ref=CG-AAAA-BBBB-CCCC"]
    for path in pages:
        page.goto(live_server.url + path)
        results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
        for v in results.response["violations"]:
            if v["impact"] in ("serious", "critical"):
                problems.append((path, v["id"], v["help"]))
    # The form with errors shown, too.
    page.goto(live_server.url + "/report")
    page.get_by_role("button", name="Send the report").click()
    page.locator("#errors").wait_for()
    results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    problems += [("/report (errors)", v["id"], v["help"]) for v in results.response["violations"]
                 if v["impact"] in ("serious", "critical")]
    assert problems == []


def test_report_form_works_without_javascript(live_server: Any, browser: Any) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        pg = context.new_page()
        pg.goto(f"{live_server.url}/report")
        pg.get_by_label("Something else").check()
        pg.get_by_label("Link to the post, profile or message").fill(
            "https://example.org/post/1")
        pg.get_by_role("button", name="Send the report").click()
        pg.get_by_text("Thank you. We have your report.").wait_for()
        pg.goto(f"{live_server.url}/report/my-image")
        assert pg.get_by_label("SHA-256 fingerprint").is_visible()
    finally:
        context.close()
