"""The reported content of a German frame: complement clauses, trailing frames, nominal reports."""

from __future__ import annotations

from parley.quotes.de.cues import CueVerb
from parley.quotes.de.frame import ADVERBIAL_CLAUSES, COORD, QUESTION_WORDS, Frame
from parley.quotes.de.phrases import QUOTE_MARKS, SENTENCE_END, SUBORDINATORS, SentTokens, skip_adverbs
from parley.quotes.de.speakers import finite_aux, person_like, speaker_np_end, wie_subject


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
        return  # "ergänzte sie und warnte, dass …": the content belongs to the later verb
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
    end = narrator_clause(st, start, end)
    if end > start:
        frame.content = (start, end)


NARRATOR_OPENERS = ADVERBIAL_CLAUSES | {"was", "wobei"}
RELATIVE_OPENERS = {"der", "die", "das", "den", "dem", "weil", "da", "womit", "wodurch"}


def narrator_clause(st: SentTokens, start: int, end: int) -> int:
    """Cut a trailing indicative adverbial clause off Konjunktiv content: "…, Ungarn werde den Transit
    erlauben, obwohl Brüssel dies kritisiert" — the "obwohl" clause is the narrator's."""
    for m in range(start + 2, end - 1):
        if st.tokens[m].text != "," or st.quoted[m] or st.low(m + 1) not in NARRATOR_OPENERS:
            continue
        said = [i for i in range(start, m) if st.tag(i).endswith("FIN")]
        if not said or not any(st.tokens[i].has_feature("Mood=Sub") for i in said):
            return end
        _a, b = st.clause(m + 1)
        verbs = [i for i in range(m + 1, min(b, end)) if st.tag(i).endswith(("FIN", "PP", "INF"))]
        if verbs and not any(st.tokens[i].has_feature("Mood=Sub") for i in verbs):
            return m
        return end
    return end


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
            frame.speaker = wie_subject(st, a + 1) or frame.speaker


def content_before(st: SentTokens, frame: Frame) -> None:
    """Content left of a trailing frame: "…, sagte Peskow." / "…, wie X bestätigte." / "…, so X."."""
    k = frame.index
    a, b = st.clause(k)
    if frame.lead is not None:
        a = frame.lead
    if a == 0 or st.tokens[a - 1].text != ",":
        return
    if b + 1 < len(st) and st.tokens[b].text == ":" and st.quoted[b + 1] and frame.kind != "so":
        return  # "…, entgegnete X: „…“" frames the direct quote after the colon
    leading = k == a or (frame.kind in {"verb", "heisst"} and st.low(a) in {"wie", "wurde", "wird"})
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
            start = speaker_np_end(st, frame)
        end = b
        while end < len(st) and st.quoted[end] or (end < len(st) and st.tokens[end].text in QUOTE_MARKS):
            end += 1
            if end < len(st) and not st.quoted[end] and not st.is_boundary(end):
                end = st.clause(end)[1]
        end = min(end, st.content_end())
        end = next((m for m in range(start, end) if st.low(m) in COORD and st.tag(m + 1) == "VVFIN"), end)
        if verb.particle and st.low(end - 1) == verb.particle:
            end -= 1
    else:
        finite = finite_aux(st, a, k)
        start = (finite + 1) if finite is not None else a
        if frame.speaker and frame.speaker[0] >= start:
            start = speaker_np_end(st, frame)
        for m in range(start, k):
            if st.low(m) in COORD and st.tag(m - 1) == "VVPP":
                start = m + 1
        end = k
    if verb.prep:
        preps = [m for m in range(start, end) if st.low(m) == verb.prep]
        if not preps:
            return
        start = preps[0] + 1
    attitude = verb.prep == "sich"  # "zeigte sich „zutiefst enttäuscht“ über …": the attitude is the report
    if attitude:  # "zeigte sich nach dem Treffen „vorsichtig optimistisch“": from the attitude on
        start = next((m for m in range(start, end) if _attitude_start(st, m)), start)
    else:
        start = skip_adverbs(st, start)
    if st.low(start).startswith(("kein", "nichts")):
        return  # "nannte keine Details": a speech act without content
    if not verb.prep and "a" not in verb.takes and st.tag(start) in {"APPR", "APPRART"}:
        return  # "betonte er in Brüssel": a place or time adjunct, not a reported object
    if "a" in verb.takes and not any(st.low(m) == "als" for m in range(start, end)):
        return
    if verb.lemma == "in aussicht stellen":
        end = next((m for m in range(start, end) if st.low(m) == "in" and st.low(m + 1) == "aussicht"), end)
    start, end = _balance_marks(st, start, end)
    end = _reported_clause_after(st, end)
    if st.low(start) == "es" and st.low(end) == "," and st.low(end + 1) in {"dass", "daß", "zu"}:
        end = st.content_end()  # "bezeichnete es als Fehler, dass …": the clause is what "es" stands for
    heads = {"NN", "NE", "ADJD"} if attitude else {"NN", "NE"}
    if end - start >= 1 and any(st.tag(m) in heads for m in range(start, end)) and person_like(st, frame):
        frame.content, frame.nominal = (start, end), True


def _reported_clause_after(st: SentTokens, end: int) -> int:
    """ "sprach von einem „Durchbruch“, der den Krieg beenden könne": a Konjunktiv relative or causal
    clause right after a nominal report is part of it."""
    opener = st.low(end + 1) in RELATIVE_OPENERS or st.tag(end + 1) in {"PRELS", "PRELAT"}
    if st.low(end) != "," or not opener:
        return end
    _a, b = st.clause(end + 1)
    if any(st.tag(m).endswith("FIN") and st.tokens[m].has_feature("Mood=Sub") for m in range(end + 1, b)):
        return min(b, st.content_end())
    return end


def _attitude_start(st: SentTokens, m: int) -> bool:
    if st.tokens[m].text in QUOTE_MARKS:
        m += 1
    while st.tag(m) == "ADV":
        m += 1
    return st.tag(m) == "ADJD"


def _balance_marks(st: SentTokens, start: int, end: int) -> tuple[int, int]:
    """Drop quotation marks at the edges whose partner lies outside ``[start, end)``; keep a pair that
    lies inside ("einer „gefährlichen Provokation“") and unwrap a fully quoted phrase."""
    marks = [m for m in range(start, end) if st.tokens[m].text in QUOTE_MARKS]
    if len(marks) % 2 and end < len(st) and st.tokens[end].text in QUOTE_MARKS and marks[0] > start:
        end += 1  # the closing mark after the phrase
        marks.append(end - 1)
    if len(marks) == 2 and marks == [start, end - 1]:
        return start + 1, end - 1
    if len(marks) % 2:
        if marks[0] == start:
            start += 1
        elif marks[-1] == end - 1:
            end -= 1
    return start, end
