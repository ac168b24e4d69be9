"""Benchmark the full pipelines (German and English) on one CPU core: words/s, per-component time, RSS.

Each language runs in its own process, pinned to one core. After a one-sentence warm-up that loads the
models, pass 1 runs with cold word caches ("cold"), later passes over the same texts are "warm".

.venv/bin/python benchmarks/bench_pipeline.py                      # both languages, default inputs
.venv/bin/python benchmarks/bench_pipeline.py --lang de --limit 150 --repeat 2
.venv/bin/python benchmarks/bench_pipeline.py --lang en --input /tmp/english.jsonl

Default inputs: German = WikiNews dev documents (``originalText``); English = the English articles of
``examples/negotiation`` and of the hold-out set (used as speed input only).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

from parley.model import Article
from parley.pipeline import Pipeline
from parley.runner import Runner

ROOT = Path(__file__).resolve().parent.parent
WIKINEWS_DEV = ROOT.parent / "shared/data/german-news-quotation-attribution-2024/data/dev"
ENGLISH_INPUTS = (
    ROOT / "examples/negotiation/wire.jsonl",
    ROOT / "examples/negotiation/2025-03-12-zelensky-land.txt",
    ROOT / "benchmarks/holdout/articles.jsonl",
)
WARMUP = {"de": "Der Kreml sagte, Russland sei bereit.", "en": "The Kremlin said Russia was ready."}


def read_texts(paths: list[Path], lang: str, limit: int | None) -> list[str]:
    """Texts in ``lang`` from JSONL files (``text``, ``lang``), plain text files or WikiNews folders."""
    texts: list[str] = []
    for path in paths:
        if path.is_dir():
            texts += [json.loads(f.read_text(encoding="utf-8"))["originalText"]
                      for f in sorted(path.glob("*.json"))]
        elif path.suffix == ".jsonl":
            for line in path.read_text(encoding="utf-8").splitlines():
                rec = json.loads(line)
                if rec.get("lang", lang) == lang and rec.get("text"):
                    texts.append(rec["text"])
        else:
            texts.append(path.read_text(encoding="utf-8"))
    return texts[:limit]


def count_words(doc: Article) -> int:
    return sum(1 for t in doc.tokens if any(c.isalnum() for c in t.text))


def bench(lang: str, texts: list[str], repeat: int) -> None:
    """Run the configured chain for ``lang`` over ``texts`` ``repeat`` times and print the timings."""
    runner = Runner(Pipeline(), profile=True)
    names = runner.pipeline.component_names(lang)
    start = time.perf_counter()
    list(runner.map([Article(text=WARMUP[lang], lang=lang)]))
    print(f"[{lang}] components: {' → '.join(names)}")
    print(f"[{lang}] model loading + warm-up: {time.perf_counter() - start:.2f}s; {len(texts)} texts")
    for run in range(repeat):
        per_component = dict.fromkeys(names, 0.0)
        words, failed, start, cpu = 0, 0, time.perf_counter(), time.process_time()
        for outcome in runner.map(Article(text=text, lang=lang) for text in texts):
            for name, seconds in outcome.timings.items():
                per_component[name] += seconds
            if outcome.ok and outcome.article is not None:
                words += count_words(outcome.article)
            else:
                failed += 1
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
        label = "pass 1 (cold caches)" if run == 0 else f"pass {run + 1} (warm caches)"
        print(f"[{lang}] {label}: {words} words  wall {elapsed:.2f}s = {words / elapsed:,.0f} words/s  "
              f"CPU {cpu:.2f}s = {words / cpu:,.0f} words/CPU-s" + (f"  ({failed} failed)" if failed else ""))
        print(f"[{lang}]   per component (s): " + "  ".join(f"{n} {s:.2f}" for n, s in per_component.items()))
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"[{lang}] peak RSS: {rss:.0f} MB")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lang", choices=("de", "en", "both"), default="both")
    ap.add_argument("--input", type=Path, nargs="*", help="JSONL/text files or a WikiNews folder")
    ap.add_argument("--limit", type=int, help="at most this many texts")
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--core", type=int, default=1, help="CPU core to pin to")
    args = ap.parse_args()
    if args.lang == "both":  # one process per language: separate caches and peak RSS
        for lang in ("de", "en"):
            extra = ["--input", *map(str, args.input)] if args.input else []
            extra += ["--limit", str(args.limit)] if args.limit else []
            subprocess.run([sys.executable, __file__, "--lang", lang, "--repeat", str(args.repeat),
                            "--core", str(args.core), *extra], check=True)
        return
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {args.core})
    paths = args.input or ([WIKINEWS_DEV] if args.lang == "de" else list(ENGLISH_INPUTS))
    bench(args.lang, read_texts(paths, args.lang, args.limit), args.repeat)


if __name__ == "__main__":
    main()
