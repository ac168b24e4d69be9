"""Training of the learned quotation tagger from the WikiNews corpus (used by training/train_quotes_de.py)."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pycrfsuite

from parley.model import Article, Statement
from parley.quotes.learned.features import Lexicons, doc_features, ensure_tags
from parley.quotes.learned.tagger import META, QUOTE_MODEL, ROLE_MODEL, QuoteTagger, rule_statements
from parley.quotes.learned.labels import TYPE_CODES, gold_labels, join_layers, role_tokens
from parley_lab.wikinews import WikiDoc, prediction_json, score


@dataclass
class TrainConfig:
    c1: float = 0.05
    c2: float = 0.01
    max_iterations: int = 150
    feature_minfreq: int = 1
    cue_min_count: int = 2
    cue_min_ratio: float = 0.15
    reported_min_ratio: float = 0.2
    medium_min_count: int = 2
    layers: str = "joint"  # joint: one CRF for quotes and roles; split: one CRF each
    stack_rules: bool = False  # read the rule component's statements as features
    rules_cache: str = ""  # folder caching the rule statements per document (speeds up re-training)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TrainConfig:
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})


def tagged_articles(docs: Sequence[WikiDoc]) -> list[Article]:
    """Articles with the dataset's tokens, tagged by HanTa."""
    out = []
    for d in docs:
        art = d.tokenised_article()
        ensure_tags(art)
        out.append(art)
    return out


def _lemma(art: Article, i: int) -> str:
    tok = art.tokens[i]
    return (tok.lemma or tok.text).lower()


def learn_lexicons(docs: Sequence[WikiDoc], arts: Sequence[Article], cfg: TrainConfig) -> dict[str, Any]:
    """Cue lemmas (often a cue, at least ``cue_min_count`` times) and the usual medium per cue/type."""
    cue_counts: Counter[str] = Counter()
    totals: Counter[str] = Counter(_lemma(a, i) for a in arts for i in range(len(a.tokens)))
    cue_medium: dict[str, Counter[str]] = defaultdict(Counter)
    type_medium: dict[str, Counter[str]] = defaultdict(Counter)
    reported: Counter[str] = Counter()
    for doc, art in zip(docs, arts):
        for ann in doc.annotations:
            if ann["type"] == "Reported":
                ids = [i for part in role_tokens(art, ann["quote"]) for i in part]
                reported.update({_lemma(art, i) for i in ids if art.tokens[i].tag.startswith("VV")})
            parts = role_tokens(art, ann.get("cue"))
            lemmas = {_lemma(art, i) for part in parts for i in part}
            cue_counts.update(lemmas)
            if parts:
                cue_medium[_lemma(art, parts[0][0])][ann["medium"]] += 1
            type_medium[TYPE_CODES.get(ann["type"], "IQ")][ann["medium"]] += 1
    cues = sorted(
        lem
        for lem, c in cue_counts.items()
        if c >= cfg.cue_min_count and c / totals[lem] >= cfg.cue_min_ratio
    )
    reported_verbs = sorted(
        lem
        for lem, c in reported.items()
        if c >= cfg.cue_min_count and c / totals[lem] >= cfg.reported_min_ratio
    )
    return {
        "cues": cues,
        "reported_verbs": reported_verbs,
        "cue_medium": {
            lem: c.most_common(1)[0][0]
            for lem, c in cue_medium.items()
            if sum(c.values()) >= cfg.medium_min_count
        },
        "type_medium": {code: c.most_common(1)[0][0] for code, c in type_medium.items()},
    }


def _train_layer(
    xs: Iterable[list[list[str]]], ys: Iterable[list[str]], path: Path, cfg: TrainConfig
) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for x, y in zip(xs, ys):
        trainer.append(x, y)
    trainer.set_params(
        {
            "c1": cfg.c1,
            "c2": cfg.c2,
            "max_iterations": cfg.max_iterations,
            "feature.minfreq": cfg.feature_minfreq,
            "feature.possible_transitions": True,
        }
    )
    trainer.train(str(path))


def train(docs: Sequence[WikiDoc], out_dir: Path, cfg: TrainConfig) -> dict[str, Any]:
    """Train both CRF layers on ``docs`` and write the artifact into ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    arts = tagged_articles(docs)
    meta = learn_lexicons(docs, arts, cfg)
    cues = set(meta["cues"])
    lexicons = Lexicons(cues, set(meta["reported_verbs"]))
    rules = [rule_cache(d, cfg) for d in docs] if cfg.stack_rules else [None] * len(docs)
    feats = [doc_features(a, lexicons, r) for a, r in zip(arts, rules)]
    labels = [gold_labels(a, d.annotations) for a, d in zip(arts, docs)]
    if cfg.layers == "joint":
        _train_layer(feats, [join_layers(q, r) for q, r in labels], out_dir / QUOTE_MODEL, cfg)
    else:
        _train_layer(feats, [q for q, _ in labels], out_dir / QUOTE_MODEL, cfg)
        _train_layer(feats, [r for _, r in labels], out_dir / ROLE_MODEL, cfg)
    meta["layers"] = cfg.layers
    meta["stack_rules"] = cfg.stack_rules
    meta["config"] = cfg.__dict__
    meta["train_docs"] = len(docs)
    (out_dir / META).write_text(
        json.dumps(meta, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8"
    )
    return meta


def rule_cache(doc: WikiDoc, cfg: TrainConfig) -> list[Statement]:
    """The rule component's statements on ``doc``'s raw text, cached in ``cfg.rules_cache``."""
    path = Path(cfg.rules_cache) / (doc.doc_id + ".json") if cfg.rules_cache else None
    if path and path.exists():
        return [Statement.from_dict(x) for x in json.loads(path.read_text(encoding="utf-8"))]
    rules = rule_statements(doc.article())
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps([s.to_dict() for s in rules]), encoding="utf-8")
    return rules


def evaluate_tokenised(tagger: QuoteTagger, docs: Sequence[WikiDoc], cfg: TrainConfig) -> dict[str, Any]:
    """Dataset metric of the tagger alone on the dataset's own tokenisation."""
    pairs = []
    for d in docs:
        art = d.tokenised_article()
        rules = rule_cache(d, cfg) if tagger.stacked else None
        pred = prediction_json(d, tagger.predict(art, rules))
        pairs.append((d.annotations, pred["annotations"]))
    return score(pairs).summary()
