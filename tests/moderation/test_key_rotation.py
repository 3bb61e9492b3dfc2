"""Rotating CHILDGUARD_EVIDENCE_KEY: evidence, media kept for review and webhook secrets keep
opening through a rotation, ``childguard evidence-key reseal`` moves them to the new key,
and the old key can then be dropped. Also the upgrade from rows that recorded no key id."""

from __future__ import annotations

import base64
import re
import secrets
import time
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from modhelpers import benign_image, media_event
from sqlalchemy import select
from typer.testing import CliRunner

from childguard.cli import app as cli_app
from childguard.moderation import actions, casework
from childguard.moderation.storage import MediaBlob, WebhookEndpoint
from childguard.platform import auth
from childguard.platform.config import reset_settings_cache
from childguard.platform.keys import KeyNotConfigured, SettingsKeyProvider
from childguard.platform.storage import AuditEntry
from childguard.reporting import evidence
from childguard.reporting.storage import EvidenceItem

KEY_A, KEY_B, KEY_C = (base64.b64encode(bytes([n]) * 32).decode() for n in (11, 22, 33))
LEGAL = auth.Principal(kind="user", id="u1", name="legal1", scopes=auth.ROLES["legal"],
                       role="legal")


def key_id(key: str) -> str:
    return SettingsKeyProvider.key_id_of(base64.b64decode(key))


ID_A, ID_B, ID_C = key_id(KEY_A), key_id(KEY_B), key_id(KEY_C)


def use_keys(monkeypatch: pytest.MonkeyPatch, current: str | None,
             previous: tuple[str, ...] = ()) -> None:
    """What an operator does: change the environment and restart."""
    if current is None:
        monkeypatch.delenv("CHILDGUARD_EVIDENCE_KEY", raising=False)
    else:
        monkeypatch.setenv("CHILDGUARD_EVIDENCE_KEY", current)
    monkeypatch.setenv("CHILDGUARD_EVIDENCE_PREVIOUS_KEYS", ",".join(previous))
    reset_settings_cache()


@pytest.fixture(autouse=True)
def _wide_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    # Table cells wrap at the terminal width (80 under pytest-xdist): give them room.
    import childguard.cli

    for console in (childguard.cli.out, childguard.cli.err):
        monkeypatch.setattr(console, "_width", 250)


def cli(*args: str) -> tuple[int, str]:
    """Run ``childguard evidence-key ...``; the output with table borders and line breaks
    taken out, so a row reads as ``cell cell cell``."""
    result = CliRunner().invoke(cli_app, ["evidence-key", *args])
    text = re.sub(r"[\u2500-\u257f]", " ", result.output)
    return result.exit_code, " ".join(text.split())


def snapshot(database: Any) -> dict[str, Any]:
    with database.unit_of_work() as s:
        return {
            "evidence": {e.id: (e.key_id, e.nonce, e.ciphertext)
                         for e in s.scalars(select(EvidenceItem))},
            "media": {b.content_ref: (b.key_id, b.nonce, b.ciphertext)
                      for b in s.scalars(select(MediaBlob))},
            "secrets": {w.id: w.secret for w in s.scalars(select(WebhookEndpoint))},
        }


def sign_in(client: Any, make_user: Any) -> None:
    username, password = make_user("reviewer")
    response = client.post("/console/login", data={"username": username, "password": password,
                                                   "next": "/console/queue"},
                           follow_redirects=False)
    assert response.status_code == 303, response.text


