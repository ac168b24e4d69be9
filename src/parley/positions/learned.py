"""``positions.learned``: (holder, issue, stance) with evidence and a calibrated confidence, learned
from news-train (model card: ``models/positions-linear/MODEL_CARD.md``).

Reads every statement the pipeline found (held by its speaker) and every narrative sentence that
names an issue (held by its subject), scores each dossier issue with a logistic regression over
what the unit says, the dossier vocabulary and the rule stage's positions, and the stance with a
multinomial model over negation, modality, condition and cue features. Dossier issues without
training data are scored by the generic model over vocabulary and rule features alone. The rule
stage runs inside this one: its positions are features and, by policy, a fallback.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from parley.context import PipelineContext
from parley.model import Article, Position, Sentence, Span
from parley.positions.confidence import MODEL_NAME
from parley.positions.features import DocContext, issue_features, stance_features, text_features
from parley.dossier import load_issues
from parley.positions.issues import issue_matcher
from parley.positions.lexicon import load_lexicon
from parley.positions.linear import META, WEIGHTS, LinearModels
from parley.positions.rules import RulePositions
from parley.positions.subjects import SubjectFinder, holder_ok
from parley.positions.units import TokenIndex, Unit, find_units

POLICIES = ("learned", "union", "fallback")  # rules: never, for triples not found, for pairs not found


SETTINGS: dict[str, object] = {"model": None, "threshold": None, "policy": None}


def model_dir(ctx: PipelineContext) -> Path | None:
    """``positions-linear`` in the context's models directory (``$PARLEY_MODELS`` or package data)."""
    path = ctx.models / MODEL_NAME
    return path if (path / WEIGHTS).is_file() and (path / META).is_file() else None


@lru_cache(maxsize=4)
def load_models(path: str) -> LinearModels:
    return LinearModels.load(Path(path))


@dataclass
class Candidate:
    """One unit scored for one issue."""

    unit: Unit
    issue: str
    p_issue: float
    stances: np.ndarray  # probabilities in ``LinearModels.stances`` order


def analyse(doc: Article, dossier: str, lang: str, rules: list[Position]) -> tuple[DocContext, list[Unit]]:
    """The article's units and shared lookups (the rule positions must already be computed)."""
    lex, matcher = load_lexicon(lang), issue_matcher(dossier, lang)
    finder = SubjectFinder(doc, dossier, lang)
    per_sentence = [matcher.find(doc.text, s.start, s.end) for s in doc.sentences or [Sentence(0, len(doc.text))]]
    units = find_units(doc, [h for hits in per_sentence for h in hits], lex, finder, rules)
    sent_issues = [{h.issue for h in hits if not h.weak} for hits in per_sentence]
    ctx = DocContext(doc, TokenIndex(doc), lex, sent_issues or [set()], {(p.actor, p.issue) for p in rules})
    return ctx, units


class LearnedPositions:
    """The ``positions.learned`` component."""

    name = "positions.learned"

    def __init__(self, ctx: PipelineContext, model: str | None = None, threshold: float | None = None,
                 policy: str | None = None, models: LinearModels | None = None, **config: object) -> None:
        self.ctx = ctx
        self.dossier = ctx.dossier_name
        if models is None:
            path = Path(model) if model else model_dir(ctx)
            if path is None:
                raise FileNotFoundError(f"no {MODEL_NAME} model found (set PARLEY_MODELS or run `make models`)")
            models = load_models(str(path))
        self.models = models
        self.threshold = float(threshold if threshold is not None else models.meta.get("threshold", 0.5))
        self.policy = str(policy or models.meta.get("policy", "learned"))
        if self.policy not in POLICIES:
            raise ValueError(f"unknown policy {self.policy!r}; one of {', '.join(POLICIES)}")
        self.rule_confidence = float(models.meta.get("rule_confidence", 0.3))
        calibration = models.meta.get("calibration") or [[0.0, 1.0], [0.0, 1.0]]
        self.calibration = (np.asarray(calibration[0], dtype=float), np.asarray(calibration[1], dtype=float))
        self.rules = RulePositions(ctx, **config)
        self.issues = [str(i["id"]) for i in load_issues(self.dossier)]

    def model_info(self) -> dict[str, object]:
        """What a run records about the model: name, checksum, data, the policy and threshold used."""
        meta = self.models.meta
        return {"model": MODEL_NAME, "sha256": meta.get("sha256"), "data": meta.get("data"),
                "licence": "internal research data; the artifact is not a copy of the texts",
                "policy": self.policy, "threshold": self.threshold}

    def candidates(self, doc: Article, rules: list[Position]) -> list[Candidate]:
        """Every unit scored for every dossier issue it could be about."""
        ctx, units = analyse(doc, self.dossier, self.ctx.lang_of(doc.lang), rules)
        out: list[Candidate] = []
        m = self.models
        for unit in units:
            text = m.encode(text_features(ctx, unit))
            for issue in self.issues:
                own = issue_features(ctx, unit, issue)
                if "v:none" in own and issue not in m.issues:
                    continue  # untrained issue not named at all: the generic model cannot see it
                p = m.issue_probability(text, m.encode({"G:" + k: v for k, v in own.items()}), issue)
                if p < self.threshold:
                    continue  # confidence = p × P(stance) cannot reach the threshold
                stances = m.stance_probabilities(text, m.encode({"S:" + k: v for k, v in
                                                                  stance_features(ctx, unit, issue).items()}))
                out.append(Candidate(unit, issue, p, stances))
        return out

    def decide(self, doc: Article, cands: list[Candidate], rules: list[Position],
               threshold: float | None = None) -> list[Position]:
        limit = self.threshold if threshold is None else threshold
        best: dict[tuple[str, str, str, int, int], Position] = {}
        for c in cands:
            k = int(np.argmax(c.stances))
            conf = c.p_issue * float(c.stances[k])
            if conf < limit or not holder_ok(c.unit.holder, self.dossier):
                continue
            st = c.unit.statement
            pos = Position(actor=c.unit.holder, issue=c.issue, stance=self.models.stances[k],
                           evidence=Span(c.unit.span.start, c.unit.span.end), statement=st.id if st else None,
                           confidence=round(float(np.interp(conf, *self.calibration)), 3), source="learned")
            key = (pos.actor, pos.issue, pos.stance, c.unit.span.start, c.unit.span.end)
            if key not in best or best[key].confidence < pos.confidence:
                best[key] = pos
        out = sorted(best.values(), key=lambda p: (p.evidence.start if p.evidence else 0, p.issue))
        if self.policy != "learned":
            width = 3 if self.policy == "union" else 2
            have = {(p.actor, p.issue, p.stance)[:width] for p in out}
            out += [Position(p.actor, p.issue, p.stance, p.evidence, p.statement,
                             round(min(p.confidence, self.rule_confidence), 3), "rules")
                    for p in rules if (p.actor, p.issue, p.stance)[:width] not in have
                    and min(p.confidence, self.rule_confidence) >= limit]
        return out

    def rule_positions(self, doc: Article) -> list[Position]:
        kept = [p for p in doc.positions if p.source not in ("rules", "learned")]
        doc.positions = kept
        doc = self.rules(doc)
        rules = [p for p in doc.positions if p.source == "rules"]
        doc.positions = kept
        return rules

    def __call__(self, doc: Article) -> Article:
        rules = self.rule_positions(doc)
        doc.positions = doc.positions + self.decide(doc, self.candidates(doc, rules), rules)
        return doc
