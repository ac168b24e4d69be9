"""The WikiNews German quotation corpus (Petersen-Frey & Biemann 2024, CC BY-NC-SA 4.0).

Reads a split into articles plus gold annotations, converts parley ``Statement``s back into the
dataset's annotation format, and scores predictions with the dataset metric: per document, gold and
system quotes are aligned one-to-one (Hungarian algorithm on token-overlap F1 of the quote, same type
+0.01, same medium +0.001); inside each pair every token of the quote (Message) and of the roles cue,
speaker, addressee, frame (Roles) is a TP, FP or FN; an unmatched quote is a pair with an empty side, so
all its tokens count against it. P and R are averaged over pairs (macro) and combined into F1
(an unmatched quote scores 0; inside a matched pair, a side without tokens of a level scores 1 if the
other side has none either, else 0). Form (type) and STWR
(medium) accuracy are micro over matched pairs.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from parley.model import Article, Sentence, Span, Statement, Token
from parley.quotes.learned.labels import MEDIUM_FROM_DATASET, TYPE_TO_KIND  # noqa: F401  (dataset codes)

CORPUS_DIR = "german-news-quotation-attribution-2024"
LANG = "de"  # the corpus is German
ROLES = ("cue", "speaker", "addressee", "frame")
KIND_TO_TYPE = {
    "direct": "Direct",
    "indirect": "Indirect",
    "free_indirect": "FreeIndirect",
    "reported": "Reported",
}
MEDIUM_TO_DATASET = {"speech": "Speech", "writing": "Writing", "thought": "Thought"}


def corpus_root() -> Path:
    """``$PARLEY_WIKINEWS``, else ``shared/data/<corpus>`` beside the checkout or the working directory."""
    env = os.environ.get("PARLEY_WIKINEWS")
    if env:
        return Path(env)
    repo = Path(__file__).resolve().parents[2]
    for base in (repo.parent / "shared" / "data", Path.cwd().parent / "shared" / "data"):
        if (base / CORPUS_DIR).is_dir():
            return base / CORPUS_DIR
    return repo.parent / "shared" / "data" / CORPUS_DIR


@dataclass
class WikiDoc:
    """One corpus document: its name, text, the dataset's tokens and gold annotations."""

    name: str
    text: str
    tokens: list[dict[str, Any]]
    annotations: list[dict[str, Any]] = field(default_factory=list)

    @classmethod
    def load(cls, path: Path) -> WikiDoc:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(data["documentName"], data["originalText"], data["tokens"], data.get("annotations", []))

    def article(self) -> Article:
        """The raw text as the pipeline sees it."""
        return Article(text=self.text, lang=LANG, id=self.doc_id, title=self.name)

    def tokenised_article(self) -> Article:
        """The text with the dataset's own tokens and sentences (for training)."""
        doc = self.article()
        sent_ids = sorted({t["sentence"] for t in self.tokens})
        index = {s: i for i, s in enumerate(sent_ids)}
        doc.tokens = [
            Token(t["charBegin"], t["charEnd"], t["text"], sent=index[t["sentence"]]) for t in self.tokens
        ]
        bounds: dict[int, list[int]] = {}
        for tok in doc.tokens:
            b = bounds.setdefault(tok.sent, [tok.start, tok.end])
            b[1] = tok.end
        doc.sentences = [Sentence(*bounds[i]) for i in range(len(sent_ids))]
        return doc

    @property
    def doc_id(self) -> str:
        return self.name.split(" - ", 1)[0].strip()

    def file_name(self) -> str:
        return f"{self.name}.json".replace("/", "_")


def load_split(split: str, root: Path | None = None, limit: int | None = None) -> list[WikiDoc]:
    folder = (root or corpus_root()) / "data" / split
    if not folder.is_dir():
        raise FileNotFoundError(f"WikiNews split not found: {folder}")
    paths = sorted(folder.glob("*.json"))
    if limit is not None:
        paths = paths[: max(limit, 0)]
    return [WikiDoc.load(p) for p in paths]


# ---- Statement -> dataset annotation -------------------------------------------------------------


def _role(
    spans: Sequence[Span], tokens: list[dict[str, Any]], text: str, exclude: set[int] | None = None
) -> dict[str, Any]:
    covered = {t["id"] for sp in spans for t in tokens if t["charBegin"] < sp.end and sp.start < t["charEnd"]}
    ids = sorted(covered - (exclude or set()))
    runs: list[list[int]] = []
    for i in ids:
        if runs and runs[-1][-1] + 1 == i:
            runs[-1].append(i)
        else:
            runs.append([i])
    out_spans = [
        {
            "begin": r[0],
            "end": r[-1] + 1,
            "charBegin": tokens[r[0]]["charBegin"],
            "charEnd": tokens[r[-1]]["charEnd"],
        }
        for r in runs
    ]
    return {
        "spans": out_spans,
        "text": " ".join(text[s["charBegin"] : s["charEnd"]] for s in out_spans),
        "tokenIds": ids,
    }


