"""Guard: no text from the news-dev (evaluation only) or news-train (training only, publishers'
copyright) sets may be copied into the repository.

Every run of 6 words of an article in either set that also occurs in a tracked file (code, data,
tests, docs, examples) fails this test, unless it is one of the reviewed formulaic runs in
``tests/data/formulaic_ngrams.txt`` (official titles with names, platform phrases). The sets lie
outside the repo (``../shared/data/``); a set that is absent is skipped.
"""

import json
import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
PROTECTED_SETS = {
    "news-dev": DATA / "news-dev" / "articles.jsonl",
    "news-train": DATA / "news-train" / "articles.jsonl",
}
FORMULAIC = ROOT / "tests" / "data" / "formulaic_ngrams.txt"
N = 6
WORD = re.compile(r"\w+")
SCANNED = (".py", ".yaml", ".yml", ".tsv", ".txt", ".json", ".jsonl", ".toml", ".html", ".md", ".csv", ".xml", ".rss")


def ngrams(text: str) -> set[tuple[str, ...]]:
    words = WORD.findall(text.lower())
    return {tuple(words[i : i + N]) for i in range(len(words) - N + 1)}


def formulaic() -> set[tuple[str, ...]]:
    lines = FORMULAIC.read_text(encoding="utf-8").splitlines()
    return {tuple(line.split()) for line in lines if line.strip() and not line.startswith("#")}


def repo_files() -> list[Path]:
    listed = subprocess.run(
        ["git", "ls-files", "-co", "--exclude-standard"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split("\n")
    return [ROOT / name for name in listed if name.endswith(SCANNED) and (ROOT / name).is_file()]


@pytest.mark.parametrize("name", sorted(PROTECTED_SETS))
def test_no_protected_news_text_in_repository(name: str):
    path = PROTECTED_SETS[name]
    if not path.exists():
        pytest.skip(f"{name} is not beside the repository")
    protected: set[tuple[str, ...]] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            protected |= ngrams(json.loads(line)["text"])
    protected -= formulaic()
    leaks = {}
    for file in repo_files():
        found = ngrams(file.read_text(encoding="utf-8", errors="ignore")) & protected
        if found:
            leaks[str(file.relative_to(ROOT))] = sorted(" ".join(g) for g in found)[:3]
    assert not leaks, f"{name} text copied into the repo: {leaks}"
