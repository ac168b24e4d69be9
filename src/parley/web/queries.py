"""Web-side shaping of the store's read models (``parley.store.read``): safe links and the cleaned
filters of the position list."""

from __future__ import annotations

from urllib.parse import urlsplit

from parley.web.context import clean_date


def safe_url(url: str | None) -> str | None:
    """``url`` if it is an absolute http(s) address, else ``None`` (never render other schemes)."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def position_filters(
    actor: str = "", issue: str = "", stance: str = "", date_from: str = "", date_to: str = "", dossier: str = ""
) -> dict[str, str]:
    """Cleaned filters of the position evidence list (bad dates dropped)."""
    return {"actor": actor.strip()[:200], "issue": issue.strip()[:64], "stance": stance.strip()[:16],
            "date_from": clean_date(date_from), "date_to": clean_date(date_to), "dossier": dossier.strip()[:200]}
