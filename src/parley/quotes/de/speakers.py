"""Speakers, relays and addressees of German reporting frames (surface spans, token ranges)."""

from __future__ import annotations

from parley.quotes.de.cues import german_lexicon
from parley.quotes.de.frame import COORD, DEMONSTRATIVE, NAMES, WERDEN, Frame
from parley.quotes.de.phrases import (
    SENTENCE_END,
    SUBORDINATORS,
    SentTokens,
    documents,
    name_part,
    noun_phrase,
    skip_adverbs,
)


SEATS = set("kreml weißen élysée élysée-palast kanzleramt außenministerium verteidigungsministerium".split())
RELATIVE_PRONOUNS = {"der", "die", "das", "dem", "den", "deren", "dessen"}
FOCUS_PARTICLES = {"auch", "selbst", "sogar", "ebenfalls", "nur"}  # "Auch Stubb warnte"
CONTRASTIVE = set(
    "hingegen dagegen jedoch aber indes indessen wiederum allerdings seinerseits"
    " ihrerseits".split()
)
DEMONSTRATIVE_SPEAKERS = {"dieser", "diese", "jener", "jene"}


def nominative_np(st: SentTokens, i: int, skip: bool = True) -> tuple[int, int] | None:
    if skip:
        i = skip_adverbs(st, i)
    if st.low(i).startswith(("kein", "nichts", "jede", "jeder", "alle")):
        return None  # "nannte aber keine Details": not a speaker
    if st.tag(i) == "PDS" and st.low(i) in DEMONSTRATIVE_SPEAKERS:
        return i, i + 1  # "dieser habe ihm versichert": the most recent other person (coreference)
    end = noun_phrase(st, i, nominative=True)
    if end > i and st.low(end) == "und" and st.tag(i) != "PPER":  # "Macron und Starmer erklärten"
        second = noun_phrase(st, end + 1, nominative=True)
        if second > end + 1 and st.tag(end + 1) != "PPER":
            end = second
    if end > i and not any(st.quoted[i:end]):
        if st.tag(i) == "PPER" or any(st.tag(m) in {"NE", "NN", "FM"} for m in range(i, end)):
            return i, end
    return None


def finite_aux(st: SentTokens, a: int, k: int) -> int | None:
    for m in range(a, k):
        if st.tag(m) in {"VAFIN", "VMFIN"} or (st.tag(m) == "VVFIN" and m < k):
            return m
    return None


