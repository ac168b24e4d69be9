"""Build ``parley/nlp/data/hanta_lexicon_de.tsv.gz``: HanTa's context-free analyses of frequent word forms.

HanTa tags a sentence in two steps that do not depend on context: ``analyze_forward(form)`` scores
every part of speech of a word form (a morpheme-level HMM, the slow part), and after the sentence-level
Viterbi ``analyze_viterbi(form, tag)`` segments the form for its lemma. This script runs both for the
word forms of corpora whose licences allow shipping derived data and stores the results exactly
(floats as ``repr``), so ``nlp.de`` looks them up instead of recomputing them: the tags, lemmas and
morphology it produces are unchanged. Forms missing from the lexicon are analysed by HanTa as before.

Corpora (all under ../shared/data): GermEval 2014 NER dev+test (CC BY 4.0), SpkAtt-2023 GePaDe
Bundestag speeches train+dev+eval (CC BY-SA 4.0), UD German GSD dev+test (CC BY-SA 4.0). Not WikiNews
(CC BY-NC-SA) and not news-train/news-dev.

    nice .venv/bin/python training/build_hanta_lexicon.py --min-count 2
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from parley.nlp.hanta_lexicon import LEXICON_PATH, encode_entry, load_tagger

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared/data"
CUTOFF = 5  # HanTa's cutoff in sentence tagging: tags further below the best are dropped


def germeval_tokens(folder: Path) -> Iterator[str]:
    for name in ("NER-de-dev.tsv", "NER-de-test.tsv"):
        for line in (folder / name).read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) >= 2 and cols[0].isdigit():
                yield cols[1]


def gepade_tokens(folder: Path) -> Iterator[str]:
    for path in sorted(folder.glob("**/*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        for sent in doc.get("Sentences", []):
            yield from sent.get("Tokens", [])


def conllu_tokens(folder: Path) -> Iterator[str]:
    for path in sorted(folder.glob("*.conllu")):
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) > 1 and cols[0].isdigit():
                yield cols[1]


def count_forms() -> Counter[str]:
    counts: Counter[str] = Counter()
    counts.update(germeval_tokens(DATA / "germeval2014-ner"))
    counts.update(gepade_tokens(DATA / "spkatt-2023-gepade/data"))
    counts.update(conllu_tokens(DATA / "ud-german-gsd"))
    return counts


def candidate_tags(tagger, form: str) -> list[int]:
    """Tags a sentence tagger may give ``form`` (first word or not): those whose lemma we precompute."""
    tags: list[int] = []
    for cs in (False, True):
        for tag, _p in tagger._tag_word(form, cutoff=CUTOFF, casesensitive=cs, conditional=True):
            if tag not in tags:
                tags.append(tag)
    return tags


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--min-count", type=int, default=2, help="keep word forms seen at least this often")
    ap.add_argument("--output", type=Path, default=LEXICON_PATH)
    args = ap.parse_args()
    counts = count_forms()
    forms = sorted(f for f, n in counts.items() if n >= args.min_count and any(c.isalpha() for c in f))
    print(f"{sum(counts.values())} tokens, {len(counts)} forms, {len(forms)} seen >= {args.min_count}x")
    tagger = load_tagger(lexicon=False)
    lines: dict[str, str] = {}
    viterbi: dict[str, dict[int, list]] = {}
    start = time.time()
    for n, form in enumerate(forms):
        key = tagger.normalize(form)
        forward = None if key in tagger.cache else tagger.analyze_forward(key)
        low = form.lower()
        per_tag = viterbi.setdefault(low, {})
        for tag in candidate_tags(tagger, form):
            if tag > 0 and -tag not in tagger.atomic_class and tag not in per_tag:
                per_tag[tag] = tagger.analyze_viterbi(low, -tag)
        if forward is not None and key not in lines:
            lines[key] = forward  # type: ignore[assignment]
        if n % 5000 == 0:
            print(f"{n}/{len(forms)} forms, {time.time() - start:.0f}s", flush=True)
    keys = sorted(set(lines) | set(viterbi))
    body = "".join(encode_entry(k, lines.get(k), viterbi.get(k, {})) + "\n" for k in keys)  # type: ignore[arg-type]
    header = (f"# HanTa analyses of {len(keys)} German word forms (GermEval 2014 NER dev+test CC BY 4.0, "
              f"SpkAtt-2023 GePaDe CC BY-SA 4.0, UD German GSD dev+test CC BY-SA 4.0); "
              f"built by training/build_hanta_lexicon.py --min-count {args.min_count}\n")
    args.output.write_bytes(gzip.compress((header + body).encode("utf-8"), mtime=0))
    print(f"wrote {args.output} ({args.output.stat().st_size / 1e6:.1f} MB, {len(keys)} entries)")


if __name__ == "__main__":
    main()
