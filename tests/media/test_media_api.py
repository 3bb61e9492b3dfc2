"""The HTTP surface a service integrates with: hash, lookup, scan, banks, import/export."""

from __future__ import annotations

import io
import json
import time
from typing import Any

import pytest
from mediadata import DATA, bridge_small, encode
from PIL import Image

from childguard.media.signals import pdq_distance
from childguard.platform import audit

bridge_small = pytest.fixture(scope="session")(bridge_small)
DIH = sorted((DATA / "dih").glob("*.jpg"))


def eventually(check: Any, timeout: float = 1.0) -> Any:
    """Retry ``check`` until it returns a truthy value: the contract is "within 1 s"."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(0.02)


def _upload(data: bytes, name: str = "upload.jpg") -> dict[str, Any]:
    return {"file": (name, io.BytesIO(data), "application/octet-stream")}


@pytest.fixture
def admin(make_api_key: Any) -> dict[str, str]:
    return make_api_key(["admin"])


def _hash(client: Any, headers: dict[str, str], data: bytes) -> dict[str, Any]:
    r = client.post("/v1/hash", files=_upload(data), headers=headers)
    assert r.status_code == 200, r.text
    return r.json()


def _make_bank(client: Any, headers: dict[str, str], name: str = "OWN_CONFIRMED",
               **extra: Any) -> dict[str, Any]:
    r = client.post("/v1/banks", json={"name": name, **extra}, headers=headers)
    assert r.status_code == 201, r.text
    return r.json()


def test_scan_blocks_a_resized_copy_of_a_banked_picture_with_provenance(
        client: Any, admin: dict[str, str], database: Any) -> None:
    original = DIH[0].read_bytes()
    pdq = _hash(client, admin, original)["hashes"]["pdq"]
    _make_bank(client, admin, source="ncmec", source_detail="NCMEC industry list")
    r = client.post("/v1/banks/OWN_CONFIRMED/entries", headers=admin, json={
        "signal_type": "pdq", "value": pdq, "classification": "A1", "source_id": "ncmec-123",
        "note": "benign test photo"})
    assert r.status_code == 201, r.text
    with Image.open(DIH[0]) as im:
        copy = encode(im.convert("RGB").resize((640, 402)), "JPEG", quality=70)
    body = eventually(lambda: client.post("/v1/scan", files=_upload(copy), headers=admin).json()
                      if client.post("/v1/lookup", headers=admin, json={"signals": {
                          "pdq": pdq}}).json()["matches"] else None)
    assert body["verdict"]["action"] == "block"
    [match] = body["matches"]
    assert match["bank"] == "OWN_CONFIRMED" and match["classification"] == "A1"
    assert match["source_id"] == "ncmec-123" and 0 < match["distance"] <= 31
    assert match["added_by"].startswith("api_key:")
    r = client.post("/v1/scan", files=_upload(encode(Image.new("RGB", (64, 64), "navy"), "PNG")),
                    headers=admin)
    assert r.json()["verdict"]["action"] == "allow" and r.json()["matches"] == []


def test_lookup_respects_per_bank_thresholds_and_disabling(
        client: Any, admin: dict[str, str]) -> None:
    base = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22"
    near = format(int(base, 16) ^ ((1 << 20) - 1), "064x")  # 20 bits away
    assert pdq_distance(base, near) == 20
    _make_bank(client, admin, "STRICT", thresholds={"pdq": 10})
    _make_bank(client, admin, "LOOSE")
    for bank in ("STRICT", "LOOSE"):
        client.post(f"/v1/banks/{bank}/entries", headers=admin,
                    json={"signal_type": "pdq", "value": base})
    def banks_matching(value: str) -> list[str]:
        r = client.post("/v1/lookup", json={"signals": {"pdq": value}}, headers=admin)
        return [m["bank"] for m in r.json()["matches"]]

    assert eventually(lambda: banks_matching(near)) == ["LOOSE"]
    r = client.post("/v1/lookup", json={"signals": {"pdq": near}}, headers=admin)
    entry_id = r.json()["matches"][0]["entry_id"]
    r = client.patch(f"/v1/banks/LOOSE/entries/{entry_id}", headers=admin,
                     json={"enabled": False, "note": "false positive"})
    assert r.status_code == 200 and r.json()["enabled"] is False
    assert eventually(lambda: banks_matching(near) == [])
    assert banks_matching(base) == ["STRICT"]
    client.patch("/v1/banks/STRICT", json={"enabled": False}, headers=admin)
    assert eventually(lambda: banks_matching(base) == [])
    r = client.post("/v1/lookup", json={"items": [{"signals": {"pdq": base}},
                                                  {"signals": {"pdq": near}}]}, headers=admin)
    assert r.json()["results"] == [{"matches": []}, {"matches": []}]


def test_exact_digests_match_and_batches_answer_in_order(
        client: Any, admin: dict[str, str]) -> None:
    data = DIH[1].read_bytes()
    hashes = _hash(client, admin, data)["hashes"]
    _make_bank(client, admin, "MD5_LIST")
    client.post("/v1/banks/MD5_LIST/entries", headers=admin,
                json={"signal_type": "md5", "value": hashes["md5"].upper()})
    r = eventually(lambda: (x := client.post("/v1/scan", files=_upload(data), headers=admin))
                   .json()["matches"] and x)
    assert [(m["signal_type"], m["distance"]) for m in r.json()["matches"]] == [("md5", 0)]
    other = _hash(client, admin, DIH[2].read_bytes())["hashes"]
    r = client.post("/v1/lookup", headers=admin, json={"items": [
        {"signals": {"md5": other["md5"]}}, {"signals": {"md5": hashes["md5"]}}]})
    assert [len(x["matches"]) for x in r.json()["results"]] == [0, 1]


def test_bad_input_gets_clear_4xx(client: Any, admin: dict[str, str]) -> None:
    r = client.post("/v1/hash", files=_upload(b"not an image at all", "x.jpg"), headers=admin)
    assert r.status_code == 422 and r.json()["error"]["code"] == "unsupported_media"
    r = client.post("/v1/lookup", json={"signals": {"pdq": "abc"}}, headers=admin)
    assert r.status_code == 422 and "64 hexadecimal" in r.json()["error"]["message"]
    r = client.post("/v1/lookup", json={"signals": {"phash": "abc"}}, headers=admin)
    assert r.status_code == 422 and r.json()["error"]["code"] == "unknown_signal_type"
    r = client.post("/v1/banks", json={"name": "bad name!"}, headers=admin)
    assert r.status_code == 422
    _make_bank(client, admin, "DUP")
    assert client.post("/v1/banks", json={"name": "DUP"}, headers=admin).status_code == 409
    r = client.post("/v1/banks", json={"name": "T", "thresholds": {"pdq": 300}}, headers=admin)
    assert r.status_code == 422


def test_scopes_are_enforced(client: Any, make_api_key: Any) -> None:
    reader = make_api_key(["hashes:read"])
    assert client.post("/v1/banks", json={"name": "X"}, headers=reader).status_code == 403
    assert client.get("/v1/banks", headers=reader).status_code == 200
    assert client.get("/v1/banks").status_code == 401


def test_bank_changes_are_audited(client: Any, admin: dict[str, str], database: Any) -> None:
    _make_bank(client, admin, "AUDITED")
    client.post("/v1/banks/AUDITED/entries", headers=admin,
                json={"signal_type": "sha256", "value": "a" * 64})
    client.patch("/v1/banks/AUDITED", json={"thresholds": {"pdq": 20}}, headers=admin)
    with database.unit_of_work() as session:
        actions = [e.action for e in audit.iter_entries(session)]
    assert {"media.bank_created", "media.entry_added", "media.bank_updated"} <= set(actions)


def test_import_and_export_round_trip_in_every_format(
        client: Any, admin: dict[str, str]) -> None:
    _make_bank(client, admin, "PARTNER", source="partner")
    pdqs = [format(i * 7919 + 1, "064x") for i in range(5)]
    jsonl = "\n".join(json.dumps({"signal_type": "pdq", "value": h, "classification": "B1",
                                  "source_id": f"p-{i}"}) for i, h in enumerate(pdqs))
    r = client.post("/v1/banks/PARTNER/import", headers=admin,
                    files=_upload(jsonl.encode(), "list.jsonl"), data={"format": "jsonl"})
    assert r.status_code == 200, r.text
    assert (r.json()["added"], r.json()["rejected"]) == (5, 0)
    txt = "pdq " + pdqs[0] + "\nmd5 " + "b" * 32 + "\nnot-a-line\n"
    r = client.post("/v1/banks/PARTNER/import", headers=admin,
                    files=_upload(txt.encode(), "tx.txt"), data={"format": "txt"})
    assert (r.json()["added"], r.json()["duplicates"], r.json()["rejected"]) == (1, 1, 1)
    csv_text = "signal_type,value,classification\nsha1," + "c" * 40 + ",A2\n"
    r = client.post("/v1/banks/PARTNER/import", headers=admin,
                    files=_upload(csv_text.encode(), "l.csv"), data={"format": "csv"})
    assert r.json()["added"] == 1
    r = client.get("/v1/banks/PARTNER/export?format=jsonl", headers=admin)
    rows = [json.loads(line) for line in r.text.splitlines()]
    assert len(rows) == 7 and {"B1", "A2", None} == {x["classification"] for x in rows}
    r = client.get("/v1/banks/PARTNER/export?format=txt", headers=admin)
    assert f"pdq {pdqs[3]}" in r.text.splitlines()
    r = client.get("/v1/banks/PARTNER/export?format=csv", headers=admin)
    assert r.text.splitlines()[0].startswith("signal_type,value")


def test_ncmec_entries_import_keeps_provenance(client: Any, admin: dict[str, str]) -> None:
    _make_bank(client, admin, "NCMEC", source="ncmec")
    xml = f"""<?xml version="1.0"?>
