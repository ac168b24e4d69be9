"""The store at scale: ingest and ``parley run --workers`` over N generated articles, on SQLite and
PostgreSQL; articles/s, database size and web page p95 on the result.

    .venv/bin/python benchmarks/bench_store.py --articles 100000 [--workers 2] [--pg-url URL]

Articles are ``bench_web``'s synthetic German/English news texts (2–5k characters), written as JSONL
and read by ``parley ingest`` like any input. PostgreSQL is used when ``--pg-url``,
``PARLEY_BENCH_PG_URL`` or ``PARLEY_TEST_PG_URL`` names a server (its tables are dropped first).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_web import actors, make_article, time_pages  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def parley_cmd() -> list[str]:
    exe = Path(sys.executable).with_name("parley")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "parley.cli.app"]


def write_articles(path: Path, n: int) -> None:
    rnd, names = random.Random(7), actors()
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            doc = make_article(i, rnd, names)
            out.write(json.dumps({"id": f"gen-{i}", "url": doc.url, "date": doc.date, "lang": doc.lang,
                                  "title": doc.title, "text": doc.text}, ensure_ascii=False) + "\n")


def _timed(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.run([*parley_cmd(), *args], env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"parley {' '.join(args[:2])} failed:\n{proc.stdout[-1500:]}\n{proc.stderr[-1500:]}")
    return time.perf_counter() - start


def db_size_mb(url: str) -> float:
    from parley.store import Store

    return Store(url).size_bytes() / 1e6


def bench_backend(url: str, articles: Path, n: int, workers: int, env: dict[str, str]) -> dict[str, float]:
    ingest = _timed(["ingest", str(articles), "--db", url], env)
    run = _timed(["run", "--db", url, "--workers", str(workers)], env)
    size = db_size_mb(url)
    pages = time_pages(url, repeat=10)
    worst = max(p95 for _, _, _, p95 in pages)
    name = "SQLite" if url.startswith("sqlite") else "PostgreSQL"
    print(f"[store {name}] {n:,} articles: ingest {n / ingest:,.0f} articles/s ({ingest:.0f} s), "
          f"run --workers {workers} {n / run:,.1f} articles/s ({run:.0f} s), database {size:,.0f} MB, "
          f"slowest page p95 {worst:.0f} ms [target <= 300]")
    for page, _, _, p95 in pages:
        print(f"    {page:32} p95 {p95:7.1f} ms")
    return {"ingest_aps": n / ingest, "run_aps": n / run, "db_mb": size, "worst_p95_ms": worst}


def bench_store(n: int, env: dict[str, str], workers: int = 2, pg_url: str | None = None) -> dict[str, object]:
    tmp = Path(tempfile.mkdtemp(prefix="parley-store-"))
    articles = tmp / "articles.jsonl"
    write_articles(articles, n)
    out: dict[str, object] = {"sqlite": bench_backend(f"sqlite:///{tmp / 'store.db'}", articles, n, workers, env)}
    pg_url = pg_url or os.environ.get("PARLEY_BENCH_PG_URL") or os.environ.get("PARLEY_TEST_PG_URL")
    if not pg_url:
        print("[store PostgreSQL] skipped: set PARLEY_BENCH_PG_URL (or PARLEY_TEST_PG_URL)")
        return out
    from parley.store.testing import PG_ENV, scratch_url

    os.environ[PG_ENV] = pg_url
    with scratch_url("postgres", tmp) as url:  # a fresh schema, dropped afterwards
        out["postgresql"] = bench_backend(url, articles, n, workers, env)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--pg-url")
    args = ap.parse_args()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")]))}
    bench_store(args.articles, env, args.workers, args.pg_url)


if __name__ == "__main__":
    main()
