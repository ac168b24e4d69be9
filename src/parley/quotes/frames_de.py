"""Reporting frames in one German sentence: cue verbs, their speakers and their content clauses.

A :class:`Frame` is a cue (verb of saying, "laut", "zufolge", "so") with the speaker phrase it
names and, where the sentence has one, the reported content (``content``, a token range).
"""

from __future__ import annotations

from dataclasses import dataclass

from parley.quotes.cues import CueLexicon, CueVerb, german_lexicon
from parley.quotes.phrases_de import (
    QUOTE_MARKS,
    SENTENCE_END,
    SUBORDINATORS,
    SentTokens,
    name_part,
    noun_phrase,
    phrase_before,
    skip_adverbs,
)

HEISST = CueVerb("heißen", "", "speech", "c", "")  # "hieß es, …" (agentless)
NAMES = {"NE", "FM"}
WERDEN = {"wird", "wurde", "werden", "wurden", "werde", "würde", "worden"}
COORD = {"und", "aber", "sondern", "sowie", "oder"}
DEMONSTRATIVE = {"das", "dies", "dieses", "so"}
QUESTION_WORDS = {"ob", "wie", "warum", "wann", "wo", "was", "wer", "weshalb", "wieso", "welche", "welcher"}
PRONOMINAL_ADVERBS = ("da", "dar")
REPORT_NOUNS = {
    "angaben",
    "worten",
    "aussage",
    "aussagen",
    "ansicht",
    "einschätzung",
    "auffassung",
    "darstellung",
    "meinung",
    "informationen",
    "berichten",
    "meldungen",
    "schätzung",
    "schätzungen",
}
SEPARABLE_PREFIXES = {
    "ab",
    "an",
    "auf",
    "aus",
    "bei",
    "ein",
    "fest",
    "fort",
    "her",
    "hin",
    "los",
    "mit",
    "nach",
    "vor",
    "weg",
    "zu",
    "zurück",
    "zusammen",
    "weiter",
    "hinzu",
    "heraus",
    "hervor",
    "vorbei",
    "voran",
    "statt",
    "teil",
    "frei",
    "bekannt",
    "klar",
    "fern",
    "kund",
    "durch",
    "um",
    "wieder",
    "entgegen",
    "gegenüber",
}
ADVERBIAL_CLAUSES = {
    "als",
    "nachdem",
    "wenn",
    "weil",
    "obwohl",
    "während",
    "bevor",
    "seit",
    "seitdem",
    "sobald",
}


@dataclass
class Frame:
    """A cue with its speaker and content; ranges are local token ranges ``[a, b)``."""

    cue: tuple[int, int]
    kind: str = "verb"  # verb | laut | zufolge | so | heisst
    verb: CueVerb | None = None
    speaker: tuple[int, int] | None = None
    content: tuple[int, int] | None = None
    nominal: bool = False
    addressee: tuple[int, int] | None = None
    backref: bool = False  # "Das sagte X": content is the previous sentence
    passive: bool = False
    cue_noun: bool = False  # the cue verb is framed by a cue noun ("vertrat die Ansicht, …")
    via: tuple[int, int] | None = None  # relaying source ("zitiert die Moscow Times X")

    @property
    def index(self) -> int:
        return self.cue[0]


def _has_prep(st: SentTokens, a: int, b: int, prep: str) -> bool:
    words = {st.low(k) for k in range(a, b)}
    return prep in words or any(p + prep in words or p + "r" + prep in words for p in PRONOMINAL_ADVERBS)


def cue_verbs(st: SentTokens, lex: CueLexicon) -> list[Frame]:
    """Frames for every cue verb outside quotes (separable verbs need their particle)."""
    frames = []
    for k, tok in enumerate(st.tokens):
        if st.quoted[k] or not tok.tag.startswith("VV"):
            continue
        a, b = st.clause(k)
        verb = None
        if tok.tag in {"VVFIN", "VVIMP"}:
            for cand in lex.separable(tok.lemma):
                if any(st.low(m) == cand.particle for m in range(k + 1, b)) or st.low(k - 1) == cand.particle:
                    verb = cand
                    break
        if verb is None:
            verb = lex.verb(tok.lemma)
            if verb is not None and tok.tag in {"VVFIN", "VVIMP"} and _other_particle(st, k, b):
                verb = None  # "sagte das Treffen ab" is absagen, not sagen
        if (
            verb is None
            and tok.lemma.lower() == "heißen"
            and (st.low(k + 1) == "es" or st.low(k - 1) == "es")
        ):
            frames.append(Frame((k, k + 1), kind="heisst", verb=HEISST, passive=True))
            continue
        if verb is None:
            continue
        if verb.prep and not _has_prep(st, *st.clause_loose(k), verb.prep):
            continue
        if verb.prep == "sich" and not any(st.tag(m) == "ADJD" for m in range(k + 1, b)):
            continue  # "zeigte sich optimistisch", not "zeigte sich an den Börsen"
        frames.append(Frame((k, k + 1), verb=verb))
    return frames


