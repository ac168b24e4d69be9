"""Fuzz benchmark: hostile inputs mixed with good ones through ``parley ingest`` and ``parley run``.

    .venv/bin/python benchmarks/fuzz.py                          # 2,400 inputs, SQLite (+ PG if set)
    .venv/bin/python benchmarks/fuzz.py --n 200 --no-run --pg ''  # a quick look, SQLite only
    .venv/bin/python benchmarks/fuzz.py --long-only               # time per MB of long texts

Seeded: the same ``--seed`` gives the same inputs. Every good record carries a marker
(``Kennung good-N``); after ingest the store is searched for each marker, so a good record lost
to a bad neighbour (same JSONL file, JSON list or feed) is counted. Prints the tracebacks, the
good records lost, the skip reasons without a one-line reason, and time per MB of long texts.
The texts are sentences written for this benchmark; nothing is read from a corpus.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

GERMAN = [
    "Der Außenminister sagte am Montag, die Verhandlungen würden in der kommenden Woche fortgesetzt.",
    "„Wir sind zu einem Waffenstillstand bereit“, erklärte die Sprecherin der Regierung in Berlin.",
    "Die Opposition kritisierte den Plan scharf.",
    "Man habe keine Garantien erhalten, hieß es aus Kreisen der Delegation.",
    "Kremlsprecher Dmitri Peskow sagte, Moskau sehe keinen Grund für neue Gespräche.",
    "Selenskyj forderte erneut Sicherheitsgarantien des Westens.",
    "Nach Angaben der Agentur wurde das Treffen auf Donnerstag verschoben.",
    "„Das ist ein wichtiger Schritt“, sagte der Kanzler vor Journalisten.",
    "Beobachter halten eine Einigung vor dem Winter für unwahrscheinlich.",
    "Die Delegationen trafen sich in Istanbul zu einer weiteren Runde.",
    "Ein Sprecher des Ministeriums wollte sich zu den Berichten nicht äußern.",
    "Der Gesandte betonte, ohne einen Abzug der Truppen werde es keinen Frieden geben.",
]
ENGLISH = [
    "The foreign minister said on Monday that talks would resume next week.",
    '"We are ready for a ceasefire," the government spokeswoman told reporters in Kyiv.',
    "Officials in Moscow said they saw no reason for new negotiations.",
    "Zelensky again called for security guarantees from Western partners.",
    "The meeting was postponed until Thursday, according to the agency.",
    "Analysts doubt that a deal can be reached before winter.",
]


def prose(rng: random.Random, sentences: int, lang: str = "de") -> str:
    """Paragraphs of two to four sentences drawn from the written ones."""
    pool = GERMAN if lang == "de" else ENGLISH
    out, para = [], []
    for _ in range(sentences):
        para.append(rng.choice(pool))
        if len(para) >= rng.randint(2, 4):
            out.append(" ".join(para))
            para = []
    if para:
        out.append(" ".join(para))
    return "\n\n".join(out)


def long_prose(chars: int, seed: int = 0) -> str:
    rng = random.Random(seed)
    parts, size = [], 0
    while size < chars:
        parts.append(prose(rng, 12))
        size += len(parts[-1]) + 2
    return "\n\n".join(parts)[:chars]


# --------------------------------------------------------------------------------- generation
@dataclass
class Corpus:
    """What was generated: the files and the markers of the good records in them."""

    root: Path
    good: set[str] = field(default_factory=set)
    kinds: Counter[str] = field(default_factory=Counter)
    number: int = 0

    def marker(self) -> str:
        self.number += 1
        name = f"good-{self.number}"
        self.good.add(name)
        return name

    def good_text(self, rng: random.Random) -> tuple[str, str]:
        lang = rng.choice(["de", "de", "en"])
        name = self.marker()
        return f"{prose(rng, rng.randint(2, 6), lang)} Kennung {name}.", lang


def _deep(rng: random.Random) -> str:
    depth = rng.randint(2_000, 6_000)
    return "[" * depth + "]" * depth


HOSTILE_TEXTS: dict[str, Callable[[random.Random], str]] = {
    "long_token": lambda r: f"Der Minister sagte: {'Verhandlungsrunde' * r.randint(150, 300)} sei beendet.",
    "no_full_stops": lambda r: " und ".join(r.choice(GERMAN).rstrip(".") for _ in range(r.randint(50, 200))),
    "unclosed_quote": lambda r: f"{r.choice(GERMAN)} Der Minister sagte: „Wir werden nicht",
    "zero_width": lambda r: "\u200b\u200e\u202e".join(r.choice(GERMAN).split(" ")),
    "combining": lambda r: "".join(ch + "\u0301\u0308" for ch in r.choice(GERMAN)),
    "script": lambda r: f"<script>alert(1)</script> {r.choice(GERMAN)} <img src=x onerror=alert(2)>",
    "formula": lambda r: f"=HYPERLINK(\"http://x\") {r.choice(GERMAN)}",
    "controls": lambda r: r.choice(GERMAN).replace(" ", "\x01\x07 ", 3),
    "surrogate_escape": lambda r: r.choice(GERMAN) + "\udcff",
    "only_quotes": lambda r: "„“‚‘»«" * r.randint(10, 500),
    "only_punct": lambda r: ".,;:!?" * r.randint(10, 500),
}


def _jsonl_file(corpus: Corpus, rng: random.Random, index: int) -> None:
    lines: list[str] = []
    for _ in range(rng.randint(3, 12)):
        roll = rng.random()
        if roll < 0.55:
            text, lang = corpus.good_text(rng)
            lines.append(json.dumps({"id": f"j{index}-{len(lines)}", "text": text, "lang": lang},
                                    ensure_ascii=rng.random() < 0.5))
            continue
        kind = rng.choice(["deep", "nul", "bad_utf8", "not_object", "no_text", "truncated", "long_id",
                           "bad_date", "hostile_text", "huge_number"])
        corpus.kinds[f"jsonl:{kind}"] += 1
        if kind == "deep":
            lines.append(_deep(rng))
        elif kind == "nul":
            lines.append('{"id": "n", "text": "Null\x00Byte im Text"}')
        elif kind == "bad_utf8":
            lines.append('{"id": "b", "text": "caf\udce9 latin-1"}')
        elif kind == "not_object":
            lines.append(json.dumps(rng.choice([[1, 2], "text", 3, None])))
        elif kind == "no_text":
            lines.append(json.dumps({"id": "x", "text": rng.choice([None, 5, "", "   ", ["a"]])}))
        elif kind == "truncated":
            lines.append('{"id": "t", "text": "abgebrochen')
        elif kind == "long_id":
            lines.append(json.dumps({"id": "i" * 5_000, "text": rng.choice(GERMAN)}))
        elif kind == "bad_date":
            text, lang = corpus.good_text(rng)  # a good record: stored, with the date reported
            lines.append(json.dumps({"id": f"j{index}-{len(lines)}", "text": text, "lang": lang,
                                     "date": rng.choice(["2025-13-45", "gestern", "31.02.2024", "99999"])}))
        elif kind == "huge_number":
            lines.append('{"id": 1' + "0" * 5_000 + ', "text": "Eine Zahl."}')
        else:
            name = rng.choice(sorted(HOSTILE_TEXTS))
            lines.append(json.dumps({"id": f"h{index}-{len(lines)}", "text": HOSTILE_TEXTS[name](rng)}))
    data = ("\n".join(lines) + "\n").encode("utf-8", errors="surrogateescape")
    (corpus.root / f"f{index}.jsonl").write_bytes(data)


def _json_list(corpus: Corpus, rng: random.Random, index: int) -> None:
    items = []
    for _ in range(rng.randint(2, 6)):
        if rng.random() < 0.7:
            text, lang = corpus.good_text(rng)
            items.append(json.dumps({"text": text, "lang": lang}, ensure_ascii=False))
        else:
            corpus.kinds["json:bad_element"] += 1
            items.append(rng.choice([_deep(rng), '{"text": 3}', '"just a string"', "null"]))
    (corpus.root / f"f{index}.json").write_text("[" + ",\n".join(items) + "]", encoding="utf-8")


def _feed(corpus: Corpus, rng: random.Random, index: int) -> None:
    entries = []
    for number in range(rng.randint(2, 8)):
        if rng.random() < 0.75:
            text, _ = corpus.good_text(rng)
            body = text.replace("&", "&amp;").replace("<", "&lt;")
        else:
            kind = rng.choice(["nul", "bad_utf8", "empty", "script"])
            corpus.kinds[f"feed:{kind}"] += 1
            body = {"nul": "Null\x00Byte", "bad_utf8": "caf\udce9", "empty": "",
                    "script": "&lt;script&gt;alert(1)&lt;/script&gt;"}[kind]
        entries.append(f"<item><title>Meldung {number}</title><link>https://example.org/{index}/{number}</link>"
                       f"<guid>g{index}-{number}</guid><description>{body}</description></item>")
    xml = (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Ticker {index}</title>'
           + "".join(entries) + "</channel></rss>")
    (corpus.root / f"f{index}.rss").write_bytes(xml.encode("utf-8", errors="surrogateescape"))


def _standalone(corpus: Corpus, rng: random.Random, index: int) -> None:
    path = corpus.root / f"f{index}"
    if rng.random() < 0.45:
        text, _ = corpus.good_text(rng)
        encoding = rng.choice(["utf-8", "utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252"])
        title = "" if rng.random() < 0.3 else "Gespräche über einen Waffenstillstand\n"
        if rng.random() < 0.1:
            title = "x" * 100_000 + "\n"  # an overlong first line: no title, language from the body
            corpus.kinds["txt:long_first_line"] += 1
        path.with_suffix(".txt").write_bytes((title + text).encode(encoding, errors="replace"))
        return
    kind = rng.choice(["binary", "empty", "blank", "html", "deep_html", "pdf", "hostile_text", "bad_bytes",
                       "unsupported", "bad_feed", "json_truncated"])
    corpus.kinds[f"file:{kind}"] += 1
    if kind == "binary":
        path.with_suffix(".txt").write_bytes(bytes(rng.randrange(256) for _ in range(2_000)))
    elif kind == "empty":
        path.with_suffix(".txt").write_bytes(b"")
    elif kind == "blank":
        path.with_suffix(".txt").write_text(" \n\t\n")
    elif kind == "html":
        name = corpus.marker()
        body = f"<p>{rng.choice(GERMAN)} Kennung {name}.</p>"
        path.with_suffix(".html").write_text(f"<html><head><title>T</title><script>x()</script></head>"
                                             f"<body>{body}<iframe src=x></iframe></body></html>")
    elif kind == "deep_html":
        depth = rng.randint(1_000, 5_000)
        path.with_suffix(".html").write_text("<div>" * depth + rng.choice(GERMAN) + "</div>" * depth)
    elif kind == "pdf":
        path.with_suffix(".txt").write_bytes(b"%PDF-1.4\n" + bytes(rng.randrange(256) for _ in range(500)))
    elif kind == "hostile_text":
        name = rng.choice(sorted(HOSTILE_TEXTS))
        path.with_suffix(".txt").write_bytes(HOSTILE_TEXTS[name](rng).encode("utf-8", errors="surrogateescape"))
    elif kind == "bad_bytes":
        path.with_suffix(".txt").write_bytes(rng.choice(GERMAN).encode() + b"\x81\x8d\x8f\x90\x9d" * 3)
    elif kind == "unsupported":
        path.with_suffix(".docx").write_bytes(b"PK\x03\x04")
    elif kind == "bad_feed":
        path.with_suffix(".rss").write_text("<rss><channel><item><title>kaputt")
    else:
        path.with_suffix(".json").write_text('{"text": "abgebrochen')


def generate(root: Path, n: int, seed: int) -> Corpus:
    """``n`` input files of every kind under ``root`` (seeded)."""
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    corpus = Corpus(root)
    makers = [_standalone] * 6 + [_jsonl_file] * 2 + [_json_list, _feed]
    for index in range(n):
        rng.choice(makers)(corpus, rng, index)
    return corpus


# --------------------------------------------------------------------------------- ingest and run
@dataclass
class Outcome:
    """Tracebacks, good records lost, and counts: stored, skipped, no_reason, analysed, run_failed."""

    backend: str
    tracebacks: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    def __getattr__(self, name: str) -> int:
        if name.startswith("_"):
            raise AttributeError(name)
        return self.counts[name]


def _invoke(args: list[str]) -> tuple[int, str, str | None]:
    """Run a parley command in this process: exit code, output, traceback (if it raised)."""
    import traceback

    from typer.testing import CliRunner

    from parley.cli.app import app

    result = CliRunner().invoke(app, args)
    trace = None
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        trace = "".join(traceback.format_exception(*result.exc_info))  # type: ignore[misc]
    return result.exit_code, result.output, trace


def ingest_and_run(corpus: Corpus, url: str, backend: str, run: bool = True) -> Outcome:
    from sqlalchemy import select

    from parley.store import Store
    from parley.store.schema import ArticleRow, IngestLog

    out, started = Outcome(backend), time.perf_counter()
    code, output, trace = _invoke(["ingest", str(corpus.root), "--db", url])
    if trace:
        out.tracebacks.append(trace)
    store = Store(url)
    with store.session() as session:
        texts = [t for (t,) in session.execute(select(ArticleRow.text))]
        rows = session.execute(select(ArticleRow.id)).all()
        log = session.execute(select(IngestLog.status, IngestLog.reason)).all()
    found = {m for text in texts for m in re.findall(r"Kennung (good-\d+)", text)}
    out.lost = sorted(corpus.good - found, key=lambda s: int(s.split("-")[1]))
    out.counts["stored"] = len(rows)
    out.counts["skipped"] = sum(1 for status, _ in log if status == "skipped")
    out.counts["no_reason"] = sum(1 for status, reason in log
                                  if status == "skipped" and (not (reason or "").strip() or "\n" in reason))
    if run:
        code, output, trace = _invoke(["run", "--db", url])
        if trace:
            out.tracebacks.append(trace)
        failures = [line for line in output.splitlines() if line.startswith("failed ")]
        out.counts["run_failed"] = len(failures)
        out.tracebacks += failures  # a failed article is a crash of the pipeline, shown with its reason
        out.counts["analysed"] = len(store.article_ids()) - len(store.article_ids(pending_only=True))
    store.engine.dispose()
    out.seconds = time.perf_counter() - started
    return out


# --------------------------------------------------------------------------------- long texts
LONG_CASES: dict[str, Callable[[int], str]] = {
    "prose": long_prose,
    "no_full_stops": lambda n: (" und ".join(s.rstrip(".") for s in GERMAN) + " ") * (n // 900 + 1),
    "one_line": lambda n: ("wir reden und reden weiter " * (n // 27 + 1)),
}


def time_one(kind: str, chars: int, token: int = 0) -> dict[str, float | str]:
    """Analyse one long German text in this process: seconds (wall, CPU), peak RSS, outcome."""
    import resource

    from parley.budget import ArticleSkipped
    from parley.model import Article
    from parley.pipeline import Pipeline

    pipeline = Pipeline()
    pipeline(Article(text=GERMAN[0], lang="de"))  # load the models
    text = LONG_CASES[kind](chars)[:chars]
    if token:
        middle = len(text) // 2
        text = text[:middle] + " " + ("Verhandlungsrunde" * (token // 17 + 1))[:token] + " " + text[middle:]
    wall, cpu = time.perf_counter(), time.process_time()
    try:
        doc = pipeline(Article(text=text, lang="de", id=kind))
        doc.check_spans()
        outcome = f"{len(doc.statements)} statements"
    except ArticleSkipped as exc:
        outcome = f"skipped: {exc}"
    return {
        "kind": kind, "chars": len(text), "wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu,
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "outcome": outcome,
    }


def time_long(kind: str, chars: int, token: int = 0) -> dict[str, float | str]:
    """``time_one`` in a fresh interpreter (its own peak RSS and cold caches)."""
    code = (f"import json, sys; sys.path.insert(0, {str(Path(__file__).parent)!r}); import fuzz; "
            f"print(json.dumps(fuzz.time_one({kind!r}, {chars}, {token})))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def report_long() -> None:
    rows = [time_long("prose", 100_000), time_long("prose", 400_000),
            time_long("prose", 100_000, token=5_000), time_long("no_full_stops", 200_000),
            time_long("one_line", 1_000_000), time_long("prose", 10_000_000)]
    print("\nlong German texts (fresh process each; CPU seconds)")
    for row in rows:
        per_mb = float(row["cpu"]) / (int(row["chars"]) / 1e6)
        print(f"  {row['kind']:<14} {int(row['chars']):>10,} chars  wall {float(row['wall']):6.1f} s  "
              f"cpu {float(row['cpu']):6.1f} s  {per_mb:6.1f} s/MB  peak {float(row['rss_mb']):5.0f} MB  "
              f"{str(row['outcome'])[:70]}")
    ratio = float(rows[1]["cpu"]) / float(rows[0]["cpu"])
    token = float(rows[2]["cpu"]) - float(rows[0]["cpu"])
    print(f"  400 KB / 100 KB: {ratio:.2f}x (target <= 4.5)   5,000-char token adds {token:+.2f} s (target < 1)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=2_400, help="Input files to generate.")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--pg", default=os.environ.get("PARLEY_TEST_PG_URL", ""), help="PostgreSQL URL ('' = skip).")
    parser.add_argument("--no-run", action="store_true", help="Ingest only.")
    parser.add_argument("--long-only", action="store_true", help="Only time the long texts.")
    parser.add_argument("--no-long", action="store_true", help="Skip the long texts.")
    args = parser.parse_args()
    failed = False
    if not args.long_only:
        with tempfile.TemporaryDirectory(prefix="parley-fuzz-") as tmp:
            corpus = generate(Path(tmp) / "in", args.n, args.seed)
            print(f"{args.n} input files, {len(corpus.good)} good records, hostile kinds: "
                  f"{sum(corpus.kinds.values())} ({len(corpus.kinds)} kinds)")
            targets = [("sqlite", f"sqlite:///{tmp}/fuzz.db")]
            if args.pg:
                from parley.store.testing import PG_ENV, scratch_url

                os.environ[PG_ENV] = args.pg

                targets.append(("postgres", args.pg))
            for backend, url in targets:
                if backend == "postgres":
                    with scratch_url("postgres", Path(tmp)) as scratch:
                        out = ingest_and_run(corpus, scratch, backend, run=not args.no_run)
                else:
                    out = ingest_and_run(corpus, url, backend, run=not args.no_run)
                for trace in out.tracebacks:
                    print(trace)
                print(f"{backend}: tracebacks {len(out.tracebacks)}  good records lost {len(out.lost)} "
                      f"{out.lost[:10]}  stored {out.stored}  skipped {out.skipped} "
                      f"(without a one-line reason: {out.no_reason})  analysed {out.analysed}  run failures "
                      f"{out.run_failed}  {out.seconds:.0f} s")
                failed |= bool(out.tracebacks or out.lost or out.no_reason or out.run_failed)
    if not args.no_long:
        report_long()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
