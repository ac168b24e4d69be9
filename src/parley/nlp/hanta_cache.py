"""Precomputed HanTa analyses of frequent German word forms, so a fresh process starts warm.

HanTa analyses every new word form from scratch (a search over morpheme segmentations), which
dominates the German pipeline's time until its caches fill. ``data/hanta_de_analyses.json.gz``
holds HanTa's own results for the word forms most frequent in a training corpus, computed with the
shipped model: the per-word tag scores (``analyze_forward``) and the morpheme paths of the tags
the words received (``analyze_viterbi``). They are returned instead of being recomputed, so outputs
are unchanged; other forms are analysed and memoised as before.

Rebuild (after a HanTa or model update) from the WikiNews training split:

    .venv/bin/python -m parley.nlp.hanta_cache \
        ../shared/data/german-news-quotation-attribution-2024/data/train --top 20000
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

DATA = "data/hanta_de_analyses.json.gz"
Forward = list[tuple[int, float]]  # (tag, log probability) per tag, HanTa's order
Path_ = list[tuple[int, int]]  # (morpheme tag, end offset) per morpheme


def _data_path() -> Path:
    return Path(str(resources.files("parley.nlp").joinpath(DATA)))


@lru_cache(maxsize=1)
def precomputed() -> tuple[dict[str, Forward], dict[tuple[str, int], Path_]]:
    """(word → tag scores, (word, tag) → morpheme path); empty when the data file is absent."""
    path = _data_path()
    if not path.is_file():
        return {}, {}
    raw = json.loads(gzip.decompress(path.read_bytes()).decode("utf-8"))
    forward = {w: [(t, p) for t, p in scores] for w, scores in raw["forward"].items()}
    viterbi = {(w, t): [(m, e) for m, e in steps] for w, t, steps in raw["viterbi"]}
    return forward, viterbi


def preloaded(table: dict[Any, Any], compute: Callable[..., Any], maxsize: int) -> Callable[..., Any]:
    """``compute`` memoised, answering from ``table`` first (keys: the single argument, or the tuple)."""
    cached = lru_cache(maxsize=maxsize)(compute)

    def lookup(*args: Any) -> Any:
        hit = table.get(args[0] if len(args) == 1 else args)
        return hit if hit is not None else cached(*args)

    return lookup


def build(texts: list[str], top: int) -> dict[str, Any]:
    """Tag ``texts`` with a recording tagger and keep the analyses of the ``top`` most frequent forms."""
    from parley.nlp import german

    tagger = german.make_hanta(precompute=False)
    forward_keys: set[str] = set()
    viterbi_keys: set[tuple[str, int]] = set()
    forward, viterbi = tagger.analyze_forward, tagger.analyze_viterbi

    def record_forward(word: str) -> Any:
        forward_keys.add(word)
        return forward(word)

    def record_viterbi(word: str, tag: int) -> Any:
        viterbi_keys.add((word, tag))
        return viterbi(word, tag)

    tagger.analyze_forward, tagger.analyze_viterbi = record_forward, record_viterbi
    counts: Counter[str] = Counter()
    for text in texts:
        _sentences, tokens = german.split_tokens(text)
        by_sent: dict[int, list[str]] = {}
        for tok in tokens:
            by_sent.setdefault(tok.sent, []).append(tok.text)
        for words in by_sent.values():
            tagger.tag_sent(words, taglevel=1)
            counts.update(w.lower() for w in words)
    keep = {w for w, _ in counts.most_common(top)}
    return {
        "forward": {w: forward(w) for w in sorted(forward_keys) if w in keep},
        "viterbi": [[w, t, viterbi(w, t)] for w, t in sorted(viterbi_keys) if w in keep],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description="Precompute HanTa analyses of frequent word forms.")
    ap.add_argument("corpus", type=Path, help="WikiNews split folder (*.json with originalText)")
    ap.add_argument("--top", type=int, default=20000, help="number of most frequent word forms")
    args = ap.parse_args()
    texts = [json.loads(f.read_text(encoding="utf-8"))["originalText"] for f in sorted(args.corpus.glob("*.json"))]
    table = build(texts, args.top)
    payload = json.dumps(table, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    _data_path().write_bytes(gzip.compress(payload, mtime=0))
    print(f"{len(table['forward'])} word forms, {len(table['viterbi'])} paths → {_data_path()}")


if __name__ == "__main__":
    main()
