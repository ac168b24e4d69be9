"""A small German person-name tagger (CRF, BIO over ``PER``) for finding persons outside the dossier.

Trained on the GermEval 2014 NER dev set, evaluated on its test set (``parley_lab.ner_train``;
model card in ``actors/data/NER_MODEL_CARD.md``). Runs on the tokens of ``nlp.de``.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

MODEL = "data/ner_{lang}_per.crfsuite"  # one person-name model per language (German shipped)


def _shape(word: str) -> str:
    out = []
    for ch in word[:6]:
        kind = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        if not out or out[-1] != kind:
            out.append(kind)
    return "".join(out)


def _word_features(word: str, prefix: str) -> dict[str, object]:
    low = word.lower()
    return {
        f"{prefix}low": low,
        f"{prefix}suf3": low[-3:],
        f"{prefix}suf2": low[-2:],
        f"{prefix}pre3": low[:3],
        f"{prefix}shape": _shape(word),
        f"{prefix}title": word[:1].isupper() and word[1:].islower(),
        f"{prefix}upper": word.isupper(),
    }


def sentence_features(words: list[str], tags: list[str]) -> list[dict[str, object]]:
    """Features of each token: its form, shape, affixes and STTS tag, and those of its neighbours."""
    feats = []
    for i, word in enumerate(words):
        f: dict[str, object] = {"bias": 1.0, "first": i == 0, "tag": tags[i], **_word_features(word, "")}
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if 0 <= j < len(words):
                f.update({k: v for k, v in _word_features(words[j], f"{offset}:").items()
                          if not k.endswith(("suf2", "pre3"))})
                f[f"{offset}:tag"] = tags[j]
            else:
                f[f"{offset}:pad"] = True
        feats.append(f)
    return feats


def model_path(lang: str) -> Path:
    return Path(str(resources.files("parley.actors").joinpath(MODEL.format(lang=lang))))


@lru_cache(maxsize=4)
def _tagger(lang: str):  # type: ignore[no-untyped-def]
    import pycrfsuite

    path = model_path(lang)
    if not path.is_file():
        return None
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


def _crfsuite_items(feats: list[dict[str, object]]) -> list[dict[str, object]]:
    """python-crfsuite wants string/float values: booleans become 1.0/0.0, strings stay attributes."""
    items = []
    for f in feats:
        items.append({k: (float(v) if isinstance(v, bool | float | int) else str(v)) for k, v in f.items()})
    return items


_WORD_KEYS = ("low", "suf3", "suf2", "pre3", "shape", "title", "upper")  # ``_word_features`` order
_NEIGHBOUR_FEATURES = ("low", "suf3", "shape", "title", "upper")  # what ``sentence_features`` keeps
_NEIGHBOUR_INDEX = tuple(_WORD_KEYS.index(name) for name in _NEIGHBOUR_FEATURES)
_OFFSETS = (-2, -1, 1, 2)
# attribute names built once: cached items share them instead of holding copies
_NEIGHBOUR_KEYS = {off: tuple(f"{off}:{name}" for name in _NEIGHBOUR_FEATURES) for off in _OFFSETS}
_TAG_KEYS = {off: f"{off}:tag" for off in _OFFSETS}
_PAD_KEYS = {off: f"{off}:pad" for off in _OFFSETS}


@lru_cache(maxsize=65536)
def _word_values(word: str) -> tuple[tuple[object, ...], tuple[object, ...]]:
    """The crfsuite values of ``_word_features(word)`` (in ``_WORD_KEYS`` order) and of its
    neighbour subset (``_NEIGHBOUR_FEATURES`` order)."""
    values = tuple(float(v) if isinstance(v, bool) else str(v) for v in _word_features(word, "").values())
    return values, tuple(values[k] for k in _NEIGHBOUR_INDEX)


def sentence_items(words: list[str], tags: list[str]) -> list[dict[str, object]]:
    """``_crfsuite_items(sentence_features(words, tags))``, the same attributes in the same order,
    built from per-word caches."""
    values = [_word_values(word) for word in words]
    items = []
    for i in range(len(words)):
        item: dict[str, object] = {"bias": 1.0, "first": float(i == 0), "tag": str(tags[i])}
        item.update(zip(_WORD_KEYS, values[i][0]))
        for offset in _OFFSETS:
            j = i + offset
            if 0 <= j < len(words):
                item.update(zip(_NEIGHBOUR_KEYS[offset], values[j][1]))
                item[_TAG_KEYS[offset]] = str(tags[j])
            else:
                item[_PAD_KEYS[offset]] = 1.0
        items.append(item)
    return items


def tag_persons(words: list[str], tags: list[str], lang: str) -> list[tuple[int, int]]:
    """Half-open token index ranges of person names in one sentence, given the words' STTS tags
    (empty without a model for ``lang``)."""
    tagger = _tagger(lang)
    if tagger is None or not words:
        return []
    labels = tagger.tag(sentence_items(words, tags))
    spans, start = [], None
    for i, label in enumerate([*labels, "O"]):
        if label == "B-PER" or label == "O" or (label == "I-PER" and start is None):
            if start is not None:
                spans.append((start, i))
                start = None
            if label in ("B-PER", "I-PER"):
                start = i
    return spans