def find_speaker(st: SentTokens, frame: Frame, a: int) -> None:
    """Set ``frame.speaker`` (and ``passive``) from the clause ``[a, …)`` around the cue."""
    k = frame.index
    tok = st.tokens[k]
    a = _before_aside(st, a)
    first = st.low(a)
    if st.tag(a) in SUBORDINATORS or first in {"wie", "als"}:  # "…, wie X sagte" / "nachdem X erklärte"
        frame.speaker = wie_subject(st, a + 1) if first == "wie" else nominative_np(st, a + 1)
        return
    v1 = k > 0 and st.tokens[k - 1].text == "," and tok.tag == "VVINF"  # ", befürchten Verbündete"
    finite = k if tok.tag.endswith("FIN") or v1 else finite_aux(st, a, k)
    verb_final = k + 1 >= len(st) or st.is_boundary(k + 1)
    if finite == k and (k == a or verb_final) and a > 1 and st.tokens[a - 1].text == ",":
        lead = _wie_before_apposition(st, a - 1)
        if lead is not None:  # "…, wie der Sprecher, Jan Nowak, mitteilte"
            frame.lead, frame.speaker = lead
            return
    if finite == a and a > 1 and st.tokens[a - 1].text == "," and nominative_np(st, a + 1) is None:
        subject = subject_before_insertion(st, a - 1)
        if subject is not None:  # "Umerow, der die Delegation leitet, erklärte"
            frame.speaker = subject
            return
    if finite is not None and finite != k and st.low(finite) in WERDEN and tok.tag != "VVINF":
        subj = nominative_np(st, finite + 1)
        if subj is None or st.low(subj[0]) == "es" or a == finite:
            frame.passive = True
            return
    if finite is None:
        frame.speaker = nominative_np(st, a)
        return
    if finite > a:
        if st.tag(a) == "KON" and a + 1 < finite:  # "Doch Trump sagte …": the conjunction is no subject
            a, first = a + 1, st.low(a + 1)
        vorfeld = nominative_np(st, a, skip=False)
        aside = vorfeld is not None and vorfeld[1] < finite and _parenthesis_until(st, vorfeld[1], finite)
        if aside and vorfeld is not None:  # "Bundeskanzler Olaf Scholz (SPD) sagte": the name, not "(SPD)"
            frame.speaker = vorfeld
            return
        if vorfeld is not None and vorfeld[1] < finite and st.tag(vorfeld[1]) in {"APPR", "APPRART"}:
            vorfeld = (vorfeld[0], finite)  # "Ein Sprecher … in Washington sagte"
        loose = _loose_vorfeld(st, a, finite) if vorfeld is None or vorfeld[1] < finite else None
        if loose is not None:
            frame.speaker = loose
            return
        if vorfeld is not None and vorfeld[1] == finite and (
                first not in DEMONSTRATIVE or vorfeld[1] - vorfeld[0] > 1):  # "Das Außenministerium", not "Das"
            frame.speaker = vorfeld
            return
        if first in {"das", "dies"} and finite == a + 1:
            frame.backref = True
    after = finite + 1 + (st.tag(finite + 1) == "PRF")  # "Ähnlich äußerte sich der Präsident"
    frame.speaker = nominative_np(st, after)


def _before_aside(st: SentTokens, a: int) -> int:
    """A clause that starts right after a bracketed aside starts before the aside's noun phrase
    (``Olaf Scholz (SPD) sagte``: the clause boundary at the bracket is not the clause start)."""
    if a < 3 or st.tokens[a - 1].text != ")":
        return a
    open_ = a - 2
    while open_ > 0 and a - open_ <= 6 and not st.is_boundary(open_):
        open_ -= 1
    if st.tokens[open_].text != "(" or open_ == 0 or st.is_boundary(open_ - 1):
        return a
    return st.clause(open_ - 1)[0]


def _parenthesis_until(st: SentTokens, i: int, end: int) -> bool:
    """Tokens ``[i, end)`` are one bracketed aside (``(SPD)``, ``(CDU/CSU)``)."""
    return end - i >= 3 and st.tokens[i].text == "(" and st.tokens[end - 1].text == ")" and not any(
        st.tokens[m].text in "()" for m in range(i + 1, end - 1))


def _loose_vorfeld(st: SentTokens, a: int, finite: int) -> tuple[int, int] | None:
    """ "Auch Stubb warnte" / "Putin hingegen betonte": the subject between a focus particle and a
    contrastive adverb (only when no subject follows the verb: "Die Forderung aber wies Moskau zurück")."""
    if nominative_np(st, finite + 1) is not None:
        return None
    start = a + 1 if st.low(a) in FOCUS_PARTICLES else a
    subj = nominative_np(st, start, skip=False)
    if subj is None or not all(st.low(m) in CONTRASTIVE for m in range(subj[1], finite)):
        return None
    return subj


def _wie_before_apposition(st: SentTokens, comma: int) -> tuple[int, tuple[int, int]] | None:
    """ "wie der Sprecher, Jan Nowak, mitteilte": (index of "wie", the apposed name or the subject)."""
    start = comma
    while start > 0 and st.tokens[start - 1].text != ",":
        start -= 1
    if start < 2 or noun_phrase(st, start) != comma:
        return None
    wie = start - 2
    while wie > 0 and st.tokens[wie].text != ",":
        wie -= 1
    wie += 1 if st.tokens[wie].text == "," else 0
    if st.low(wie) != "wie" or nominative_np(st, wie + 1, skip=False) is None:
        return None
    name = all(st.tag(m) in NAMES for m in range(start, comma))
    return wie, (start, comma) if name else wie_subject(st, wie + 1) or (start, comma)


