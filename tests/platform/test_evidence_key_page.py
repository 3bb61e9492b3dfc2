"""The console's evidence key page: ``childguard evidence-key status`` for administrators
(configured keys, what each still seals, a missing key, which old keys can be dropped)."""

from __future__ import annotations

import base64
import html
import re
from collections.abc import Callable
from typing import Any

import pytest

from childguard.platform import auth, reseal
from childguard.platform.config import reset_settings_cache
from childguard.platform.db import Database
from childguard.platform.keys import SettingsKeyProvider
from childguard.reporting import evidence

PAGE = "/console/admin/evidence-key"
KEY_A, KEY_B, KEY_C = (base64.b64encode(bytes([n]) * 32).decode() for n in (41, 42, 43))
ID_A, ID_B, ID_C = (SettingsKeyProvider.key_id_of(base64.b64decode(k))
                    for k in (KEY_A, KEY_B, KEY_C))


def use_keys(monkeypatch: pytest.MonkeyPatch, current: str, *previous: str) -> None:
    """What an operator does: change the environment and restart."""
    monkeypatch.setenv("CHILDGUARD_EVIDENCE_KEY", current)
    monkeypatch.setenv("CHILDGUARD_EVIDENCE_PREVIOUS_KEYS", ",".join(previous))
    reset_settings_cache()


def store(database: Database, content: bytes) -> None:
    with database.unit_of_work() as s:
        evidence.store(s, case_id="case-key-page", kind="file", content=content, actor="test")


def sign_in(client: Any, make_user: Callable[..., tuple[str, str]], role: str = "admin") -> None:
    username, password = make_user(role)
    response = client.post("/console/login", data={"username": username, "password": password},
                           follow_redirects=False)
    assert response.status_code == 303, response.text


def text(fragment: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", fragment)).split())


def table(page: str, table_id: str) -> list[str]:
    """The body rows of a table, each as its cells' text joined by spaces."""
    found = re.search(rf'<table id="{table_id}">.*?<tbody>(.*?)</tbody>', page, re.S)
    assert found, f"no table {table_id}"
    return [" ".join(text(cell) for cell in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S))
            for row in re.findall(r"<tr[^>]*>(.*?)</tr>", found.group(1), re.S)]


def banner(page: str, banner_id: str) -> str | None:
    found = re.search(rf'<(p|div) class="banner [a-z]+" role="[a-z]+" id="{banner_id}">(.*?)</\1>',
                      page, re.S)
    return text(found.group(2)) if found else None