def _other_particle(st: SentTokens, k: int, b: int) -> bool:
    """Whether the clause closes with a separable particle, making the finite verb a particle verb."""
    end = b - 1
    return end > k and st.tag(end) == "PTKVZ" and st.low(end) in SEPARABLE_PREFIXES


def _nominative_np(st: SentTokens, i: int, skip: bool = True) -> tuple[int, int] | None:
    if skip:
        i = skip_adverbs(st, i)
    if st.low(i).startswith(("kein", "nichts", "jede", "jeder", "alle")):
        return None  # "nannte aber keine Details": not a speaker
    end = noun_phrase(st, i, nominative=True)
    if end > i and st.low(end) == "und" and st.tag(i) != "PPER":  # "Macron und Starmer erklärten"
        second = noun_phrase(st, end + 1, nominative=True)
        if second > end + 1 and st.tag(end + 1) != "PPER":
            end = second
    if end > i and not any(st.quoted[i:end]):
        if st.tag(i) == "PPER" or any(st.tag(m) in {"NE", "NN", "FM"} for m in range(i, end)):
            return i, end
    return None


def _finite_aux(st: SentTokens, a: int, k: int) -> int | None:
    for m in range(a, k):
        if st.tag(m) in {"VAFIN", "VMFIN"} or (st.tag(m) == "VVFIN" and m < k):
            return m
    return None


def find_speaker(st: SentTokens, frame: Frame, a: int) -> None:
    """Set ``frame.speaker`` (and ``passive``) from the clause ``[a, …)`` around the cue."""
    k = frame.index
    tok = st.tokens[k]
    first = st.low(a)
    if st.tag(a) in SUBORDINATORS or first in {"wie", "als"}:  # "…, wie X sagte" / "nachdem X erklärte"
        frame.speaker = _nominative_np(st, a + 1)
        return
    v1 = k > 0 and st.tokens[k - 1].text == "," and tok.tag == "VVINF"  # ", befürchten Verbündete"
    finite = k if tok.tag.endswith("FIN") or v1 else _finite_aux(st, a, k)
    if finite is not None and finite != k and st.low(finite) in WERDEN and tok.tag != "VVINF":
        subj = _nominative_np(st, finite + 1)
        if subj is None or st.low(subj[0]) == "es" or a == finite:
            frame.passive = True
            return
    if finite is None:
        frame.speaker = _nominative_np(st, a)
        return
    if finite > a:
        vorfeld = _nominative_np(st, a, skip=False)
        if vorfeld is not None and vorfeld[1] < finite and st.tag(vorfeld[1]) in {"APPR", "APPRART"}:
            vorfeld = (vorfeld[0], finite)  # "Ein Sprecher … in Washington sagte"
        if vorfeld is not None and vorfeld[1] == finite and first not in DEMONSTRATIVE:
            frame.speaker = vorfeld
            return
        if first in {"das", "dies"} and finite == a + 1:
            frame.backref = True
    frame.speaker = _nominative_np(st, finite + 1)


def speaker_span(st: SentTokens, rng: tuple[int, int] | None) -> tuple[int, int] | None:
    return None if rng is None else name_part(st, *rng)


