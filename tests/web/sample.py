"""A small hand-made store for the web tests: articles written for parley (not from any corpus),
with statements, relays, a nested quote, positions over time and one hostile article."""

from __future__ import annotations

from parley.model import Article, Mention, Position, Span, Statement
from parley.store import Store

HOSTILE_TITLE = 'Leak <script>window.__pwned = 1</script> "talks" <img src=x onerror="window.__pwned=2">'
HOSTILE_URL = "javascript:window.__pwned=3"


def span(text: str, part: str, after: int = 0) -> Span:
    start = text.index(part, after)
    return Span(start, start + len(part))


def _geneva() -> Article:
    text = (
        "Peskov rejects ceasefire plan ahead of Geneva round\n"
        "GENEVA — Kremlin spokesman Dmitry Peskov said on Monday that Moscow would not accept a ceasefire "
        "\"as long as foreign troops are being discussed for Ukrainian soil\". "
        "According to Yuri Ushakov, Vladimir Putin stressed that any settlement must address "
        "the question of territory first. "
        "Ukrainian President Volodymyr Zelensky told reporters in Kyiv: \"We are ready to meet at any level, "
        "but we will not trade our land for a pause.\" "
        "He added on Telegram that security guarantees had to come before elections."
    )
    doc = Article(text=text, id="geneva-round", title=text.split("\n")[0], date="2025-11-24", lang="en",
                  source="Example Wire", url="https://example.org/geneva-round")
    q1 = span(text, "as long as foreign troops are being discussed for Ukrainian soil")
    q1_indirect = span(text, "Moscow would not accept a ceasefire \"as long as foreign troops are being discussed "
                             "for Ukrainian soil\"")
    q2 = span(text, "any settlement must address the question of territory first")
    q3 = span(text, "We are ready to meet at any level, but we will not trade our land for a pause.")
    q4 = span(text, "security guarantees had to come before elections")
    doc.statements = [
        Statement(kind="indirect", quote=q1_indirect, cue=span(text, "said"), speaker=span(text, "Dmitry Peskov"),
                  speaker_actor="Dmitry Peskov"),
        Statement(kind="direct", quote=q1, cue=span(text, "said"), speaker=span(text, "Dmitry Peskov"),
                  speaker_actor="Dmitry Peskov", nested_in=f"geneva-round#{q1_indirect.start}-{q1_indirect.end}"),
        Statement(kind="indirect", quote=q2, cue=span(text, "stressed"), speaker=span(text, "Vladimir Putin"),
                  speaker_actor="Vladimir Putin", via="Yuri Ushakov", via_span=span(text, "Yuri Ushakov")),
        Statement(kind="direct", quote=q3, cue=span(text, "told"), speaker=span(text, "Volodymyr Zelensky"),
                  speaker_actor="Volodymyr Zelensky"),
        Statement(kind="indirect", quote=q4, cue=span(text, "added"), speaker=span(text, "He"),
                  speaker_actor="Volodymyr Zelensky", channel="Telegram", channel_span=span(text, "Telegram")),
    ]
    doc.positions = [
        Position(actor="Dmitry Peskov", issue="ceasefire", stance="oppose", evidence=q1_indirect),
        Position(actor="Vladimir Putin", issue="territory", stance="condition", evidence=q2),
        Position(actor="Volodymyr Zelensky", issue="leader_meeting", stance="offer",
                 evidence=span(text, "We are ready to meet at any level")),
        Position(actor="Volodymyr Zelensky", issue="territory", stance="oppose",
                 evidence=span(text, "we will not trade our land for a pause")),
        Position(actor="Volodymyr Zelensky", issue="security_guarantees", stance="condition", evidence=q4),
    ]
    doc.mentions = [Mention(span=span(text, "Dmitry Peskov"), text="Dmitry Peskov", actor="Dmitry Peskov"),
                    Mention(span=span(text, "Kremlin spokesman"), text="Kremlin spokesman", label="ROLE",
                            actor="Dmitry Peskov")]
    return doc


