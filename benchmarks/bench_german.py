"""Benchmark the German pipeline (words/s on one core, peak RSS) and evaluate Mood=Sub detection.

.venv/bin/python benchmarks/bench_german.py --input /tmp/newsdev_in.jsonl --repeat 2
.venv/bin/python benchmarks/bench_german.py --repeat 1 --limit 300 \
    --input ../shared/data/german-news-quotation-attribution-2024/data/train
.venv/bin/python benchmarks/bench_german.py --ud ../shared/data/ud-german-gsd/de_gsd-ud-dev.conllu
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path

from parley import registry
from parley.model import Article
from parley.nlp.german import base_morph, morph_in_context, tag_sentence


def read_texts(path: Path, limit: int | None = None) -> list[str]:
    """German texts from a JSONL file (``text``) or a WikiNews folder (``originalText``)."""
    if path.is_dir():
        files = sorted(path.glob("*.json"))[:limit]
        return [json.loads(f.read_text(encoding="utf-8"))["originalText"] for f in files]
    texts = []
    for line in path.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        if rec.get("lang", "de") == "de":
            texts.append(rec["text"])
    return texts


def bench(texts: list[str], components: list[str], repeat: int) -> None:
    chain = [registry.create(name) for name in components]
    warm = Article(text="Der Kreml sagte, Russland sei bereit.", lang="de")
    for comp in chain:
        warm = comp(warm)  # loads the models; the word cache stays cold for the corpus
    print(f"components: {' → '.join(components)}")
    for run in range(repeat):
        words, start, cpu = 0, time.perf_counter(), time.process_time()
        for text in texts:
            doc = Article(text=text, lang="de")
            for comp in chain:
                doc = comp(doc)
            words += sum(1 for t in doc.tokens if any(c.isalnum() for c in t.text))
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
        label = "first pass (cold word cache)" if run == 0 else f"pass {run + 1} (warm cache)"
        print(
            f"{label}: words {words}  wall {elapsed:.2f}s = {words / elapsed:,.0f} words/s  "
            f"CPU {cpu:.2f}s = {words / cpu:,.0f} words/CPU-s"
        )
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {rss:.0f} MB")


def conllu_sentences(path: Path):
    rows: list[list[str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if rows:
                yield rows
            rows = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():
                rows.append(cols)
    if rows:
        yield rows


def evaluate_mood(path: Path) -> None:
    """Token-level P/R/F1 of Mood=Sub (all, and Konjunktiv I = Tense=Pres) against UD gold."""
    counts = {key: [0, 0, 0] for key in ("Sub", "KonjI")}  # tp, fp, fn
    for rows in conllu_sentences(path):
        words = [r[1] for r in rows]
        for i, (row, (tag, lemma)) in enumerate(zip(rows, tag_sentence(words), strict=True)):
            pred = morph_in_context(words, i, base_morph(words[i], tag, lemma)).split("|")
            gold = row[5].split("|")
            for key, feats in (("Sub", {"Mood=Sub"}), ("KonjI", {"Mood=Sub", "Tense=Pres"})):
                p, g = feats <= set(pred), feats <= set(gold)
                counts[key][0] += p and g
                counts[key][1] += p and not g
                counts[key][2] += g and not p
    for key, (tp, fp, fn) in counts.items():
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        print(f"{key:6s} tp={tp} fp={fp} fn={fn}  P={prec:.3f} R={rec:.3f} F1={f1:.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument(
        "--input", type=Path, help="JSONL with `text` (German records) or a WikiNews split folder"
    )
    ap.add_argument("--limit", type=int, help="at most this many WikiNews documents")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--components", default="nlp.de,quotes.de", help="comma-separated chain")
    ap.add_argument("--ud", type=Path, help="UD German CoNLL-U file for the Mood=Sub evaluation")
    args = ap.parse_args()
    if args.ud:
        evaluate_mood(args.ud)
    if args.input:
        bench(read_texts(args.input, args.limit), args.components.split(","), args.repeat)


if __name__ == "__main__":
    main()
