"""The document model: one article and every layer of analysis over it.

Every span is a half-open character offset pair ``(start, end)`` into ``Article.text``.
All records are dataclasses that round-trip losslessly through ``to_dict``/``from_dict``
(and so through JSON): ``Article.from_dict(json.loads(json.dumps(a.to_dict()))) == a``.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal, TypeVar, get_args

StatementKind = Literal["direct", "indirect", "reported", "free_indirect"]
Stance = Literal["support", "oppose", "condition", "offer", "claim"]
ActorType = Literal["person", "state", "organisation", "media", "group", "unknown"]
MentionLabel = Literal["PER", "ORG", "LOC", "MEDIA", "ROLE", "PRON", "MISC"]

STATEMENT_KINDS: tuple[str, ...] = get_args(StatementKind)
STANCES: tuple[str, ...] = get_args(Stance)
UNKNOWN_ACTOR = "UNKNOWN"

T = TypeVar("T", bound="Record")


@dataclass(frozen=True, order=True)
class Span:
    """A half-open character range ``[start, end)`` into an article's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid span ({self.start}, {self.end})")

    def text(self, source: str) -> str:
        return source[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def to_list(self) -> list[int]:
        return [self.start, self.end]

    @classmethod
    def from_value(cls, value: Any) -> Span | None:
        """Accept ``None``, ``[start, end]``, ``{"start":…, "end":…}`` or a ``Span``."""
        if value is None or isinstance(value, Span):
            return value
        if isinstance(value, dict):
            return cls(int(value["start"]), int(value["end"]))
        start, end = value
        return cls(int(start), int(end))


def _encode(value: Any) -> Any:
    if isinstance(value, Span):
        return value.to_list()
    if isinstance(value, Record):
        return value.to_dict()
    if isinstance(value, list):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        return {k: _encode(v) for k, v in value.items()}
    return value


class Record:
    """Mixin giving dataclasses a JSON-safe ``to_dict``/``from_dict`` pair.

    Fields named in ``_spans`` hold a ``Span`` (or ``None``), fields in ``_span_lists`` a list of
    spans, fields in ``_children`` a list of nested records of the given class.
    """

    _spans: tuple[str, ...] = ()
    _span_lists: tuple[str, ...] = ()
    _children: dict[str, type[Record]] = {}

    def to_dict(self) -> dict[str, Any]:
        return {f.name: _encode(getattr(self, f.name)) for f in fields(self)}  # type: ignore[arg-type]

    @classmethod
    def from_dict(cls: type[T], data: dict[str, Any]) -> T:
        known = {f.name for f in fields(cls)}  # type: ignore[arg-type]
        kwargs: dict[str, Any] = {}
        for key, value in data.items():
            if key not in known:
                continue
            if key in cls._spans:
                value = Span.from_value(value)
            elif key in cls._span_lists:
                value = [Span.from_value(v) for v in value or []]
            elif key in cls._children:
                value = [cls._children[key].from_dict(v) for v in value or []]
            kwargs[key] = value
        return cls(**kwargs)


@dataclass
class Sentence(Record):
    start: int
    end: int

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass
class Token(Record):
    """A token with its linguistic annotation; ``morph`` uses UD feature strings (``Mood=Sub|…``)."""

    start: int
    end: int
    text: str
    sent: int = 0
    pos: str = ""  # universal POS (NOUN, VERB, …)
    tag: str = ""  # language-specific tag (STTS, PTB)
    lemma: str = ""
    morph: str = ""
    dep: str = ""
    head: int = -1  # index of the syntactic head in ``Article.tokens``; -1 = root/unknown
    ent: str = ""  # BIO entity tag, e.g. ``B-PER``

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    def has_feature(self, feature: str) -> bool:
        return feature in self.morph.split("|")


@dataclass
class Mention(Record):
    """A surface reference to an actor: a name, role noun, pronoun or metonym."""

    span: Span
    text: str
    label: str = "PER"
    actor: str | None = None  # canonical actor name once linked
    antecedent: Span | None = None  # for pronouns/role nouns resolved by coreference
    confidence: float = 1.0

    _spans = ("span", "antecedent")


@dataclass
class Actor(Record):
    """A canonical actor (from a dossier or discovered in text)."""

    name: str
    type: str = "person"
    aliases: list[str] = field(default_factory=list)
    affiliation: str | None = None
    wikidata: str | None = None
    in_dossier: bool = True


@dataclass
class Statement(Record):
    """A reported utterance: who said what, how, to whom, through which channel and relay."""

    kind: str
    quote: Span
    id: str = ""
    quote_parts: list[Span] = field(default_factory=list)  # discontinuous quotes; empty = [quote]
    cue: Span | None = None
    speaker: Span | None = None  # the speaker mention nearest to the quote
    speaker_actor: str | None = None  # canonical actor name; None = unresolved
    addressee: Span | None = None
    addressee_actor: str | None = None
    frame: Span | None = None
    channel: str | None = None
    channel_span: Span | None = None
    via: str | None = None
    via_span: Span | None = None
    nested_in: str | None = None  # id of the statement this one is embedded in
    medium: str | None = None  # speech | writing | thought (WikiNews STWR)
    confidence: float = 1.0
    source: str = "rules"  # component that produced it

    _spans = ("quote", "cue", "speaker", "addressee", "frame", "channel_span", "via_span")
    _span_lists = ("quote_parts",)

    def __post_init__(self) -> None:
        if self.kind not in STATEMENT_KINDS:
            raise ValueError(f"unknown statement kind {self.kind!r}")


@dataclass
class Position(Record):
    """An actor's stance on a negotiation issue, grounded in an evidence span."""

    actor: str
    issue: str
    stance: str
    evidence: Span | None = None
    statement: str | None = None  # id of the statement it comes from, if any
    confidence: float = 1.0
    source: str = "rules"

    _spans = ("evidence",)

    def __post_init__(self) -> None:
        if self.stance not in STANCES:
            raise ValueError(f"unknown stance {self.stance!r}")


def statement_key(article_id: str, st: Statement) -> str:
    """Stable id of a statement across re-runs: article id plus quote offsets."""
    return f"{article_id}#{st.quote.start}-{st.quote.end}"


def normalise_text(text: str) -> str:
    """NFC-normalise and unify line endings; ingest applies this before hashing and storing."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def content_hash(text: str) -> str:
    """Stable SHA-256 of the normalised text (whitespace runs collapsed)."""
    canonical = " ".join(normalise_text(text).split())
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass
class Article(Record):
    """A news article and all annotation layers over its text (the pipeline's ``Doc``)."""

    text: str
    id: str = ""
    url: str | None = None
    title: str | None = None
    date: str | None = None  # ISO ``YYYY-MM-DD`` (or ``YYYY-MM``)
    lang: str | None = None
    source: str | None = None  # outlet or file it came from
    author: str | None = None
    content_hash: str = ""
    duplicate_of: str | None = None  # id of the earlier near-identical (wire) copy
    dossier: str | None = None  # the dossier it is (to be) analysed with (chosen by ``--dossier auto``)
    meta: dict[str, Any] = field(default_factory=dict)
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)

    _children = {
        "sentences": Sentence,
        "tokens": Token,
        "mentions": Mention,
        "statements": Statement,
        "positions": Position,
    }

    def __post_init__(self) -> None:
        if not self.content_hash:
            self.content_hash = content_hash(self.text)
        if not self.id:
            self.id = self.content_hash[:16]

    def span_text(self, span: Span | None) -> str | None:
        return None if span is None else self.text[span.start : span.end]

    def check_spans(self) -> None:
        """Raise ``ValueError`` if any span lies outside the text."""
        n = len(self.text)
        for layer in (self.sentences, self.tokens):
            for item in layer:
                if not 0 <= item.start <= item.end <= n:
                    raise ValueError(f"{type(item).__name__} span {item.start}-{item.end} outside text")
        records: list[Record] = [*self.mentions, *self.statements, *self.positions]
        for record in records:
            for name in (*record._spans, *record._span_lists):
                value = getattr(record, name)
                for span in value if isinstance(value, list) else [value]:
                    if span is not None and span.end > n:
                        raise ValueError(f"{type(record).__name__}.{name} {span} outside text")

    def sentence_of(self, offset: int) -> int:
        """Index of the sentence containing character ``offset`` (binary search)."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            sent = self.sentences[mid]
            if offset < sent.start:
                hi = mid - 1
            elif offset >= sent.end:
                lo = mid + 1
            else:
                return mid
        return max(0, min(lo, len(self.sentences) - 1))

    def tokens_in(self, span: Span) -> list[Token]:
        return [t for t in self.tokens if span.start <= t.start and t.end <= span.end]

    def metadata(self) -> dict[str, Any]:
        """The article without its analysis layers (what ingest stores)."""
        data = asdict(self)
        for layer in self._children:
            data.pop(layer)
        return data
