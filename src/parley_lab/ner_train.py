"""Train and evaluate the German person-name CRF (``python -m parley_lab.ner_train``).

Trains on GermEval 2014 NER dev (the train split is not available here), reports span P/R/F1 for
``PER`` on GermEval test, and writes the model next to ``parley.actors.ner``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from parley.actors.ner import _crfsuite_items, model_path, sentence_features

LANG = "de"  # GermEval 2014 is German

DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "germeval2014-ner"


def read_germeval(path: Path) -> list[tuple[list[str], list[str]]]:
    """Sentences as (tokens, BIO labels over PER only; outer annotation layer)."""
    sentences, words, labels = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        if not line.strip():
            if words:
                sentences.append((words, labels))
            words, labels = [], []
            continue
        parts = line.split("\t")
        words.append(parts[1])
        labels.append(parts[2] if parts[2] in ("B-PER", "I-PER") else "O")
    if words:
        sentences.append((words, labels))
    return sentences


def _tags(words: list[str]) -> list[str]:
    """STTS tags from the same HanTa tagger ``nlp.de`` uses."""
    from parley.nlp.german import tag_sentence

    return [tag for tag, _ in tag_sentence(words)]


def spans(labels: list[str]) -> set[tuple[int, int]]:
    out, start = set(), None
    for i, label in enumerate([*labels, "O"]):
        if label != "I-PER" and start is not None:
            out.add((start, i))
            start = None
        if label == "B-PER" or (label == "I-PER" and start is None):
            start = i
    return out


def train(data: Path = DATA, output: Path | None = None, iterations: int = 100) -> dict[str, float]:
    import pycrfsuite

    output = output or model_path(LANG)
    trainer = pycrfsuite.Trainer(verbose=False)
    for words, labels in read_germeval(data / "NER-de-dev.tsv"):
        trainer.append(_crfsuite_items(sentence_features(words, _tags(words))), labels)
    trainer.set_params({"c1": 0.2, "c2": 0.001, "max_iterations": iterations,
                        "feature.possible_transitions": True})
    trainer.train(str(output))
    tagger = pycrfsuite.Tagger()
    tagger.open(str(output))
    tp = n_pred = n_gold = 0
    for words, labels in read_germeval(data / "NER-de-test.tsv"):
        predicted = spans(tagger.tag(_crfsuite_items(sentence_features(words, _tags(words)))))
        gold = spans(labels)
        tp, n_pred, n_gold = tp + len(predicted & gold), n_pred + len(predicted), n_gold + len(gold)
    p, r = tp / max(n_pred, 1), tp / max(n_gold, 1)
    return {"precision": p, "recall": r, "f1": 2 * p * r / max(p + r, 1e-9), "gold": n_gold}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--iterations", type=int, default=100)
    args = parser.parse_args()
    scores = train(args.data, iterations=args.iterations)
    print(" ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in scores.items()))


if __name__ == "__main__":
    main()
