"""Channel and relay for every statement (``quotes.channels``, German and English).

Runs after ``quotes.de``/``quotes.en``. For each statement it looks at the sentence holding its
frame (quotes masked) for (1) a relay that passes on someone else's words (*according to TASS*,
*…, Reuters reported*, *laut Uschakow habe Putin …*) → ``via``, and (2) the medium the speaker used
(*told the BBC*, *in a Telegram post*, *im Interview mit ITV*) → ``channel`` (canonical names from
``data/media.yaml``). Nested reports (an indirect statement whose content holds another statement's
cue and speaker) keep only the innermost utterer, with the outer speaker as ``via``. Continuation
statements of the same speaker inherit the channel (and, without a cue of their own, the relay).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from parley.context import PipelineContext
from parley.model import Article, Sentence, Span, Statement
from parley.registry import component
from parley.yamlfile import load_yaml

WORD_RE = re.compile(r"\w+")
PRONOUNS = {"he", "she", "they", "er", "sie"}
# a medium missing from media.yaml: a quoted title or up to three capitalised words
UNKNOWN_NAME = (
    r'(?:[»„"“](?P<q>[^"“”„»«\n]{1,30})[«“”"]'
    r"|(?P<n>[A-ZÄÖÜÉ0-9][\w+.&-]*(?:\s+(?:[A-ZÄÖÜ][\w-]*|at|of|de|la|du)){0,3}))"
)


def _data(name: str) -> Any:
    return load_yaml(resources.files("parley.quotes").joinpath(f"data/{name}").read_text("utf-8"))


@dataclass(frozen=True)
class Pattern:
    regex: re.Pattern[str]
    lower_before: bool = False
    verb: bool = False  # a reporting-verb relay: never a statement's own cue


@dataclass(frozen=True)
class MediaLexicon:
    """Media aliases → canonical names, and the channel/relay patterns built over them."""

    canonical: dict[str, str]
    channel: list[Pattern]
    relay_media: list[Pattern]
    person_before: re.Pattern[str]
    person_after: re.Pattern[str]
    relay_cues: frozenset[str]
    report_of: re.Pattern[str]
    cited_institution: re.Pattern[str]
    continuing: frozenset[str]
    medium_words: frozenset[str]
    unidentified: frozenset[str]
    setting: re.Pattern[str]
    unnamed_medium: re.Pattern[str]
    unknown: list[tuple[re.Pattern[str], str]]
    unknown_relay: re.Pattern[str]
    same_conversation: re.Pattern[str]
    report_before: re.Pattern[str]
    adverbial_start: re.Pattern[str]
    told: re.Pattern[str]

    def name(self, alias: str) -> str | None:
        return self.canonical.get(alias) or self.canonical.get(" ".join(alias.split()))


def _alternation(aliases: list[str]) -> str:
    return "(?P<m>" + "|".join(re.escape(a) for a in sorted(aliases, key=len, reverse=True)) + ")"


@lru_cache(maxsize=1)
def lexicon() -> MediaLexicon:
    media = _data("media.yaml")["media"]
    rules = _data("channels.yaml")
    canonical: dict[str, str] = {}
    safe: list[str] = []
    for entry in media:
        ambiguous = set(entry.get("ambiguous", []))
        for alias in [entry["name"], *entry.get("aliases", [])]:
            # "russische Medien" also opens a sentence: "Russische Medien zitierten …"
            variants = [alias, alias[0].upper() + alias[1:]] if " " in alias else [alias]
            for variant in variants:
                canonical.setdefault(variant, entry["name"])
                if alias not in ambiguous:
                    safe.append(variant)
    every = _alternation(list(canonical))
    unambiguous = _alternation(sorted(set(safe)))
    channel = [
        Pattern(
            re.compile(p["re"].replace("{M}", every if p.get("explicit") else unambiguous)),
            bool(p.get("lower_before")),
        )
        for p in rules["channel"]
    ]
    relay = [
        Pattern(re.compile(p["re"].replace("{M}", unambiguous)), verb=bool(p["verb"]))
        for p in rules["relay_media"]
    ]
    person = rules["relay_person"]
    return MediaLexicon(
        canonical=canonical,
        channel=channel,
        relay_media=relay,
        person_before=re.compile(person["before"]),
        person_after=re.compile(person["after"]),
        relay_cues=frozenset(c.lower() for c in rules["relay_cues"]),
        report_of=re.compile(rules["report_of"].replace("{M}", every)),
        cited_institution=re.compile(rules["cited_institution"]),
        continuing=frozenset(w.lower() for w in rules["continuing_speakers"]),
        medium_words=frozenset(w.lower() for w in rules["medium_words"]),
        unidentified=frozenset(w.lower() for w in rules["unidentified"]),
        setting=re.compile(rules["setting"]),
        unnamed_medium=re.compile(rules["unnamed_medium"]),
        unknown=[(re.compile(p["re"].replace("{N}", UNKNOWN_NAME)), p.get("suffix", ""))
                 for p in rules["unknown_channel"]],
        unknown_relay=re.compile(rules["unknown_relay"]),
        same_conversation=re.compile(rules["same_conversation"]),
        report_before=re.compile(rules["report_before"]),
        adverbial_start=re.compile(rules["adverbial_start"]),
        told=re.compile(rules["told"]),
    )


@dataclass
class Found:
    """A channel or relay found in a frame: canonical (or surface) name and its span."""

    name: str
    span: Span


class ChannelFinder:
    """Component ``quotes.channels``."""

    name = "quotes.channels"

    def __init__(self) -> None:
        self.lex = lexicon()

    def __call__(self, doc: Article) -> Article:
        if not doc.statements:
            return doc
        doc.statements = [st for st in resolve_nesting(doc, self.lex) if not self.relay_clause(doc, st)]
        for st in doc.statements:
            self.annotate(doc, st)
        share_in_sentence(doc)
        covered = [_extent(s) for s in doc.statements]
        for st in doc.statements:
            if st.channel is None:
                self.introduced(doc, st, covered)
        inherit(doc, self.lex)
        return doc

    def relay_clause(self, doc: Article, st: Statement) -> bool:
        """An indirect "statement" that is only a relay clause (*wie die Agentur X meldete*): it names
        where the words came from and says nothing itself."""
        if st.kind == "direct":
            return False
        quote = doc.text[st.quote.start : st.quote.end]
        size = len(quote.strip(" .,;:"))
        for pattern in self.lex.relay_media:
            for m in pattern.regex.finditer(quote):
                if m.end() - m.start() >= 0.8 * size:
                    return True
        return False

    # ------------------------------------------------------------------ one statement
    def region(self, doc: Article, st: Statement) -> tuple[int, int, str] | None:
        """The sentence holding the statement's frame, with all statement quotes blanked out."""
        anchor = st.cue or st.speaker
        return None if anchor is None else frame_text(doc, anchor)

    def annotate(self, doc: Article, st: Statement) -> None:
        found = self.region(doc, st)
        if found is None:
            if st.via is None and self.identifiable(doc, st.via_span):
                st.via = media_or_surface(doc, st.via_span, self.lex)  # type: ignore[arg-type]
            return
        start, _, text = found
        speaks_for_place(doc, st, self.lex)
        self.report_author(doc, st)
        relays = self.relays(doc, st, start, text)
        cited = [
            c
            for c in self.cited_institutions(start, text)
            if not any(c.span.overlaps(r.span) for r in relays)
        ]
        relays = self.promote_cited(doc, st, relays, cited)
        if st.via is None:
            # an outer report (via_span from nesting) competes with relay phrases: the nearest wins
            outer = (
                [Found(media_or_surface(doc, st.via_span, self.lex), st.via_span)]
                if self.identifiable(doc, st.via_span)
                else []
            )
            if relays or outer:
                best = min(relays + outer, key=lambda f: distance(f.span, st.cue or st.speaker))
                st.via, st.via_span = best.name, best.span
        blocked = [r.span for r in relays]
        channels = [
            c
            for c in self.channels(start, text)
            if not any(c.span.overlaps(b) for b in blocked)
            and not self.is_speaker(doc, st, c)
            and not owned_by_other(doc, st, c.span)
        ]
        if not channels and st.kind != "direct":
            channels = self.trailing(doc, st)
        if not channels:
            channels = [c for c in self.own_outlet(doc, start, text) if not self.is_speaker(doc, st, c)]
        if channels and st.channel is None:
            best = min(channels, key=lambda f: distance(f.span, st.cue or st.speaker))
            st.channel, st.channel_span = best.name, best.span

    def own_outlet(self, doc: Article, start: int, text: str) -> list[Found]:
        """``Blumenthal told Semafor`` in an article published by semafor.com: the publishing outlet,
        named after a verb of telling, is the medium even when the lexicon does not know it."""
        host = _host_label(doc.url)
        if not host:
            return []
        out = []
        for m in self.lex.told.finditer(text):
            name = m.group("o")
            if re.sub(r"\W", "", name).lower() == host:
                # the surface: an outlet of the article's own host may share an alias with another medium
                out.append(Found(name, Span(start + m.start("o"), start + m.end("o"))))
        return out

    def trailing(self, doc: Article, st: Statement) -> list[Found]:
        """A medium in an adverbial that closes an indirect quote (*urged Kyiv to accept in a late post on
        X*, *…, sagte er im Interview mit dem ZDF*): it belongs to the frame, not to the content."""
        text = doc.text[st.quote.start : st.quote.end]
        out = []
        for pattern in self.lex.channel:
            for m in pattern.regex.finditer(text):
                tail = text[m.end() :]
                if (self.lex.adverbial_start.match(text, m.start()) and len(WORD_RE.findall(tail)) <= 3
                        and (name := self.lex.name(m.group("m")))):
                    out.append(Found(name, Span(st.quote.start + m.start("m"), st.quote.start + m.end("m"))))
        return out

    def report_author(self, doc: Article, st: Statement) -> None:
        """``Nach Informationen des „Spiegel“`` / ``reports in the Guardian``: the medium is the speaker."""
        if st.speaker is None:
            return
        m = self.lex.report_of.fullmatch(doc.text, st.speaker.start, st.speaker.end)
        if m is not None:
            st.speaker = Span(m.start("m"), m.end("m"))
            st.speaker_actor = None

    def identifiable(self, doc: Article, span: Span | None) -> bool:
        """A relay someone can name: not ``drei Insider`` / ``several officials``."""
        words = WORD_RE.findall(doc.text[span.start : span.end]) if span else []
        return bool(words) and words[0].lower() not in self.lex.unidentified and not words[0].isdigit()

    def cited_institutions(self, start: int, text: str) -> list[Found]:
        """``citing the commerce ministry`` / ``unter Berufung auf das Außenministerium``."""
        return [
            Found(m.group("i"), Span(start + m.start("i"), start + m.end("i")))
            for m in self.lex.cited_institution.finditer(text)
        ]

    def promote_cited(
        self, doc: Article, st: Statement, relays: list[Found], cited: list[Found]
    ) -> list[Found]:
        """``Russian agencies reported, citing the Kremlin``: the cited source (a name among the relays, or
        a ``cited`` institution) speaks, the medium relays."""
        medium = self.speaker_medium(doc, st)
        persons = [r for r in relays if self.lex.name(r.name) is None] + cited
        if medium is None or not persons or st.speaker is None:
            return relays
        source = min(persons, key=lambda f: distance(f.span, st.cue or st.speaker))
        st.via, st.via_span = medium, st.speaker
        st.speaker, st.speaker_actor = source.span, None
        return [r for r in relays if r is not source]

    def speaker_medium(self, doc: Article, st: Statement) -> str | None:
        """The canonical medium when the speaker is one (``Russian news agencies``, ``die Zeitung X``)."""
        surface = _speaker_text(doc, st)
        if self.lex.name(surface):
            return self.lex.name(surface)
        name = media_or_surface(doc, st.speaker, self.lex) if st.speaker else surface
        if name == surface or not self.lex.name(name):
            return None
        alias = next(
            a
            for a in sorted(self.lex.canonical, key=len, reverse=True)
            if self.lex.canonical[a] == name and a in surface
        )
        prefix = WORD_RE.findall(surface[: surface.index(alias)])
        return name if all(w.lower() in self.lex.medium_words for w in prefix) else None

    def introduced(self, doc: Article, st: Statement, covered: list[Span]) -> None:
        """``Zelensky gave an interview to Axios. He said …``: a medium named in the sentence just before."""
        if not doc.sentences or st.speaker is None:
            return
        k = doc.sentence_of(_extent(st).start)
        if k == 0:
            return
        before = doc.sentences[k - 1]
        if any(before.span.overlaps(c) for c in covered):
            return
        text = doc.text[before.start : before.end]
        surface = _speaker_text(doc, st)
        if surface.lower() not in PRONOUNS and not same_name(surface, text):
            return
        found = self.channels(before.start, text)
        if found:
            st.channel, st.channel_span = found[0].name, found[0].span

    def channels(self, start: int, text: str) -> list[Found]:
        out = []
        for pattern in self.lex.channel:
            for m in pattern.regex.finditer(text):
                if pattern.lower_before and not _lower_before(text, m.start()):
                    continue
                if self.lex.report_before.search(text, max(0, m.start() - 30), m.start()):
                    continue  # "einen Bericht der Zeitung X bestätigt": X's report, not X as the medium used
                name = self.lex.name(m.group("m"))
                if name:
                    out.append(Found(name, Span(start + m.start("m"), start + m.end("m"))))
        return out or self.unknown_channels(start, text)

    def unknown_channels(self, start: int, text: str) -> list[Found]:
        """A medium missing from ``media.yaml``, named after the noun that introduces it."""
        out = []
        for regex, suffix in self.lex.unknown:
            for m in regex.finditer(text):
                if self.lex.unknown_relay.search(text[max(0, m.start() - 40) : m.start()]):
                    continue
                group = "q" if m.group("q") else "n"
                name = m.group(group).strip(" .,;:")
                # a trailing lower-case joiner ("News at") is no part of the name
                while name.split()[-1:] and name.split()[-1][0].islower():
                    name = name.rsplit(None, 1)[0]
                if name and not any(w.lower() in PRONOUNS for w in name.split()):
                    out.append(Found(name + suffix, Span(start + m.start(group), start + m.start(group) + len(name))))
        return out

    def relays(self, doc: Article, st: Statement, start: int, text: str) -> list[Found]:
        """Relays in the frame that are not a statement's own cue and not the speaker itself."""
        cues = [s.cue for s in doc.statements if s.cue is not None]
        relay_cues = [c for c in cues if doc.text[c.start : c.end].lower() in self.lex.relay_cues]
        out: list[Found] = []
        for pattern in self.lex.relay_media:
            for m in pattern.regex.finditer(text):
                name = self.lex.name(m.group("m"))
                whole = Span(start + m.start(), start + m.end())
                if name and not any(whole.overlaps(c) for c in (cues if pattern.verb else relay_cues)):
                    out.append(Found(name, Span(start + m.start("m"), start + m.end("m"))))
        out += self.person_relays(doc, start, text, relay_cues)
        return [f for f in out if not self.is_speaker(doc, st, f)]

    def is_speaker(self, doc: Article, st: Statement, found: Found) -> bool:
        """The medium/person found is the statement's speaker itself (``Reuters reported that …``)."""
        if st.speaker is None:
            return False
        surface = doc.text[st.speaker.start : st.speaker.end]
        if st.speaker.contains(found.span) and self.lex.name(found.name):
            # "Der Sender CNN berichtete": only a determiner/medium noun before the name
            prefix = WORD_RE.findall(doc.text[st.speaker.start : found.span.start])
            if len(prefix) <= 2 and all(w.lower() in self.lex.medium_words for w in prefix):
                return True
        return (
            found.span == st.speaker
            or self.lex.name(surface) == found.name
            or (not self.lex.name(found.name) and same_name(found.name, surface))
        )

    def person_relays(self, doc: Article, start: int, text: str, cues: list[Span]) -> list[Found]:
        """``laut X`` / ``according to X`` / ``X zufolge`` with a person (not a medium) as X."""
        out = []
        searches = (
            (self.lex.person_before, lambda m: name_after(doc, start + m.end())),
            (self.lex.person_after, lambda m: name_before(doc, start + m.start())),
        )
        for regex, locate in searches:
            for m in regex.finditer(text):
                if any(Span(start + m.start(), start + m.end()).overlaps(c) for c in cues):
                    continue
                name = locate(m)
                if name is not None and self.lex.name(doc.text[name.start : name.end]) is None:
                    out.append(Found(doc.text[name.start : name.end], name))
        return out


