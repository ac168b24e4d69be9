"""Train the learned German quotation tagger on WikiNews train, score it on dev (and test).

    nice .venv/bin/python training/train_quotes_de.py [--config FILE] [--test] [--eval-only]

Writes src/parley/models/quotes-de-crf/{model.crfsuite,roles.crfsuite,meta.json,scores.json}; the model card
(MODEL_CARD.md) quotes scores.json.
"""

from __future__ import annotations

import argparse
import json
import time
import tomllib
from pathlib import Path

from parley.quotes.learned.tagger import QuoteTagger
from parley_lab.learned_train import TrainConfig, evaluate_tokenised, train
from parley_lab.wikinews import load_split

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config", type=Path, default=ROOT / "training" / "quotes_de.toml")
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "parley" / "models" / "quotes-de-crf")
    parser.add_argument("--test", action="store_true", help="also score the test split (report once)")
    parser.add_argument("--limit", type=int, default=None, help="train on the first N documents only")
    parser.add_argument("--eval-only", action="store_true", help="score the model in --out without training")
    args = parser.parse_args()
    config = tomllib.loads(args.config.read_text(encoding="utf-8"))
    cfg = TrainConfig.from_dict(config.get("crf", {}))
    splits = config.get("data", {})
    if not args.eval_only:
        docs = load_split(splits.get("train", "train"), limit=args.limit)
        started = time.time()
        train(docs, args.out, cfg)
        print(f"trained on {len(docs)} documents in {time.time() - started:.0f}s")
    tagger = QuoteTagger(args.out)
    scores = {"dev": evaluate_tokenised(tagger, load_split(splits.get("dev", "dev")), cfg)}
    if args.test:
        scores["test"] = evaluate_tokenised(tagger, load_split("test"), cfg)
    scores_path = args.out / "scores.json"
    old = json.loads(scores_path.read_text()) if scores_path.exists() else {}
    old.update({f"{k}_tokenised": v for k, v in scores.items()})
    scores_path.write_text(json.dumps(old, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(json.dumps(scores, indent=1))


if __name__ == "__main__":
    main()