def _is_complement_start(st: SentTokens, c: int, verb: CueVerb) -> tuple[bool, int]:
    """Whether a content clause starts at ``c``; returns (yes, start of the quote)."""
    word, tag = st.low(c), st.tag(c)
    if word in {"dass", "daß"}:
        return "c" in verb.takes or "q" in verb.takes or "i" in verb.takes, c + 1
    if word in QUESTION_WORDS:
        return "q" in verb.takes or word == "ob", c + (word == "ob")
    if tag in {"APPR", "APPRART"} and st.tag(c + 1) in {"PRELS", "PRELAT", "PWS", "PWAT"}:
        return False, c  # "…, in dem 185 Länder aufgelistet sind": a relative clause
    _a, b = st.clause(c)
    if tag == "KOUS" or word in {"wie", "wo", "als", "wenn", "weil", "nachdem", "bevor", "während"}:
        return False, c
    if "i" in verb.takes and any(st.tag(m) == "VVIZU" or st.low(m) == "zu" for m in range(c, b)):
        return True, c
    if tag in SUBORDINATORS and not (tag == "PRELS" and st.tag(c + 1) in {"NN", "NE", "ADJA"}):
        return False, c  # a relative clause (HanTa's PRELS before a noun is an article)
    if "c" in verb.takes:
        for m in range(c, b):
            if st.tag(m).endswith("FIN"):
                if m == b - 1 and m > c + 1 and not st.tokens[m].has_feature("Mood=Sub"):
                    return False, c  # verb-final: a subordinate or relative clause
                return m > c or st.tokens[m].has_feature("Mood=Sub"), c
    return False, c


def content_after(st: SentTokens, frame: Frame, later: list[Frame]) -> None:
    """Content clause right of the cue ("sagte, dass …", "sagte, Russland sei …", "rief auf, … zu …")."""
    verb = frame.verb
    if verb is None:
        return
    _a, b = st.clause(frame.index)
    if b >= len(st) or st.tokens[b].text not in {",", ":"} or st.quoted[b]:
        return
    if any(frame.index < other.index < b for other in later):
        return  # "fügte er hinzu und betonte, dass …": the content belongs to the later verb
    ok, start = _is_complement_start(st, b + 1, verb)
    if not ok and st.tokens[b].text == ":" and not st.quoted[min(b + 1, len(st) - 1)]:
        ok, start = True, b + 1
    if not ok or start >= len(st) or st.quoted[start]:
        return
    end = st.content_end()
    for other in later:
        m = other.index
        if (
            start < m < end
            and (st.low(m - 1) in COORD or st.tokens[m - 1].text == ",")
            and other.kind == "verb"
        ):
            if st.low(m - 1) in COORD or _v1_frame(st, m):
                end = m - 1
                break
    for m in range(start, end):
        if st.tokens[m].text == ":" and m + 1 < len(st) and st.quoted[m + 1]:
            end = m
            break
    if end > start:
        frame.content = (start, end)


def _v1_frame(st: SentTokens, m: int) -> bool:
    return m > 0 and st.tokens[m - 1].text == "," and st.tag(m).endswith("FIN")


def content_after_wie(st: SentTokens, frame: Frame) -> None:
    """A leading frame "Wie X mitteilte, …": the rest of the sentence is the content."""
    _a, b = st.clause(frame.index)
    a = next((m for m in range(len(st)) if st.tokens[m].text not in SENTENCE_END), 0)
    if st.low(a) != "wie" or b >= len(st) or st.tokens[b].text != "," or any(st.quoted[: frame.index]):
        return
    if st.tokens[frame.index].tag.endswith("FIN") and frame.index == b - 1 or st.tag(b - 1).endswith("FIN"):
        end = st.content_end()
        if end > b + 1 and not st.quoted[b + 1]:
            frame.content = (b + 1, end)
            frame.speaker = _wie_subject(st, a + 1) or frame.speaker


def _wie_subject(st: SentTokens, i: int) -> tuple[int, int] | None:
    """Subject after "Wie": "Wie die Sprecherin, Anna Berger, mitteilte" → the apposed name."""
    subj = _nominative_np(st, i, skip=False)
    if subj is None:
        return None
    end = subj[1]
    if st.low(end) == "," and st.tag(end + 1) == "NE":
        name_end = end + 1
        while st.tag(name_end) == "NE":
            name_end += 1
        if st.low(name_end) == ",":
            return end + 1, name_end
    return subj


