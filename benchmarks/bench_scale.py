"""The speed numbers of the README, measured as a user meets them: ``parley extract`` in fresh processes.

    .venv/bin/python benchmarks/bench_scale.py                       # German + English, local and Dask
    .venv/bin/python benchmarks/bench_scale.py --lang de --no-dask
    .venv/bin/python benchmarks/bench_scale.py --store-scale 100000  # also the store at scale

Per language (German: all 998 WikiNews documents; English: the English articles of news-train, the
hold-out set and the examples, read as speed input only):
- cold throughput: ``parley extract --workers 1`` in a fresh process, model loading included;
  words/s of wall time and of CPU time (words = whitespace-separated pieces with a letter or digit);
- start-up: ``parley extract`` on one article (best of 3 wall times);
- peak RSS per worker process (``--workers 1``: the one process; ``--workers 2``: the largest);
- speed-up of ``--workers 2`` over ``--workers 1`` (wall time);
- Dask: ``--scheduler`` on a local two-worker cluster (one thread each) against ``--workers 2``;
- the ratio to a regex pass (quotation marks and words) over the same texts in this process.
Every run's predictions are compared byte for byte with the ``--workers 1`` output.

``--store-scale N`` generates N articles (``bench_web``'s synthetic news), ingests them into SQLite
and PostgreSQL (``PARLEY_BENCH_PG_URL`` or ``PARLEY_TEST_PG_URL``), runs ``parley run --workers 2``,
and reports articles/s, database size and web page p95 on that store.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENGLISH_FILES = ["../shared/data/news-train/articles.jsonl", "benchmarks/holdout/articles.jsonl",
                 "examples/negotiation/wire.jsonl"]  # relative to the repository
QUOTE_RE = re.compile(r"[„“\"»«]([^„“”\"»«]{1,400})[“”\"«»]")
WORD_RE = re.compile(r"\w+")
TARGETS = {"de": 8000, "en": 6000}


def parley_cmd() -> list[str]:
    exe = Path(sys.executable).with_name("parley")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "parley.cli.app"]


def german_texts() -> list[dict[str, str]]:
    from parley_lab.wikinews import load_split

    return [
        {"id": f"{split}-{doc.doc_id}", "lang": "de", "text": doc.text}
        for split in ("train", "dev", "test")
        for doc in load_split(split)
    ]


def english_texts() -> list[dict[str, str]]:
    out = []
    for path in (ROOT / name for name in ENGLISH_FILES):
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            if rec.get("lang") == "en" and rec.get("text"):
                out.append({"id": f"{path.parent.name}-{rec.get('id', len(out))}", "lang": "en", "text": rec["text"]})
    return out


def count_words(texts: list[str]) -> int:
    return sum(1 for text in texts for piece in text.split() if any(c.isalnum() for c in piece))


@dataclass
class Run:
    wall: float
    cpu: float
    max_rss_mb: float
    output: bytes


def _children() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        kids.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    return kids


def _tree(root: int) -> list[int]:
    kids, out, todo = _children(), [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo += kids.get(pid, [])
    return out


def _peak_rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def run_extract(inputs: Path, extra: list[str], env: dict[str, str], root: int | None = None) -> Run:
    """``parley extract`` in a fresh process: wall time, CPU of the process (RUSAGE_CHILDREN: its
    worker processes are reaped elsewhere), the largest peak RSS among it and the processes under
    ``root`` (default: the extract process; sampled from /proc every 0.2 s), and its output."""
    with tempfile.NamedTemporaryFile(suffix=".jsonl", delete=False) as tmp:
        out = Path(tmp.name)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen([*parley_cmd(), "extract", str(inputs), "-o", str(out), *extra], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peaks: dict[int, float] = {}
    while proc.poll() is None:
        for pid in _tree(root or proc.pid):
            if pid != os.getpid():
                peaks[pid] = max(peaks.get(pid, 0.0), _peak_rss_mb(pid))
        time.sleep(0.2)
    wall = time.perf_counter() - start
    stderr = proc.stderr.read() if proc.stderr else ""
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"parley extract {' '.join(extra)} failed:\n{stderr[-2000:]}")
    data = out.read_bytes()
    out.unlink()
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Run(wall, cpu, max([after.ru_maxrss / 1024 if not peaks else 0.0, *peaks.values()]), data)


def regex_pass(texts: list[str]) -> float:
    start = time.perf_counter()
    for text in texts:
        QUOTE_RE.findall(text)
        WORD_RE.findall(text)
    return time.perf_counter() - start


def bench_language(lang: str, records: list[dict[str, str]], dask: bool, env: dict[str, str]) -> dict[str, float]:
    texts = [r["text"] for r in records]
    words = count_words(texts)
    tmp = Path(tempfile.mkdtemp(prefix=f"parley-bench-{lang}-"))
    inputs, one = tmp / "input.jsonl", tmp / "one.jsonl"
    inputs.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    one.write_text(json.dumps(records[0], ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\n[{lang}] {len(records)} articles, {words:,} words")
    startup = min(run_extract(one, ["--workers", "1"], env).wall for _ in range(3))
    single = run_extract(inputs, ["--workers", "1"], env)
    double = run_extract(inputs, ["--workers", "2"], env)
    regex = regex_pass(texts)
    result = {
        "words": words,
        "startup_s": startup,
        "wall1_s": single.wall,
        "cpu1_s": single.cpu,
        "wps_wall": words / single.wall,
        "wps_cpu": words / single.cpu,
        "rss1_mb": single.max_rss_mb,
        "wall2_s": double.wall,
        "speedup2": single.wall / double.wall,
        "rss2_mb": double.max_rss_mb,
        "regex_s": regex,
        "regex_ratio": single.wall / regex,
    }
    same = double.output == single.output
    print(f"[{lang}] start-up (one article, best of 3): {startup:.2f} s")
    print(f"[{lang}] --workers 1: {single.wall:.1f} s wall, {single.cpu:.1f} s CPU -> {result['wps_wall']:,.0f} words/s "
          f"(wall), {result['wps_cpu']:,.0f} words/CPU-s; peak RSS {single.max_rss_mb:.0f} MB "
          f"[target >= {TARGETS[lang]:,} words/s]")
    print(f"[{lang}] --workers 2: {double.wall:.1f} s wall -> speed-up {result['speedup2']:.2f}x; "
          f"largest process {double.max_rss_mb:.0f} MB; output identical to --workers 1: {same}")
    print(f"[{lang}] regex pass over the same texts: {regex:.3f} s -> pipeline is {result['regex_ratio']:,.0f}x slower")
    if dask:
        result.update(bench_dask(lang, inputs, single, double, env))
    return result


def bench_dask(lang: str, inputs: Path, single: Run, double: Run, env: dict[str, str]) -> dict[str, float]:
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster:
        run = run_extract(inputs, ["--scheduler", cluster.scheduler_address], env, root=os.getpid())
    same = run.output == single.output
    print(f"[{lang}] Dask, local cluster of 2 workers: {run.wall:.1f} s wall = {run.wall / double.wall:.2f}x the "
          f"--workers 2 time [target <= 1.15]; largest worker {run.max_rss_mb:.0f} MB; output identical: {same}")
    return {"dask_s": run.wall, "dask_vs_workers2": run.wall / double.wall}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lang", choices=("de", "en", "both"), default="both")
    ap.add_argument("--limit", type=int, help="at most N articles per language (quick runs)")
    ap.add_argument("--no-dask", action="store_true", help="skip the Dask cluster run")
    ap.add_argument("--store-scale", type=int, default=0, metavar="N", help="also ingest + run N generated articles")
    ap.add_argument("--json", type=Path, help="write the numbers here as JSON")
    args = ap.parse_args()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")]))}
    results: dict[str, object] = {"cores": len(os.sched_getaffinity(0))}
    langs = ("de", "en") if args.lang == "both" else (args.lang,)
    for lang in langs:
        records = german_texts() if lang == "de" else english_texts()
        results[lang] = bench_language(lang, records[: args.limit] if args.limit else records, not args.no_dask, env)
    if args.store_scale:
        from bench_store import bench_store

        results["store"] = bench_store(args.store_scale, env)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
