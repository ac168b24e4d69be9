"""Learn when a statement inherits its speaker's interview channel (``quotes.interview``).

    .venv/bin/python training/train_channel_inheritance.py            # 5-fold CV, then train on all
    .venv/bin/python training/train_channel_inheritance.py --no-save  # CV only

Runs the pipeline once over news-train (``../shared``) with ``quotes.interview`` collecting
candidates only, labels each candidate whose statement matches a gold statement (character Jaccard
>= 0.5 after the scorer's normalisation) by whether the gold channel is the context's medium, and
fits a logistic regression. Cross-validation uses the fixed folds of ``../shared/eval/folds.py``:
each fold is decided by a model trained on the other four, the channels are written into the
predictions and scored end to end with ``../shared/eval/score_news.py`` (pooled and per fold), next to
the hand rule. The final model (trained on all articles) goes to ``src/parley/models/channel-inheritance/``
(package data): feature weights only, no text.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from news_data import INPUT_FIELDS, ROOT, SCORER, SHARED, cv_arguments, matching_gold
from sklearn.linear_model import LogisticRegression

from parley.export.predictions import prediction
from parley.ingest.json_format import article_from_record
from parley.pipeline import Pipeline, load_config
from parley.quotes.interview import FEATURES, MODEL_FILE, MODEL_NAME, Candidate, InterviewContext

C_VALUES = (0.3, 1.0, 3.0)  # regularisation strengths tried by cross-validation


def gold_channel(article: dict, cand: Candidate) -> str | None | bool:
    """The gold channel of the statement matching ``cand`` (``False`` when none matches)."""
    best = matching_gold(article, cand.statement.quote.start, cand.statement.quote.end)
    return False if best is None else best.get("channel")


def collect(gold: list[dict]) -> list[tuple[dict, object, list[Candidate], list[int]]]:
    """(article, doc, candidates, labels) with the pipeline's interview decisions switched off."""
    config = load_config(None)
    config.setdefault("components", {})["quotes.interview"] = {"decide": "none"}
    pipeline = Pipeline(config)
    finder = InterviewContext(decide="none")
    out = []
    for art in gold:
        doc = pipeline(article_from_record({k: art.get(k) for k in INPUT_FIELDS}, "news-train", art["id"]))
        cands = finder.candidates(doc)
        labels = []
        for cand in cands:
            g = gold_channel(art, cand)
            labels.append(-1 if g is False else int(
                SCORER.normalise_text(g) == SCORER.normalise_text(cand.context.channel)))
        out.append((art, doc, cands, labels))
    return out


def fit(rows: list[tuple[list[float], int]], c: float) -> LogisticRegression:
    model = LogisticRegression(C=c, fit_intercept=False, max_iter=2000)
    model.fit([x for x, _ in rows], [y for _, y in rows])
    return model


def score(gold_path: Path, docs: list, decide) -> dict:
    """Write predictions with the channels decided by ``decide(candidate)`` and score them."""
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred.jsonl"
        with pred.open("w", encoding="utf-8") as f:
            for _, doc, cands, _ in docs:
                saved = [(c.statement, c.statement.channel) for c in cands]
                for c in cands:
                    if decide(c):
                        c.statement.channel = c.context.channel
                f.write(json.dumps(prediction(doc), ensure_ascii=False) + "\n")
                for st, ch in saved:
                    st.channel = ch
        out = Path(tmp) / "s.json"
        subprocess.run([sys.executable, str(SHARED / "eval" / "score_news.py"), str(gold_path), str(pred),
                        "--json", str(out)], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return json.loads(out.read_text(encoding="utf-8"))


def main() -> int:
    args, gold, fold_of = cv_arguments(__doc__.splitlines()[0])
    data = collect(gold)
    rule = InterviewContext(decide="rule")
    report: dict = {"features": list(FEATURES), "folds": {}}
    keys = ("channel.acc", "channel.n", "channel.spurious", "attributed.f1")
    for c_value in C_VALUES:
        totals = {"rule": {k: 0.0 for k in keys}, "learned": {k: 0.0 for k in keys}}
        for k in range(5):
            train = [(c.vector(), y) for art, _, cands, ys in data if fold_of[art["id"]] != k
                     for c, y in zip(cands, ys, strict=True) if y >= 0]
            model = fit(train, c_value)
            test = [d for d in data if fold_of[d[0]["id"]] == k]
            with tempfile.TemporaryDirectory() as tmp:
                part = Path(tmp) / "gold.jsonl"
                part.write_text("".join(json.dumps(d[0], ensure_ascii=False) + "\n" for d in test), encoding="utf-8")
                learned = score(part, test, lambda cand, m=model: m.predict_proba([cand.vector()])[0][1] >= 0.5)
                ruled = score(part, test, rule.inherits)
            for name, s in (("rule", ruled), ("learned", learned)):
                for key in keys:
                    totals[name][key] += (s.get(key) or 0.0) / 5
            report["folds"].setdefault(str(c_value), {})[k] = {
                "learned": {key: learned.get(key) for key in keys}, "rule": {key: ruled.get(key) for key in keys}}
        report.setdefault("fold_mean", {})[str(c_value)] = totals
        print(f"C={c_value}: fold mean channel acc learned {totals['learned']['channel.acc']:.3f} "
              f"(spurious {totals['learned']['channel.spurious']:.1f}/fold) | rule {totals['rule']['channel.acc']:.3f} "
              f"(spurious {totals['rule']['channel.spurious']:.1f}/fold)")
    best_c = max(C_VALUES, key=lambda c: report["fold_mean"][str(c)]["learned"]["channel.acc"])
    rows = [(c.vector(), y) for _, _, cands, ys in data for c, y in zip(cands, ys, strict=True) if y >= 0]
    model = fit(rows, best_c)
    report.update({"C": best_c, "n_candidates": len(rows), "n_positive": sum(y for _, y in rows)})
    print(f"chosen C={best_c}; {len(rows)} labelled candidates ({report['n_positive']} inherit)")
    if not args.no_save:
        out = ROOT / "src" / "parley" / "models" / MODEL_NAME
        out.mkdir(parents=True, exist_ok=True)
        weights = {"features": list(FEATURES), "weights": [round(float(w), 6) for w in model.coef_[0]],
                   "threshold": 0.5, "C": best_c}
        (out / MODEL_FILE).write_text(json.dumps(weights, indent=1) + "\n", encoding="utf-8")
        (out / "scores.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {out / MODEL_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
