"""Learn the weights of speaker coreference (pronouns and role nouns as speakers, ``actors.coref``).

    .venv/bin/python training/train_speaker_coref.py            # 5-fold CV, then train on all
    .venv/bin/python training/train_speaker_coref.py --no-save  # CV only

Runs the pipeline once over news-train (``../shared``) and records every speaker that ``actors.link``
resolves by coreference, with its candidate antecedents. A candidate is positive when its actor is the
gold speaker of the matching gold statement (character Jaccard >= 0.5). A pairwise logistic regression
over differences of the features of ``parley.actors.coref.features`` between a gold and another
candidate of the same decision gives the weights; a decision takes the best-scoring compatible candidate, as at run
time. Cross-validation on the fixed folds of ``../shared/eval/folds.py`` reports, per fold, how many
recorded decisions pick the gold speaker with the learned and with the hand weights. The final weights
(trained on all articles) go to ``src/parley/models/speaker-coref/`` (package data): nine numbers.
"""

from __future__ import annotations

import json
import sys

from news_data import INPUT_FIELDS, ROOT, SCORER, cv_arguments, matching_gold
from sklearn.linear_model import LogisticRegression

from parley.actors import coref
from parley.ingest.json_format import article_from_record
from parley.pipeline import Pipeline

C_VALUES = (0.1, 1.0, 10.0)  # regularisation strengths tried by cross-validation


def gold_speaker(article: dict, quote) -> str | None:
    """The gold speaker of the statement matching ``quote`` (``None`` when none matches)."""
    best = matching_gold(article, quote.start, quote.end)
    return None if best is None else best["speaker"]


def collect(gold: list[dict], linker) -> list[tuple[str, list[tuple[list[float], int]]]]:
    """(article id, [(features, label) per compatible candidate]) for every recorded decision whose
    statement matches gold and whose gold speaker is among the candidates."""
    pipeline = Pipeline()
    by_id = {a["id"]: a for a in gold}
    decisions: list[coref.Decision] = []
    for art in gold:
        doc = article_from_record({k: art.get(k) for k in INPUT_FIELDS}, "news-train", art["id"])
        for comp in pipeline.chain(doc.lang):
            if getattr(comp, "name", "") == "actors.link":
                comp.trace = decisions
        pipeline(doc)
    out = []
    for d in decisions:
        speaker = gold_speaker(by_id[d.article], d.quote)
        if speaker is None:
            continue
        rows = []
        for cand in d.pool:
            f = coref.features(d.target, d.sent, cand, linker, d.date)
            if f is not None and d.target.head != "demonstrative" and d.target.gender != "thing":
                rows.append(([f[k] for k in coref.FEATURES], int(SCORER.speaker_key(cand.actor) == SCORER.speaker_key(speaker))))
        if rows and any(y for _, y in rows):
            out.append((d.article, rows))
    return out


def accuracy(decisions: list, weights: list[float]) -> float:
    """Share of decisions whose best-scoring candidate is a gold-speaker candidate (first wins ties,
    as the later mention does at run time: candidates are in text order)."""
    right = 0
    for _, rows in decisions:
        scores = [sum(w * x for w, x in zip(weights, feats, strict=True)) + 1e-7 * i for i, (feats, _) in enumerate(rows)]
        right += rows[max(range(len(rows)), key=scores.__getitem__)][1]
    return right / len(decisions) if decisions else 0.0


def fit(decisions: list, c: float) -> list[float]:
    """Pairwise ranking: for every gold/other candidate pair of one decision, the feature difference
    (both signs) labelled by which side is the gold speaker."""
    xs, ys = [], []
    for _, rows in decisions:
        for pos, yp in rows:
            for neg, yn in rows:
                if yp and not yn:
                    diff = [a - b for a, b in zip(pos, neg, strict=True)]
                    xs += [diff, [-v for v in diff]]
                    ys += [1, 0]
    if not xs:
        return [coref.HAND_WEIGHTS[k] for k in coref.FEATURES]
    model = LogisticRegression(C=c, fit_intercept=False, max_iter=5000)
    model.fit(xs, ys)
    return [float(w) for w in model.coef_[0]]


def main() -> int:
    args, gold, fold_of = cv_arguments(__doc__.splitlines()[0])
    pipeline_linker = Pipeline().chain("de")
    linker = next(c for c in pipeline_linker if getattr(c, "name", "") == "actors.link").linker
    data = collect(gold, linker)
    hand = [coref.HAND_WEIGHTS[k] for k in coref.FEATURES]
    report: dict = {"features": list(coref.FEATURES), "decisions": len(data), "cv": {}}
    for c_value in C_VALUES:
        learned_acc, hand_acc = [], []
        for k in range(5):
            train = [d for d in data if fold_of[d[0]] != k]
            test = [d for d in data if fold_of[d[0]] == k]
            learned_acc.append(accuracy(test, fit(train, c_value)))
            hand_acc.append(accuracy(test, hand))
        report["cv"][str(c_value)] = {"learned": learned_acc, "hand": hand_acc,
                                      "learned_mean": sum(learned_acc) / 5, "hand_mean": sum(hand_acc) / 5}
        print(f"C={c_value}: fold-mean accuracy of recorded decisions learned {sum(learned_acc) / 5:.3f} "
              f"| hand {sum(hand_acc) / 5:.3f}  (per fold learned {[round(a, 3) for a in learned_acc]})")
    best_c = max(C_VALUES, key=lambda c: report["cv"][str(c)]["learned_mean"])
    weights = fit(data, best_c)
    report.update({"C": best_c, "weights": dict(zip(coref.FEATURES, weights, strict=True))})
    print(f"{len(data)} decisions; chosen C={best_c}: {report['weights']}")
    if not args.no_save:
        out = ROOT / "src" / "parley" / "models" / "speaker-coref"
        out.mkdir(parents=True, exist_ok=True)
        (out / "weights.json").write_text(json.dumps(
            {"features": list(coref.FEATURES), "weights": [round(w, 6) for w in weights], "C": best_c},
            indent=1) + "\n", encoding="utf-8")
        (out / "scores.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {out / 'weights.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
