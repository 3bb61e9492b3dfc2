"""NCMEC hash-sharing API (v2, XML, HTTP Basic) client and exchange.

Not the CyberTipline: this API shares fingerprints of confirmed material among members
(Industry, NGO and Exploitative environments). ``GET /v2/entries?from=&to=`` answers a time
window in pages of up to 1,000 entries; each page names the next one
(``<paging><next>/v2/entries?...&start=&size=&max=</next></paging>``). Entries are **not** in
time order, so the ``maxTimestamp`` of a page says nothing about what is left: the
checkpoint moves only after every page of a window is applied. Removed entries come as
``<deletedImage>``/``<deletedVideo>`` tombstones. Feedback is
``PUT /v2/entries/{espId}/{entryId}/{FP_TYPE}/feedback`` with an affirmative or a negative
(with reason guids from ``GET /v2/feedback/{FP_TYPE}/reasons``) submission.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, ClassVar
from urllib.parse import parse_qs, urlsplit

import httpx
from lxml import etree
from pydantic import Field

from childguard.exchange.interface import (
    Exchange,
    ExchangeSettings,
    FetchBatch,
    Fingerprint,
    Opinion,
    Record,
    exchange,
)
from childguard.platform.errors import InvalidInput

NS = "https://hashsharing.ncmec.org/hashsharing/v2"
DATE_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
ENVIRONMENTS = {
    "industry": "https://report.cybertip.org/hashsharing",
    "ngo": "https://hashsharing.ncmec.org/npo",
    "exploitative": "https://hashsharing.ncmec.org/exploitative",
    "test_industry": "https://exttest.cybertip.org/hashsharing",
    "test_ngo": "https://hashsharing-test.ncmec.org/npo",
    "test_exploitative": "https://hashsharing-test.ncmec.org/exploitative",
}
# NCMEC fingerprint tag -> childguard signal type, per entry kind. Others (NETCLEAN,
# VIDENTIFIER, TMK_PDQF, SSVH_*) have no matcher here and are dropped.
IMAGE_FINGERPRINTS = {"md5": "md5", "sha1": "sha1", "pdq": "pdq", "pdna": "photodna"}
VIDEO_FINGERPRINTS = {"md5": "video_md5"}
FP_TYPE = {"md5": "MD5", "sha1": "SHA1", "pdq": "PDQ", "photodna": "PDNA",
           "video_md5": "MD5"}


def format_time(ts: int) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime(DATE_FORMAT)


def parse_time(text: str) -> int:
    return int(datetime.strptime(text, DATE_FORMAT).replace(tzinfo=UTC).timestamp())


def _local(tag: Any) -> str:
    return str(tag).rsplit("}", 1)[-1]


def _child(el: Any, name: str) -> Any:
    for c in el:
        if _local(c.tag) == name:
            return c
    return None


@dataclass(frozen=True)
class Entry:
    id: str
    member_id: int
    kind: str  # image | video
    deleted: bool
    timestamp: int | None
    classification: str | None
    fingerprints: dict[str, str]


@dataclass(frozen=True)
class EntriesPage:
    entries: list[Entry]
    max_timestamp: int | None
    next: str


class NCMECHashClient:
    """A thin client; one instance per collaboration."""

    def __init__(self, base_url: str, username: str, password: str, *,
                 http: httpx.Client | None = None, timeout: float = 60.0):
        self.base_url = base_url.rstrip("/")
        self.http = http or httpx.Client(timeout=timeout)
        self.auth = httpx.BasicAuth(username, password)

    def _get(self, path: str, params: dict[str, Any] | None = None) -> Any:
        response = self.http.get(self.base_url + path, params=params, auth=self.auth)
        response.raise_for_status()
        return etree.fromstring(response.content, parser=etree.XMLParser(resolve_entities=False,
                                                                        no_network=True))

    def status(self) -> tuple[int, str]:
        """Who we are: (ESP id, member name)."""
        member = _child(self._get("/v2/status"), "member")
        return int(member.get("id")), str(member.text or "")

    def members(self) -> dict[int, str]:
        root = self._get("/v2/members")
        return {int(m.get("id")): str(m.text or "") for m in root if _local(m.tag) == "member"}

    def entries(self, *, start: int, end: int, next_: str = "") -> EntriesPage:
        if next_:
            root = self._get(next_)
        else:
            root = self._get("/v2/entries", {"from": format_time(start), "to": format_time(end)})
        out: list[Entry] = []
        max_ts: int | None = None
        for group in root:
            name = _local(group.tag)
            if name not in ("images", "videos"):
                continue
            if group.get("maxTimestamp"):
                ts = parse_time(group.get("maxTimestamp"))
                max_ts = ts if max_ts is None else max(max_ts, ts)
            for el in group:
                tag = _local(el.tag)
                deleted = tag.startswith("deleted")
                kind = tag.removeprefix("deleted").lower()
                member = _child(el, "member")
                stamp = _child(el, "timestamp")
                klass = _child(el, "classification")
                fps = _child(el, "fingerprints")
                out.append(Entry(
                    id=str(_child(el, "id").text), member_id=int(member.get("id")),
                    kind=kind, deleted=deleted,
                    timestamp=parse_time(stamp.text) if stamp is not None else None,
                    classification=(klass.text or None) if klass is not None else None,
                    fingerprints={_local(f.tag).lower(): str(f.text or "").strip()
                                  for f in (fps if fps is not None else []) if f.text}))
        paging = _child(root, "paging")
        nxt = _child(paging, "next") if paging is not None else None
        return EntriesPage(out, max_ts, str(nxt.text or "") if nxt is not None else "")

    def feedback_reasons(self, fp_type: str) -> list[dict[str, str]]:
        root = self._get(f"/v2/feedback/{fp_type}/reasons")
        return [{"guid": str(r.get("guid")), "name": str(r.get("name")),
                 "type": str(r.get("type"))} for r in root if _local(r.tag) == "reason"]

    def send_feedback(self, esp_id: int, entry_id: str, fp_type: str, *, affirmative: bool,
                      reason_ids: list[str]) -> None:
        root = etree.Element(f"{{{NS}}}feedbackSubmission", nsmap={None: NS})
        if affirmative:
            etree.SubElement(root, f"{{{NS}}}affirmative")
        else:
            negative = etree.SubElement(root, f"{{{NS}}}negative")
            ids = etree.SubElement(negative, f"{{{NS}}}reasonIds")
            for guid in reason_ids:
                etree.SubElement(ids, f"{{{NS}}}guid").text = guid
        response = self.http.put(
            f"{self.base_url}/v2/entries/{esp_id}/{entry_id}/{fp_type}/feedback",
            content=etree.tostring(root, xml_declaration=True, encoding="UTF-8"),
            headers={"Content-Type": "application/xml"}, auth=self.auth)
        response.raise_for_status()


def next_page_size(next_: str) -> tuple[int, int, int] | None:
    """(start, size, max) from a paging link, or None."""
    query = parse_qs(urlsplit(next_).query)
    try:
        return int(query["start"][0]), int(query["size"][0]), int(query["max"][0])
    except (KeyError, ValueError, IndexError):
        return None


class NCMECSettings(ExchangeSettings):
    base_url: str | None = Field(default=None, description="Default: the configured "
                                 "exchange_ncmec_base_url (the local sandbox)")
    environment: str = Field(default="test_industry", description="Label only; the URL wins")
    username: str = "sandbox"
    password: str = "sandbox"  # noqa: S105 - the local sandbox's, not a secret
    start_time: int = Field(default=0, ge=0, description="Unix time to fetch from the first "
                            "time")
    window_seconds: int = Field(default=86_400, ge=60, le=366 * 86_400)
    only_esp_ids: list[int] = Field(default_factory=list)
    timeout_seconds: float = Field(default=60.0, gt=0, le=600)


@exchange
class NCMECExchange(Exchange):
    kind = "ncmec"
    description = "NCMEC hash-sharing API (Industry / NGO / Exploitative lists)"
    settings_model = NCMECSettings
    supports_feedback = True
    bank_source = "ncmec"
    # A window with more pages than this is split next time; one with less than one page
    # is doubled, so a quiet list is walked in few requests.
    MAX_PAGES_PER_WINDOW: ClassVar[int] = 10

    settings: NCMECSettings

    def client(self) -> NCMECHashClient:
        from childguard.platform.config import get_settings

        # The real environments are listed in ENVIRONMENTS; nothing leaves the machine
        # unless an operator sets one of them as the base URL.
        base = self.settings.base_url or get_settings().exchange_ncmec_base_url
        return NCMECHashClient(base, self.settings.username, self.settings.password,
                               http=self.http, timeout=self.settings.timeout_seconds)

    def now(self) -> int:
        return int(time.time())

    def fetch(self, checkpoint: dict[str, Any]) -> Iterator[FetchBatch]:
        client = self.client()
        start = int(checkpoint.get("from", self.settings.start_time))
        window = int(checkpoint.get("window", self.settings.window_seconds))
        now = self.now()
        while start < now:
            end = min(start + window, now)
            next_ = ""
            pages = 0
            while True:
                page = client.entries(start=start, end=end, next_=next_)
                pages += 1
                yield FetchBatch(self._records(page.entries), checkpoint=None,
                                 progress={"window_from": start, "window_to": end,
                                           "page": pages})
                next_ = page.next
                if not next_:
                    break
            # The whole window is applied: only now may the checkpoint pass it.
            if pages > self.MAX_PAGES_PER_WINDOW:
                window = max(60, window // 2)
            elif pages == 1:
                window = min(window * 2, 366 * 86_400)
            start = end
            yield FetchBatch([], checkpoint={"from": start, "window": window})

    def _records(self, entries: list[Entry]) -> list[Record]:
        out: list[Record] = []
        only = set(self.settings.only_esp_ids)
        for e in entries:
            if only and e.member_id not in only:
                continue
            table = IMAGE_FINGERPRINTS if e.kind == "image" else VIDEO_FINGERPRINTS
            fps = tuple(Fingerprint(table[k], v) for k, v in sorted(e.fingerprints.items())
                        if k in table and v)
            out.append(Record(
                key=f"{e.member_id}/{e.id}", fingerprints=fps,
                classification=e.classification, deleted=e.deleted,
                at=datetime.fromtimestamp(e.timestamp, UTC) if e.timestamp else None,
                tags=(e.kind,)))
        return out

    def feedback_reasons(self, signal_type: str) -> list[dict[str, str]]:
        return self.client().feedback_reasons(FP_TYPE.get(signal_type, signal_type.upper()))

    def send_feedback(self, record_key: str, signal_type: str, opinion: Opinion,
                      reasons: list[str]) -> None:
        esp, _, entry_id = record_key.partition("/")
        if not esp.isdigit() or not entry_id:
            raise InvalidInput(f"not an NCMEC entry key: {record_key!r}")
        fp_type = FP_TYPE.get(signal_type)
        if fp_type is None:
            raise InvalidInput(f"NCMEC takes no feedback on {signal_type} fingerprints")
        if opinion == "negative" and not reasons:
            raise InvalidInput("negative feedback to NCMEC needs at least one reason guid "
                               f"(GET /v2/feedback/{fp_type}/reasons lists them)")
        self.client().send_feedback(int(esp), entry_id, fp_type,
                                    affirmative=opinion == "affirmative", reason_ids=reasons)
