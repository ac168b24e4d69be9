"""Train the learned position stage (``positions.learned``) on news-train; cross-validate it.

    .venv/bin/python training/train_positions.py            # train on all news-train -> models/positions-linear
    .venv/bin/python training/train_positions.py --cv       # 5-fold CV with the fixed folds, then train

The texts are read from ``../shared``; the artifact holds hashed feature ids and weights only. The
upstream stages (nlp, quotes, actors) run once per article through the real pipeline; in CV the
stage trained on four folds is then run, as the pipeline runs it, over the fifth fold. Pooled CV
predictions go to ``--out`` and are scored with ``training/eval_news.py --pred``.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import pickle
import subprocess
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.isotonic import IsotonicRegression
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from news_data import FOLDS, NEWS_DEV, NEWS_TRAIN, SCORER, read_jsonl, write_jsonl  # noqa: E402

from parley.config import load_config  # noqa: E402
from parley.context import default_context  # noqa: E402
from parley.dossier import load_issues  # noqa: E402
from parley.export.predictions import prediction  # noqa: E402
from parley.model import STANCES, Article, Position  # noqa: E402
from parley.pipeline import Pipeline  # noqa: E402
from parley.positions.features import issue_features, stance_features, text_features  # noqa: E402
from parley.positions.learned import MODEL_NAME, POLICIES, LearnedPositions, analyse  # noqa: E402
from parley.positions.linear import LinearModels, feature_hash  # noqa: E402
from parley.positions.rules import RulePositions  # noqa: E402

DOSSIER = "russia_ukraine"
SEED = 13
MIN_DF = 2  # features seen in fewer training units are dropped (no rare strings: nothing recoverable)
C_ISSUE, C_STANCE, C_GENERIC = 0.5, 0.5, 1.0
# issue positives only where the gold position's actor is the unit's holder (else any overlapping position)
HOLDER_LABELS = bool(os.environ.get("PARLEY_HOLDER_LABELS"))
MIN_RECALL = 0.10  # the default --min-confidence must keep this share of the gold positions
THRESHOLDS = [0.02, 0.03] + [round(0.05 * i, 2) for i in range(1, 19)]


# ---------------------------------------------------------------- upstream pipeline (once per article)

@dataclass
class Prepared:
    gold: dict
    doc: Article  # after nlp, quotes, actors (no positions)
    rules: list[Position]


def prepare(gold: list[dict]) -> list[Prepared]:
    """Run the configured pipeline without its position stage, then the rule stage, per article."""
    config = load_config()
    for lang, names in config["pipeline"]["languages"].items():
        config["pipeline"]["languages"][lang] = [n for n in names if not n.startswith("positions.")]
    pipe, rules = Pipeline(config), RulePositions(default_context(dossier=DOSSIER))
    out = []
    for g in gold:
        doc = pipe(Article(text=g["text"], id=g["id"], url=g.get("url"), date=g.get("date"), lang=g.get("lang")))
        doc.positions = []
        ruled = rules(copy.deepcopy(doc)).positions
        out.append(Prepared(g, doc, [p for p in ruled if p.source == "rules"]))
    return out


# ---------------------------------------------------------------- training rows

@dataclass
class Rows:
    text: list[dict[str, float]]  # per unit
    own: list[list[dict[str, float]]]  # per unit, per issue: issue features
    labels: list[list[str | None]]  # per unit, per issue: gold stance or None
    stance: list[tuple[int, int, dict[str, float]]]  # (unit row, issue index, stance features) of positives
    own_holder: list[list[bool]] = field(default_factory=list)  # per unit, per issue: the gold actor is the holder


def gold_label(g: dict, unit_span, holder: str, issue: str) -> str | None:
    """The gold stance on ``issue`` whose evidence overlaps the unit (the holder's own first)."""
    found = [p for p in g["positions"] if p["issue"] == issue and p["start"] < unit_span.end
             and unit_span.start < p["end"]]
    found.sort(key=lambda p: (p["actor"] != holder, p["start"]))
    return found[0]["stance"] if found else None


def build_rows(items: list[Prepared], issues: list[str]) -> Rows:
    rows = Rows([], [], [], [])
    for item in items:
        ctx, units = analyse(item.doc, DOSSIER, item.doc.lang or "de", item.rules)
        for unit in units:
            r = len(rows.text)
            rows.text.append(text_features(ctx, unit))
            rows.own.append([issue_features(ctx, unit, i) for i in issues])
            labels = [gold_label(item.gold, unit.span, unit.holder, i) for i in issues]
            rows.labels.append(labels)
            rows.own_holder.append([any(p["issue"] == i and p["actor"] == unit.holder and p["start"] < unit.span.end
                                        and unit.span.start < p["end"] for p in item.gold["positions"])
                                    for i in issues])
            for k, (issue, lab) in enumerate(zip(issues, labels)):
                if lab is not None:
                    rows.stance.append((r, k, stance_features(ctx, unit, issue)))
    return rows


class Vocab:
    def __init__(self, docs: list[dict[str, float]]) -> None:
        df: Counter[int] = Counter()
        for feats in docs:
            df.update({feature_hash(n) for n in feats})
        self.hashes = np.array(sorted(h for h, n in df.items() if n >= MIN_DF), dtype=np.uint32)
        self.index = {int(h): i for i, h in enumerate(self.hashes)}

    def matrix(self, rows: list[dict[str, float]]) -> sparse.csr_matrix:
        data, ind, ptr = [], [], [0]
        for feats in rows:
            cols = {}
            for name, value in feats.items():
                col = self.index.get(feature_hash(name))
                if col is not None:
                    cols[col] = value
            ind.extend(cols)
            data.extend(cols.values())
            ptr.append(len(ind))
        return sparse.csr_matrix((data, ind, ptr), shape=(len(rows), len(self.hashes)), dtype=np.float64)


def _prefixed(feats: dict[str, float], prefix: str) -> dict[str, float]:
    return {prefix + k: v for k, v in feats.items()}


def train(items: list[Prepared], issues: list[str]) -> LinearModels:
    rows = build_rows(items, issues)
    all_feats = rows.text + [_prefixed(o, "G:") for own in rows.own for o in own] \
        + [_prefixed(s, "S:") for _, _, s in rows.stance]
    vocab = Vocab(all_feats)
    V = len(vocab.hashes)
    issue_w, issue_b = np.zeros((V, len(issues))), np.zeros(len(issues))
    for k, issue in enumerate(issues):
        X = vocab.matrix([{**t, **_prefixed(own[k], "G:")} for t, own in zip(rows.text, rows.own)])
        y = np.array([lab[k] is not None and (own[k] or not HOLDER_LABELS)
                      for lab, own in zip(rows.labels, rows.own_holder)])
        if y.sum() < 2:
            issue_b[k] = -6.0
            continue
        lr = LogisticRegression(C=C_ISSUE, solver="liblinear", random_state=SEED).fit(X, y)
        issue_w[:, k], issue_b[k] = lr.coef_[0], lr.intercept_[0]
    # generic: issue features only, every (unit, issue) pair
    Xg = vocab.matrix([_prefixed(o, "G:") for own in rows.own for o in own])
    yg = np.array([lab is not None for labels in rows.labels for lab in labels])
    lr = LogisticRegression(C=C_GENERIC, solver="liblinear", random_state=SEED).fit(Xg, yg)
    generic_w, generic_b = lr.coef_[0], float(lr.intercept_[0])
    # stance: positives only
    Xs = vocab.matrix([{**rows.text[r], **_prefixed(s, "S:")} for r, _, s in rows.stance])
    ys = np.array([STANCES.index(rows.labels[r][k]) for r, k, _ in rows.stance])  # type: ignore[arg-type]
    lr = LogisticRegression(C=C_STANCE, max_iter=3000, random_state=SEED).fit(Xs, ys)
    stance_w, stance_b = np.zeros((V, len(STANCES))), np.zeros(len(STANCES))
    for j, cls in enumerate(lr.classes_):
        stance_w[:, cls], stance_b[cls] = lr.coef_[j], lr.intercept_[j]
    missing = set(range(len(STANCES))) - set(lr.classes_)
    for cls in missing:
        stance_b[cls] = -20.0
    meta = {"rows": {"units": len(rows.text), "positive_pairs": len(rows.stance), "features": V}}
    return LinearModels(issues, list(STANCES), vocab.hashes, issue_w, issue_b, generic_w, generic_b,
                        stance_w, stance_b, meta)


# ---------------------------------------------------------------- prediction and scoring

def predict(models: LinearModels, items: list[Prepared], threshold: float, policy: str,
            cands_cache: dict | None = None) -> list[dict]:
    ctx = default_context(dossier=DOSSIER)
    stage = LearnedPositions(ctx, models=models, threshold=threshold, policy=policy)
    out = []
    for item in items:
        doc = copy.copy(item.doc)
        key = item.gold["id"]
        if cands_cache is not None and key in cands_cache:
            cands = cands_cache[key]
        else:
            low = LearnedPositions(ctx, models=models, threshold=0.02, policy=policy)
            cands = low.candidates(doc, item.rules)
            if cands_cache is not None:
                cands_cache[key] = cands
        doc.positions = stage.decide(doc, cands, item.rules, threshold)
        out.append(prediction_row(doc))
    return out


def prediction_row(doc: Article) -> dict:
    row = prediction(doc)
    n = len(doc.text)  # an upstream quote may overrun the text end by a character: clip it
    row["statements"] = [{**s, "end": min(s["end"], n)} for s in row["statements"] if s["start"] < n]
    for rec, pos in zip(row["positions"], doc.positions):
        rec["source"] = pos.source
    return row


class Scorer:
    def __init__(self, gold_path: Path) -> None:
        self.sn = SCORER
        self.gold = self.sn.load_gold(str(gold_path), self.sn.Warnings())

    def __call__(self, preds: list[dict], tmp: Path) -> dict:
        write_jsonl(tmp, preds)
        return self.sn.score(self.gold, self.sn.load_predictions(str(tmp), self.gold, self.sn.Warnings()))


def confusion(gold: list[dict], preds: list[dict]) -> Counter:
    """Gold stance -> predicted stance on (actor, issue) pairs both sides have (scorer's actor key)."""
    sn = SCORER
    by_id = {p["id"]: p for p in preds}
    out: Counter = Counter()
    for g in gold:
        gp = defaultdict(set)
        for p in g["positions"]:
            gp[(sn.speaker_key(p["actor"]), p["issue"])].add(p["stance"])
        pp = defaultdict(set)
        for p in by_id.get(g["id"], {}).get("positions", []):
            pp[(sn.speaker_key(p["actor"]), p["issue"])].add(p["stance"])
        for pair in gp.keys() & pp.keys():
            for gs in gp[pair]:
                ps = gs if gs in pp[pair] else sorted(pp[pair])[0]
                out[(gs, ps)] += 1
    return out


def print_confusion(conf: Counter) -> None:
    print("per-stance confusion on matched actor+issue pairs (rows gold, columns predicted)")
    print(f"{'':>10}" + "".join(f"{s:>10}" for s in STANCES))
    for g in STANCES:
        print(f"{g:>10}" + "".join(f"{conf[(g, p)]:>10}" for p in STANCES))


def _key(actor: str, issue: str, stance: str) -> tuple[str, str, str]:
    return SCORER.speaker_key(actor), issue, stance


def calibrate(preds: list[dict], items: list[Prepared]) -> tuple[np.ndarray, np.ndarray]:
    """Isotonic map from the learned stage's raw confidence to the CV share of its positions whose
    triple is in the gold set (the confidence a reader can take as a precision)."""
    gold = {i.gold["id"]: {_key(p["actor"], p["issue"], p["stance"]) for p in i.gold["positions"]} for i in items}
    x, y = [], []
    for row in preds:
        for p in row["positions"]:
            if p.get("source") != "rules":
                x.append(p["confidence"])
                y.append(_key(p["actor"], p["issue"], p["stance"]) in gold[row["id"]])
    iso = IsotonicRegression(out_of_bounds="clip", y_min=0.0, y_max=1.0).fit(x, y)
    xs, ys = iso.X_thresholds_, iso.y_thresholds_
    print("calibration (raw -> CV precision): " + ", ".join(f"{a:.2f}->{b:.2f}" for a, b in zip(xs, ys)))
    return xs, ys


def precision_curve(preds: list[dict], scorer: Scorer, tmp: Path) -> float:
    """Print positions P/R/F1 over a --min-confidence threshold; return the lowest threshold with
    precision >= 0.7 that keeps at least 10 % recall, else 0.0 (a map showing 1 % of the positions is
    no default: everything is shown with its confidence)."""
    print(f"{'min-conf':>9}{'P':>7}{'R':>7}{'F1':>7}{'grnd':>7}")
    chosen = None
    for th in [round(0.05 * i, 2) for i in range(0, 20)]:
        rows = [{**r, "positions": [p for p in r["positions"] if p["confidence"] >= th]} for r in preds]
        m = scorer(rows, tmp)
        print(f"{th:>9.2f}{m['positions.p']:>7.3f}{m['positions.r']:>7.3f}{m['positions.f1']:>7.3f}{m['grounded.f1']:>7.3f}")
        if chosen is None and m["positions.p"] >= 0.7 and m["positions.r"] >= MIN_RECALL:
            chosen = th
    return chosen if chosen is not None else 0.0


def run_cv(items: list[Prepared], issues: list[str], out: Path, k: int = 5,
           fold_cache: Path | None = None) -> dict:
    folds = FOLDS.assign_folds([i.gold["id"] for i in items], k)
    scorer = Scorer(NEWS_TRAIN)
    caches: dict = {}
    models_by_fold = {}
    for f in range(k):
        t = time.time()
        models_by_fold[f] = train([i for i in items if folds[i.gold["id"]] != f], issues)
        print(f"fold {f}: trained in {time.time() - t:.0f}s", file=sys.stderr)
    if fold_cache is not None:
        fold_cache.write_bytes(pickle.dumps(models_by_fold))
    tmp = out.with_suffix(".tmp.jsonl")
    rule_rows = []
    for item in items:
        doc = copy.copy(item.doc)
        doc.positions = item.rules
        rule_rows.append(prediction_row(doc))
    rule_m = scorer(rule_rows, tmp)
    rule_conf = round(rule_m["positions.p"], 3)
    print(f"rules alone: P {rule_m['positions.p']:.3f} R {rule_m['positions.r']:.3f} F1 {rule_m['positions.f1']:.3f}")
    for m in models_by_fold.values():
        m.meta["rule_confidence"] = rule_conf
    grid = {}
    for policy in POLICIES:
        for th in THRESHOLDS:
            preds = []
            for f in range(k):
                test = [i for i in items if folds[i.gold["id"]] == f]
                preds += predict(models_by_fold[f], test, th, policy, caches.setdefault(f, {}))
            grid[(policy, th)] = (scorer(preds, tmp), preds)
    tmp.unlink(missing_ok=True)
    print(f"{'policy':8}{'thr':>6}{'P':>7}{'R':>7}{'F1':>7}{'pairF1':>8}{'grnd':>7}")
    for (policy, th), (m, _) in grid.items():
        print(f"{policy:8}{th:>6.2f}{m['positions.p']:>7.3f}{m['positions.r']:>7.3f}{m['positions.f1']:>7.3f}"
              f"{m['actor_issue.f1']:>8.3f}{m['grounded.f1']:>7.3f}")
    best = max(grid, key=lambda key: grid[key][0]["positions.f1"] + 0.5 * grid[key][0]["grounded.f1"])
    calibration = calibrate(grid[best][1], items)
    for rows in grid[best][1]:
        for p in rows["positions"]:
            if p.get("source") != "rules":
                p["confidence"] = round(float(np.interp(p["confidence"], *calibration)), 3)
    min_conf = precision_curve(grid[best][1], scorer, tmp)
    write_jsonl(out, grid[best][1])
    print(f"chosen by CV: policy={best[0]} threshold={best[1]}; default --min-confidence {min_conf}")
    print_confusion(confusion([i.gold for i in items], grid[best][1]))
    return {"policy": best[0], "threshold": best[1], "min_confidence": min_conf, "rule_confidence": rule_conf,
            "calibration": [list(map(float, calibration[0])), list(map(float, calibration[1]))],
            "cv_pooled": {m: grid[best][0][m] for m in ("positions.f1", "actor_issue.f1", "grounded.f1",
                                                         "positions.p", "positions.r")}}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cv", action="store_true", help="5-fold cross-validation with the fixed folds first")
    ap.add_argument("--out", type=Path, default=Path("/tmp/positions-cv.pred.jsonl"), help="pooled CV predictions")
    ap.add_argument("--model-dir", type=Path, default=ROOT / "src" / "parley" / "models" / MODEL_NAME)
    ap.add_argument("--dev-out", type=Path, default=Path("/tmp/positions-dev.pred.jsonl"))
    ap.add_argument("--cache", type=Path, help="pickle of the prepared articles (kept outside the repository)")
    args = ap.parse_args()
    np.random.seed(SEED)
    issues = [str(i["id"]) for i in load_issues(DOSSIER)]
    t = time.time()
    if args.cache and args.cache.is_file():
        items = pickle.loads(args.cache.read_bytes())
    else:
        items = prepare(read_jsonl(NEWS_TRAIN))
        if args.cache:
            args.cache.write_bytes(pickle.dumps(items))
    print(f"prepared {len(items)} articles in {time.time() - t:.0f}s", file=sys.stderr)
    chosen: dict = {"policy": "learned", "threshold": 0.3, "min_confidence": 0.5}
    if args.cv:
        chosen = run_cv(items, issues, args.out, fold_cache=args.cache.with_suffix(".folds.pkl") if args.cache else None)
        subprocess.run([sys.executable, str(ROOT / "training" / "eval_news.py"), "--pred", str(args.out),
                        "--by-lang"], check=False)
    else:
        old = args.model_dir / "meta.json"
        if old.is_file():
            meta = json.loads(old.read_text(encoding="utf-8"))
            chosen = {k: meta[k] for k in ("policy", "threshold", "min_confidence", "rule_confidence", "cv_pooled",
                                           "calibration")
                      if k in meta}
    models = train(items, issues)
    models.meta.update(chosen)
    models.meta.update({"data": "news-train (238 articles; internal research data)", "seed": SEED,
                        "min_df": MIN_DF, "C": {"issue": C_ISSUE, "stance": C_STANCE, "generic": C_GENERIC},
                        "trained": date.today().isoformat(), "dossier": DOSSIER})
    models.save(args.model_dir)
    print(f"saved {args.model_dir} ({models.meta['rows']})", file=sys.stderr)
    dev = prepare(read_jsonl(NEWS_DEV))
    write_jsonl(args.dev_out, predict(models, dev, chosen["threshold"], chosen["policy"]))
    subprocess.run([sys.executable, str(ROOT / "training" / "eval_news.py"), "--gold", str(NEWS_DEV),
                    "--folds", "1", "--pred", str(args.dev_out)], check=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