<queryResult><images>
 <image><id>1001</id><member id="42">Example ESP</member><classification>A1</classification>
  <fingerprints><md5>{"d" * 32}</md5><pdq>{"e" * 64}</pdq><photodna>AAAA</photodna></fingerprints>
 </image>
 <deletedImage><id>1002</id><member id="42">Example ESP</member></deletedImage>
</images></queryResult>"""
    r = client.post("/v1/banks/NCMEC/import", headers=admin,
                    files=_upload(xml.encode(), "ncmec.xml"), data={"format": "ncmec"})
    assert r.status_code == 200, r.text
    assert r.json()["added"] == 2 and r.json()["rejected"] == 1
    r = eventually(lambda: (x := client.post("/v1/lookup", json={"signals": {"md5": "d" * 32}},
                                             headers=admin)).json()["matches"] and x)
    [match] = r.json()["matches"]
    assert match["source_id"] == "1001" and match["classification"] == "A1"
    assert match["metadata"]["ncmec_member_id"] == "42"


def test_ncmec_export_round_trips_entries_and_tombstones(client: Any,
                                                         admin: dict[str, str]) -> None:
    _make_bank(client, admin, "FROM_NCMEC", source="ncmec")
    xml = f"""<?xml version="1.0"?>
<queryResult><images>
 <image><id>2001</id><member id="42">Example ESP</member><classification>A2</classification>
  <fingerprints><md5>{"1" * 32}</md5><pdq>{"2" * 64}</pdq></fingerprints></image>
 <image><id>2002</id><classification>B1</classification>
  <fingerprints><sha1>{"3" * 40}</sha1></fingerprints></image>