def subject_before_insertion(st: SentTokens, comma: int) -> tuple[int, int] | None:
    """The sentence-initial subject before a relative clause or apposition that ends at ``comma``:
    "Erdoğan, der sich als Vermittler anbietet, kündigte an" / "Umerow, Chef der Delegation, sagte"."""
    first = 0
    while first < comma and (st.tokens[first].text in SENTENCE_END or st.quoted[first]):
        first += 1
    subj = nominative_np(st, first, skip=False)
    if subj is None or st.low(subj[1]) != "," or subj[1] >= comma or any(st.quoted[subj[1] : comma]):
        return None
    start = subj[1] + 1
    opener = start + 1 if st.tag(start) in {"APPR", "APPRART"} else start  # "…, mit dem er sprach, …"
    pronoun = st.tag(opener) in {"PRELS", "PRELAT"} or st.low(opener) in RELATIVE_PRONOUNS
    relative = pronoun and st.tag(comma - 1).endswith("FIN")
    if relative:
        return subj
    if _appositions(st, start, comma):
        name = all(st.tag(m) in NAMES for m in range(start, comma))
        return (start, comma) if name else subj  # "Der Präsident, Wolodymyr Selenskyj, sagte" → the name
    return None


def _appositions(st: SentTokens, start: int, end: int) -> bool:
    """Whether ``[start, end)`` is a noun phrase or a coordination of them ("Leiter des Amts und enger
    Vertrauter Selenskyjs")."""
    i = start
    while i < end:
        j = noun_phrase(st, i)
        if j == i:
            return False
        if j == end:
            return True
        if st.low(j) not in {"und", ","}:
            return False
        i = j + 1
    return False


def speaker_span(st: SentTokens, rng: tuple[int, int] | None) -> tuple[int, int] | None:
    return None if rng is None else name_part(st, *rng)


def wie_subject(st: SentTokens, i: int) -> tuple[int, int] | None:
    """Subject after "Wie": "Wie die Sprecherin, Anna Berger, mitteilte" → the apposed name; the source
    of "Wie aus Regierungskreisen verlautete" / "Wie es aus dem Kreml hieß"."""
    if st.low(i) == "es":
        i += 1
    if st.low(i) == "aus":
        end = _with_place(st, noun_phrase(st, i + 1))
        return (i + 1, end) if end > i + 1 else None
    subj = nominative_np(st, i, skip=False)
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


def person_like(st: SentTokens, frame: Frame) -> bool:
    """A speaker that can make a nominal report: a name, pronoun or role noun (not "ein Taifun")."""
    if frame.speaker is None:
        return False
    a, b = frame.speaker
    return any(
        st.tag(m) in {"NE", "PPER"} or german_lexicon().is_role(st.tokens[m].text) for m in range(a, b)
    )


def speaker_np_end(st: SentTokens, frame: Frame) -> int:
    assert frame.speaker is not None
    end = noun_phrase(st, frame.speaker[0], nominative=True)
    return max(end, frame.speaker[1])


def relay(st: SentTokens, frame: Frame, a: int) -> None:
    """ "zitiert die Moscow Times Kreml-Sprecher Peskow" / "X wurde von der BBC zitiert": the quoted
    person is the speaker, the outlet goes to ``via``."""
    k = frame.index
    if frame.passive:
        subj = nominative_np(st, a, skip=False)
        if subj is None and st.low(a) in WERDEN:  # "…, wurde Peskow von Interfax zitiert"
            subj = nominative_np(st, a + 1)
        agent = next((m for m in range(a, k) if st.low(m) == "von"), None)
        if subj is not None:
            frame.speaker, frame.passive = subj, False
            if agent is not None and noun_phrase(st, agent + 1) > agent + 1:
                frame.via = (agent + 1, noun_phrase(st, agent + 1))
        return
    if st.tag(k + 1) == "PPER" and st.low(k + 1) in {"ihn", "sie"}:  # "…, zitierte ihn die Agentur TASS"
        outlet = nominative_np(st, k + 2, skip=False)
        if outlet is not None:
            frame.speaker, frame.via = (k + 1, k + 2), outlet
            return
    outlet = frame.speaker
    i = k + 1
    if outlet is not None and outlet[0] > k:
        split = _role_after_name(st, *outlet)
        if split is not None:  # "die Moscow Times Kreml-Sprecher Dmitri Peskow"
            frame.via, frame.speaker = (outlet[0], split), (split, outlet[1])
            return
        i = outlet[1]
    obj = nominative_np(st, i, skip=False) or _object_np(st, i)
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


