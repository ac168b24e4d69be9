"""List missed and spurious statements of a prediction file against a gold set, by phenomenon.

    .venv/bin/python training/error_statements.py PRED.jsonl [--gold GOLD.jsonl] [--show N] [--lang de]

Matching is the scorer's (``../shared/eval/score_news.py``: one-to-one, Jaccard >= 0.5, predictions
starting in ignore spans dropped). A missed gold statement is a *boundary* error when some prediction
overlaps it with Jaccard < 0.5, else *none*; a spurious prediction likewise. Groups: language, kind,
cue (lower-cased), error type. Texts are read from ``../shared`` and printed only to the terminal.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

from news_data import NEWS_TRAIN, SCORER


def errors(gold_path: Path, pred_path: Path) -> list[dict]:
    """One row per missed gold (``fn``) and spurious prediction (``fp``)."""
    sc = SCORER
    warn = sc.Warnings()
    gold = sc.load_gold(gold_path, warn)
    preds = sc.load_predictions(pred_path, gold, warn)
    rows: list[dict] = []
    for aid, art in gold.items():
        ann = preds.get(aid)
        ps = [p for p in (ann.statements if ann else []) if not sc.starts_in_ignore_span(p, art.ignore_spans)]
        gs = art.gold.statements
        w = [[sc.jaccard(g, p) for p in ps] for g in gs]
        pairs = dict(sc.max_weight_matching(w))
        matched_p = {j for i, j in pairs.items() if w[i][j] >= sc.MATCH_JACCARD}
        matched_g = {i for i, j in pairs.items() if w[i][j] >= sc.MATCH_JACCARD}
        for err, mine, others, matched in (("fn", gs, ps, matched_g), ("fp", ps, gs, matched_p)):
            for k, st in enumerate(mine):
                if k not in matched:
                    best = max(others, key=lambda o: sc.jaccard(st, o), default=None)
                    over = best is not None and sc.jaccard(st, best) > 0
                    rows.append(_row(err, art, st, best if over else None, sc))
    return rows


def _row(err: str, art, st, other, sc) -> dict:
    text = art.text
    return {
        "err": err,
        "id": art.id,
        "lang": art.lang,
        "kind": st.kind,
        "cue": (st.cue or "").lower(),
        "type": "boundary" if other is not None else "none",
        "span": text[st.start : st.end],
        "ctx": text[max(0, st.start - 120) : st.start] + "[[" + text[st.start : st.end] + "]]" + text[st.end : st.end + 60],
        "other": text[other.start : other.end] if other is not None else None,
        "jac": float(sc.jaccard(st, other)) if other is not None else 0.0,
        "speaker": st.speaker,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pred", type=Path)
    ap.add_argument("--gold", type=Path, default=NEWS_TRAIN)
    ap.add_argument("--show", type=int, default=0, help="print this many examples per group")
    ap.add_argument("--lang")
    ap.add_argument("--err", choices=("fn", "fp"))
    ap.add_argument("--type", choices=("boundary", "none"))
    ap.add_argument("--kind")
    ap.add_argument("--json", type=Path, help="write all rows here (outside the repository)")
    args = ap.parse_args()
    rows = errors(args.gold, args.pred)
    rows = [
        r for r in rows
        if (not args.lang or r["lang"] == args.lang) and (not args.err or r["err"] == args.err)
        and (not args.type or r["type"] == args.type) and (not args.kind or r["kind"] == args.kind)
    ]
    groups = collections.Counter((r["err"], r["lang"], r["kind"], r["type"]) for r in rows)
    for key, n in groups.most_common():
        print(f"{n:4d}  {' '.join(key)}")
    cues = collections.Counter((r["err"], r["lang"], r["cue"]) for r in rows)
    print("\nby cue:")
    for key, n in cues.most_common(40):
        print(f"{n:4d}  {' '.join(key)}")
    if args.show:
        by = collections.defaultdict(list)
        for r in rows:
            by[(r["err"], r["lang"], r["kind"], r["type"])].append(r)
        for key, items in by.items():
            print(f"\n=== {' '.join(key)} ({len(items)})")
            for r in items[: args.show]:
                print(f"- [{r['id'][:30]}] cue={r['cue']!r} jac={r['jac']:.2f}\n  {r['ctx']!r}")
                if r["other"]:
                    print(f"  other: {r['other'][:200]!r}")
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