def _berlin() -> Article:
    text = (
        "Merz: Europa muss am Verhandlungstisch sitzen\n"
        "BERLIN — Bundeskanzler Friedrich Merz hat am Dienstag gefordert, dass Europa an allen Gesprächen "
        "über einen Waffenstillstand beteiligt werde. Man sei bereit, Sicherheitsgarantien mitzutragen, "
        "sagte Merz nach einem Treffen mit Emmanuel Macron. Der französische Präsident erklärte, Frankreich "
        "werde keine Truppen entsenden, solange die Kämpfe andauerten."
    )
    doc = Article(text=text, id="berlin-merz", title=text.split("\n")[0], date="2025-12-02", lang="de",
                  source="Beispielzeitung", url="https://example.de/merz")
    q1 = span(text, "Europa an allen Gesprächen über einen Waffenstillstand beteiligt werde")
    q2 = span(text, "Man sei bereit, Sicherheitsgarantien mitzutragen")
    q3 = span(text, "Frankreich werde keine Truppen entsenden, solange die Kämpfe andauerten")
    doc.statements = [
        Statement(kind="indirect", quote=q1, cue=span(text, "gefordert"), speaker=span(text, "Friedrich Merz"),
                  speaker_actor="Friedrich Merz"),
        Statement(kind="indirect", quote=q2, cue=span(text, "sagte"), speaker=span(text, "Merz", q2.end),
                  speaker_actor="Friedrich Merz"),
        Statement(kind="indirect", quote=q3, cue=span(text, "erklärte"),
                  speaker=span(text, "Der französische Präsident"), speaker_actor="Emmanuel Macron"),
    ]
    doc.positions = [
        Position(actor="Friedrich Merz", issue="talks", stance="support", evidence=q1),
        Position(actor="Friedrich Merz", issue="security_guarantees", stance="offer", evidence=q2),
        Position(actor="Emmanuel Macron", issue="foreign_troops", stance="condition", evidence=q3),
    ]
    return doc


def _istanbul() -> Article:
    text = (
        "Kremlin signals openness to new Istanbul talks\n"
        "MOSCOW — The Kremlin said it was open to a further round of talks in Istanbul. "
        "Peskov told state television that a meeting between Putin and Zelensky was possible "
        "\"once the documents are ready\". Zelensky said he supported direct talks without preconditions."
    )
    doc = Article(text=text, id="istanbul-talks", title=text.split("\n")[0], date="2025-05-12", lang="en",
                  source="Example Wire", url="https://example.org/istanbul")
    q1 = span(text, "it was open to a further round of talks in Istanbul")
    q2 = span(text, "a meeting between Putin and Zelensky was possible \"once the documents are ready\"")
    q3 = span(text, "he supported direct talks without preconditions")
    doc.statements = [
        Statement(kind="indirect", quote=q1, cue=span(text, "said"), speaker=span(text, "The Kremlin"),
                  speaker_actor="Kremlin"),
        Statement(kind="indirect", quote=q2, cue=span(text, "told"), speaker=span(text, "Peskov"),
                  speaker_actor="Dmitry Peskov", channel="Russian state TV"),
        Statement(kind="indirect", quote=q3, cue=span(text, "said", q2.end), speaker=span(text, "Zelensky", q2.end),
                  speaker_actor="Volodymyr Zelensky"),
    ]
    doc.positions = [
        Position(actor="Kremlin", issue="talks", stance="support", evidence=q1),
        Position(actor="Dmitry Peskov", issue="leader_meeting", stance="condition", evidence=q2),
        Position(actor="Volodymyr Zelensky", issue="talks", stance="support", evidence=q3),
        Position(actor="Dmitry Peskov", issue="ceasefire", stance="support",
                 evidence=span(text, "open to a further round of talks")),
    ]
    return doc


def _hostile() -> Article:
    text = (
        "<script>window.__pwned = 4</script> Officials said the draft was \"<img src=x onerror=alert(1)>\" "
        "and a spokesman added: \"<a href=\"javascript:alert(2)\">read the plan</a>\"."
    )
    doc = Article(text=text, id="hostile-leak", title=HOSTILE_TITLE, date="2025-06-01", lang="en",
                  source="<b>Bad Source</b>", url=HOSTILE_URL)
    q1 = span(text, "<img src=x onerror=alert(1)>")
    q2 = span(text, "<a href=\"javascript:alert(2)\">read the plan</a>")
    doc.statements = [
        Statement(kind="direct", quote=q1, cue=span(text, "said"), speaker=span(text, "Officials"),
                  speaker_actor="<script>alert(5)</script>"),
        Statement(kind="direct", quote=q2, cue=span(text, "added"), speaker=span(text, "a spokesman")),
    ]
    doc.positions = [Position(actor="<script>alert(5)</script>", issue="peace_plan_basis", stance="claim",
                              evidence=q1)]
    return doc


ARTICLES = (_geneva, _berlin, _istanbul, _hostile)


def fill(store: Store) -> list[str]:
    """Store the sample articles with their analysis; returns their ids."""
    ids = []
    run = store.start_run("analyse")
    for make in ARTICLES:
        doc = make()
        doc.check_spans()
        store.add_article(doc)
        store.save_analysis(doc, run)
        ids.append(doc.id)
    store.finish_run(run, len(ids), 0)
    return ids
