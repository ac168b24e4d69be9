"""The :class:`Frame` record shared by the German frame analysis, and its small word classes."""

from __future__ import annotations

from dataclasses import dataclass

from parley.quotes.de.cues import CueVerb

HEISST = CueVerb("heißen", "", "speech", "c", "")  # "hieß es, …" (agentless)
NAMES = {"NE", "FM"}
WERDEN = {"wird", "wurde", "werden", "wurden", "werde", "würde", "worden"}
COORD = {"und", "aber", "sondern", "sowie", "oder"}
DEMONSTRATIVE = {"das", "dies", "dieses", "so"}
QUESTION_WORDS = set("ob wie warum wann wo was wer weshalb wieso welche welcher".split())
PRONOMINAL_ADVERBS = ("da", "dar")
REPORT_NOUNS = set(
    "angaben worten aussage aussagen ansicht einschätzung auffassung darstellung meinung informationen"
    " berichten meldungen schätzung schätzungen".split()
)
SEPARABLE_PREFIXES = set(
    "ab an auf aus bei ein fest fort her hin los mit nach vor weg zu zurück zusammen weiter hinzu heraus"
    " hervor vorbei voran statt teil frei bekannt klar fern kund durch um wieder entgegen gegenüber".split()
)
ADVERBIAL_CLAUSES = set("als nachdem wenn weil obwohl während bevor seit seitdem sobald".split())


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
    lead: int | None = None  # start of a frame clause split by an apposition ("wie der Sprecher, X, sagte")

    @property
    def index(self) -> int:
        return self.cue[0]
