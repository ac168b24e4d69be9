"""Score the pipeline on a gold set in the news-dev format, per fold of the fixed news-train folds.

    .venv/bin/python training/eval_news.py                      # news-train, 5 folds + pooled
    .venv/bin/python training/eval_news.py --gold ../shared/data/news-dev/articles.jsonl --folds 1
    .venv/bin/python training/eval_news.py --pred PRED.jsonl    # score existing predictions

Rule components learn nothing, so scoring every article once and splitting the scores by the fixed
folds of ``../shared/eval/folds.py`` is their cross-validation. Learned stages run their own
train-on-four-folds loop (e.g. ``training/train_positions.py --cv``) and write a prediction file
that this script scores with ``--pred``. The texts are read from ``../shared``; nothing is copied
into the repository.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from news_data import FOLDS, INPUT_FIELDS, NEWS_TRAIN, ROOT, SHARED, read_jsonl, write_jsonl

HEADLINE = [
    "statements.f1", "attributed.f1", "speaker.acc", "channel.acc", "via.acc",
    "positions.f1", "actor_issue.f1", "grounded.f1",
]


def extract(gold: list[dict], out: Path, config: Path | None, extra: list[str]) -> None:
    """Run ``parley extract`` over the gold texts (fields the pipeline may see, nothing else)."""
    with tempfile.TemporaryDirectory() as tmp:
        inp = Path(tmp) / "in.jsonl"
        write_jsonl(inp, [{k: a.get(k) for k in INPUT_FIELDS} for a in gold])
        cmd = [str(ROOT / ".venv" / "bin" / "parley"), "extract", str(inp), "-o", str(out), *extra]
        if config:
            cmd += ["--config", str(config)]
        subprocess.run(cmd, check=False)


def score(gold_path: Path, pred_path: Path, out_json: Path) -> dict:
    scorer = SHARED / "eval" / "score_news.py"
    done = subprocess.run(
        [sys.executable, str(scorer), str(gold_path), str(pred_path), "--json", str(out_json)],
        check=False, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    if done.returncode != 0:
        raise SystemExit(f"score_news.py failed on {pred_path}: {done.stderr.strip()}")
    return json.loads(out_json.read_text(encoding="utf-8"))


def fmt(value) -> str:
    return "  –  " if value is None else f"{value:.3f}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=NEWS_TRAIN)
    ap.add_argument("--pred", type=Path, help="score this prediction file instead of running extract")
    ap.add_argument("--config", type=Path, help="pipeline config passed to parley extract")
    ap.add_argument("--folds", type=int, default=5, help="number of fixed folds (1 = whole set)")
    ap.add_argument("--save-pred", type=Path, help="keep the predictions here")
    ap.add_argument("--json", type=Path, help="write pooled and per-fold numbers here")
    ap.add_argument("--by-lang", action="store_true", help="also print German and English pooled rows")
    args, extra = ap.parse_known_args()

    gold = read_jsonl(args.gold)
    with tempfile.TemporaryDirectory() as tmp:
        tmpd = Path(tmp)
        pred_path = args.pred or args.save_pred or tmpd / "pred.jsonl"
        if not args.pred:
            extract(gold, pred_path, args.config, extra)
        preds = {p["id"]: p for p in read_jsonl(pred_path)}
        results: dict[str, dict] = {"pooled": score(args.gold, pred_path, tmpd / "pooled.json")}
        if args.folds > 1:
            by_id = FOLDS.assign_folds([a["id"] for a in gold], args.folds)
            for k in range(args.folds):
                part = [a for a in gold if by_id[a["id"]] == k]
                write_jsonl(tmpd / f"g{k}.jsonl", part)
                write_jsonl(tmpd / f"p{k}.jsonl", [preds[a["id"]] for a in part if a["id"] in preds])
                results[f"fold{k}"] = score(tmpd / f"g{k}.jsonl", tmpd / f"p{k}.jsonl", tmpd / f"s{k}.json")
    rows = [k for k in results]
    print(f"{'':10}" + "".join(f"{m.split('.')[0][:10]:>11}" for m in HEADLINE))  # noqa: E501
    for name in rows:
        print(f"{name:10}" + "".join(f"{fmt(results[name].get(m)):>11}" for m in HEADLINE))
    if args.folds > 1:
        mean = {m: sum(results[f"fold{k}"].get(m) or 0 for k in range(args.folds)) / args.folds for m in HEADLINE}
        print(f"{'fold mean':10}" + "".join(f"{fmt(mean[m]):>11}" for m in HEADLINE))
    if args.by_lang:
        for lang in ("de", "en"):
            pooled = results["pooled"]
            print(f"{'pooled ' + lang:10}" + "".join(f"{fmt(pooled.get(lang + '.' + m)):>11}" for m in HEADLINE))
    if not args.pred and args.gold.resolve() == NEWS_TRAIN.resolve():
        print("note: the shipped position model was trained on news-train, so the position columns above are "
              "in-sample; `training/train_positions.py --cv` gives their cross-validation (make eval runs it)")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