def test_the_admin_sees_the_keys_and_that_everything_is_under_the_current_key(
        client: Any, database: Database, make_user: Callable[..., tuple[str, str]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    use_keys(monkeypatch, KEY_A)
    store(database, b"evidence one")
    store(database, b"evidence two")
    sign_in(client, make_user)
    admin = client.get("/console/admin")
    assert f'href="{PAGE}"' in admin.text  # linked from the Administration page

    page = client.get(PAGE)
    assert page.status_code == 200
    assert table(page.text, "configured-keys") == [f"{ID_A} current CHILDGUARD_EVIDENCE_KEY 2"]
    assert f"evidence items {ID_A} 2 current" in table(page.text, "sealed-by-key")
    assert "webhook signing secrets none sealed" in table(page.text, "sealed-by-key")
    assert banner(page.text, "key-ok") == f"Everything is sealed under the current key {ID_A}."
    assert banner(page.text, "key-missing") is None and banner(page.text, "key-reseal") is None
    assert "No previous keys are configured." in page.text
    assert KEY_A not in page.text  # key ids only, never key material
    assert '<a href="/console/admin" aria-current="page">Administration</a>' in page.text


def test_after_a_rotation_the_old_key_count_and_the_reseal_command_are_shown(
        client: Any, database: Database, make_user: Callable[..., tuple[str, str]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    use_keys(monkeypatch, KEY_A)
    store(database, b"sealed before the rotation")
    use_keys(monkeypatch, KEY_B, KEY_A)
    store(database, b"sealed after the rotation")
    sign_in(client, make_user)

    page = client.get(PAGE)
    assert page.status_code == 200
    assert table(page.text, "configured-keys") == [
        f"{ID_B} current CHILDGUARD_EVIDENCE_KEY 1",
        f"{ID_A} previous CHILDGUARD_EVIDENCE_PREVIOUS_KEYS entry 1 1"]
    sealed = table(page.text, "sealed-by-key")
    assert f"evidence items {ID_A} 1 previous key: to re-seal" in sealed
    assert f"evidence items {ID_B} 1 current" in sealed
    assert banner(page.text, "key-reseal") == (
        f"1 value is not sealed under the current key {ID_B}. Run childguard evidence-key "
        "reseal (first with --dry-run) to re-seal it.")
    assert '<code class="command">childguard evidence-key reseal</code>' in page.text
    assert banner(page.text, "key-ok") is None
    assert "No previous key can be dropped yet" in page.text
    assert KEY_A not in page.text and KEY_B not in page.text

    # After the re-seal the page says the old key can go, as the CLI does.
    reseal.reseal(database, actor="test")
    page = client.get(PAGE)
    assert banner(page.text, "key-ok") == f"Everything is sealed under the current key {ID_B}."
    assert f"{ID_A} previous CHILDGUARD_EVIDENCE_PREVIOUS_KEYS entry 1 0" in table(
        page.text, "configured-keys")
    assert f"previous key {ID_A} (CHILDGUARD_EVIDENCE_PREVIOUS_KEYS entry 1) seals nothing " \
           "any more: remove it from CHILDGUARD_EVIDENCE_PREVIOUS_KEYS and restart" in text(
               page.text)


def test_a_value_sealed_with_a_key_that_is_not_configured_is_an_error_naming_it(
        client: Any, database: Database, make_user: Callable[..., tuple[str, str]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    use_keys(monkeypatch, KEY_A)
    store(database, b"sealed with A")
    use_keys(monkeypatch, KEY_C, KEY_B)  # a new key, and the old one (A) forgotten
    sign_in(client, make_user)

    page = client.get(PAGE)
    assert page.status_code == 200
    shown = banner(page.text, "key-missing")
    assert shown is not None
    assert f"1 evidence item sealed with key {ID_A}: that key is not configured; add it to " \
           "CHILDGUARD_EVIDENCE_PREVIOUS_KEYS (comma-separated) and restart" in shown
    assert '<div class="banner error" role="alert" id="key-missing">' in page.text
    assert f"evidence items {ID_A} 1 key not configured" in table(page.text, "sealed-by-key")
    assert table(page.text, "configured-keys") == [
        f"{ID_C} current CHILDGUARD_EVIDENCE_KEY 0",
        f"{ID_B} previous CHILDGUARD_EVIDENCE_PREVIOUS_KEYS entry 1 0"]
    assert banner(page.text, "key-ok") is None and banner(page.text, "key-reseal") is None
    # B seals nothing, but no key is offered for dropping while one is missing.
    assert "Configure the missing key first" in page.text and 'id="droppable"' not in page.text


@pytest.mark.parametrize("role", sorted(set(auth.ROLES) - {"admin"}))
def test_other_roles_get_the_refusal_of_the_administration_page(
        client: Any, make_user: Callable[..., tuple[str, str]], role: str) -> None:
    assert client.get(PAGE).status_code == 401
    sign_in(client, make_user, role)
    for accept in ("application/json", "text/html"):
        refused = client.get(PAGE, headers={"Accept": accept})
        admin = client.get("/console/admin", headers={"Accept": accept})
        assert refused.status_code == admin.status_code == 403
        assert refused.text == admin.text
        assert f"your role ({role}) cannot open this page" in refused.text
