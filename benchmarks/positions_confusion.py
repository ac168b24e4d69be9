"""Per-stance confusion of position predictions against a gold file in the news-dev format.

Uses the scorer's own loading and actor normalisation (``../shared/eval/score_news.py``). For every
article, gold and predicted (actor, issue) pairs are matched; the confusion table counts the gold
stance against the predicted stance of each matched pair (a pair with several stances on one side
counts each combination that cannot be matched exactly). ``--details`` lists misses and false
alarms per article, for debugging.

    python3 benchmarks/positions_confusion.py GOLD.jsonl PRED.jsonl [--details]
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import sys
from pathlib import Path

STANCES = ("support", "oppose", "condition", "offer", "claim")
DEFAULT_SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score_news.py"


def load_scorer(path: Path):
    spec = importlib.util.spec_from_file_location("score_news", path)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules["score_news"] = module
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def confusion(scorer, gold_path: str, pred_path: str, details: bool = False):
    warnings = scorer.Warnings() if hasattr(scorer, "Warnings") else _Sink()
    gold = scorer.load_gold(gold_path, warnings)
    preds = scorer.load_predictions(pred_path, gold, warnings)
    table: collections.Counter = collections.Counter()
    for aid, article in sorted(gold.items()):
        g = {scorer.position_key(p) for p in article.gold.positions}
        p = {scorer.position_key(x) for x in (preds[aid].positions if aid in preds else [])}
        exact = g & p
        for t in exact:
            table[(t[2], t[2])] += 1
        g_rest = collections.defaultdict(set)
        p_rest = collections.defaultdict(set)
        for t in g - exact:
            g_rest[t[:2]].add(t[2])
        for t in p - exact:
            p_rest[t[:2]].add(t[2])
        for pair in set(g_rest) | set(p_rest):
            gs, ps = g_rest.get(pair, set()), p_rest.get(pair, set())
            if gs and ps:
                for a in gs:
                    for b in ps:
                        table[(a, b)] += 1
            elif gs:
                for a in gs:
                    table[(a, "—")] += 1
            else:
                for b in ps:
                    table[("—", b)] += 1
            if details:
                print(f"{aid}: {pair[0]} / {pair[1]}: gold {sorted(gs) or '-'} pred {sorted(ps) or '-'}")
    return table


class _Sink:
    def add(self, *args, **kwargs) -> None:
        pass


def print_table(table: collections.Counter) -> None:
    cols = (*STANCES, "—")
    print("gold \\ pred".ljust(12) + "".join(c[:9].rjust(10) for c in cols))
    for row in cols:
        print(row[:11].ljust(12) + "".join(str(table.get((row, c), 0)).rjust(10) for c in cols))
    print("(— = no prediction/gold for that actor+issue pair)")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold")
    parser.add_argument("pred")
    parser.add_argument("--details", action="store_true")
    parser.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    args = parser.parse_args(argv)
    print_table(confusion(load_scorer(args.scorer), args.gold, args.pred, args.details))


if __name__ == "__main__":
    main()
