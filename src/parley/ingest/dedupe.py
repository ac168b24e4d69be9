"""Near-duplicate (wire copy) detection with MinHash over word shingles.

Each stored article keeps its MinHash signature (``minhashes``) and one key per LSH band
(``minhash_bands``), so candidates are found by an indexed ``IN`` query in the database rather than by
loading every signature; a candidate counts as a copy when the estimated Jaccard similarity of the
shingle sets reaches the threshold (0.8 by default).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

NUM_PERM = 128
SHINGLE_WORDS = 3
MIN_SHINGLES = 8  # shorter texts give unreliable estimates; exact copies are caught by the hash
DEFAULT_THRESHOLD = 0.8
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Fingerprint:
    """An article's MinHash signature and the LSH band keys it is indexed under."""

    signature: list[int]
    bands: list[str]


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    words = _WORD.findall(text.lower())
    return {" ".join(words[i : i + size]) for i in range(max(0, len(words) - size + 1))}


@lru_cache(maxsize=8)
def band_layout(threshold: float, num_perm: int = NUM_PERM) -> tuple[int, int]:
    """``(bands, rows)`` that datasketch's LSH picks for ``threshold``."""
    from datasketch import MinHashLSH  # imported on first use: it pulls in scipy

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return lsh.b, lsh.r


def fingerprint(text: str, threshold: float = DEFAULT_THRESHOLD) -> Fingerprint | None:
    """The MinHash fingerprint of ``text``; None when it is too short to compare reliably."""
    grams = shingles(text)
    if len(grams) < MIN_SHINGLES:
        return None
    from datasketch import MinHash

    minhash = MinHash(num_perm=NUM_PERM)
    minhash.update_batch([g.encode("utf-8") for g in grams])
    values = minhash.hashvalues
    bands, rows = band_layout(threshold)
    keys = [
        f"{b}:{hashlib.blake2b(values[b * rows : (b + 1) * rows].tobytes(), digest_size=10).hexdigest()}"
        for b in range(bands)
    ]
    return Fingerprint([int(v) for v in values], keys)


def similarity(first: Sequence[int], second: Sequence[int]) -> float:
    """Estimated Jaccard similarity of two signatures (share of equal MinHash values)."""
    if len(first) != len(second) or not first:
        return 0.0
    return float(np.mean(np.asarray(first) == np.asarray(second)))
