"""The learned German quotation tagger: two linear-chain CRFs (quote spans with type; cue/speaker/
addressee) over the document's tokens, then rule linking into ``Statement``s.

Trained on the WikiNews German quotation corpus (CC BY-NC-SA 4.0, see parley/models/quotes-de-crf/MODEL_CARD.md)
by ``training/train_quotes_de.py``. ``load_default()`` returns ``None`` when the artifact is missing.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import sys
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import pycrfsuite

from parley.context import PipelineContext
from parley.model import Article, Statement
from parley.quotes.learned.features import Lexicons, doc_features
from parley.quotes.learned.labels import quote_units, role_segments, split_joint
from parley.quotes.learned.link import Linker, fill_from_rules

MODEL_NAME = "quotes-de-crf"
QUOTE_MODEL = "model.crfsuite"
ROLE_MODEL = "roles.crfsuite"
META = "meta.json"


def default_model_dir() -> Path | None:
    """``$PARLEY_MODELS/quotes-de-crf``, else the package data ``parley/models/quotes-de-crf``."""
    candidates = []
    if os.environ.get("PARLEY_MODELS"):
        candidates.append(Path(os.environ["PARLEY_MODELS"]) / MODEL_NAME)
    candidates.append(Path(str(resources.files("parley.models").joinpath(MODEL_NAME))))
    for path in candidates:
        if (path / QUOTE_MODEL).is_file() and (path / META).is_file():
            return path
    return None


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class QuoteTagger:
    """Predict statements on an article that has been through ``nlp.de`` (tokens, sentences)."""

    def model_info(self) -> dict[str, Any]:
        """What a run records about the model: where it is, its size and checksum, its licence."""
        artifact = self.model_dir / QUOTE_MODEL
        return {
            "model": self.model_dir.name,
            "path": str(self.model_dir),
            "sha256": _sha256(artifact),
            "bytes": artifact.stat().st_size,
            "licence": "CC BY-NC-SA 4.0",
        }

    def __init__(self, model_dir: Path) -> None:
        self.model_dir = Path(model_dir)
        self.meta: dict[str, Any] = json.loads((self.model_dir / META).read_text(encoding="utf-8"))
        self.lexicons = Lexicons(set(self.meta["cues"]), set(self.meta.get("reported_verbs", [])))
        self.linker = Linker(self.meta.get("cue_medium", {}), self.meta.get("type_medium", {}))
        self.joint = self.meta.get("layers", "joint") == "joint"
        self._quote = pycrfsuite.Tagger()
        self._quote.open(str(self.model_dir / QUOTE_MODEL))
        self._roles = None
        if not self.joint:
            self._roles = pycrfsuite.Tagger()
            self._roles.open(str(self.model_dir / ROLE_MODEL))

    @property
    def stacked(self) -> bool:
        """Whether the model reads the rule component's statements as features."""
        return bool(self.meta.get("stack_rules"))

    def tag(self, doc: Article, rules: list[Statement] | None = None) -> tuple[list[str], list[str]]:
        """Quote-layer and role-layer labels for ``doc.tokens``."""
        if not doc.tokens:
            return [], []
        if self.stacked and rules is None:
            rules = rule_statements(doc)
        feats = doc_features(doc, self.lexicons, rules if self.stacked else None)
        if self._roles is None:
            return split_joint(self._quote.tag(feats))
        return self._quote.tag(feats), self._roles.tag(feats)

    def predict(self, doc: Article, rules: list[Statement] | None = None) -> list[Statement]:
        """Statements of ``doc``; pass the rule component's ``rules`` if at hand (else they are
        computed here when the model is stacked on them)."""
        if not doc.tokens:
            from parley.nlp.german import annotate

            annotate(doc)
        if self.stacked and rules is None:
            rules = rule_statements(doc)
        quote_labels, role_labels = self.tag(doc, rules)
        sents = [t.sent for t in doc.tokens]
        units = quote_units(quote_labels, sents)
        statements = self.linker.statements(doc, units, role_segments(role_labels, sents))
        return fill_from_rules(statements, rules or [])


RuleSource = Callable[[Article, PipelineContext], list[Statement]]
_RULE_SOURCE: list[RuleSource] = []


def use_rules(source: RuleSource) -> None:
    """Set where a stacked model gets the rule statements it was trained on (``parley.quotes.de.rules``
    sets this on import, so this module does not import the rules)."""
    _RULE_SOURCE[:] = [source]


def rule_statements(doc: Article, ctx: PipelineContext | None = None) -> list[Statement]:
    """The rule component's statements for ``doc`` (rules only; ``doc`` is left unchanged), with the
    dossier of ``ctx`` (default: the shipped config's, as in training)."""
    if not _RULE_SOURCE:
        import parley.quotes  # noqa: F401  (imports parley.quotes.de.rules, which sets the source)
    if ctx is None:
        from parley.context import default_context

        ctx = default_context()
    view = copy.copy(doc)
    view.statements = []
    return _RULE_SOURCE[0](view, ctx)


LICENCE_NOTICE = (
    "parley: the German quotation stage uses the learned tagger {path} (CC BY-NC-SA 4.0: non-commercial, "
    "share-alike); set merge = \"rules\" for quotes.de to run without it"
)


@lru_cache(maxsize=4)
def _load(path: str) -> QuoteTagger:
    """Load a tagger once per process and say, in one line on stderr, under which licence it runs."""
    print(LICENCE_NOTICE.format(path=Path(path).name), file=sys.stderr)
    return QuoteTagger(Path(path))


def load_default() -> QuoteTagger | None:
    """The shipped model (cached), or ``None`` if ``parley/models/quotes-de-crf`` is missing."""
    path = default_model_dir()
    return _load(str(path)) if path else None


class LearnedQuotes:
    """Pipeline component using only the learned tagger (for evaluation and comparison)."""

    name = "quotes.de.learned"

    def __init__(self, ctx: PipelineContext, model_dir: str | None = None) -> None:
        tagger = _load(model_dir) if model_dir else load_default()
        if tagger is None:
            raise FileNotFoundError(f"no {MODEL_NAME} model found; run training/train_quotes_de.py")
        self.tagger = tagger
        self.ctx = ctx

    def __call__(self, doc: Article) -> Article:
        if not doc.tokens:
            from parley.nlp.german import annotate

            annotate(doc)
        rules = rule_statements(doc, self.ctx) if self.tagger.stacked else None
        doc.statements = self.tagger.predict(doc, rules)
        return doc