def to_annotations(statements: Iterable[Statement], doc: WikiDoc) -> list[dict[str, Any]]:
    """Our statements in the dataset's annotation format (token ids of the dataset's tokens)."""
    out = []
    for n, st in enumerate(statements):
        ann: dict[str, Any] = {"id": n, "quote": _role(st.quote_parts or [st.quote], doc.tokens, doc.text)}
        quote = set(ann["quote"]["tokenIds"])
        for role in ("speaker", "addressee", "frame", "cue"):  # one span per role: cut out what it wraps
            span = getattr(st, role)
            if role == "cue":
                exclude = quote | _ids(ann, "speaker") | _ids(ann, "addressee")
            else:  # a reported quote may contain its own speaker
                exclude = quote if role == "frame" else set()
            ann[role] = _role([span] if span else [], doc.tokens, doc.text, exclude)
        ann["type"] = KIND_TO_TYPE[st.kind]
        ann["medium"] = to_dataset_medium(st.medium)
        ann["isNested"] = bool(st.nested_in)
        ann["hasNested"] = False
        if ann["quote"]["tokenIds"]:
            out.append(ann)
    return out


def to_dataset_medium(medium: str | None) -> str:
    if not medium:
        return "Speech"
    inverse = {v: k for k, v in MEDIUM_FROM_DATASET.items()}
    return inverse.get(medium, MEDIUM_TO_DATASET.get(medium, "Speech"))


def prediction_json(doc: WikiDoc, statements: Iterable[Statement]) -> dict[str, Any]:
    return {"documentName": doc.name, "annotations": to_annotations(statements, doc)}


# ---- the dataset metric --------------------------------------------------------------------------


def _ids(ann: dict[str, Any] | None, role: str) -> set[int]:
    if not ann or not ann.get(role):
        return set()
    return set(ann[role].get("tokenIds", []))


def _f1(a: set[int], b: set[int]) -> float:
    inter = len(a & b)
    return 0.0 if not inter else 2 * inter / (len(a) + len(b))


def align(gold: list[dict[str, Any]], system: list[dict[str, Any]]) -> list[tuple[int | None, int | None]]:
    """One-to-one gold/system pairs (Hungarian on quote overlap F1); unmatched get ``None``."""
    pairs: list[tuple[int | None, int | None]] = []
    matched_g: set[int] = set()
    matched_s: set[int] = set()
    if gold and system:
        import numpy as np
        from scipy.optimize import linear_sum_assignment

        score = np.zeros((len(gold), len(system)))
        for i, g in enumerate(gold):
            for j, s in enumerate(system):
                overlap = _f1(_ids(g, "quote"), _ids(s, "quote"))
                if overlap > 0:
                    score[i, j] = (
                        overlap
                        + 0.01 * (g.get("type") == s.get("type"))
                        + 0.001 * (g.get("medium") == s.get("medium"))
                    )
        rows, cols = linear_sum_assignment(score, maximize=True)
        for i, j in zip(rows, cols):
            if score[i, j] > 0:
                pairs.append((int(i), int(j)))
                matched_g.add(int(i))
                matched_s.add(int(j))
    pairs += [(i, None) for i in range(len(gold)) if i not in matched_g]
    pairs += [(None, j) for j in range(len(system)) if j not in matched_s]
    return pairs


@dataclass
class PairCounts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: set[int], system: set[int]) -> None:
        self.tp += len(gold & system)
        self.fp += len(system - gold)
        self.fn += len(gold - system)

    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else float(self.fn == 0)

    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else float(self.fp == 0)


@dataclass
class Scores:
    """Macro P/R over pairs per level, and micro accuracies of type and medium."""

    sums: dict[str, list[float]] = field(default_factory=lambda: {k: [0.0, 0.0] for k in LEVELS})
    pairs: int = 0
    matched: int = 0
    type_ok: int = 0
    medium_ok: int = 0
    gold: int = 0
    system: int = 0

    def add_doc(self, gold: list[dict[str, Any]], system: list[dict[str, Any]]) -> None:
        self.gold += len(gold)
        self.system += len(system)
        for gi, si in align(gold, system):
            g = gold[gi] if gi is not None else None
            s = system[si] if si is not None else None
            counts = {k: PairCounts() for k in LEVELS}
            for role in ("quote", *ROLES):
                level = "message" if role == "quote" else "roles"
                for key in (level, "joint"):
                    counts[key].add(_ids(g, role), _ids(s, role))
            self.pairs += 1
            if g is not None and s is not None:  # an unmatched quote scores 0 at every level
                for key, c in counts.items():
                    self.sums[key][0] += c.precision()
                    self.sums[key][1] += c.recall()
                self.matched += 1
                self.type_ok += g.get("type") == s.get("type")
                self.medium_ok += g.get("medium") == s.get("medium")

    def prf(self, level: str) -> tuple[float, float, float]:
        if not self.pairs:
            return 0.0, 0.0, 0.0
        p, r = (v / self.pairs for v in self.sums[level])
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def summary(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for level in LEVELS:
            p, r, f = self.prf(level)
            out[level] = {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}
        out["form_acc"] = round(self.type_ok / self.matched, 4) if self.matched else 0.0
        out["stwr_acc"] = round(self.medium_ok / self.matched, 4) if self.matched else 0.0
        out.update(pairs=self.pairs, matched=self.matched, gold=self.gold, system=self.system)
        return out


LEVELS = ("message", "roles", "joint")


def score(pairs: Iterable[tuple[list[dict[str, Any]], list[dict[str, Any]]]]) -> Scores:
    """Score ``(gold annotations, system annotations)`` per document."""
    result = Scores()
    for gold, system in pairs:
        result.add_doc(gold, system)
    return result
