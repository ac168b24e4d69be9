"""Time every page of ``parley serve`` on a generated store (default 10,000 articles).

    .venv/bin/python benchmarks/bench_web.py [--articles 10000] [--db /tmp/parley_bench_web.db] [--repeat 15]

The store is synthetic but shaped like real output: 2–5k-character articles in German and English,
~6 statements (direct/indirect, cues, speakers, some channels and relays) and ~3 positions per article
over 60 actors and 15 issues, dated 2022–2026. It is written once with bulk inserts and reused while the
file exists. Requests go through the ASGI app in-process (no network); the table shows the first
(cold-cache) request and p50/p95 over ``--repeat`` further requests. Target: every page < 300 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select

from parley.model import Article, Position, Span, Statement, content_hash, statement_key
from parley.store import Store
from parley.store.schema import ArticleRow, MentionRow, PositionRow, StatementRow

ISSUES = ["talks", "leader_meeting", "ceasefire", "security_guarantees", "nato_membership", "foreign_troops",
          "territory", "elections", "sanctions", "military_aid", "eu_membership", "neutrality_demilitarization",
          "peace_plan_basis", "prisoners_humanitarian", "other"]
STANCES = ["support", "oppose", "condition", "offer", "claim"]
FIRST = ["Anna", "Boris", "Clara", "Dmitri", "Elena", "Frank", "Greta", "Hassan", "Irina", "Jonas", "Katja",
         "Lukas", "Marta", "Nikolai", "Olga", "Pavel", "Rosa", "Stefan", "Tamara", "Viktor"]
LAST = ["Albers", "Brandt", "Czerny", "Dorn", "Engel", "Falk", "Gruber", "Hahn", "Ivanov", "Jansen", "Kovalenko",
        "Lange", "Moser", "Novak", "Orlov", "Petrenko"]
SOURCES = [f"Example Outlet {i}" for i in range(40)]
CHANNELS = [None, None, None, "Telegram", "X", "state TV", "a radio interview"]
FILLER_EN = ("Negotiators met again behind closed doors on {day}, and diplomats described the mood as tense. "
             "Observers in {city} expect no breakthrough before the next round. ")
FILLER_DE = ("Die Unterhändler trafen sich am {day} erneut hinter verschlossenen Türen in {city}. "
             "Beobachter rechnen vor der nächsten Runde nicht mit einem Durchbruch. ")
CITIES = ["Geneva", "Istanbul", "Riyadh", "Berlin", "Paris", "Kyiv", "Moscow", "Brussels", "London"]
QUOTES_EN = ["we are ready to discuss {issue} if the other side moves first",
             "there can be no agreement on {issue} under these conditions",
             "{issue} must be settled before anything else is signed",
             "our position on {issue} has not changed at all"]
QUOTES_DE = ["man sei zu Gesprächen über {issue} bereit, wenn die Gegenseite sich bewege",
             "eine Einigung über {issue} sei unter diesen Bedingungen ausgeschlossen",
             "die Frage {issue} müsse vor allem anderen geklärt werden",
             "die Haltung zu {issue} habe sich nicht verändert"]


def actors() -> list[str]:
    rnd = random.Random(1)
    return sorted({f"{rnd.choice(FIRST)} {rnd.choice(LAST)}" for _ in range(200)})[:60]


def make_article(i: int, rnd: random.Random, names: list[str]) -> Article:
    """One synthetic analysed article."""
    lang = "de" if rnd.random() < 0.7 else "en"
    date = (dt.date(2022, 1, 1) + dt.timedelta(days=rnd.randrange(1500))).isoformat()
    filler, quotes = (FILLER_DE, QUOTES_DE) if lang == "de" else (FILLER_EN, QUOTES_EN)
    parts: list[str] = []
    statements: list[Statement] = []
    positions: list[Position] = []
    title = f"Round {i}: talks on {rnd.choice(ISSUES)} continue in {rnd.choice(CITIES)}"
    pos = len(title) + 1
    parts.append(title + "\n")
    for _ in range(rnd.randint(4, 8)):
        block = filler.format(day=date, city=rnd.choice(CITIES)) * rnd.randint(1, 3)
        parts.append(block)
        pos += len(block)
        speaker = rnd.choice(names)
        issue = rnd.choice(ISSUES)
        quote = rnd.choice(quotes).format(issue=issue.replace("_", " "))
        direct = rnd.random() < 0.4
        cue = "said" if lang == "en" else "sagte"
        head = f"{speaker} {cue}" + (": \"" if direct else (" that " if lang == "en" else ", "))
        tail = ".\" " if direct else ". "
        start = pos + len(head)
        st = Statement(
            kind="direct" if direct else "indirect",
            quote=Span(start, start + len(quote)),
            cue=Span(pos + len(speaker) + 1, pos + len(speaker) + 1 + len(cue)),
            speaker=Span(pos, pos + len(speaker)),
            speaker_actor=speaker,
            channel=rnd.choice(CHANNELS),
            via=rnd.choice(names) if rnd.random() < 0.1 else None,
            confidence=round(rnd.uniform(0.5, 1.0), 2),
        )
        statements.append(st)
        if rnd.random() < 0.5:
            positions.append(Position(actor=speaker, issue=issue, stance=rnd.choice(STANCES), evidence=st.quote))
        sentence = head + quote + tail
        parts.append(sentence)
        pos += len(sentence)
    text = "".join(parts)
    doc = Article(text=text, id=f"bench-{i:05d}", title=title, date=date, lang=lang, source=rnd.choice(SOURCES),
                  url=f"https://example.org/news/{i}")
    doc.content_hash = content_hash(text + str(i))
    doc.statements, doc.positions = statements, positions
    return doc


def build(store: Store, n: int, batch: int = 500) -> None:
    rnd = random.Random(42)
    names = actors()
    for lo in range(0, n, batch):
        arts, sts, poss, ments = [], [], [], []
        for i in range(lo, min(n, lo + batch)):
            doc = make_article(i, rnd, names)
            meta = doc.metadata()
            arts.append({k: meta[k] for k in ("id", "url", "title", "date", "lang", "source", "author",
                                               "content_hash", "duplicate_of", "text", "meta")})
            for st in doc.statements:
                st.id = statement_key(doc.id, st)
                sts.append(dict(id=st.id, article_id=doc.id, kind=st.kind, start=st.quote.start, end=st.quote.end,
                                quote=doc.span_text(st.quote), cue=doc.span_text(st.cue),
                                speaker_text=doc.span_text(st.speaker), speaker=st.speaker_actor, channel=st.channel,
                                via=st.via, confidence=st.confidence, data=st.to_dict()))
                ments.append(dict(article_id=doc.id, start=st.speaker.start, end=st.speaker.end,
                                  text=doc.span_text(st.speaker), label="PER", actor=st.speaker_actor))
            for p in doc.positions:
                poss.append(dict(article_id=doc.id, actor=p.actor, issue=p.issue, stance=p.stance,
                                 start=p.evidence.start, end=p.evidence.end, evidence=doc.span_text(p.evidence),
                                 confidence=p.confidence, data=p.to_dict()))
        with store.session() as session:
            session.execute(insert(ArticleRow), arts)
            session.execute(insert(StatementRow), sts)
            session.execute(insert(PositionRow), poss)
            session.execute(insert(MentionRow), ments)


def pages(store: Store) -> list[tuple[str, str]]:
    with store.session() as session:
        top = session.execute(select(StatementRow.speaker, func.count()).group_by(StatementRow.speaker)
                              .order_by(func.count().desc()).limit(1)).first()[0]
        article = session.scalar(select(ArticleRow.id).order_by(ArticleRow.date.desc()).limit(1))
    actor = top.replace(" ", "%20")
    return [
        ("articles", "/"),
        ("articles, page 300", "/?page=300"),
        ("articles, search", "/?q=ceasefire+Geneva"),
        ("articles, search (de)", "/?q=Unterh%C3%A4ndler&lang=de"),
        ("articles, actor filter", f"/?actor={actor}"),
        ("articles, issue + dates", "/?issue=territory&date_from=2024-01-01&date_to=2024-12-31"),
        ("article", f"/articles/{article}"),
        ("actors", "/actors"),
        ("actor", f"/actors/{actor}"),
        ("matrix", "/matrix"),
        ("positions (cell evidence)", f"/positions?actor={actor}&issue=territory"),
        ("timeline", "/timeline"),
        ("timeline, one actor", f"/timeline?actor={actor}"),
        ("network", "/network"),
        ("api/articles", "/api/articles?q=talks&size=100"),
        ("api/articles/{id}", f"/api/articles/{article}"),
        ("api/actors/{name}", f"/api/actors/{actor}"),
        ("api/matrix", "/api/matrix"),
        ("api/timeline", "/api/timeline"),
        ("api/network", "/api/network"),
    ]


def time_pages(url: str, repeat: int = 15) -> list[tuple[str, float, float, float]] | None:
    """(page, first ms, p50 ms, p95 ms) for every page of ``pages`` on the store at ``url`` (None if one fails)."""
    from fastapi.testclient import TestClient

    from parley.web import create_app, views

    store = Store(url)
    app = create_app(url, warm=False)
    client = TestClient(app)
    t0 = time.perf_counter()
    app.state.parley.store.build_search_index()
    print(f"full-text index (built once per database by ingest/run): {time.perf_counter() - t0:.2f}s")
    t0 = time.perf_counter()
    views.positions(app.state.parley.cache)
    print(f"position aggregates (background warm-up at server start, again after each data change): "
          f"{time.perf_counter() - t0:.2f}s")
    rows: list[tuple[str, float, float, float]] = []
    for name, target in pages(store):
        t0 = time.perf_counter()
        response = client.get(target)
        cold = (time.perf_counter() - t0) * 1000
        if response.status_code != 200:
            print(f"{name}: HTTP {response.status_code}", file=sys.stderr)
            return None
        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            client.get(target)
            times.append((time.perf_counter() - t0) * 1000)
        times.sort()
        p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
        rows.append((name, cold, statistics.median(times), p95))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--db", default="/tmp/parley_bench_web.db")
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--limit-ms", type=float, default=300.0)
    args = parser.parse_args(argv)

    path = Path(args.db)
    url = f"sqlite:///{path}"
    store = Store(url)
    with store.session() as session:
        have = session.scalar(select(func.count()).select_from(ArticleRow))
    if have != args.articles:
        store.engine.dispose()
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        store = Store(url)
        t0 = time.perf_counter()
        build(store, args.articles)
        print(f"generated {args.articles} articles in {time.perf_counter() - t0:.1f}s → {path}", file=sys.stderr)
    with store.session() as session:
        counts = {t.__tablename__: session.scalar(select(func.count()).select_from(t))
                  for t in (ArticleRow, StatementRow, PositionRow)}
    print(f"store: {counts}")

    rows = time_pages(url, args.repeat)
    if rows is None:
        return 1

    print(f"\n{'page':32} {'first ms':>9} {'p50 ms':>8} {'p95 ms':>8}")
    for name, cold, p50, p95 in rows:
        flag = "" if p95 < args.limit_ms else "  SLOW"
        print(f"{name:32} {cold:9.1f} {p50:8.1f} {p95:8.1f}{flag}")
    slow = [r for r in rows if r[3] >= args.limit_ms]
    print(f"\n{len(rows) - len(slow)}/{len(rows)} pages p95 < {args.limit_ms:.0f} ms")
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
