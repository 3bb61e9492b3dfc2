"""Serialise the report model in XSD order, validate it, and parse NCMEC's responses.

Order comes from the model (fields are declared in sequence order); this module only walks
them. Validation runs against the XSD the project maintains
(``reporting/schema/cybertipline.xsd``) and, when one has been fetched from NCMEC's
``GET /xsd``, against that one too (see :mod:`childguard.reporting.xsd`).
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime
from enum import Enum
from functools import lru_cache
from importlib import resources
from typing import Any

from lxml import etree

from childguard.reporting.model import (
    FileDetails,
    Report,
    ReportDoneResponse,
    ReportResponse,
    shape,
)


class SchemaInvalid(Exception):
    """A document does not validate; ``problems`` lists each error with its line."""

    def __init__(self, problems: list[str]):
        super().__init__("; ".join(problems[:5]))
        self.problems = problems


def format_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("CyberTipline date-times need a time zone; got a naive datetime")
        if value.utcoffset() == UTC.utcoffset(None):
            return value.astimezone(UTC).replace(tzinfo=None).isoformat(
                timespec="seconds") + "Z"
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _fill(element: etree._Element, obj: Any) -> None:
    for name, kind, tag, _max in shape(type(obj)):
        value = getattr(obj, name)
        if kind == "attr":
            if value is not None:
                element.set(tag, format_value(value))
        elif kind == "text":
            element.text = format_value(value)
        elif kind == "flag":
            if value:
                etree.SubElement(element, tag)
        elif value is None:
            continue
        elif isinstance(value, list):
            for item in value:
                _child(element, tag, item)
        else:
            _child(element, tag, value)


def _child(parent: etree._Element, tag: str, value: Any) -> None:
    child = etree.SubElement(parent, tag)
    if dataclasses.is_dataclass(value):
        _fill(child, value)
    else:
        child.text = format_value(value)


def to_element(obj: Report | FileDetails) -> etree._Element:
    root = etree.Element("report" if isinstance(obj, Report) else "fileDetails")
    _fill(root, obj)
    return root


def to_xml(obj: Report | FileDetails) -> bytes:
    """UTF-8 XML with a declaration, elements in schema order, no namespace."""
    return etree.tostring(to_element(obj), xml_declaration=True, encoding="UTF-8")


# ----------------------------------------------------------------- validation


@lru_cache(maxsize=1)
def bundled_xsd_bytes() -> bytes:
    return resources.files("childguard.reporting").joinpath(
        "schema/cybertipline.xsd").read_bytes()


@lru_cache(maxsize=8)
def _schema(xsd: bytes) -> etree.XMLSchema:
    return etree.XMLSchema(etree.fromstring(xsd))


def schema_problems(document: bytes, xsd: bytes | None = None) -> list[str]:
    """Errors of ``document`` against ``xsd`` (the bundled one by default); [] when valid."""
    try:
        tree = etree.fromstring(document, parser=etree.XMLParser(resolve_entities=False,
                                                                 no_network=True))
    except etree.XMLSyntaxError as exc:
        return [f"malformed XML: {exc}"]
    schema = _schema(xsd or bundled_xsd_bytes())
    if schema.validate(tree):
        return []
    return [f"line {e.line}: {e.message}" for e in schema.error_log]  # type: ignore[attr-defined]


def validate(document: bytes, *, extra_xsds: list[bytes] | None = None) -> None:
    """Raise :class:`SchemaInvalid` unless ``document`` validates against every schema."""
    problems = schema_problems(document)
    for xsd in extra_xsds or []:
        problems += [f"NCMEC XSD: {p}" for p in schema_problems(document, xsd)]
    if problems:
        raise SchemaInvalid(problems)


# ----------------------------------------------------------------- responses


def _text(root: etree._Element, tag: str) -> str | None:
    found = root.find(tag)
    return found.text.strip() if found is not None and found.text else None


def parse_response(body: bytes) -> ReportResponse | ReportDoneResponse:
    """Parse ``<reportResponse>`` or ``<reportDoneResponse>``."""
    root = etree.fromstring(body, parser=etree.XMLParser(resolve_entities=False,
                                                         no_network=True))
    code = int(_text(root, "responseCode") or "-1")
    report_id_text = _text(root, "reportId")
    report_id = int(report_id_text) if report_id_text else None
    if root.tag == "reportDoneResponse":
        files = [f.text.strip() for f in root.iterfind("files/fileId") if f.text]
        return ReportDoneResponse(response_code=code, report_id=report_id, file_ids=files)
    return ReportResponse(response_code=code,
                          response_description=_text(root, "responseDescription") or "",
                          report_id=report_id, file_id=_text(root, "fileId"),
                          hash=_text(root, "hash"))


def response_xml(code: int, description: str, **fields: Any) -> bytes:
    """A ``<reportResponse>`` document (used by the sandbox)."""
    root = etree.Element("reportResponse")
    etree.SubElement(root, "responseCode").text = str(code)
    etree.SubElement(root, "responseDescription").text = description
    for tag in ("reportId", "fileId", "hash"):
        if fields.get(tag) is not None:
            etree.SubElement(root, tag).text = str(fields[tag])
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def done_response_xml(report_id: int, file_ids: list[str]) -> bytes:
    root = etree.Element("reportDoneResponse")
    etree.SubElement(root, "responseCode").text = "0"
    etree.SubElement(root, "reportId").text = str(report_id)
    files = etree.SubElement(root, "files")
    for file_id in file_ids:
        etree.SubElement(files, "fileId").text = file_id
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")
