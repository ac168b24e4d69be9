"""Shared helpers for the training and evaluation scripts that read the news sets from ``../shared``.

The texts are read where they lie and never copied into the repository. The scorer and the fixed
folds are imported from ``../shared/eval`` so every script matches statements exactly as the scorer
does and uses the same folds.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
NEWS_TRAIN = SHARED / "data" / "news-train" / "articles.jsonl"
NEWS_DEV = SHARED / "data" / "news-dev" / "articles.jsonl"
INPUT_FIELDS = ("id", "url", "date", "lang", "text")  # what the pipeline may see of a gold record


def load_module(path: Path, name: str) -> ModuleType:
    """Import a stand-alone script (the scorer, the folds) as a module."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None, path
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


SCORER = load_module(SHARED / "eval" / "score_news.py", "parley_score_news")
FOLDS = load_module(SHARED / "eval" / "folds.py", "parley_eval_folds")


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def matching_gold(article: dict[str, Any], start: int, end: int) -> dict[str, Any] | None:
    """The gold statement whose span overlaps ``start:end`` best, if its character Jaccard (on the
    scorer's normalised spans) is at least 0.5 — the scorer's matching rule."""
    text = article["text"]
    a, b = SCORER.normalise_span(text, start, end)
    best, best_j = None, 0.0
    for g in article["statements"]:
        c, d = SCORER.normalise_span(text, g["start"], g["end"])
        overlap = max(0, min(b, d) - max(a, c))
        j = overlap / ((b - a) + (d - c) - overlap) if overlap else 0.0
        if j > best_j:
            best, best_j = g, j
    return best if best is not None and best_j >= 0.5 else None


def cv_arguments(description: str) -> tuple[Any, list[dict[str, Any]], dict[str, int]]:
    """The common command line of a cross-validated training script (``--gold``, ``--no-save``):
    the parsed arguments, the gold articles and each article's fixed fold."""
    import argparse

    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--gold", type=Path, default=NEWS_TRAIN)
    ap.add_argument("--no-save", action="store_true", help="cross-validate only; keep the shipped model")
    args = ap.parse_args()
    gold = read_jsonl(args.gold)
    return args, gold, FOLDS.assign_folds([a["id"] for a in gold], 5)
