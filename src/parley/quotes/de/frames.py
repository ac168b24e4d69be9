"""Reporting frames in one German sentence: cue verbs and nouns with their speakers and content.

A :class:`~parley.quotes.de.frame.Frame` is a cue (verb of saying, "laut", "zufolge", "so") with the
speaker phrase it names and, where the sentence has one, the reported content (a token range).
"""

from __future__ import annotations

from parley.quotes.de.content import content_after, content_after_wie, content_before, nominal_content
from parley.quotes.de.cues import CueLexicon, CueVerb
from parley.quotes.de.frame import HEISST, PRONOMINAL_ADVERBS, SEPARABLE_PREFIXES, Frame
from parley.quotes.de.phrases import SentTokens
from parley.quotes.de.reporting import reporting_phrases
from parley.quotes.de.speakers import (
    addressee_of,
    coordinated,
    find_speaker,
    relay,
    sentence_subject,
    source_of_heisst,
    speaker_span,
)

__all__ = ["Frame", "analyse_sentence", "colon_frame", "speaker_span"]


def has_prep(st: SentTokens, a: int, b: int, prep: str) -> bool:
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
        if verb is None and tok.lemma.lower() == "stellen" and _in_aussicht(st, a, b) is not None:
            verb = IN_AUSSICHT  # "hat ein Treffen in Aussicht gestellt"
        if (
            verb is None
            and tok.lemma.lower() == "heißen"
            and "es" in {st.low(k + 1), st.low(k - 1), st.low(a + 1) if st.low(a) == "wie" else ""}
        ):
            frames.append(Frame((k, k + 1), kind="heisst", verb=HEISST, passive=True))
            continue
        if verb is None:
            continue
        if verb.prep and not has_prep(st, *st.clause_loose(k), verb.prep):
            continue
        attitude = range(k + 1, st.clause_loose(k)[1])
        if verb.prep == "sich" and not any(st.tag(m) in {"ADJD", "VVPP"} for m in attitude):
            continue  # "zeigte sich optimistisch", not "zeigte sich an den Börsen"
        frames.append(Frame((k, k + 1), verb=verb))
    return frames


IN_AUSSICHT = CueVerb("in aussicht stellen", "", "speech", "n", "")


def _in_aussicht(st: SentTokens, a: int, b: int) -> int | None:
    """Index of "in" in "in Aussicht" within ``[a, b)``."""
    return next((m for m in range(a, b - 1) if st.low(m) == "in" and st.low(m + 1) == "aussicht"), None)


def _other_particle(st: SentTokens, k: int, b: int) -> bool:
    """Whether the clause closes with a separable particle, making the finite verb a particle verb."""
    end = b - 1
    return end > k and st.tag(end) == "PTKVZ" and st.low(end) in SEPARABLE_PREFIXES


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
            source_of_heisst(st, frame, a)
        else:
            find_speaker(st, frame, a)
            if frame.verb is not None and "r" in frame.verb.takes:
                relay(st, frame, a)
        if frame.speaker is None and not frame.passive:
            if previous is not None and coordinated(st, frame, a):
                frame.speaker = previous.speaker
            elif a > 0:
                frame.speaker = sentence_subject(st, frame.index)
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
            frame.addressee = addressee_of(st, frame)
        previous = frame
    phrases = reporting_phrases(st, lex)
    for frame in verbs + phrases:
        if frame.kind == "laut" or (frame.kind == "verb" and st.low(0) == "wie"):
            inner_utterer(frame, verbs)
    return verbs + phrases


def inner_utterer(outer: Frame, frames: list[Frame]) -> None:
    """ "Wie X sagte, habe Putin Trump eine Feuerpause zugesagt" / "Laut X hat Y zugesichert": the
    subject of the reported speech act is the speaker, the reporter relays it (``via``)."""
    if outer.content is None or outer.speaker is None:
        return
    a, b = outer.content
    if any(f is not outer and f.content is not None and a <= f.index < b for f in frames):
        return  # a full report inside: the nesting of statements resolves the relay
    for inner in frames:
        if (
            inner is not outer
            and inner.content is None
            and inner.speaker is not None
            and a <= inner.index < b
            and a <= inner.speaker[0]
            and inner.speaker[1] <= b
            and not inner.passive
        ):
            outer.via, outer.speaker = outer.speaker, inner.speaker
            return


def colon_frame(st: SentTokens, colon: int) -> Frame | None:
    """ "X schloss sich mit den Worten an: „…“": any main verb before a colon frames a full quote."""
    a, _b = st.clause(colon - 1)
    for k in range(colon - 1, a - 1, -1):
        if st.tag(k) == "VVFIN" and not st.quoted[k]:
            frame = Frame((k, k + 1))
            find_speaker(st, frame, a)
            return frame
    return None