class World:
    """A deployment with one case holding an uploaded picture, one evidence item and a
    webhook receiver; ``check`` asserts that each of them still opens."""

    def __init__(self, client: Any, database: Any, known_bank: Any, receiver: Any,
                 run_jobs: Any, make_api_key: Any, make_user: Any) -> None:
        self.client, self.database, self.known_bank = client, database, known_bank
        self.receiver, self.run_jobs = receiver, run_jobs
        self.headers = make_api_key("events:write")
        hook = client.post("/v1/webhooks", headers=self.headers, json={
            "url": receiver.url, "secret": receiver.secret, "backoff_seconds": 0.02})
        assert hook.status_code == 201, hook.text
        self.image = benign_image(91)
        self.case_id = self.upload(self.image, "pic")
        with database.unit_of_work() as s:
            self.evidence_id = evidence.store(s, case_id=self.case_id, kind="file",
                                              content=self.image, actor="test").id
        sign_in(client, make_user)
        self.uploads = 1

    def upload(self, image: bytes, media_id: str) -> str:
        self.known_bank(image, "A1")
        before = len(self.receiver.received)
        result = self.client.post("/v1/events", headers=self.headers, json={"events": [
            media_event(f"ev-{media_id}", f"acct-{media_id}", image=image,
                        media_id=media_id)]}).json()["results"][0]
        assert result["verdict"] == "hold"
        deadline = time.monotonic() + 10
        while len(self.receiver.received) == before and time.monotonic() < deadline:
            self.run_jobs()
            time.sleep(0.05)
        return str(result["case_id"])

    def check(self) -> None:
        # The evidence, as the legal team reads it.
        with self.database.unit_of_work() as s:
            assert evidence.read(s, self.evidence_id, principal=LEGAL,
                                 purpose="rotation check").content == self.image
            assert casework.media_bytes(s, "media:pic") == self.image
        # The picture on the case page, as a reviewer sees it (blurred rendition).
        page = self.client.get(f"/console/cases/{self.case_id}/media/media:pic")
        assert page.status_code == 200 and page.headers["content-type"] == "image/png"
        # A new action reaches the receiver, signed with the secret it was given.
        self.uploads += 1
        before = len(self.receiver.received)
        self.upload(benign_image(200 + self.uploads), f"more{self.uploads}")
        assert len(self.receiver.received) > before
        assert self.receiver.bad_signatures == 0


@pytest.fixture
def world(client: Any, database: Any, known_bank: Any, receiver: Any, run_jobs: Any,
          make_api_key: Any, make_user: Any, monkeypatch: pytest.MonkeyPatch) -> World:
    use_keys(monkeypatch, KEY_A)
    return World(client, database, known_bank, receiver, run_jobs, make_api_key, make_user)


def under(snap: dict[str, Any], key: str) -> dict[str, int]:
    return {"evidence": sum(v[0] == key for v in snap["evidence"].values()),
            "media": sum(v[0] == key for v in snap["media"].values()),
            "secrets": sum(s.startswith(f"{actions.SEALED_PREFIX}{key}:")
                           for s in snap["secrets"].values())}


