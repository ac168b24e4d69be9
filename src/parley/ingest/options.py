"""Settings shared by the readers."""

from __future__ import annotations

from dataclasses import dataclass

from parley.ingest.language import DEFAULT_LANGUAGES

DEFAULT_MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class ReadOptions:
    """``max_bytes``: largest file (txt/html/json/feed) or JSONL line accepted; ``languages``: the
    candidates for language detection; ``detect_lang``: detect when a record has no ``lang``."""

    max_bytes: int = DEFAULT_MAX_BYTES
    languages: tuple[str, ...] = DEFAULT_LANGUAGES
    detect_lang: bool = True


def human_bytes(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{int(value)} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} bytes"


_UNITS = {"": 1, "B": 1, "K": 1024, "KB": 1024, "M": 1024**2, "MB": 1024**2, "G": 1024**3, "GB": 1024**3}


def parse_size(value: str) -> int:
    """Bytes from ``"52428800"``, ``"50MB"``, ``"200M"`` or ``"1G"`` (binary units)."""
    text = value.strip().upper().replace(" ", "")
    number = text.rstrip("KMGB")
    unit = text[len(number) :]
    if not number or unit not in _UNITS:
        raise ValueError(f"not a size: {value!r} (use e.g. 50MB)")
    return int(float(number) * _UNITS[unit])