# ---------------------------------------------------------------------- helpers
def _host_label(url: str | None) -> str:
    """The name part of a URL's host (``https://www.semafor.com/…`` → ``semafor``)."""
    m = re.match(r"(?:\w+://)?(?:www\.)?([^/:]+)", url or "")
    if not m:
        return ""
    labels = m.group(1).lower().split(".")
    if len(labels) >= 3 and labels[-2] in ("co", "com", "net", "org", "gov", "ac"):  # abc.net.au, bbc.co.uk
        return labels[-3]
    return labels[-2] if len(labels) >= 2 else labels[0]


def frame_text(doc: Article, anchor: Span) -> tuple[int, int, str]:
    """The sentence holding ``anchor``, with all statement quotes blanked out."""
    if doc.sentences:
        sent = doc.sentences[doc.sentence_of(anchor.start)]
        start, end = sent.start, sent.end
    else:
        start = doc.text.rfind("\n", 0, anchor.start) + 1
        end = doc.text.find("\n", anchor.end)
        end = len(doc.text) if end < 0 else end
    chars = list(doc.text[start:end])
    for other in doc.statements:
        for part in other.quote_parts or [other.quote]:
            for k in range(max(part.start, start), min(part.end, end)):
                chars[k - start] = " "
    return start, end, "".join(chars)