def test_rotate_reseal_and_drop_the_old_key(world: World, database: Any,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    world.check()
    sealed_with_a = under(snapshot(database), ID_A)
    assert sealed_with_a == {"evidence": 1, "media": 2, "secrets": 1}

    # Rotate: B is the key, A stays readable.
    use_keys(monkeypatch, KEY_B, (KEY_A,))
    world.check()
    code, shown = cli("status")
    assert code == 0, shown
    assert f"{ID_A} previous CHILDGUARD_EVIDENCE_PREVIOUS_KEYS entry 1 4" in shown
    assert "run `childguard evidence-key reseal`" in shown

    # A dry run opens and checks everything, and changes nothing.
    before = snapshot(database)
    code, shown = cli("reseal", "--dry-run")
    assert code == 0, shown
    assert f"evidence {ID_A} 1" in shown and f"moderation-media {ID_A} 2" in shown
    assert f"webhook-secrets {ID_A} 1" in shown
    assert "would re-seal 4 value(s)" in shown and "nothing was changed" in shown
    assert snapshot(database) == before

    code, shown = cli("reseal", "--batch-size", "1")
    assert code == 0, shown
    assert f"re-sealed 4 value(s) under {ID_B}" in shown
    assert f"previous key {ID_A} (CHILDGUARD_EVIDENCE_PREVIOUS_KEYS entry 1) seals " \
           "nothing any more: remove it from CHILDGUARD_EVIDENCE_PREVIOUS_KEYS" in shown
    after = snapshot(database)
    assert under(after, ID_A) == {"evidence": 0, "media": 0, "secrets": 0}
    assert under(after, ID_B) == {"evidence": 1, "media": len(after["media"]), "secrets": 1}
    with database.unit_of_work() as s:
        summary = s.scalars(select(AuditEntry).where(AuditEntry.action == "keys.reseal")
                            ).one().details
        batches = list(s.scalars(select(AuditEntry).where(
            AuditEntry.action == "keys.reseal.batch")))
    assert summary["to_key_id"] == ID_B
    assert {k: v["resealed"] for k, v in summary["kinds"].items()} == {
        "evidence": 1, "moderation-media": 2, "webhook-secrets": 1}
    assert len(batches) == 4  # one per batch of one
    assert [b.details["refs"] for b in batches if b.details["kind"] == "evidence"] == [
        [world.evidence_id]]

    # A rerun finds nothing to do.
    code, shown = cli("reseal")
    assert code == 0 and "re-sealed 0 value(s)" in shown
    assert snapshot(database) == after

    # Drop A: everything still opens.
    use_keys(monkeypatch, KEY_B)
    world.check()
    code, shown = cli("status")
    assert code == 0 and f"everything is sealed under the current key {ID_B}" in shown


def test_a_key_that_is_not_configured_is_named(world: World, database: Any,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    # The operator set a new key but forgot to keep the old one.
    use_keys(monkeypatch, KEY_C)
    with database.unit_of_work() as s, pytest.raises(KeyNotConfigured) as raised:
        evidence.read(s, world.evidence_id, principal=LEGAL, purpose="check")
    assert ID_A in raised.value.message
    assert "CHILDGUARD_EVIDENCE_PREVIOUS_KEYS" in raised.value.message
    page = world.client.get(f"/console/cases/{world.case_id}/media/media:pic")
    assert page.status_code == 403 and ID_A in page.text

    before = snapshot(database)
    code, shown = cli("status")
    assert code == 1 and f"{ID_A} 1 key not configured" in shown
    code, shown = cli("reseal", "--dry-run")
    assert code == 1
    assert f"1 evidence item sealed with key {ID_A}, which is not configured" in shown
    assert f"1 moderation media file sealed with key {ID_A}, which is not configured" in shown
    assert "keep every previous key" in shown
    code, shown = cli("reseal")
    assert code == 1
    assert "nothing was re-sealed" in shown and ID_A in shown
    assert "1 evidence item, 1 moderation media file, 1 webhook signing secret sealed with " \
           f"key {ID_A}: that key is not configured" in shown
    assert snapshot(database) == before

    # Putting the old key back as a previous key fixes it, without losing anything.
    use_keys(monkeypatch, KEY_C, (KEY_A,))
    code, shown = cli("reseal")
    assert code == 0, shown
    world.check()


def _seal_as_before(key: bytes, content_ref: str, data: bytes) -> tuple[bytes, bytes]:
    """A blob as the release before key ids sealed it."""
    nonce = secrets.token_bytes(12)
    return nonce, AESGCM(key).encrypt(nonce, data, content_ref.encode())


def _make_legacy(database: Any, key: bytes) -> None:
    """Turn every blob and webhook secret into what the previous release stored: sealed
    with ``key``, no key id."""
    with database.unit_of_work() as s:
        for blob in s.scalars(select(MediaBlob)):
            plain = casework.media_bytes(s, blob.content_ref)
            blob.nonce, blob.ciphertext = _seal_as_before(key, blob.content_ref, plain)
            blob.key_id = None
        for ep in s.scalars(select(WebhookEndpoint)):
            secret = actions.open_secret(ep.id, ep.secret).encode()
            nonce = secrets.token_bytes(12)
            sealed = AESGCM(key).encrypt(nonce, secret, f"webhook:{ep.id}".encode())
            ep.secret = "sealed:v1:" + base64.b64encode(nonce + sealed).decode()


def test_a_development_data_directory_from_before_keeps_opening(
        client: Any, database: Any, known_bank: Any, receiver: Any, run_jobs: Any,
        make_api_key: Any, make_user: Any, monkeypatch: pytest.MonkeyPatch,
        settings: Any) -> None:
    # Development mode, no key set. The previous release sealed moderation media and
    # webhook secrets with its own generated file, moderation-media.key.
    use_keys(monkeypatch, None)
    data_dir = Path(settings.data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    old_key = secrets.token_bytes(32)
    old_file = data_dir / "moderation-media.key"
    old_file.write_bytes(base64.b64encode(old_key))
    world = World(client, database, known_bank, receiver, run_jobs, make_api_key, make_user)
    _make_legacy(database, old_key)
    reset_settings_cache()  # restart on the new release
    world.check()

    dev_id = SettingsKeyProvider.key_id_of(
        base64.b64decode((data_dir / "evidence.key").read_text()))
    code, shown = cli("status")
    assert code == 0, shown
    assert f"{key_id(base64.b64encode(old_key).decode())} previous file {old_file}" in shown
    assert "moderation-media not recorded (sealed by an older release) 1" in shown
    assert "webhook-secrets not recorded (sealed by an older release) 1" in shown
    assert "seals nothing any more" not in shown  # unrecorded values may need any key

    code, shown = cli("reseal")
    assert code == 0, shown
    assert f"moderation-media {key_id(base64.b64encode(old_key).decode())} 1" in shown
    assert f"delete {old_file} and restart" in shown
    snap = snapshot(database)
    assert {v[0] for v in snap["media"].values()} == {dev_id}
    assert all(s.startswith(f"sealed:v2:{dev_id}:") for s in snap["secrets"].values())

    old_file.unlink()
    reset_settings_cache()
    world.check()


def test_unrecorded_rows_open_with_the_previous_key_after_a_rotation(
        world: World, database: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    # A production deployment upgraded (rows without key ids, sealed with A), then rotated.
    _make_legacy(database, base64.b64decode(KEY_A))
    use_keys(monkeypatch, KEY_B, (KEY_A,))
    world.check()
    code, shown = cli("reseal", "--dry-run")
    assert code == 0, shown
    assert f"moderation-media {ID_A} 1" in shown and f"webhook-secrets {ID_A} 1" in shown
    code, shown = cli("reseal")
    assert code == 0, shown
    use_keys(monkeypatch, KEY_B)
    world.check()


def test_an_unrecorded_row_no_key_opens_is_reported(
        world: World, database: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    _make_legacy(database, base64.b64decode(KEY_C))  # a key nobody configured any more
    use_keys(monkeypatch, KEY_B, (KEY_A,))
    with database.unit_of_work() as s, pytest.raises(Exception) as raised:
        casework.media_bytes(s, "media:pic")
    assert "none of the 2 configured key(s) opens it" in str(raised.value)
    before = snapshot(database)
    code, shown = cli("reseal")
    assert code == 1
    assert "1 moderation media file open with no configured key: media:pic" in shown
    assert "1 webhook signing secret open with no configured key" in shown
    after = snapshot(database)
    assert after["media"] == before["media"] and after["secrets"] == before["secrets"]


def test_signing_secrets_record_their_key(world: World, database: Any) -> None:
    snap = snapshot(database)
    (stored,) = snap["secrets"].values()
    assert stored.startswith(f"sealed:v2:{ID_A}:")
    assert world.receiver.secret not in stored
    (endpoint_id,) = snap["secrets"]
    assert actions.open_secret(endpoint_id, stored) == world.receiver.secret


def test_webhook_delivery_names_a_missing_key(world: World, database: Any,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    use_keys(monkeypatch, KEY_B)
    (endpoint_id, stored), = snapshot(database)["secrets"].items()
    with pytest.raises(KeyNotConfigured) as raised:
        actions.open_secret(endpoint_id, stored)
    assert f"the signing secret of webhook {endpoint_id} was encrypted with key {ID_A}" \
        in raised.value.message
