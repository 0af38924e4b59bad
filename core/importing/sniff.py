"""Decide what a file really is, from its bytes, and refuse hostile or broken files early.

Runs before any parser sees the file: size limits, lock files, the zip container's entry
count and compression ratios, and DTDs in XML parts (entity bombs). A worksheet's far-away
cells (which would make a reader allocate a huge grid) are looked for when that sheet is read,
by the streaming scan in core/importing/xlsx_sheet.py, before python-calamine sees any of it.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import defusedxml.ElementTree as SafeET

from core.importing.codes import ImportRefused

XLSX, XLS, ODS, CSV, HTML = "xlsx", "xls", "ods", "csv", "html"


@dataclass(frozen=True)
class Limits:
    """Ceilings that keep a broken or hostile file from taking the machine down."""

    max_file_bytes: int = 200 * 1024 * 1024
    max_zip_entries: int = 10_000
    max_unzipped_bytes: int = 2 * 1024 * 1024 * 1024
    max_ratio: int = 200  # compression ratio allowed for entries bigger than ratio_floor_bytes
    ratio_floor_bytes: int = 20 * 1024 * 1024
    max_rows: int = 1_048_576
    max_columns: int = 1_000
    max_cells: int = 30_000_000


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True)
class Sniffed:
    """What a file is and, for an .xlsx, where each worksheet's XML is."""

    kind: str
    sheet_parts: dict[str, str] = field(default_factory=dict)  # sheet name as Excel shows it -> zip entry


_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_MARK = "EncryptionInfo".encode("utf-16-le")
_HTML_START = re.compile(
    rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|table|head|body|meta)", re.IGNORECASE | re.DOTALL
)
_XML_SPREADSHEET = re.compile(rb"urn:schemas-microsoft-com:office:spreadsheet", re.IGNORECASE)
_DTD = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)


def sniff(path: Path, limits: Limits = DEFAULT_LIMITS) -> Sniffed:
    """Return the real format of ``path`` (XLSX, XLS, ODS, CSV or HTML) or raise ImportRefused.

    Zip-based workbooks are also pre-scanned here, so a file that passes is safe to hand
    to python-calamine.
    """
    name = path.name
    if not path.exists() or not path.is_file():
        raise ImportRefused("file_not_found", file=name)
    size = path.stat().st_size
    if name.startswith("~$"):
        raise ImportRefused("lock_file", file=name)
    if size == 0:
        raise ImportRefused("file_empty", file=name)
    if size > limits.max_file_bytes:
        raise ImportRefused(
            "file_too_large", size_mb=size // (1024 * 1024), limit_mb=limits.max_file_bytes // (1024 * 1024)
        )
    try:
        with path.open("rb") as handle:
            head = handle.read(64 * 1024)
    except OSError as exc:
        raise ImportRefused("file_unreadable", file=name) from exc
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _check_zip(path, limits)
    if head.startswith(_OLE_MAGIC):
        if _ole_is_encrypted(path):
            raise ImportRefused("encrypted_workbook", file=name)
        return Sniffed(XLS)
    if _looks_like_lock_file(head, size):
        raise ImportRefused("lock_file", file=name)
    if b"\x00" in head[:4096] and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportRefused("unknown_format", file=name)
    stripped = head.lstrip(b"\xef\xbb\xbf")
    if _XML_SPREADSHEET.search(stripped[:4096]):
        raise ImportRefused("unknown_format", file=name)
    if _HTML_START.match(stripped):
        if _DTD.search(stripped[:4096]) and b"<!ENTITY" in stripped[:4096].upper():
            raise ImportRefused("xml_unsafe")
        return Sniffed(HTML)
    return Sniffed(CSV)


def _looks_like_lock_file(head: bytes, size: int) -> bool:
    """Excel/WPS owner files: 162 or 165 bytes, starting with the owner name's length."""
    return size in (162, 165) and 0 < head[0] <= 54


def _ole_is_encrypted(path: Path) -> bool:
    """An OLE container holding an ``EncryptionInfo`` stream is a password-protected xlsx."""
    with path.open("rb") as handle:
        data = handle.read(4 * 1024 * 1024)
    return _ENCRYPTED_MARK in data


def _check_zip(path: Path, limits: Limits) -> Sniffed:
    name = path.name
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ImportRefused("corrupt_workbook", file=name) from exc
    with archive:
        entries = archive.infolist()
        if len(entries) > limits.max_zip_entries:
            raise ImportRefused("zip_too_many_entries", count=len(entries), limit=limits.max_zip_entries)
        total = 0
        for entry in entries:
            total += entry.file_size
            ratio = entry.file_size // max(entry.compress_size, 1)
            if (
                entry.file_size > limits.ratio_floor_bytes and ratio > limits.max_ratio
            ) or total > limits.max_unzipped_bytes:
                raise ImportRefused(
                    "zip_bomb", entry=entry.filename[-40:], ratio=ratio, size_mb=entry.file_size // (1024 * 1024)
                )
        names = {entry.filename for entry in entries}
        if "xl/workbook.xml" in names or "xl/workbook.bin" in names:
            kind = XLSX
            # as python-calamine finds them: part names compare without regard to case
            sheets = sorted(n for n in names if n.lower().startswith("xl/worksheets/") and n.lower().endswith(".xml"))
        elif "content.xml" in names and _is_ods(archive):
            kind = ODS
            sheets = []
        else:
            raise ImportRefused("zip_not_workbook", file=name)
        parts: dict[str, str] = {}
        try:
            for entry_name in sorted(n for n in names if n.endswith((".xml", ".rels", ".vml"))):
                _check_no_dtd(archive, entry_name)
            titles = _sheet_titles(archive) if kind == XLSX else {}
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, SafeET.ParseError) as exc:
            raise ImportRefused("corrupt_workbook", file=name) from exc
        by_part = {target.lower(): title for target, title in titles.items()}
        for sheet_part in sheets:
            parts[by_part.get(sheet_part.lower(), sheet_part.rsplit("/", 1)[-1][:-4])] = sheet_part
    return Sniffed(kind, parts)


def _sheet_titles(archive: zipfile.ZipFile) -> dict[str, str]:
    """Map worksheet parts (``xl/worksheets/sheet1.xml``) to the sheet names Excel shows."""
    try:
        workbook = SafeET.fromstring(archive.read("xl/workbook.xml"))
        rels = SafeET.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except KeyError:
        return {}
    targets = {}
    for rel in rels:
        target = rel.get("Target", "")
        target = target.lstrip("/") if target.startswith("/") else "xl/" + target
        targets[rel.get("Id")] = target
    titles = {}
    for element in workbook.iter():
        if element.tag.endswith("}sheet"):
            rid = next((v for k, v in element.attrib.items() if k.endswith("}id")), None)
            if rid in targets:
                titles[targets[rid]] = element.get("name", "")
    return titles


def _is_ods(archive: zipfile.ZipFile) -> bool:
    try:
        mimetype = archive.read("mimetype")[:100]
    except KeyError:
        return True
    return b"opendocument.spreadsheet" in mimetype


def _check_no_dtd(archive: zipfile.ZipFile, entry_name: str) -> None:
    """A DTD may only stand in an XML prolog, so the first bytes of each part tell."""
    with archive.open(entry_name) as handle:
        start = handle.read(8192)
    if _DTD.search(start):
        raise ImportRefused("xml_unsafe")