def distance(a: Span, b: Span | None) -> int:
    if b is None:
        return 0
    return max(0, a.start - b.end, b.start - a.end)


def _lower_before(text: str, pos: int) -> bool:
    """The word before ``pos`` is lower-case (a verb or pronoun, not a noun governing a genitive)."""
    words = WORD_RE.findall(text[:pos])
    return bool(words) and words[-1][0].islower()


def same_name(a: str, b: str) -> bool:
    """Two surfaces share a name word (``Uschakow`` ~ ``Juri Uschakow``)."""
    wa = {w.lower() for w in WORD_RE.findall(a) if len(w) > 3}
    wb = {w.lower() for w in WORD_RE.findall(b) if len(w) > 3}
    return bool(wa & wb)


def _is_name(tok: Any) -> bool:
    return tok.pos == "PROPN" or tok.ent.endswith("-PER") or tok.tag == "NE"


def name_after(doc: Article, offset: int) -> Span | None:
    """The last proper-name run a few words after ``offset`` (``laut Kremlberater Juri Uschakow``,
    ``citing Kremlin spokesman Dmitry Peskov``)."""
    toks = [t for t in doc.tokens if t.start >= offset][:6]
    runs: list[list[Any]] = [[]]
    for tok in toks:
        if _is_name(tok):
            runs[-1].append(tok)
        elif tok.pos in ("PUNCT", "VERB", "AUX", "ADP", "SCONJ", "PRON", "CCONJ"):
            break
        elif runs[-1]:
            runs.append([])  # a role noun between an institution and a name
    run = next((r for r in reversed(runs) if r), [])
    return Span(run[0].start, run[-1].end) if run else None


