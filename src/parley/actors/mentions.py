"""Find actor mentions in an article: dossier names (gazetteer), other names (proper-noun runs, spaCy
entities), role noun phrases (*der Diplomat*, *the president*) and pronouns, each linked."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from parley.actors import ner
from parley.actors.linker import Link, Linker
from parley.actors.names import stem_word
from parley.model import Article, Mention, Span, Token

WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)
MAX_WORDS = 7
_LABELS = {"person": "PER", "state": "LOC", "organisation": "ORG", "group": "ORG", "media": "MEDIA"}


@dataclass
class Found:
    """A mention with its link (``actor`` filled later by coreference for pronouns/role nouns)."""

    span: Span
    text: str
    link: Link
    sent: int
    subject: bool = False  # first mention of its sentence, before the finite verb

    def label(self, linker: Linker) -> str:
        if self.link.kind == "pronoun":
            return "PRON"
        if self.link.kind in ("role", "role_noun"):
            return "ROLE"
        spec = linker.actor(self.link.actor) if self.link.actor else None
        return _LABELS.get(spec.type, "PER") if spec else "PER"


def _words(doc: Article) -> list[tuple[int, int, str, int]]:
    """(start, end, text, sentence) for every word of the text (hyphen parts are separate words)."""
    out = []
    for m in WORD_RE.finditer(doc.text):
        out.append((m.start(), m.end(), m.group(), doc.sentence_of(m.start()) if doc.sentences else 0))
    return out


def _proper_spans(doc: Article) -> list[Span]:
    """Person names: ``PER`` entities where the language pipeline has NER (English), the German CRF
    name tagger for German, else runs of proper nouns (STTS ``NE``/UPOS ``PROPN``)."""
    if any(tok.ent for tok in doc.tokens):
        return _runs(doc, lambda tok: tok.ent.endswith("PER"))
    runs = _runs(doc, lambda tok: tok.pos == "PROPN")
    if doc.lang and ner.model_path(doc.lang).is_file():
        # CRF names, plus proper-noun runs not governed by a preposition ("in New York")
        after_preposition = {doc.tokens[i + 1].start for i, t in enumerate(doc.tokens[:-1])
                             if t.tag in _PREPOSITION_TAGS}
        crf = _crf_spans(doc)
        return crf + [r for r in runs if r.start not in after_preposition and not any(r.overlaps(c) for c in crf)]
    return runs


def _runs(doc: Article, inside: Callable[[Token], bool]) -> list[Span]:
    """Maximal runs (two tokens or more, within a sentence) of capitalised tokens with ``inside``."""
    spans, run = [], []
    for tok in [*doc.tokens, None]:
        if tok is not None and inside(tok) and tok.text[:1].isupper() and (not run or run[-1].sent == tok.sent):
            run.append(tok)
            continue
        if len(run) >= 2:
            spans.append(Span(run[0].start, run[-1].end))
        run = [tok] if tok is not None and inside(tok) and tok.text[:1].isupper() else []
    return spans


def _crf_spans(doc: Article) -> list[Span]:
    spans = []
    by_sentence: dict[int, list[Token]] = {}
    for tok in doc.tokens:
        by_sentence.setdefault(tok.sent, []).append(tok)
    for toks in by_sentence.values():
        for start, end in ner.tag_persons([t.text for t in toks], [t.tag for t in toks], doc.lang or ""):
            while end - start < 2 and end < len(toks) and toks[end].text[:1].isupper() and toks[end].tag in ("NE", "NN"):
                end += 1  # "Wolfgang" tagged, "Brenner" (read as a noun) completes the name
            if end - start >= 2:
                spans.append(Span(toks[start].start, toks[end - 1].end))
    return spans


def detect(doc: Article, linker: Linker, date: str | None = None) -> list[Found]:
    """All linked mentions in ``doc``, sorted by position, without overlaps (longest first)."""
    words = _words(doc)
    found: list[Found] = []
    lang = doc.lang
    tokens = {t.start: t for t in doc.tokens}
    i = 0
    while i < len(words):
        best, size = None, 0
        first = words[i][2]
        if first[:1].isupper():
            for n in range(min(MAX_WORDS, len(words) - i), 0, -1):
                chunk = words[i : i + n]
                if chunk[-1][3] != chunk[0][3] or "\n" in doc.text[chunk[0][0] : chunk[-1][1]]:
                    continue
                link = linker.lookup([w[2] for w in chunk], date)
                if link is not None:
                    start, end = chunk[0][0], chunk[-1][1]
                    best, size = Found(Span(start, end), doc.text[start:end], link, chunk[0][3]), n
                    break
        if best is None and linker.lex.pronouns.get(first.lower()) and _is_pronoun_token(tokens, words[i][0], first):
            best, size = Found(Span(words[i][0], words[i][1]), first,
                               Link(None, "pronoun", gender=linker.lex.pronouns[first.lower()]), words[i][3]), 1
        if best is not None:
            found.append(best)
            i += size
        else:
            i += 1
    _add_new_names(doc, linker, lang, date, found)
    _add_new_surnames(words, found)
    _add_role_nouns(doc, linker, lang, date, words, found)
    found.sort(key=lambda f: f.span.start)
    _mark_subjects(doc, found)
    return found


_ARTICLE_PRONOUNS = {"der", "die"}


def _is_pronoun_token(tokens: dict[int, Token], start: int, word: str) -> bool:
    """A pronoun only where the tagger agrees (``Sie`` can be formal address; ``der``/``die`` only as
    a demonstrative pronoun, never as an article)."""
    tok = tokens.get(start)
    if word.lower() in _ARTICLE_PRONOUNS:
        return tok is not None and tok.tag == "PDS"
    if tok is None:
        return True
    return tok.pos in ("PRON", "") or tok.tag in ("PPER", "PDS", "PRP")


def _add_new_names(doc: Article, linker: Linker, lang: str | None, date: str | None, found: list[Found]) -> None:
    for span in _proper_spans(doc):
        if any(f.span.overlaps(span) for f in found):
            continue
        text = doc.text[span.start : span.end]
        link = linker.link(text, lang, date)
        if link.actor and link.kind == "new":
            sent = doc.sentence_of(span.start) if doc.sentences else 0
            start = doc.sentences[sent].start if doc.sentences else 0
            affiliation, head = linker.introduction(WORD_RE.findall(doc.text[start : span.start]))
            found.append(Found(span, text, replace(link, affiliation=affiliation, head=head), sent))


def new_surnames(found: list[Found]) -> dict[str, str]:
    """Surname key → full name of the persons outside the dossier named in full in the article."""
    out: dict[str, str] = {}
    for f in found:
        if f.link.kind == "new" and f.link.actor and len(f.link.actor.split()) >= 2:
            out.setdefault(stem_word(f.link.actor.split()[-1]), f.link.actor)
    return out


def _add_new_surnames(words: list[tuple[int, int, str, int]], found: list[Found]) -> None:
    """Later mentions of a new person by surname alone (*Luís Montenegro … Montenegro sagte*)."""
    surnames = new_surnames(found)
    if not surnames:
        return
    covered = [f.span for f in found]
    for start, end, word, sent in words:
        actor = surnames.get(stem_word(word)) if word[:1].isupper() else None
        if actor and not any(s.start <= start < s.end for s in covered):
            found.append(Found(Span(start, end), word, Link(actor, "new"), sent))


def _add_role_nouns(doc: Article, linker: Linker, lang: str | None, date: str | None,
                    words: list[tuple[int, int, str, int]], found: list[Found]) -> None:
    """``der (ukrainische) Präsident``, ``the president``: determiner, lower-case words, role noun."""
    lex = linker.lex
    for i, (start, end, word, sent) in enumerate(words):
        if not lex.role_noun(word) or any(f.span.start <= start < f.span.end for f in found):
            continue
        j = i - 1
        while j >= 0 and i - j <= 3 and words[j][3] == sent and not lex.is_determiner(words[j][2]):
            if words[j][2][:1].isupper() and j != i - 1:
                break
            j -= 1
        if j < 0 or words[j][3] != sent or not lex.is_determiner(words[j][2]):
            continue
        span = Span(words[j][0], end)
        if any(f.span.overlaps(span) for f in found) or "\n" in doc.text[span.start : span.end]:
            continue
        text = doc.text[span.start : span.end]
        link = linker.link(text, lang, date, allow_new=False)
        if link.actor or link.kind == "role_noun":
            found.append(Found(span, text, link, sent))


_FINITE_TAGS = ("VVFIN", "VAFIN", "VMFIN", "VBD", "VBZ", "VBP", "MD")
_PREPOSITION_TAGS = ("APPR", "APPRART", "IN")


def _mark_subjects(doc: Article, found: list[Found]) -> None:
    """Likely subjects: mentions before their sentence's first finite verb that do not follow a
    preposition, or the mention right after that verb (German verb-second: *Dort hatte er …*)."""
    verbs: dict[int, int] = {}
    after_verb: dict[int, int] = {}
    previous: dict[int, str] = {}
    for i, tok in enumerate(doc.tokens):
        if i:
            previous[tok.start] = doc.tokens[i - 1].tag
        if tok.sent not in verbs and (tok.has_feature("VerbForm=Fin") or tok.tag in _FINITE_TAGS):
            verbs[tok.sent] = tok.start
            if i + 1 < len(doc.tokens):
                after_verb[tok.sent] = doc.tokens[i + 1].start
    for f in found:
        verb = verbs.get(f.sent, 1 << 30)
        before = f.span.start < verb and previous.get(f.span.start) not in _PREPOSITION_TAGS
        f.subject = before or after_verb.get(f.sent) == f.span.start


def to_mention(f: Found, linker: Linker, actor: str | None, antecedent: Span | None = None) -> Mention:
    return Mention(span=f.span, text=f.text, label=f.label(linker), actor=actor, antecedent=antecedent)
