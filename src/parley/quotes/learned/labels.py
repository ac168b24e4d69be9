"""Label schemes of the learned quotation tagger: gold annotations -> token labels (training) and
token labels -> quote/role segments (prediction).

Two label layers over the document's tokens:
- quote layer: ``B-T``/``I-T`` for a quote of type ``T`` (DQ, IQ, IFQ, FQ, RQ), ``C-T`` where a
  discontinuous quote resumes after a gap, ``O`` elsewhere;
- role layer: ``B-/I-`` of ``CUE``, ``SPK`` (speaker), ``ADR`` (addressee), ``O`` elsewhere.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from parley.model import Article

# The dataset's quote types and media (WikiNews German quotation corpus) as parley's kinds and channels.
TYPE_TO_KIND = {
    "Direct": "direct",
    "Indirect": "indirect",
    "IndirectFreeIndirect": "indirect",
    "FreeIndirect": "free_indirect",
    "Reported": "reported",
}
MEDIUM_FROM_DATASET = {
    "Speech": "speech",
    "Writing": "writing",
    "Thought": "thought",
    "SW": "speech|writing",
    "ST": "speech|thought",
    "TW": "thought|writing",
}

TYPE_CODES = {
    "Direct": "DQ",
    "Indirect": "IQ",
    "IndirectFreeIndirect": "IFQ",
    "FreeIndirect": "FQ",
    "Reported": "RQ",
}
CODE_TYPES = {v: k for k, v in TYPE_CODES.items()}
ROLE_CODES = {"cue": "CUE", "speaker": "SPK", "addressee": "ADR"}


def role_tokens(doc: Article, role: dict[str, Any] | None) -> list[list[int]]:
    """Indices of ``doc.tokens`` covered by each char span of a dataset role (one list per span)."""
    if not role:
        return []
    out = []
    for sp in role.get("spans", []):
        ids = [i for i, t in enumerate(doc.tokens) if t.start < sp["charEnd"] and sp["charBegin"] < t.end]
        if ids:
            out.append(ids)
    return out


def _order(ann: dict[str, Any]) -> tuple[bool, int]:
    return (bool(ann.get("isNested")), -len(ann["quote"].get("tokenIds", [])))


def gold_labels(doc: Article, annotations: Sequence[dict[str, Any]]) -> tuple[list[str], list[str]]:
    """Quote-layer and role-layer labels of ``doc.tokens`` (outer quotes win over nested ones)."""
    n = len(doc.tokens)
    quote, roles = ["O"] * n, ["O"] * n
    for ann in sorted(annotations, key=_order):
        code = TYPE_CODES.get(ann.get("type", ""), "IQ")
        parts = role_tokens(doc, ann["quote"])
        if parts and all(quote[i] == "O" for part in parts for i in part):
            for k, part in enumerate(parts):
                for j, i in enumerate(part):
                    quote[i] = (("B" if k == 0 else "C") if j == 0 else "I") + "-" + code
        for role, rcode in ROLE_CODES.items():
            for part in role_tokens(doc, ann.get(role)):
                if all(roles[i] == "O" for i in part):
                    for j, i in enumerate(part):
                        roles[i] = ("B-" if j == 0 else "I-") + rcode
    return quote, roles


@dataclass
class Segment:
    """A run of tokens ``[start, end)`` with one label code."""

    code: str
    start: int
    end: int
    sent: int


@dataclass
class QuoteUnit:
    code: str
    parts: list[Segment] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.parts[0].start

    @property
    def end(self) -> int:
        return self.parts[-1].end

    @property
    def sents(self) -> set[int]:
        return {p.sent for p in self.parts}


def segments(
    labels: Sequence[str], sents: Sequence[int], codes: set[str] | None = None
) -> list[tuple[str, Segment]]:
    """Runs of labels as ``(prefix, segment)``; prefix is the B/C/I of the run's first label.

    With ``codes`` (the quote types), an ``I-`` label of another type continues the run and the
    segment takes the type most of its tokens have.
    """
    out: list[tuple[str, Segment]] = []
    votes: list[Counter[str]] = []
    for i, label in enumerate(labels):
        if label == "O":
            continue
        prefix, code = label.split("-", 1)
        cur = out[-1][1] if out else None
        same = cur is not None and (
            cur.code == code or (codes is not None and code in codes and cur.code in codes)
        )
        if prefix == "I" and cur and same and cur.end == i:
            cur.end = i + 1
            votes[-1][code] += 1
            continue
        out.append((prefix, Segment(code, i, i + 1, sents[i])))
        votes.append(Counter({code: 1}))
    for (_, seg), vote in zip(out, votes):
        seg.code = vote.most_common(1)[0][0]
    return out


def split_joint(labels: Sequence[str]) -> tuple[list[str], list[str]]:
    """Joint labels -> quote-layer and role-layer labels."""
    quote = [lab if lab != "O" and lab.split("-", 1)[1] in CODE_TYPES else "O" for lab in labels]
    roles = [lab if lab != "O" and lab.split("-", 1)[1] not in CODE_TYPES else "O" for lab in labels]
    return quote, roles


def join_layers(quote: Sequence[str], roles: Sequence[str]) -> list[str]:
    """One label per token: the quote label where there is one, else the role label."""
    return [q if q != "O" else r for q, r in zip(quote, roles)]


def quote_units(labels: Sequence[str], sents: Sequence[int]) -> list[QuoteUnit]:
    """Group quote segments into quotes; a ``C-`` run resumes the previous quote nearby."""
    units: list[QuoteUnit] = []
    for prefix, seg in segments(labels, sents, set(CODE_TYPES)):
        last = units[-1] if units else None
        if prefix == "C" and last and seg.sent - last.parts[-1].sent <= 1:
            last.parts.append(seg)
        else:
            units.append(QuoteUnit(seg.code, [seg]))
    return units


def role_segments(labels: Sequence[str], sents: Sequence[int]) -> dict[str, list[Segment]]:
    out: dict[str, list[Segment]] = {code: [] for code in ROLE_CODES.values()}
    for _, seg in segments(labels, sents):
        out.setdefault(seg.code, []).append(seg)
    return out