def name_before(doc: Article, offset: int) -> Span | None:
    """The proper-name run ending right before ``offset`` (``Uschakow zufolge``)."""
    toks = [t for t in doc.tokens if t.end <= offset][-4:]
    run: list[Any] = []
    for tok in reversed(toks):
        if not _is_name(tok):
            break
        run.insert(0, tok)
    return Span(run[0].start, run[-1].end) if run else None


def media_or_surface(doc: Article, span: Span, lex: MediaLexicon) -> str:
    surface = doc.text[span.start : span.end]
    if lex.name(surface):
        return lex.name(surface)  # type: ignore[return-value]
    for alias in sorted(lex.canonical, key=len, reverse=True):
        if len(alias) > 2 and alias in surface and re.search(rf"\b{re.escape(alias)}\b", surface):
            return lex.canonical[alias]
    return surface


def resolve_nesting(doc: Article, lex: MediaLexicon) -> list[Statement]:
    """Drop indirect statements that only relay another statement; the inner one gets ``via``."""
    outer_ids: set[int] = set()
    for i, outer in enumerate(doc.statements):
        if outer.kind == "direct" or outer.speaker is None:
            continue
        for inner in doc.statements:
            if inner is outer or inner.cue is None or not outer.quote.contains(inner.cue):
                continue
            if inner.speaker is not None and not outer.quote.contains(inner.speaker):
                continue
            if inner.via is None and inner.via_span is None:
                inner.via_span = outer.speaker
                if speaks_for_place(doc, inner, lex):
                    inner.cue = outer.cue
            outer_ids.add(i)
    return [st for i, st in enumerate(doc.statements) if i not in outer_ids]


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    text = resources.files("parley.quotes.de").joinpath("data/places_de.txt").read_text("utf-8")
    return frozenset(ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


def speaks_for_place(doc: Article, st: Statement, lex: MediaLexicon) -> bool:
    """``Moscow has confirmed that …, the Foreign Ministry said``: the reporting institution, not the
    state it speaks for, is the speaker; it takes over from the relay (no ``via``). Media stay relays."""
    outer = st.via_span
    if st.speaker is None or outer is None or not is_place(doc, st.speaker) or is_place(doc, outer):
        return False
    surface = doc.text[outer.start : outer.end]
    if lex.name(surface) or media_or_surface(doc, outer, lex) != surface:
        return False
    st.speaker, st.speaker_actor, st.via_span = outer, None, None
    return True


def is_place(doc: Article, span: Span) -> bool:
    """The speaker is a state or capital used for its government (``Moscow``, ``Kiew``)."""
    names = [t for t in doc.tokens_in(span) if t.pos == "PROPN"]
    return bool(names) and all(t.ent.endswith("-LOC") or t.text in _places() for t in names)


def _frame(st: Statement) -> Span | None:
    spans = [s for s in (st.cue, st.speaker) if s is not None]
    return Span(min(s.start for s in spans), max(s.end for s in spans)) if spans else None


def owned_by_other(doc: Article, st: Statement, span: Span) -> bool:
    """A medium named nearer to another speaker's frame (``A schrieb auf X, … B sagte …``) is not st's."""
    own = _frame(st)
    if own is None or st.speaker is None:
        return False
    mine = distance(span, own)
    sentence = doc.sentences[doc.sentence_of(span.start)].span if doc.sentences else None
    for other in doc.statements:
        frame = _frame(other)
        if other is st or frame is None or other.speaker is None or distance(span, frame) >= mine:
            continue
        if sentence is not None and not sentence.overlaps(frame):
            continue  # a frame in another sentence never owns this sentence's medium
        a, b = _speaker_text(doc, st), _speaker_text(doc, other)
        if a.lower() not in PRONOUNS and b.lower() not in PRONOUNS and a != b and not same_name(a, b):
            return True
    return False


def _extent(st: Statement) -> Span:
    spans = [s for s in (st.quote, st.cue, st.speaker, st.frame) if s is not None]
    return Span(min(s.start for s in spans), max(s.end for s in spans))


def _speaker_text(doc: Article, st: Statement) -> str:
    return doc.text[st.speaker.start : st.speaker.end] if st.speaker else ""


def continues(doc: Article, prev: Statement, st: Statement, anchor: str, lex: MediaLexicon) -> bool:
    """``st`` continues ``prev``'s report: same speaker, no narrative sentence in between."""
    if st.cue is not None and doc.text[st.cue.start : st.cue.end].lower() in lex.relay_cues:
        return False
    surface = _speaker_text(doc, st)
    first = surface.split()[0].lower() if surface.split() else ""
    if surface and first not in lex.continuing and not same_name(_owner_free(surface), anchor):
        return False  # "Orban's spokesman Havasi" does not continue Orban
    if first in lex.continuing and doc.lang == "en" and _proper_after_determiner(surface):
        return False  # "the Kremlin", "the White House": a name, not a role noun for the last speaker
    if st.cue is not None and st.speaker is None:
        return False  # a new, agentless frame ("it was reported that …")
    if st.cue is not None and lex.setting.search(frame_text(doc, st.cue)[2]):
        return False  # a new occasion of its own ("he said at a news conference")
    gap_start, gap_end = _extent(prev).end, _extent(st).start
    if other_person_in_paragraph(doc, gap_start, gap_end, anchor):
        return False
    in_gap = _sentences_within(doc, gap_start, gap_end)
    covered = [_extent(s) for s in doc.statements] if in_gap else []
    for sent in in_gap:
        if len(WORD_RE.findall(doc.text[sent.start : sent.end])) >= 4 and not any(
            sent.span.overlaps(c) for c in covered
        ):
            return False
    return True


def _owner_free(surface: str) -> str:
    """The speaker phrase without its possessor (``Orban’s spokesman X`` → ``spokesman X``)."""
    return re.sub(r"^.*\b\w+(?:'s|’s)\s+", "", surface)


def _proper_after_determiner(surface: str) -> bool:
    """An English ``the`` phrase whose words are all capitalised (a name such as *the White House*)."""
    rest = WORD_RE.findall(surface)[1:]
    return bool(rest) and all(w[:1].isupper() for w in rest)


def _sentences_within(doc: Article, start: int, end: int) -> list[Sentence]:
    """The sentences lying inside ``[start, end)`` (binary search; sentences are in text order)."""
    if start >= end or not doc.sentences:
        return []
    first = doc.sentence_of(start)
    out = []
    for sent in doc.sentences[first:]:
        if sent.start > end:
            break
        if start <= sent.start and sent.end <= end:
            out.append(sent)
    return out


def other_person_in_paragraph(doc: Article, gap_start: int, gap_end: int, anchor: str) -> bool:
    """A new paragraph starts in the gap and names a person other than the chain's speaker first."""
    brk = doc.text.rfind("\n", gap_start, gap_end)
    if brk < 0:
        return False
    names = [t for t in doc.tokens if brk < t.start < gap_end and t.ent.endswith("-PER")]
    return any(not same_name(t.text, anchor) for t in names)


def share_in_sentence(doc: Article) -> None:
    """Statements of one speaker phrase in one sentence (*X called it … and questioned … during an
    interview with Y*) share the medium one of them names."""
    if not doc.sentences:
        return
    by_key: dict[tuple[int, int, int], list[Statement]] = {}
    for st in doc.statements:
        if st.speaker is not None and st.cue is not None:
            key = (doc.sentence_of(st.cue.start), st.speaker.start, st.speaker.end)
            by_key.setdefault(key, []).append(st)
    for group in by_key.values():
        named = {st.channel for st in group if st.channel is not None}
        if len(named) == 1 and len(group) > 1:
            source = next(st for st in group if st.channel is not None)
            for st in group:
                if st.channel is None:
                    st.channel, st.channel_span = source.channel, source.channel_span


def inherit(doc: Article, lex: MediaLexicon) -> None:
    """Pass channel (and, to cue-less continuations, via) on along chains of one speaker."""
    ordered = sorted(doc.statements, key=lambda s: _extent(s).start)
    anchor = ""
    for prev, st in zip(ordered, ordered[1:], strict=False):
        surface = _speaker_text(doc, prev)
        first = surface.split()[0].lower() if surface.split() else ""
        if surface and first not in lex.continuing:
            anchor = surface
        if not continues(doc, prev, st, anchor, lex):
            anchor = ""
            continue
        if st.channel is None and prev.channel is not None:
            st.channel, st.channel_span = prev.channel, prev.channel_span
        pronoun = _speaker_text(doc, st).lower() in PRONOUNS
        if st.via is None and prev.via is not None and (st.cue is None or pronoun):
            st.via, st.via_span = prev.via, prev.via_span


@component("quotes.channels", requires=("statements",), assigns=("statements.channel", "statements.via"))
def make_channel_finder(ctx: PipelineContext) -> ChannelFinder:
    return ChannelFinder()