</images><videos>
 <video><id>2003</id><fingerprints><md5>{"4" * 32}</md5></fingerprints></video>
</videos></queryResult>"""
    r = client.post("/v1/banks/FROM_NCMEC/import", headers=admin,
                    files=_upload(xml.encode(), "ncmec.xml"), data={"format": "ncmec"})
    assert r.json()["added"] == 4, r.text
    r = client.post("/v1/banks/FROM_NCMEC/entries", headers=admin, json={
        "signal_type": "vpdq", "value": json.dumps(["5" * 64 + ",100,0.000"])})
    assert r.status_code == 201, r.text
    sha1 = client.get("/v1/banks/FROM_NCMEC/entries", headers=admin).json()["entries"][2]
    assert sha1["value"] == "3" * 40
    client.patch(f"/v1/banks/FROM_NCMEC/entries/{sha1['id']}", headers=admin,
                 json={"enabled": False, "note": "withdrawn"})

    r = client.get("/v1/banks/FROM_NCMEC/export", params={"format": "ncmec",
                                                           "include_disabled": "true"},
                   headers=admin)
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/xml")
    exported = r.text
    assert exported.count("<image>") == 1 and exported.count("<video>") == 1
    assert "<deletedImage><id>2002</id>" in exported  # the disabled entry, as a tombstone
    assert "1 vpdq" in exported  # what NCMEC's format cannot carry is said, not dropped

    _make_bank(client, admin, "ROUND_TRIP", source="ncmec")
    r = client.post("/v1/banks/ROUND_TRIP/import", headers=admin,
                    files=_upload(exported.encode(), "again.xml"), data={"format": "ncmec"})
    assert (r.json()["added"], r.json()["rejected"]) == (3, 1), r.text
    again = client.get("/v1/banks/ROUND_TRIP/entries", headers=admin).json()["entries"]
    assert sorted((e["signal_type"], e["value"], e["classification"], e["source_id"])
                  for e in again) == [
        ("md5", "1" * 32, "A2", "2001"), ("pdq", "2" * 64, "A2", "2001"),
        ("video_md5", "4" * 32, None, "2003")]
    assert again[0]["metadata"]["ncmec_member_id"] == "42"