def content_before(st: SentTokens, frame: Frame) -> None:
    """Content left of a trailing frame: "…, sagte Peskow." / "…, wie X bestätigte." / "…, so X."."""
    k = frame.index
    a, b = st.clause(k)
    if a == 0 or st.tokens[a - 1].text != ",":
        return
    if b + 1 < len(st) and st.tokens[b].text == ":" and st.quoted[b + 1]:
        return  # "…, entgegnete X: „…“" frames the direct quote after the colon
    leading = k == a or (frame.kind == "verb" and st.low(a) == "wie")
    if not leading or (frame.verb is not None and "c" not in frame.verb.takes):
        return
    start = 0
    while start < a and (st.tokens[start].text in SENTENCE_END or st.tokens[start].text in {"-", "–", "—"}):
        start += 1
    if a - 1 <= start or st.quoted[start]:
        return
    if st.tag(start) == "KOUS" or st.low(start) in ADVERBIAL_CLAUSES:
        if not any(st.tokens[m].has_feature("Mood=Sub") for m in range(start, a - 1)):
            return  # "Als er gefragt wurde, entgegnete X": a temporal clause, not content
        start += 1  # "Obwohl X ausgeschlossen sei, schloss er …": reported, without the conjunction
    if any(st.tag(m).endswith("FIN") for m in range(start, a - 1)):
        frame.content = (start, a - 1)


def nominal_content(st: SentTokens, frame: Frame) -> None:
    """Nominal reports: "bezeichnete X als Y", "nannte X", "sprach von X", "hatte Wahlen gefordert"."""
    verb = frame.verb
    if verb is None or not ({"n", "a"} & set(verb.takes) or verb.prep):
        return
    k = frame.index
    a, b = st.clause_loose(k) if verb.prep else st.clause(k)
    if st.tag(a) in SUBORDINATORS or st.low(a) in QUESTION_WORDS | {
        "wenn",
        "weil",
        "obwohl",
        "nachdem",
        "um",
    }:
        return
    if st.tokens[k].tag.endswith("FIN"):
        start = k + 1
        if frame.speaker and frame.speaker[0] > k:
            start = _speaker_np_end(st, frame)
        end = b
        while end < len(st) and st.quoted[end] or (end < len(st) and st.tokens[end].text in QUOTE_MARKS):
            end += 1
            if end < len(st) and not st.quoted[end] and not st.is_boundary(end):
                end = st.clause(end)[1]
        end = min(end, st.content_end())
        if verb.particle and st.low(end - 1) == verb.particle:
            end -= 1
    else:
        finite = _finite_aux(st, a, k)
        start = (finite + 1) if finite is not None else a
        if frame.speaker and frame.speaker[0] >= start:
            start = _speaker_np_end(st, frame)
        for m in range(start, k):
            if st.low(m) in COORD and st.tag(m - 1) == "VVPP":
                start = m + 1
        end = k
    if verb.prep:
        preps = [m for m in range(start, end) if st.low(m) == verb.prep]
        if not preps:
            return
        start = preps[0] + 1
    start = skip_adverbs(st, start)
    if st.low(start).startswith(("kein", "nichts")):
        return  # "nannte keine Details": a speech act without content
    if "a" in verb.takes and not any(st.low(m) == "als" for m in range(start, end)):
        return
    while start < end and st.tokens[start].text in QUOTE_MARKS:
        start += 1
    while end > start and st.tokens[end - 1].text in QUOTE_MARKS:
        end -= 1
    if (
        end - start >= 1
        and any(st.tag(m) in {"NN", "NE"} for m in range(start, end))
        and _person_like(st, frame)
    ):
        frame.content, frame.nominal = (start, end), True


def _person_like(st: SentTokens, frame: Frame) -> bool:
    """A speaker that can make a nominal report: a name, pronoun or role noun (not "ein Taifun")."""
    if frame.speaker is None:
        return False
    a, b = frame.speaker
    return any(
        st.tag(m) in {"NE", "PPER"} or german_lexicon().is_role(st.tokens[m].text) for m in range(a, b)
    )


def _speaker_np_end(st: SentTokens, frame: Frame) -> int:
    assert frame.speaker is not None
    end = noun_phrase(st, frame.speaker[0], nominative=True)
    return max(end, frame.speaker[1])


