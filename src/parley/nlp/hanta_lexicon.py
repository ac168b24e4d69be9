"""The shared HanTa tagger, with a precomputed lexicon of its context-free word analyses.

HanTa's two per-word steps, ``analyze_forward(form)`` (log-probabilities of every tag) and
``analyze_viterbi(form, tag)`` (the morpheme segmentation behind the lemma), depend on the word form
only. ``data/hanta_lexicon_de.tsv.gz`` (built by ``training/build_hanta_lexicon.py``) holds their exact
results for frequent forms; lookups replace the computation, so tags and lemmas stay the same. Forms
not in it are analysed by HanTa; all results are memoised per process.

One line per lower-cased form: ``form<TAB>forward<TAB>segmentations`` where ``forward`` is
``tag:logp …`` (empty when HanTa's own cache knows the form) and ``segmentations`` is
``tag=morphtag,end;morphtag,end …`` for each tag the sentence tagger may choose.
"""

from __future__ import annotations

import gzip
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from parley.nlp.hanta_fast import FastAnalyzer, FastSentenceTagger

LEXICON_PATH = Path(str(resources.files("parley.nlp").joinpath("data", "hanta_lexicon_de.tsv.gz")))
HANTA_CACHE = 65_536  # word forms whose HanTa analyses are kept per process (bounded memory)

Forward = list[tuple[int, float]]
Segmentation = list[tuple[int, int]]


def _number(text: str) -> float | int:
    return int(text) if text.lstrip("-").isdigit() else float(text)


def encode_entry(form: str, forward: Forward | None, segmentations: dict[int, Segmentation]) -> str:
    """One lexicon line; floats are written with ``repr`` so they read back bit-identical."""
    fwd = " ".join(f"{tag}:{float(p)!r}" if not isinstance(p, int) else f"{tag}:{p}" for tag, p in forward or [])
    seg = " ".join(f"{tag}=" + ";".join(f"{m},{e}" for m, e in morphs) for tag, morphs in segmentations.items())
    return f"{form}\t{fwd}\t{seg}"


def decode_forward(field: str) -> Forward | None:
    if not field:
        return None
    out = []
    for item in field.split(" "):
        tag, p = item.split(":", 1)
        out.append((int(tag), _number(p)))
    return out


def decode_segmentations(field: str) -> dict[int, Segmentation]:
    out: dict[int, Segmentation] = {}
    for item in field.split(" ") if field else []:
        tag, morphs = item.split("=", 1)
        out[int(tag)] = [(int(m), int(e)) for m, e in (pair.split(",") for pair in morphs.split(";"))]
    return out


@lru_cache(maxsize=1)
def lexicon_lines() -> dict[str, str]:
    """form -> ``forward<TAB>segmentations`` (decoded on lookup); empty when the file is missing."""
    if not LEXICON_PATH.exists():
        return {}
    text = gzip.decompress(LEXICON_PATH.read_bytes()).decode("utf-8")
    lines = text.split("\n")
    start = 1 if lines and lines[0].startswith("#") else 0
    return dict(line.split("\t", 1) for line in lines[start:] if line)


def _forward_lookup(compute: Callable[[str], Forward], lines: dict[str, str]) -> Callable:
    def analyze_forward(word: str) -> Forward:
        entry = lines.get(word)
        found = decode_forward(entry.split("\t", 1)[0]) if entry else None
        return found if found is not None else compute(word)

    return analyze_forward


def _viterbi_lookup(compute: Callable[[str, int], Segmentation], lines: dict[str, str]) -> Callable:
    def analyze_viterbi(word: str, targetpos: int) -> Segmentation:
        entry = lines.get(word)
        segmentations = entry.split("\t", 1)[1] if entry else ""
        if segmentations:
            found = decode_segmentations(segmentations).get(-targetpos)
            if found is not None:
                return found
        return compute(word, targetpos)

    return analyze_viterbi


def load_tagger(lexicon: bool = True) -> Any:
    """HanTa's German model with the fast word analyses, the lexicon (optional) and memoisation."""
    from HanTa import HanoverTagger as ht

    tagger = ht.HanoverTagger("morphmodel_ger.pgz")
    fast = FastAnalyzer(tagger)
    forward, viterbi = fast.forward, fast.viterbi
    if lexicon:
        lines = lexicon_lines()
        forward, viterbi = _forward_lookup(forward, lines), _viterbi_lookup(viterbi, lines)
    tagger.analyze_forward = lru_cache(maxsize=HANTA_CACHE)(forward)
    tagger.analyze_viterbi = lru_cache(maxsize=HANTA_CACHE)(viterbi)
    # also pure per word form (and tag): the per-token scoring and lemma building around the above
    tagger._tag_word = lru_cache(maxsize=HANTA_CACHE)(tagger._tag_word)
    tagger._analyze = lru_cache(maxsize=HANTA_CACHE)(tagger._analyze)
    tagger.tag_sent_viterbi = FastSentenceTagger(tagger)
    return tagger
