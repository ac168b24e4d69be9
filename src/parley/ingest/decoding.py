"""Turn raw file bytes into text, or a one-line reason why not.

Policy (documented for users in ``parley ingest --help``):

1. A byte-order mark decides: UTF-32, UTF-16 or UTF-8 (``utf-8-sig``); UTF-16 without a BOM is
   recognised by its NUL high bytes in one byte column.
2. Without a BOM, strict UTF-8.
3. Failing that, Windows-1252 (a superset of Latin-1 used by legacy German/English sites) — but
   only if every byte is defined in cp1252 and no control characters appear; such text is accepted
   and its encoding recorded in ``Article.meta["encoding"]``.
4. Anything else is refused ("undecodable bytes …") rather than guessed.

Binary files (NUL bytes, known magic numbers, many control bytes) are refused before decoding.
"""

from __future__ import annotations

import codecs
import re

SNIFF_BYTES = 8192

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF document"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"PK\x03\x04", "ZIP archive (or DOCX/ODT/XLSX)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"\x7fELF", "ELF executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office (OLE) document"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
)

# C0 control bytes that never occur in text files (tab, LF, FF, CR and ESC are allowed).
_CONTROL = set(range(0x00, 0x09)) | {0x0B} | set(range(0x0E, 0x1B)) | set(range(0x1C, 0x20))
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


class DecodeError(ValueError):
    """The bytes are binary or in no accepted encoding; ``str(exc)`` is the one-line reason."""


def bom_encoding(head: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding
    return None


def utf16_without_bom(head: bytes) -> str | None:
    """``utf-16-le``/``utf-16-be`` when ``head`` looks like BOM-less UTF-16 text: NUL high bytes in
    one byte column (Latin script), none in the other, and it decodes to printable text."""
    sample = head[: len(head) // 2 * 2]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    zeros_even, zeros_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    for encoding, zeros, other in (("utf-16-le", zeros_odd, zeros_even), ("utf-16-be", zeros_even, zeros_odd)):
        if zeros >= 0.3 and other <= 0.02:
            try:
                text = codecs.getincrementaldecoder(encoding)().decode(sample, final=False)
            except UnicodeDecodeError:
                continue
            if not _CONTROL_CHARS.search(text):
                return encoding
    return None


def binary_reason(head: bytes) -> str | None:
    """Why ``head`` (the first bytes of a file) looks binary, or None if it may be text."""
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return f"binary file ({kind})"
    if bom_encoding(head) in ("utf-16", "utf-32") or utf16_without_bom(head):
        return None
    if b"\x00" in head:
        return "binary file (contains NUL bytes)"
    if head:
        controls = sum(1 for byte in head if byte in _CONTROL)
        if controls / len(head) > 0.05:
            return f"binary file ({controls} control bytes in the first {len(head)})"
    return None


def declared_charset(head: bytes) -> str | None:
    """The ``<meta charset>`` an HTML page declares, if Python knows that codec."""
    match = _META_CHARSET.search(head)
    if not match:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data`` by the policy above; returns ``(text, encoding)`` or raises ``DecodeError``."""
    reason = binary_reason(data[:SNIFF_BYTES])
    if reason:
        raise DecodeError(reason)
    bom = bom_encoding(data) or utf16_without_bom(data[:SNIFF_BYTES])
    if bom:
        try:
            return data.decode(bom), bom
        except UnicodeDecodeError as exc:
            raise DecodeError(f"undecodable bytes: invalid {bom} at byte {exc.start}") from None
    candidates = ["utf-8"] + ([declared] if declared and declared != "utf-8" else [])
    first_error: UnicodeDecodeError | None = None
    for encoding in candidates:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError as exc:
            first_error = first_error or exc
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        assert first_error is not None
        raise DecodeError(
            f"undecodable bytes: not UTF-8 (invalid byte at {first_error.start}) and not cp1252 "
            f"(undefined byte 0x{data[exc.start]:02x} at {exc.start})"
        ) from None
    if _CONTROL_CHARS.search(text):
        raise DecodeError("undecodable bytes: not UTF-8, and control characters rule out cp1252")
    return text, "cp1252"


def has_undecodable(text: str) -> bool:
    """True if ``text`` carries ``surrogateescape`` residue of bytes that were not valid UTF-8."""
    return any("\udc80" <= ch <= "\udcff" for ch in text)