def reporting_phrases(st: SentTokens, lex: CueLexicon) -> list[Frame]:
    """ "laut X", "nach Angaben (von) X", "X zufolge", "…, so X" frames with their content."""
    frames = []
    n = len(st)
    for k in range(n):
        if st.quoted[k]:
            continue
        word = st.low(k)
        for phrase in lex.pre_by_first.get(word, ()):
            if tuple(st.low(k + m) for m in range(len(phrase))) == phrase:
                src = k + len(phrase)
                end = noun_phrase(st, src)
                if end > src:
                    frames.append(_attach(st, Frame((k, src), kind="laut", speaker=(src, end)), k, end))
                break
        else:
            report = _nach_report(st, k) if word == "nach" else None
            if report is not None:
                noun, src = report
                frames.append(
                    _attach(st, Frame((k, noun + 1), kind="laut", speaker=src), k, max(src[1], noun + 1))
                )
            elif word == "nach" and st.low(k + 1).endswith("angaben") and len(st.low(k + 1)) > 7:
                frames.append(_attach(st, Frame((k, k + 1), kind="laut", speaker=(k + 1, k + 2)), k, k + 2))
            elif word in lex.post and k > 0:
                src = phrase_before(st, k)
                if src < k:
                    frames.append(
                        _attach(st, Frame((k, k + 1), kind="zufolge", speaker=(src, k)), src, k + 1)
                    )
            elif word in lex.frame and k > 0 and st.tokens[k - 1].text == ",":
                end = noun_phrase(st, k + 1)
                if end > k + 1 and st.tag(k + 1) != "ADJD" and not st.tag(end).endswith("FIN"):
                    frame = Frame((k, k + 1), kind="so", speaker=(k + 1, end))
                    content_before(st, frame)
                    if frame.content or (k > 1 and st.quoted[k - 2]):  # "„…“, so X" frames a direct quote
                        frames.append(frame)
    return frames


def _nach_report(st: SentTokens, k: int) -> tuple[int, tuple[int, int]] | None:
    """ "nach ihren Worten", "nach russischen Angaben", "nach Angaben des Generalstabs": (noun, source)."""
    m = k + 1
    while st.tag(m) in {"ART", "PPOSAT", "ADJA"} and m < k + 4:
        m += 1
    if st.low(m) not in REPORT_NOUNS:
        return None
    if st.low(m + 1) == "von" or (st.tag(m + 1) == "ART" and st.low(m + 1) in {"des", "der"}):
        start = m + 2 if st.low(m + 1) == "von" else m + 1
        end = noun_phrase(st, start)
        if end > start:
            return m, (start, end)
    owner = [i for i in range(k + 1, m) if st.tag(i) in {"PPOSAT", "ADJA"}]
    if owner:  # "nach ihren Worten" (the possessive), "nach russischen Angaben"
        return m, (owner[0], m + 1) if st.tag(owner[0]) == "ADJA" else (owner[0], owner[0] + 1)
    return None


def _attach(st: SentTokens, frame: Frame, a: int, b: int) -> Frame:
    """Content of a "laut X" phrase: the rest of the sentence if it leads, else the sentence."""
    end = st.content_end()
    if a == 0 or all(st.tokens[m].text in SENTENCE_END for m in range(a)):
        start = b
        if st.tokens[min(b, len(st) - 1)].text == ",":
            start += 1
    else:
        start = 0
    if end > start:
        frame.content = (start, end)
    return frame


def cue_nouns(st: SentTokens, lex: CueLexicon, verbs: list[Frame]) -> list[Frame]:
    """ "vertrat die Ansicht, dass …", "erneuerte seine Forderung, …": the clause's verb is the cue."""
    frames = []
    taken = {st.clause(f.index) for f in verbs}
    for k, tok in enumerate(st.tokens):
        if tok.tag != "NN" or st.quoted[k] or tok.lemma.lower() not in lex.nouns or st.low(k + 1) != ",":
            continue
        a, b = st.clause(k)
        if (a, b) in taken:
            continue
        finite = next((m for m in range(a, k) if st.tag(m) in {"VVFIN", "VAFIN", "VMFIN"}), None)
        if finite is not None:
            frames.append(
                Frame(
                    (finite, finite + 1),
                    verb=CueVerb(tok.lemma.lower(), "", "speech", "ci", ""),
                    cue_noun=True,
                )
            )
    return frames


