"""``positions.rules``: stances of actors on dossier issues from statements and narrative sentences.

Per sentence: find issue terms (dossier vocabulary) and stance cues (lexicon), pair each issue with
the nearest cue, correct the stance for negation and inverted propositions (*Ende der
Waffenlieferungen*), lower confidence for hedges and modals, drop questions, and attribute the
position to the speaker of the statement the cue sits in or to the sentence's subject. The evidence
is the span from cue to issue term. Conservative: unpaired issue terms only yield ``claim`` inside
statements with an assertion cue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parley.context import PipelineContext
from parley.model import Article, Position, Sentence, Span, Statement
from parley.nlp.basic import split_sentences
from parley.positions.issues import IssueHit, IssueMatcher, issue_matcher
from parley.positions.lexicon import (
    PRECONDITION,
    PURPOSE,
    RENOUNCE,
    Cue,
    StanceLexicon,
    concession_issues,
    load_lexicon,
)
from parley.positions.subjects import SubjectFinder, _usable, holder_ok, in_quote, quote_at, statement_at

CLAUSE_BREAK = re.compile(r"[,;:–—()]")
FLIP = {"support": "oppose", "oppose": "support", "offer": "oppose", "renounce": "support"}
NEGATION_WINDOW = 60  # characters before a cue (after the previous cue) in which a negator negates it
WEAK_MAX_COST = 40  # weak issue terms need a cue close by
INVERTER_RE = r"(?:\s+[\w-]+){0,2}\s*$"  # inverter, up to two words (article/adjective), issue term
# German negation after the verb at the end of its clause: "unterstützt … weiterhin nicht."
# only an article (or nothing) between the clause start and a named subject inside a quote
CLAUSE_START = re.compile(r"(?:^|[,;:–—]|\b(?:dass|that|weil|because))\s*(?:der|die|das|the)?\s*$", re.IGNORECASE)
# a relative or adverbial clause between cue and issue: "…, die nach einem Waffenstillstand …",
# "…, weil es keine Einigung gibt"
RELATIVE = re.compile(
    r",\s+(?:die|der|das|dem|den|deren|dessen|welche\w*|which|who|whose|weil|da|obwohl|obgleich|während|"
    r"nachdem|bevor|sobald|because|since|although|though|while|after|before|once|even|selbst)\b|[;:]"
    r"|\b(?:once|sobald|nachdem)\b",
    re.IGNORECASE,
)
SUBORDINATE = re.compile(r"\b(?:once|sobald|wenn|if|when|falls|nachdem|after|bevor|before|unless)\b", re.IGNORECASE)
RIGHT_NEGATION = re.compile(r"\s+(?:not|never|n't|nicht|nie|niemals)\b", re.IGNORECASE)
COORDINATION = re.compile(r"\b(?:and|und|or|oder|but|aber|sondern)\b", re.IGNORECASE)
QUOTE_MARK = re.compile(r"[\"„“”«»]")
LONG_QUOTED_GAP = 25  # a quotation mark in a gap longer than this separates cue and issue
CONDITIONAL_CLAUSE = re.compile(r"\b(?:if|falls|wenn|sofern)\b(?!.*\b(?:if|falls|wenn|sofern)\b)", re.IGNORECASE)
LATE_NEGATION = re.compile(r"(?<!\w)(?:nicht|nie|niemals|keinesfalls)(?:\s+[\w-]+)?\s*$", re.IGNORECASE)


@dataclass
class Settings:
    max_cost: int = 160  # cue–issue distance in characters (+ 35 per clause break) beyond which no pair (long news sentences: 160)
    clause_cost: int = 35
    min_confidence: float = 0.5
    base_confidence: float = 0.85
    claim_confidence: float = 0.6
    hedge_factor: float = 0.7
    question_factor: float = 0.4
    claims: bool = True
    cueless_claims: bool = False  # an issue term topicalised in a cue-free quoted clause = the speaker's claim (opt-in)


CUELESS_LEAD = 45  # a cueless claim's issue term stands near the start of its clause (its topic)
# infinitive clauses, ability modals and wishes assert nothing about the issue
CUELESS_SKIP = re.compile(r"\b(?:um|zu|to|kann|könne|können|kannst|can|cannot|can't|may|might|pray|hope|hoffe\w*)\b"
                          r"|\b\w+zu(?:nehmen|geben|stellen|halten|führen|lassen|setzen)\b", re.IGNORECASE)
RELATIVE_START = re.compile(r"\W*(?:die|der|das|dem|den|deren|dessen|welche\w*|which|who|whom|whose|that)\b", re.IGNORECASE)


@dataclass
class _Found:
    actor: str
    issue: str
    stance: str
    start: int
    end: int
    statement: str | None
    confidence: float


class RulePositions:
    """The ``positions.rules`` component."""

    name = "positions.rules"

    def __init__(self, ctx: PipelineContext, **config: object) -> None:
        self.ctx = ctx
        self.dossier = ctx.dossier_name
        known = Settings.__dataclass_fields__
        self.settings = Settings(**{k: v for k, v in config.items() if k in known})  # type: ignore[arg-type]

    def __call__(self, doc: Article) -> Article:
        lang = self.ctx.lang_of(doc.lang)
        self._lang = lang
        lex, matcher = load_lexicon(lang), issue_matcher(self.dossier, lang)
        finder = SubjectFinder(doc, self.dossier, lang)
        found: list[_Found] = []
        self._previous: tuple[str, str] | None = None  # (issue, stance) the previous sentence is about
        for sent in doc.sentences or split_sentences(doc.text):
            if not _is_heading(doc.text, sent):
                new = self._sentence(doc, sent, lex, matcher, finder)
                found.extend(new)
                self._previous = _topic(new, matcher.find(doc.text, sent.start, sent.end))
        found = [f for f in found if holder_ok(f.actor, self.dossier)]
        doc.positions = [p for p in doc.positions if p.source != "rules"] + _dedupe(found)
        return doc

    # -- one sentence -----------------------------------------------------------------------------
    def _sentence(self, doc: Article, sent: Sentence, lex: StanceLexicon, matcher: IssueMatcher,
                  finder: SubjectFinder) -> list[_Found]:
        text, s, lang = doc.text, self.settings, lex.lang
        hits = _drop_hypothetical(text, sent, matcher.find(text, sent.start, sent.end, region=_region(doc)), lex)
        anaphoric = None
        if not hits:
            anaphoric = _anaphor(text, sent, lex, self._previous)
            if anaphoric is None:
                return []
            hits = [anaphoric]
        cues = lex.find_cues(text, sent.start, sent.end)
        factor = 1.0
        if lex.questions and lex.questions.search(text, sent.start, sent.end):
            factor *= s.question_factor
        plain = [c for c in cues if c.stance not in (PRECONDITION, PURPOSE)]
        markers = [c for c in cues if c.stance in (PRECONDITION, PURPOSE)] + _offer_conditions(text, sent, plain, lex)
        out: list[_Found] = []
        for hit in hits:
            parts: list[Cue] = []  # further cues the evidence must cover (modal, matrix verb)
            cue, stance, cost = self._conditional(doc, sent, hit, hits, markers, plain)
            if cue is not None and hit.weak and (cost > WEAK_MAX_COST or min(abs(hit.start - cue.end),
                                                                             abs(cue.start - hit.end)) > WEAK_MAX_COST):
                cue = stance = None  # a weak term needs the marker close by
            if cue is None:
                cue, cost = self._pair(text, hit, plain, doc, lang)
                if cue is None:
                    claim = self._claim(doc, sent, hit, hits, lex, factor)
                    if claim:
                        out.append(claim)
                    continue
                if hit.weak and cost > WEAK_MAX_COST:
                    continue
                inner = _after_modal(text, hit, cue, plain, lex)
                if inner is not None:
                    parts.append(cue)
                    cue, stance = inner, _compose(cue.stance, self._stance(text, sent, hit, inner, cues, lex) or "")
                else:
                    stance = self._stance(text, sent, hit, cue, cues, lex)
                matrix = _matrix_cue(text, sent, cue, plain, lang) or _frame_cue(doc, hit, cue, plain) \
                    or _renounce_governor(text, hit, cue, plain)
                if matrix is not None and stance is not None:
                    if stance == RENOUNCE and hit.issue in concession_issues(self.dossier):
                        stance = "offer"  # giving up land is a concession: rejecting it opposes the issue
                    stance = _compose(self._stance(text, sent, hit, matrix, cues, lex, governs_renounce=True), stance)
                    parts.extend((cue, matrix))
                    cue = matrix if matrix.start < cue.start else cue
            if stance == RENOUNCE:
                stance = "offer"
            if stance is None:
                continue
            conf = s.base_confidence * factor - cost / 1000
            clause = _clause(text, sent, min(cue.start, hit.start), max(cue.end, hit.end))
            if lex.hedges and lex.hedges.search(text, *clause):
                conf *= s.hedge_factor
            if conf < s.min_confidence:
                continue
            start = min(cue.start, hit.start, *(c.start for c in parts))
            end = max(cue.end, hit.end, *(c.end for c in parts))
            if anaphoric is not None and self._previous and self._previous[1] == "oppose" and stance in FLIP:
                stance = FLIP[stance]  # "X fordert ein Ende der Sanktionen. Das lehnt Y ab." = Y supports them
            if anaphoric is not None and stance not in ("support", "oppose"):
                continue
            for actor, statement in self._holders(doc, sent, cue, hit, hits, finder):
                out.append(_Found(actor, hit.issue, stance, start, end, statement, round(conf, 3)))
        return _merge(out)

    def _conditional(self, doc: Article, sent: Sentence, hit: IssueHit, hits: list[IssueHit], markers: list[Cue],
                     plain: list[Cue]) -> tuple[Cue | None, str | None, int]:
        """Stance from precondition markers: the issue in the precondition clause is required
        (support) when another issue is made conditional on it (condition); alone, it is the
        condition the actor sets ("Kiew werde nur zustimmen, wenn es Sicherheitsgarantien gebe")."""
        if not markers:
            return None, None, 0
        text = doc.text
        for m in markers:
            if m.stance == PRECONDITION:
                lo, hi = m.end, _clause(text, sent, m.end, m.end)[1]
            else:  # the precondition is the clause before the marker (skip a comma right before it)
                k = len(text[: m.start].rstrip(" ,"))
                lo, hi = _clause(text, sent, k, k)[0], m.start
            if lo <= hit.start and hit.end <= hi:
                # what the actor requires: support, unless a cue inside says otherwise ("erst wenn die
                # Sanktionen aufgehoben sind" requires lifting the sanctions: oppose)
                inner = [c for c in plain if lo <= c.start and c.end <= hi]
                cue, _ = self._pair(text, hit, inner)
                lex = load_lexicon(self._lang)
                tail = CLAUSE_BREAK.split(text[hit.end : hi], maxsplit=1)[0]
                if lex.cessations is not None and lex.cessations.search(tail) and cue is None:
                    return m, "oppose", 0  # "wenn der Westen die Waffenlieferungen einstelle"
                if cue is not None and cue.stance in ("oppose", RENOUNCE):
                    return m, FLIP[cue.stance] if cue.stance == RENOUNCE else "oppose", 0
                conditioned = any(not h.weak and not (lo <= h.start and h.end <= hi) for h in hits)
                conditioned = conditioned or not (lex.conditional and lex.conditional.search(text, m.start, m.end))
                return m, "support" if conditioned else "condition", 0
        cue, cost = self._pair(text, hit, markers)
        return (cue, "condition", cost) if cue is not None else (None, None, 0)

    def _pair(self, text: str, hit: IssueHit, cues: list[Cue], doc: Article | None = None,
              lang: str | None = None) -> tuple[Cue | None, int]:
        best, best_cost = None, self.settings.max_cost + 1
        for cue in cues:
            if doc is not None and not _same_region(doc, cue, hit):
                continue
            if hit.start <= cue.start and cue.end <= hit.end and _nominal_in_term(text, cue, hit, lang):
                continue
            if cue.end <= hit.start:
                gap = (cue.end, hit.start)
            elif hit.end <= cue.start:
                gap = (hit.end, cue.start)
            else:
                gap = (0, 0)
            between = text[gap[0] : gap[1]]
            if cue.end <= hit.start and RELATIVE.search(between):
                continue  # the issue sits in a relative or adverbial clause, or after a colon
            if QUOTE_MARK.search(between) and len(between) > LONG_QUOTED_GAP:
                continue  # cue and issue on different sides of a quotation
            breaks = len(CLAUSE_BREAK.findall(between)) + len(COORDINATION.findall(between))
            cost = len(between) + self.settings.clause_cost * breaks
            if cost < best_cost:
                best, best_cost = cue, cost
        return (best, best_cost) if best is not None else (None, 0)

    def _stance(self, text: str, sent: Sentence, hit: IssueHit, cue: Cue, cues: list[Cue],
                lex: StanceLexicon, governs_renounce: bool = False) -> str | None:
        stance = cue.stance
        flips = 0
        inverted = self._inverted(text, sent, hit, cues, lex)
        if not cue.negation_inside and lex.negators:
            previous = max((c.end for c in cues if c.end <= cue.start), default=sent.start)
            window_start = max(sent.start, previous, cue.start - NEGATION_WINDOW)
            if inverted and hit.end <= cue.start:
                window_start = max(window_start, hit.end)  # "keine Soldaten schicken": one negation, not two
            left = text[window_start : cue.start]
            left = left[max(m.end() for m in CLAUSE_BREAK.finditer(left)) :] if CLAUSE_BREAK.search(left) else left
            if lex.not_negation is not None:  # "nicht nur", "not only" negate nothing
                left = lex.not_negation.sub(" ", left)
            conj = list(COORDINATION.finditer(left))  # "must never join NATO and must reduce …"
            left = left[conj[-1].end() :] if conj else left
            inside = text[cue.start : cue.end]
            late = lex.lang == "de" and LATE_NEGATION.search(text[cue.end : _clause(text, sent, cue.end, cue.end)[1]])
            right = RIGHT_NEGATION.match(text, cue.end)  # "must never join", "will not accept"
            if lex.negators.search(left) or lex.negators.search(inside) or late or right:
                flips += 1
        if lex.cessations is not None and cue.end <= hit.start:
            # "dass der Westen die Waffenlieferungen einstellt", "until arms deliveries stop": the verb
            # after the term in its clause (up to five words between)
            at = hit.end + len(text[hit.end : sent.end]) - len(text[hit.end : sent.end].lstrip())
            c_m = None
            for _ in range(6):  # the first cessation verb among the next words of the clause
                c_m = lex.cessations.match(text, at, min(sent.end, at + 30))
                nxt = re.match(r"[\w-]+\s+", text[at : sent.end])
                if c_m or nxt is None or COORDINATION.fullmatch(nxt.group().strip()):
                    break
                at += nxt.end()
            if c_m and not any(c_m.start() < c.end and c.start < c_m.end() for c in cues):
                flips += 1
        flips += inverted
        if not inverted and not governs_renounce and hit.issue not in concession_issues(self.dossier) \
                and self._renounced(text, sent, hit, cue, cues, lex):
            flips += 1  # "Einen Verzicht auf die Nato-Mitgliedschaft lehnt Kiew ab" = support
        if flips % 2 and stance == RENOUNCE:
            # refusing to give something up: opposes a concession, supports anything else
            return "oppose" if hit.issue in concession_issues(self.dossier) else "support"
        if flips % 2 and stance in FLIP:
            stance = FLIP[stance]
        return stance

    @staticmethod
    def _inverter_at(text: str, sent: Sentence, hit: IssueHit, lex: StanceLexicon) -> int | None:
        """Start of an inverter right before the issue term, if any."""
        if not lex.inverters:
            return None
        before = text[max(sent.start, hit.start - 40) : hit.start]
        m = re.search(f"(?:{lex.inverters.pattern}){INVERTER_RE}", before, re.IGNORECASE)
        return hit.start - len(before) + m.start() if m else None

    @classmethod
    def _inverted(cls, text: str, sent: Sentence, hit: IssueHit, cues: list[Cue], lex: StanceLexicon) -> bool:
        """An inverter right before the issue term turns its proposition ("ein Ende der
        Waffenlieferungen", "keine Truppen")."""
        at = cls._inverter_at(text, sent, hit, lex)
        return at is not None and not any(c.start <= at < c.end for c in cues)

    @classmethod
    def _renounced(cls, text: str, sent: Sentence, hit: IssueHit, cue: Cue, cues: list[Cue],
                   lex: StanceLexicon) -> bool:
        """The issue is the object of a renouncing noun that is not the paired cue ("einen Verzicht
        auf X lehnt … ab", "giving up X is unacceptable"): the paired cue judges giving X up."""
        at = cls._inverter_at(text, sent, hit, lex)
        return at is not None and any(c.start <= at < c.end and c.stance == RENOUNCE and c is not cue
                                      and c.end <= hit.start for c in cues)

    def _claim(self, doc: Article, sent: Sentence, hit: IssueHit, hits: list[IssueHit], lex: StanceLexicon,
               factor: float) -> _Found | None:
        s = self.settings
        if not s.claims or lex.claims is None or (hit.weak and any(not h.weak for h in hits)):
            return None
        st = statement_at(doc, hit.start, hit.end)
        if st is None or not _usable(st.speaker_actor) or not in_quote(st, hit.start, hit.end):
            return None
        clause = _clause(doc.text, sent, hit.start, hit.end, quote=st.quote)
        cue = next((m for m in lex.claims.finditer(doc.text, *clause) if m.end() <= hit.start or m.start() >= hit.end),
                   None)
        if cue is None:
            return self._cueless_claim(doc, sent, st, hit, hits, clause, lex, factor)
        # one claim per assertion: the issue term right after the assertion cue (its complement),
        # else the nearest one before it
        def rank(h: IssueHit) -> tuple[int, int]:
            return (0, h.start - cue.end()) if h.start >= cue.end() else (1, cue.start() - h.end)

        between = doc.text[min(cue.end(), hit.end) : max(cue.start(), hit.start)]
        if RELATIVE.search(between) or SUBORDINATE.search(doc.text, clause[0], hit.start):
            return None  # not asserted: the issue sits in a when/if/once clause
        rivals = [h for h in hits if not h.weak and clause[0] <= h.start < clause[1]]
        if rivals and min(rivals, key=rank) is not hit:
            return None
        conf = s.claim_confidence * factor
        if lex.hedges and lex.hedges.search(doc.text, *clause):
            conf *= s.hedge_factor
        if conf < s.min_confidence:
            return None
        return _Found(st.speaker_actor, hit.issue, "claim", clause[0], clause[1], st.id or None, round(conf, 3))  # type: ignore[arg-type]

    def _cueless_claim(self, doc: Article, sent: Sentence, st: Statement, hit: IssueHit, hits: list[IssueHit],
                       clause: tuple[int, int], lex: StanceLexicon, factor: float) -> _Found | None:
        """A quoted clause that names an issue plainly but carries no cue at all ("Die Gespräche in
        Istanbul haben begonnen", sagte X) asserts something about it: a claim of the speaker."""
        s = self.settings
        if not s.cueless_claims or hit.weak or SUBORDINATE.search(doc.text, clause[0], hit.start):
            return None
        if any(not h.weak and h is not hit and clause[0] <= h.start < clause[1] and h.start < hit.start for h in hits):
            return None  # one claim per clause: the first issue
        if lex.hedges and lex.hedges.search(doc.text, *clause):
            return None
        lead, body = doc.text[clause[0] : hit.start], doc.text[clause[0] : clause[1]]
        rel = RELATIVE_START.match(lead)  # "die sich … aufhalten" (not the term's article: "die Gespräche")
        if len(lead) > CUELESS_LEAD or CUELESS_SKIP.search(body) or (rel and lead[rel.end() :].strip()):
            return None  # the issue is no topic of the clause, or the clause asserts nothing (um … zu, kann)
        return _Found(st.speaker_actor, hit.issue, "claim", clause[0], clause[1], st.id or None,  # type: ignore[arg-type]
                      round(s.claim_confidence * factor, 3))

    def _holders(self, doc: Article, sent: Sentence, cue: Cue, hit: IssueHit, hits: list[IssueHit],
                 finder: SubjectFinder) -> list[tuple[str, str | None]]:
        avoid = [(h.start, h.end) for h in hits]
        st = statement_at(doc, cue.start, cue.end) or statement_at(doc, hit.start, hit.end)
        if st is not None and not (_usable(st.speaker_actor) and holder_ok(st.speaker_actor, self.dossier)):
            st = None  # unresolved or unclean speaker (a channel, a fragment): look for the subject instead
        if st is not None and st.cue is not None and st.cue.start < cue.end and cue.start < st.cue.end:
            # the statement's own stance verb ("fordert, dass …"): the speaker holds the position, with
            # the subjects coordinated with it ("Merz und Macron forderten …")
            group = finder.subjects(sent.start, sent.end, cue.start, cue.end, avoid=avoid)
            others = [h.actor for h in group if h.actor != st.speaker_actor and holder_ok(h.actor, self.dossier)]
            if len(group) > 1 and any(h.actor == st.speaker_actor for h in group):
                return [(st.speaker_actor, st.id or None), *((a, st.id or None) for a in dict.fromkeys(others))]  # type: ignore[list-item]
            return [(st.speaker_actor, st.id or None)]  # type: ignore[list-item]
        if st is not None and in_quote(st, cue.start, cue.end):
            # a named third party as subject inside the quote holds the position, else the speaker
            lex = load_lexicon(self._lang)
            deontic = lex.deontic is not None and lex.deontic.fullmatch(doc.text, cue.start, cue.end)
            named = [] if deontic else finder.subjects(max(sent.start, st.quote.start), cue.start, cue.start,
                                                       cue.end, avoid=avoid, named_only=True)
            named = [h for h in named if cue.start - h.end <= 40 and not CLAUSE_BREAK.search(doc.text[h.end:cue.start])
                     and not re.match(r"[’']s?\b|s\s", doc.text[h.end : h.end + 2])
                     and CLAUSE_START.search(doc.text[max(sent.start, st.quote.start) : h.start])
                     and not finder.same_side(h.actor, st.speaker_actor)]
            if named:
                return [(h.actor, st.id or None) for h in named]
            return [(st.speaker_actor, st.id or None)] if _usable(st.speaker_actor) else []  # type: ignore[list-item]
        if st is not None and _usable(st.speaker_actor):
            return [(st.speaker_actor, st.id or None)]  # type: ignore[list-item]
        owner = finder.owner(sent.start, sent.end, cue.start, cue.end) if _is_noun(doc.text, cue, doc.lang) else None
        if owner is not None:
            return [(owner.actor, None)]
        # mentions inside a quote the cue is not part of belong to that quote, not to the cue
        avoid += [(q.start, q.end) for other in doc.statements for q in (other.quote_parts or [other.quote])
                  if sent.start <= q.start < sent.end and not (q.start <= cue.start < q.end)]
        cond = CONDITIONAL_CLAUSE.search(doc.text[sent.start : cue.start])
        if cond and _in_conditional(doc.text, sent, cue.start):
            # a cue in an if-clause: its subject is hypothetical; the main clause's subject holds
            at = sent.start + cond.start()
            return [(h.actor, None) for h in finder.subjects(sent.start, at, at, at + 1, avoid=avoid)]
        subjects = finder.subjects(sent.start, sent.end, cue.start, cue.end, avoid=avoid)
        return [(h.actor, None) for h in subjects]


ZU_INFINITIVE = re.compile(
    r"^(?:(?:an|auf|aus|ab|bei|ein|fest|fort|her|hin|mit|nach|vor|weg|zurück|zusammen|durch|um|über)zu\w+en)$",
    re.IGNORECASE,
)


def _after_modal(text: str, hit: IssueHit, cue: Cue, cues: list[Cue], lex: StanceLexicon) -> Cue | None:
    """The content verb after the issue when the paired cue is a modal before it: "Russland wolle
    Sanktionen loswerden" (modal ``wolle``, content verb ``loswerden``)."""
    if lex.modals is None or cue.end > hit.start or not lex.modals.fullmatch(text, cue.start, cue.end):
        return None
    for c in cues:
        gap = text[hit.end : c.start]
        if (c.start >= hit.end and len(gap) <= 40 and not CLAUSE_BREAK.search(gap) and c.stance in FLIP
                and not COORDINATION.search(gap) and not lex.modals.fullmatch(text, c.start, c.end)):
            return c
    return None


def _matrix_cue(text: str, sent: Sentence, cue: Cue, cues: list[Cue], lang: str | None) -> Cue | None:
    """The governing cue when ``cue`` heads an infinitive complement: "riet davon ab, eine Waffenruhe
    anzustreben", "rejected calls to accept a truce"."""
    word = text[cue.start : cue.end]
    before = text[max(sent.start, cue.start - 4) : cue.start]
    if _is_noun(text, cue, lang):  # "Die Forderung nach X wurde … abgelehnt": the verb governs the noun
        right = [c for c in cues if c.start >= cue.end and c.start - cue.end <= 80 and c.stance in FLIP
                 and not CLAUSE_BREAK.search(text[cue.end : c.start]) and not _is_noun(text, c, lang)]
        if right:
            return right[0]
    left = [c for c in cues if c.end <= cue.start and cue.start - c.end <= 90 and c.stance in FLIP]
    if not left:
        return None
    if ZU_INFINITIVE.match(word) or before.endswith(("zu ", "to ")) or word.lower().startswith(("zu ", "to ")):
        return left[-1]
    # a verb cue governing a that-clause: "Moskau will, dass Kiew auf X verzichtet"
    gap = text[left[-1].end : cue.start]
    that = re.match(r"\s*,?\s*(?:dass|that)\b", gap, re.IGNORECASE)
    if that and not re.search(r"[,;:–—]", gap[that.end() :]) and left[-1].stance in ("support", "oppose") \
            and cue.stance == RENOUNCE:  # only where it changes the stance: demanding that others give X up
        return left[-1]
    # a nominal cue as the object of a verb cue: "rejected calls for …", "backed demands for …"
    coordinated = re.search(r"\b(?:und|oder|sowie|and|or|but|aber)\b", gap, re.IGNORECASE)
    return left[-1] if len(gap) <= 15 and not CLAUSE_BREAK.search(gap) and not coordinated else None


def _renounce_governor(text: str, hit: IssueHit, cue: Cue, cues: list[Cue]) -> Cue | None:
    """The verb judging a renouncing cue and its object: enclosing it ("lehnt einen Verzicht auf X
    ab") or right after the object ("giving up X was out of the question")."""
    if cue.stance != RENOUNCE or cue.end > hit.start:
        return None
    for c in cues:
        if c is cue or c.stance not in FLIP:
            continue
        if c.start <= cue.start and c.end >= hit.end:
            return c
        gap = text[hit.end : c.start]
        if c.start >= hit.end and len(gap) <= 40 and not CLAUSE_BREAK.search(gap) and not COORDINATION.search(gap):
            return c
    return None


def _frame_cue(doc: Article, hit: IssueHit, cue: Cue, cues: list[Cue]) -> Cue | None:
    """The stance-bearing cue of the statement whose quote holds ``hit`` ("Der Kreml fordert, dass
    …"), when the pair's own cue lies inside that quote."""
    st = quote_at(doc, hit.start, hit.end)
    if st is None or st.cue is None or not in_quote(st, cue.start, cue.end):
        return None
    frame = [c for c in cues if c.start < st.cue.end and st.cue.start < c.end and c.stance in FLIP]
    return frame[0] if frame else None


COMPOSE = {  # matrix stance -> {inner stance -> resulting stance}; unlisted inner stances stay
    "support": {"renounce": "oppose", "offer": "support"},
    "oppose": {"support": "oppose", "oppose": "support", "offer": "oppose", "renounce": "support"},
    "offer": {"support": "offer", "renounce": "offer"},
}


def _compose(matrix: str | None, inner: str) -> str:
    """Stance of a governing cue over its complement's stance: demanding that Ukraine give up X
    opposes X; advising against seeking X opposes X; offering to provide X offers X."""
    return COMPOSE.get(matrix or "", {}).get(inner, inner)


def _region(doc: Article):
    """Span -> the innermost quote holding it (``None`` outside quotes)."""
    def region(start: int, end: int) -> object:
        st = quote_at(doc, start, end)
        return None if st is None else (st.quote.start, st.quote.end)
    return region


def _same_region(doc: Article, cue: Cue, hit: IssueHit) -> bool:
    """Cue and issue inside the same statement's quote, or both outside quotes; a statement's own
    cue or frame ("forderte, dass …") may govern its quote."""
    cue_q, hit_q = quote_at(doc, cue.start, cue.end), quote_at(doc, hit.start, hit.end)
    if cue_q is None and hit_q is None:
        return True
    if cue_q is not None and hit_q is not None:
        return cue_q is hit_q or cue_q.quote.contains(hit_q.quote) or hit_q.quote.contains(cue_q.quote)
    if hit_q is not None:
        return any(s is not None and s.start < cue.end and cue.start < s.end for s in (hit_q.cue, hit_q.frame))
    return False


def _nominal_in_term(text: str, cue: Cue, hit: IssueHit, lang: str | None) -> bool:
    """A nominal cue inside the issue term itself ("military support", "militärische Unterstützung")."""
    if lang == "en":
        return cue.end == hit.end and cue.start > hit.start
    return text[cue.start : cue.start + 1].isupper()


def _is_noun(text: str, cue: Cue, lang: str | None) -> bool:
    """German nouns are capitalised: a cue like "Forderung" (not sentence-initial) is nominal."""
    return lang != "en" and text[cue.start : cue.start + 1].isupper() and cue.start > 0 and text[cue.start - 1] != "\n"


STANCE_PRIORITY = ("condition", "oppose", "offer", "support", "claim")


def _merge(found: list[_Found]) -> list[_Found]:
    """One position per actor and issue in a sentence, its evidence spanning all cue-issue pairs;
    where one sentence gives an actor several stances on an issue, the most specific one wins
    (condition, oppose, offer, support, claim)."""
    best_stance: dict[tuple[str, str], str] = {}
    for f in found:
        key2 = (f.actor, f.issue)
        if key2 not in best_stance or STANCE_PRIORITY.index(f.stance) < STANCE_PRIORITY.index(best_stance[key2]):
            best_stance[key2] = f.stance
    found = [f for f in found if best_stance[(f.actor, f.issue)] == f.stance]
    merged: dict[tuple[str, str, str], _Found] = {}
    for f in found:
        key = (f.actor, f.issue, f.stance)
        if key in merged:
            m = merged[key]
            m.start, m.end = min(m.start, f.start), max(m.end, f.end)
            m.confidence = max(m.confidence, f.confidence)
            m.statement = m.statement or f.statement
        else:
            merged[key] = f
    return list(merged.values())


def _drop_hypothetical(text: str, sent: Sentence, hits: list[IssueHit], lex: StanceLexicon) -> list[IssueHit]:
    """Drop issue terms qualified as hypothetical ("eines möglichen Waffenstillstands") when the
    sentence names another issue plainly."""
    if lex.hypothetical is None or len(hits) < 2:
        return hits
    hypo = set()
    for i, hit in enumerate(hits):
        before = text[max(sent.start, hit.start - 30) : hit.start]
        if re.search(f"(?:{lex.hypothetical.pattern})" + r"\s+(?:[\w-]+\s+)?$", before, re.IGNORECASE):
            hypo.add(i)
    plain = {h.issue for i, h in enumerate(hits) if i not in hypo and not h.weak}
    return [h for i, h in enumerate(hits) if i not in hypo or not (plain - {h.issue})]


def _clause(text: str, sent: Sentence, start: int, end: int, quote: Span | None = None) -> tuple[int, int]:
    """The clause around ``[start, end)``: up to the nearest clause breaks inside the sentence."""
    lo, hi = sent.start, sent.end
    if quote is not None:
        lo, hi = max(lo, quote.start), min(hi, quote.end)
    left = text[lo:start]
    breaks = list(re.finditer(r"[;:–—]|,\s", left))
    if breaks:
        lo += breaks[-1].end()
    right = re.search(r"[;:–—]|,\s", text[end:hi])
    if right:
        hi = end + right.start()
    while lo < hi and text[lo] in " \"„“”«»'":
        lo += 1
    while hi > lo and text[hi - 1] in " .!?\"„“”«»'":
        hi -= 1
    return lo, max(hi, lo)


def _is_heading(text: str, sent: Sentence) -> bool:
    """A line without closing punctuation standing alone (headline, sub-heading, teaser)."""
    body = text[sent.start : sent.end].rstrip()
    if not body:
        return False
    line_start = sent.start == 0 or text[sent.start - 1] == "\n"
    line_end = text[sent.end : sent.end + 1] in ("\n", "")
    core = body.rstrip("\"“”»«'’) ")
    if line_start and line_end and len(body) < 120 and core[-1:] not in (".", "!", "?", ":"):
        return True
    return body[-1] not in ".!?\"“”»«'’)" and (line_end or len(body) < 80)


def _dedupe(found: list[_Found]) -> list[Position]:
    """One position per actor/issue/stance/evidence; within a sentence's span the most confident."""
    best: dict[tuple, _Found] = {}
    for f in found:
        key = (f.actor, f.issue, f.stance, f.start, f.end)
        if key not in best or f.confidence > best[key].confidence:
            best[key] = f
    return [
        Position(actor=f.actor, issue=f.issue, stance=f.stance, evidence=Span(f.start, f.end),
                 statement=f.statement, confidence=f.confidence, source="rules")
        for f in sorted(best.values(), key=lambda f: (f.start, f.issue))
    ]


def _offer_conditions(text: str, sent: Sentence, cues: list[Cue], lex: StanceLexicon) -> list[Cue]:
    """Precondition markers for offers made conditional by a following clause: "bereit, über eine
    Waffenruhe zu reden, wenn …", "would agree, but only once …" (the offer is a condition). A plain
    "if" conditions only readiness ("bereit", "ready to"); other offers need "nur"/"only"/"but"."""
    if lex.offer_conditions is None:
        return []
    out: list[Cue] = []
    for cue in cues:
        if cue.stance != "offer":
            continue
        ready = lex.readiness is not None and lex.readiness.search(text, cue.start, cue.end)
        ready = ready or re.search(r"\b(?:nur|erst|only)\b(?:\s+[\w-]+){0,3}\s*$",
                                   text[_clause(text, sent, cue.start, cue.start)[0] : cue.start], re.IGNORECASE)
        for m in lex.offer_conditions.finditer(text, cue.end, sent.end):
            restricted = re.search(r"\b(?:nur|erst|only|but|aber|jedoch)\b", m.group(), re.IGNORECASE)
            if (restricted or ready) and not re.search(r"[.;:!?]", text[cue.end : m.start()]):
                out.append(Cue(PRECONDITION, m.start(), m.end()))
            break
    return out


def _topic(found: list[_Found], hits: list[IssueHit]) -> tuple[str, str] | None:
    """The one issue a sentence is about (and the stance found on it), for a following anaphor."""
    issues = {h.issue for h in hits if not h.weak}
    if len(issues) != 1:
        return None
    issue = issues.pop()
    stances = {f.stance for f in found if f.issue == issue}
    return issue, (stances.pop() if len(stances) == 1 else "support")


def _anaphor(text: str, sent: Sentence, lex: StanceLexicon, previous: tuple[str, str] | None) -> IssueHit | None:
    """An anaphor standing for the previous sentence's proposition ("Das lehnt Kiew ab"), as a hit
    of that sentence's issue."""
    if previous is None or lex.anaphors is None:
        return None
    m = lex.anaphors.search(text[sent.start : sent.end])
    if m is None:
        return None
    # the hit is the pronoun (with its noun: "diese Forderung", "that demand"), not the verb or
    # evaluation the pattern may include ("lehnt das ab", "this was unacceptable")
    pronoun = PRONOUN.search(text, sent.start + m.start(), sent.start + m.end())
    if pronoun is None:
        return None
    return IssueHit(previous[0], pronoun.start(), pronoun.end())


PRONOUN = re.compile(
    r"\b(?:(?:einen|eine|ein)\s+solche[nrs]?\s+[A-ZÄÖÜ]\w*|(?:diese[nrs]?|such\s+an?|this|that|the)\s+"
    r"(?:[A-ZÄÖÜ]\w*|idea|proposal|demand|plan|offer|suggestion|request|condition|ultimatum)"
    r"|das|dies|dieses|this|that|it)\b", re.IGNORECASE)


def _in_conditional(text: str, sent: Sentence, pos: int) -> bool:
    """Whether ``pos`` lies in an if-clause (*if*, *falls*, *wenn*, *sofern*) opened in its sentence."""
    m = CONDITIONAL_CLAUSE.search(text[sent.start : pos])
    return bool(m) and not CLAUSE_BREAK.search(text[sent.start + m.end() : pos])
