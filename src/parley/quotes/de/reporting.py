"""Reporting phrases: "laut X", "nach Angaben (von) X", "nach ihren Worten", "X zufolge", "…, so X"."""

from __future__ import annotations

from parley.quotes.de.content import content_before, narrator_clause
from parley.quotes.de.cues import CueLexicon
from parley.quotes.de.frame import REPORT_NOUNS, Frame
from parley.quotes.de.phrases import SENTENCE_END, SentTokens, noun_phrase, phrase_before


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
                    speaker, end = _apposed_name(st, (src, end))
                    frames.append(_attach(st, Frame((k, src), kind="laut", speaker=speaker), k, end))
                    break
        else:
            report = _nach_report(st, k) if word == "nach" else None
            if report is not None:
                noun, src = report
                src, _end = _apposed_name(st, src)
                frame = Frame((k, noun + 1), kind="laut", speaker=src)
                frames.append(_attach(st, frame, k, max(_end, noun + 1)))
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
                    _around(st, frame, end)
                    if frame.content or (k > 1 and st.quoted[k - 2]):  # "„…“, so X" frames a direct quote
                        frames.append(frame)
    return frames


def _around(st: SentTokens, frame: Frame, end: int) -> None:
    """ "Ein Waffenstillstand, so Selenskyj, sei nur ein erster Schritt": an inserted "so X" frames
    the whole sentence around it (when that holds a Konjunktiv verb)."""
    last = st.content_end()
    if st.low(end) != "," or end + 1 >= last or st.quoted[end + 1]:
        return
    first = next((m for m in range(len(st)) if st.tokens[m].text not in SENTENCE_END), 0)
    if first < frame.index - 1 and any(
        st.tokens[m].has_feature("Mood=Sub") and st.tag(m).endswith("FIN") for m in range(first, last)
    ):
        frame.content = (first, last)


def _apposed_name(st: SentTokens, src: tuple[int, int]) -> tuple[tuple[int, int], int]:
    """ "nach Angaben des Sprechers, Heorhij Tychyj, soll …": (the name, end of the apposition's comma)."""
    end = src[1]
    if st.low(end) != ",":
        return src, end
    name = end + 1
    while st.tag(name) in {"NE", "FM"}:
        name += 1
    if name > end + 1 and st.low(name) == ",":
        return (end + 1, name), name
    return src, end


def _nach_report(st: SentTokens, k: int) -> tuple[int, tuple[int, int]] | None:
    """ "nach ihren Worten", "nach russischen Angaben", "nach Angaben des Generalstabs": (noun, source)."""
    m = k + 1
    while st.tag(m) in {"ART", "PPOSAT", "ADJA"} and m < k + 4:
        m += 1
    if st.low(m) not in REPORT_NOUNS:
        return None
    if st.low(m + 1) in {"von", "aus"} or (st.tag(m + 1) == "ART" and st.low(m + 1) in {"des", "der"}):
        start = m + 2 if st.low(m + 1) in {"von", "aus"} else m + 1
        end = noun_phrase(st, start)
        if end > start:
            return m, (start, end)
    owner = [i for i in range(k + 1, m) if st.tag(i) in {"PPOSAT", "ADJA"}]
    if owner:  # "nach ihren Worten" (the possessive), "nach russischen Angaben"
        return m, (owner[0], m + 1) if st.tag(owner[0]) == "ADJA" else (owner[0], owner[0] + 1)
    return None


def _main_clause_start(st: SentTokens, k: int) -> int:
    """Start of the main clause holding ``k`` after a leading "Wie X mitteilte," clause (else 0)."""
    first = next((m for m in range(len(st)) if st.tokens[m].text not in SENTENCE_END), 0)
    if st.low(first) != "wie":
        return 0
    comma = next((m for m in range(first, k) if st.tokens[m].text == "," and not st.quoted[m]), None)
    return comma + 1 if comma is not None else 0


def _attach(st: SentTokens, frame: Frame, a: int, b: int) -> Frame:
    """Content of a "laut X" phrase: the rest of the sentence if it leads, else the sentence."""
    end = st.content_end()
    if a == 0 or all(st.tokens[m].text in SENTENCE_END for m in range(a)):
        start = b
        if st.tokens[min(b, len(st) - 1)].text == ",":
            start += 1
        elif st.tag(b) in {"APPR", "APPRART"}:  # "Nach Darstellung der Regierung in Vilnius sind …"
            finite = next((m for m in range(b, end) if st.tag(m).endswith("FIN") or st.is_boundary(m)), b)
            if st.tag(finite).endswith("FIN") and finite - b <= 4:
                start = finite
    else:
        start = _main_clause_start(st, a)
    end = narrator_clause(st, start, end)
    if end > start:
        frame.content = (start, end)
    return frame