def analyse_sentence(st: SentTokens, lex: CueLexicon) -> list[Frame]:
    """All frames of a sentence with speakers and (where found) content."""
    verbs = cue_verbs(st, lex)
    verbs = sorted(verbs + cue_nouns(st, lex, verbs), key=lambda f: f.index)
    previous: Frame | None = None
    for i, frame in enumerate(verbs):
        a, _b = st.clause_loose(frame.index)
        if frame.kind == "heisst":
            _source_of_heisst(st, frame, a)
        else:
            find_speaker(st, frame, a)
            if frame.verb is not None and "r" in frame.verb.takes:
                _relay(st, frame, a)
        if frame.speaker is None and not frame.passive:
            if previous is not None and _coordinated(st, frame, a):
                frame.speaker = previous.speaker
            elif a > 0:
                frame.speaker = _sentence_subject(st, frame.index)
        content_after(st, frame, verbs[i + 1 :])
        if frame.content is None:
            content_after_wie(st, frame)
        if frame.content is None:
            content_before(st, frame)
        if frame.content is None and not frame.backref:
            nominal_content(st, frame)
        if (
            frame.verb
            and {"i", "q"} & set(frame.verb.takes)
            and frame.content
            and not (frame.cue_noun or frame.nominal)
        ):
            frame.addressee = _addressee(st, frame)
        previous = frame
    return verbs + reporting_phrases(st, lex)


def colon_frame(st: SentTokens, colon: int) -> Frame | None:
    """ "X schloss sich mit den Worten an: „…“": any main verb before a colon frames a full quote."""
    a, _b = st.clause(colon - 1)
    for k in range(colon - 1, a - 1, -1):
        if st.tag(k) == "VVFIN" and not st.quoted[k]:
            frame = Frame((k, k + 1))
            find_speaker(st, frame, a)
            return frame
    return None


def _relay(st: SentTokens, frame: Frame, a: int) -> None:
    """ "zitiert die Moscow Times Kreml-Sprecher Peskow" / "X wurde von der BBC zitiert": the quoted
    person is the speaker, the outlet goes to ``via``."""
    k = frame.index
    if frame.passive:
        subj = _nominative_np(st, a, skip=False)
        agent = next((m for m in range(a, k) if st.low(m) == "von"), None)
        if subj is not None:
            frame.speaker, frame.passive = subj, False
            if agent is not None and noun_phrase(st, agent + 1) > agent + 1:
                frame.via = (agent + 1, noun_phrase(st, agent + 1))
        return
    outlet = frame.speaker
    i = k + 1
    if outlet is not None and outlet[0] > k:
        split = _role_after_name(st, *outlet)
        if split is not None:  # "die Moscow Times Kreml-Sprecher Dmitri Peskow"
            frame.via, frame.speaker = (outlet[0], split), (split, outlet[1])
            return
        i = outlet[1]
    obj = _nominative_np(st, i, skip=False) or _object_np(st, i)
    if obj is not None:
        frame.via, frame.speaker = outlet, obj


def _object_np(st: SentTokens, i: int) -> tuple[int, int] | None:
    end = noun_phrase(st, i)
    return (i, end) if end > i and any(st.tag(m) in {"NE", "NN"} for m in range(i, end)) else None


def _role_after_name(st: SentTokens, a: int, b: int) -> int | None:
    lex = german_lexicon()
    for m in range(a + 1, b):
        if (
            st.tag(m) == "NN"
            and lex.is_role(st.tokens[m].text)
            and any(st.tag(x) in NAMES for x in range(a, m))
        ):
            return m
    return None


def _source_of_heisst(st: SentTokens, frame: Frame, a: int) -> None:
    """ "Aus dem Kreml hieß es" / "hieß es aus Regierungskreisen": the source after "aus"."""
    _a, b = st.clause(frame.index)
    for m in range(a, b):
        if st.low(m) == "aus":
            end = noun_phrase(st, m + 1)
            if end > m + 1:
                frame.speaker, frame.passive = (m + 1, end), False
            return


def _sentence_subject(st: SentTokens, before: int) -> tuple[int, int] | None:
    """Subject of the sentence's first clause ("X unterstützt …, betonte aber, dass …")."""
    subj = _nominative_np(st, 0, skip=False)
    if subj is not None and subj[1] < before and st.tag(subj[1]).endswith("FIN"):
        return subj
    return None


def _coordinated(st: SentTokens, frame: Frame, a: int) -> bool:
    k = frame.index
    return st.low(k - 1) in COORD or (a > 0 and st.low(a) in COORD)


def _addressee(st: SentTokens, frame: Frame) -> tuple[int, int] | None:
    """The object of "rief X auf", "forderte X auf", "drängte X": the noun phrase after the cue."""
    k = frame.index
    i = k + 1
    if frame.speaker and frame.speaker[0] == i:
        i = _speaker_np_end(st, frame)
    end = noun_phrase(st, i)
    if end > i and st.tag(i) != "PPER" and any(st.tag(m) in {"NE", "NN"} for m in range(i, end)):
        return i, end
    return None