def source_of_heisst(st: SentTokens, frame: Frame, a: int) -> None:
    """ "Aus dem Kreml hieß es" / "hieß es aus Regierungskreisen": the source after "aus"."""
    _a, b = st.clause(frame.index)
    for m in range(a, b):
        if st.low(m) == "aus":
            end = _with_place(st, noun_phrase(st, m + 1))
            if end > m + 1:
                frame.speaker, frame.passive = (m + 1, end), False
            return
    owner = _document_owner(st, frame.index + 1, b)
    if owner is not None:  # "hieß es später in einem Schreiben des Amts": the document's owner speaks
        frame.speaker, frame.passive = owner, False
        return
    if st.low(a) in {"in", "im"}:  # "In Moskau hieß es" / "Im Kreml hieß es": the capital or seat speaks
        end = noun_phrase(st, a + 1)
        words = range(a + 1, end)
        owner = any(st.low(m) in documents() and st.low(m + 1) in {"des", "der"} for m in words)
        seat = owner or st.tag(end - 1) == "NE" or any(st.low(m) in SEATS for m in words)
        if end == frame.index and seat:
            frame.speaker, frame.passive = (a + 1, end), False


def _with_place(st: SentTokens, end: int) -> int:
    """ "aus Regierungskreisen in Kiew": a source phrase reaches over the place it is in."""
    if st.low(end) in {"in", "aus"} and st.tag(end + 1) == "NE" and not st.quoted[end + 1]:
        return end + 2
    return end


def _document_owner(st: SentTokens, start: int, end: int) -> tuple[int, int] | None:
    """ "in einer Mitteilung des Kremls" / "in der Antwort von X" between ``start`` and ``end``: the owner."""
    for m in range(start, end):
        if st.low(m) not in {"in", "im"}:
            continue
        j = m + 1
        while j < end and st.tag(j) in {"ART", "ADJA"}:
            j += 1
        if j >= end or (st.low(j) not in documents() and st.low(j) not in {"antwort", "rede"}):
            continue
        first = j + 2 if st.low(j + 1) == "von" else j + 1
        if st.low(j + 1) not in {"des", "der", "von"}:
            return None
        owner_end = noun_phrase(st, first)
        return (first, owner_end) if owner_end > first else None
    return None


def sentence_subject(st: SentTokens, before: int) -> tuple[int, int] | None:
    """Subject of the sentence's first clause ("X unterstützt …, betonte aber, dass …")."""
    subj = nominative_np(st, 0, skip=False)
    if subj is not None and subj[1] < before and st.tag(subj[1]).endswith("FIN"):
        return subj
    return None


def coordinated(st: SentTokens, frame: Frame, a: int) -> bool:
    k = frame.index
    return st.low(k - 1) in COORD or (a > 0 and st.low(a) in COORD)


def addressee_of(st: SentTokens, frame: Frame) -> tuple[int, int] | None:
    """The object of "rief X auf", "forderte X auf", "drängte X": the noun phrase after the cue."""
    k = frame.index
    i = k + 1
    if frame.speaker and frame.speaker[0] == i:
        i = speaker_np_end(st, frame)
    end = noun_phrase(st, i)
    if end > i and st.tag(i) != "PPER" and any(st.tag(m) in {"NE", "NN"} for m in range(i, end)):
        return i, end
    return None
