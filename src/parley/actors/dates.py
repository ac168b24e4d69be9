"""The date an undated article speaks from, for resolving dated roles (*US-Präsident* in 2023 vs 2025).

Only a date in the article's URL is trusted (``/2025/03/12/``, ``2025-12/30``): dates and years in
the text mostly name past events (*der 2022 den Krieg befahl*), so they are not used; without a
URL date the dossier's default date applies.
"""

from __future__ import annotations

import re

from parley.model import Article

URL_DATE = re.compile(r"(?<!\d)(20[0-3]\d)[/-](0[1-9]|1[0-2])(?:[/-](0[1-9]|[12]\d|3[01]))?(?!\d)")


def infer_date(doc: Article) -> str | None:
    """``doc.date`` if set, else a date read from the URL (``None`` if there is none)."""
    if doc.date:
        return doc.date
    if doc.url and (m := URL_DATE.search(doc.url)):
        return f"{m.group(1)}-{m.group(2)}-{m.group(3) or '15'}"
    return None
