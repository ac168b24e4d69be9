"""Speaker accuracy of the actor layer alone (``python -m parley_lab.evaluate_actors GOLD.jsonl``).

Gold statements of a news-dev style file are given to ``actors.link`` with the gold quote span and the
gold ``speaker_text`` located in the text (the whole-word occurrence nearest to the quote), so the
score isolates linking and coreference from quotation detection. Reported per kind of speaker
mention: names/institutions, dated roles, unnamed officials, pronouns and generic role nouns
(coreference), anonymous sources.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from parley import registry
from parley.dossiers import DEFAULT_DOSSIER
from parley.model import UNKNOWN_ACTOR, Article, Span, Statement

LANGS = ("de", "en")  # the languages of the gold file

KINDS = {"pronoun": "coreference", "role_noun": "coreference", "role": "dated role", "official": "official",
         "anonymous": "anonymous", "new": "name", "actor": "name", "name": "name", "metonym": "name"}


def speaker_span(text: str, speaker_text: str | None, start: int, end: int) -> Span | None:
    """The whole-word occurrence of ``speaker_text`` nearest to the quote ``[start, end)``."""
    if not speaker_text:
        return None
    found = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(speaker_text) + r"(?!\w)", text)]
    if not found:
        return None
    best = min(found, key=lambda i: start - i if i < start else i - end)
    return Span(best, best + len(speaker_text))


def evaluate(gold_path: Path, dossier: str = DEFAULT_DOSSIER) -> dict[str, tuple[int, int]]:
    """``{kind: (correct, total)}`` plus ``all``; errors are printed."""
    link = registry.create("actors.link", dossier=dossier)
    nlp = {lang: registry.create(f"nlp.{lang}", lang=lang) for lang in LANGS}
    correct: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        doc = nlp[record["lang"]](Article(text=record["text"], id=record["id"], url=record.get("url"),
                                          date=record.get("date") or record.get("date_month"),
                                          lang=record["lang"]))
        gold = record["statements"]
        doc.statements = [
            Statement(kind=g["kind"], quote=Span(g["start"], g["end"]),
                      speaker=speaker_span(doc.text, g["speaker_text"], g["start"], g["end"]))
            for g in gold
        ]
        doc = link(doc)
        for g, st in zip(gold, doc.statements):
            kind = "none" if st.speaker is None else KINDS.get(
                link.linker.link(g["speaker_text"], doc.lang, doc.date).kind, "name")
            ok = (st.speaker_actor or UNKNOWN_ACTOR) == g["speaker"]
            for key in (kind, "all"):
                total[key] += 1
                correct[key] += ok
            if not ok:
                print(f"  {record['id']}: {g['speaker_text']!r} → {st.speaker_actor} (gold {g['speaker']})")
    return {key: (correct[key], total[key]) for key in total}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--dossier", default=DEFAULT_DOSSIER)
    args = parser.parse_args()
    for key, (ok, n) in sorted(evaluate(args.gold, args.dossier).items()):
        print(f"{key:12} {ok}/{n} = {ok / n:.3f}")


if __name__ == "__main__":
    main()
