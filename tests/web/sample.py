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


def article(text: str, doc_id: str, date: str, lang: str, source: str, url: str, title: str | None = None) -> Article:
    """An article whose title is its first line unless given."""
    return Article(text=text, id=doc_id, title=title or text.split("\n")[0], date=date, lang=lang, source=source,
                   url=url)


def said(text: str, kind: str, quote: Span, cue: str, speaker: str, actor: str | None = None, after: int = 0,
         **extra: object) -> Statement:
    """A statement whose cue and speaker are the first ``cue``/``speaker`` strings at or after ``after``."""
    return Statement(kind=kind, quote=quote, cue=span(text, cue, after), speaker=span(text, speaker, after),
                     speaker_actor=actor, **extra)  # type: ignore[arg-type]


def stances(text: str, *rows: tuple[str, str, str, Span | str]) -> list[Position]:
    """Positions from ``(actor, issue, stance, evidence)``; evidence as a span or a string of ``text``."""
    return [Position(actor=actor, issue=issue, stance=stance,
                     evidence=evidence if isinstance(evidence, Span) else span(text, evidence))
            for actor, issue, stance, evidence in rows]


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
    doc = article(text, "geneva-round", "2025-11-24", "en", "Example Wire", "https://example.org/geneva-round")
    q1 = span(text, "as long as foreign troops are being discussed for Ukrainian soil")
    q1_indirect = span(text, "Moscow would not accept a ceasefire \"as long as foreign troops are being discussed "
                             "for Ukrainian soil\"")
    q2 = span(text, "any settlement must address the question of territory first")
    q3 = span(text, "We are ready to meet at any level, but we will not trade our land for a pause.")
    q4 = span(text, "security guarantees had to come before elections")
    doc.statements = [
        said(text, "indirect", q1_indirect, "said", "Dmitry Peskov", "Dmitry Peskov"),
        said(text, "direct", q1, "said", "Dmitry Peskov", "Dmitry Peskov",
             nested_in=f"geneva-round#{q1_indirect.start}-{q1_indirect.end}"),
        said(text, "indirect", q2, "stressed", "Vladimir Putin", "Vladimir Putin", via="Yuri Ushakov",
             via_span=span(text, "Yuri Ushakov")),
        said(text, "direct", q3, "told", "Volodymyr Zelensky", "Volodymyr Zelensky"),
        said(text, "indirect", q4, "added", "He", "Volodymyr Zelensky", channel="Telegram",
             channel_span=span(text, "Telegram")),
    ]
    doc.positions = stances(
        text,
        ("Dmitry Peskov", "ceasefire", "oppose", q1_indirect),
        ("Vladimir Putin", "territory", "condition", q2),
        ("Volodymyr Zelensky", "leader_meeting", "offer", "We are ready to meet at any level"),
        ("Volodymyr Zelensky", "territory", "oppose", "we will not trade our land for a pause"),
        ("Volodymyr Zelensky", "security_guarantees", "condition", q4),
    )
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
    doc = article(text, "berlin-merz", "2025-12-02", "de", "Beispielzeitung", "https://example.de/merz")
    q1 = span(text, "Europa an allen Gesprächen über einen Waffenstillstand beteiligt werde")
    q2 = span(text, "Man sei bereit, Sicherheitsgarantien mitzutragen")
    q3 = span(text, "Frankreich werde keine Truppen entsenden, solange die Kämpfe andauerten")
    doc.statements = [
        said(text, "indirect", q1, "gefordert", "Friedrich Merz", "Friedrich Merz"),
        said(text, "indirect", q2, "sagte", "Merz", "Friedrich Merz", after=q2.end),
        said(text, "indirect", q3, "erklärte", "Der französische Präsident", "Emmanuel Macron"),
    ]
    doc.positions = stances(
        text,
        ("Friedrich Merz", "talks", "support", q1),
        ("Friedrich Merz", "security_guarantees", "offer", q2),
        ("Emmanuel Macron", "foreign_troops", "condition", q3),
    )
    return doc


def _istanbul() -> Article:
    text = (
        "Kremlin signals openness to new Istanbul talks\n"
        "MOSCOW — The Kremlin said it was open to a further round of talks in Istanbul. "
        "Peskov told state television that a meeting between Putin and Zelensky was possible "
        "\"once the documents are ready\". Zelensky said he supported direct talks without preconditions."
    )
    doc = article(text, "istanbul-talks", "2025-05-12", "en", "Example Wire", "https://example.org/istanbul")
    q1 = span(text, "it was open to a further round of talks in Istanbul")
    q2 = span(text, "a meeting between Putin and Zelensky was possible \"once the documents are ready\"")
    q3 = span(text, "he supported direct talks without preconditions")
    doc.statements = [
        said(text, "indirect", q1, "said", "The Kremlin", "Kremlin"),
        said(text, "indirect", q2, "told", "Peskov", "Dmitry Peskov", channel="Russian state TV"),
        said(text, "indirect", q3, "said", "Zelensky", "Volodymyr Zelensky", after=q2.end),
    ]
    doc.positions = stances(
        text,
        ("Kremlin", "talks", "support", q1),
        ("Dmitry Peskov", "leader_meeting", "condition", q2),
        ("Volodymyr Zelensky", "talks", "support", q3),
        ("Dmitry Peskov", "ceasefire", "support", "open to a further round of talks"),
    )
    return doc


def _hostile() -> Article:
    text = (
        "<script>window.__pwned = 4</script> Officials said the draft was \"<img src=x onerror=alert(1)>\" "
        "and a spokesman added: \"<a href=\"javascript:alert(2)\">read the plan</a>\"."
    )
    doc = article(text, "hostile-leak", "2025-06-01", "en", "<b>Bad Source</b>", HOSTILE_URL, title=HOSTILE_TITLE)
    q1 = span(text, "<img src=x onerror=alert(1)>")
    q2 = span(text, "<a href=\"javascript:alert(2)\">read the plan</a>")
    doc.statements = [
        said(text, "direct", q1, "said", "Officials", "<script>alert(5)</script>"),
        said(text, "direct", q2, "added", "a spokesman"),
    ]
    doc.positions = stances(text, ("<script>alert(5)</script>", "peace_plan_basis", "claim", q1))
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
        doc.dossier = "russia_ukraine"
        store.save_analysis(doc, run)
        ids.append(doc.id)
    store.finish_run(run, len(ids), 0)
    return ids
