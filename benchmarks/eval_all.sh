#!/usr/bin/env bash
# Quality numbers: news-train cross-validation, news-dev (evaluation only), the hold-out development set, WikiNews dev.
# Usage: bash benchmarks/eval_all.sh [--test]   (--test adds the WikiNews test split; report it, never tune on it)
set -eu
cd "$(dirname "$0")/.."
shared=../shared
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

strip() {  # gold JSONL -> pipeline input (id, url, date, lang, text)
  .venv/bin/python -c '
import json, sys
with open(sys.argv[1], encoding="utf-8") as f, open(sys.argv[2], "w", encoding="utf-8") as out:
    for line in f:
        a = json.loads(line)
        out.write(json.dumps({k: a.get(k) for k in ("id", "url", "date", "lang", "text")}, ensure_ascii=False) + "\n")
' "$1" "$2"
}

score() {  # name, gold
  echo "== $1"
  strip "$2" "$tmp/in.jsonl"
  .venv/bin/parley extract "$tmp/in.jsonl" -o "$tmp/pred.jsonl" 2>/dev/null
  python3 "$shared/eval/score_news.py" "$2" "$tmp/pred.jsonl" --by-lang 2>/dev/null
}

if [ -f "$shared/data/news-train/articles.jsonl" ]; then
  echo "== news-train, 5-fold cross-validation (fixed folds): the position model is trained on four folds and"
  echo "   predicts the fifth; rule stages learn nothing, so their per-fold scores are their cross-validation"
  .venv/bin/python training/train_positions.py --cv --model-dir "$tmp/positions-model" \
    --out "$tmp/positions-cv.jsonl" --dev-out "$tmp/positions-dev.jsonl" > "$tmp/train_positions.log" 2>&1
  .venv/bin/python training/eval_news.py --pred "$tmp/positions-cv.jsonl" --by-lang
fi
if [ -f "$shared/data/news-dev/articles.jsonl" ]; then
  score "news-dev" "$shared/data/news-dev/articles.jsonl"
fi
score "hold-out development set (benchmarks/holdout; read during development)" benchmarks/holdout/articles.jsonl
echo "== WikiNews dev (dataset metric)"
.venv/bin/parley eval wikinews --split dev --pred-dir "$tmp/wn-dev" --component quotes.de.learned
if [ "${1:-}" = "--test" ]; then
  echo "== WikiNews test (dataset metric)"
  .venv/bin/parley eval wikinews --split test --pred-dir "$tmp/wn-test" --component quotes.de.learned
fi
