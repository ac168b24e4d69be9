"""Guard: no text from the evaluation-only news-dev set may be copied into the repository.

Every run of 7 words of a news-dev article that also occurs in a tracked file (code, data, tests,
docs, examples) fails this test. news-dev lies outside the repo (``../shared/data/news-dev``); where
it is absent the test skips.
"""

import json
import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NEWS_DEV = ROOT.parent / "shared" / "data" / "news-dev" / "articles.jsonl"
N = 7
WORD = re.compile(r"\w+")
SCANNED = (".py", ".yaml", ".yml", ".tsv", ".txt", ".json", ".jsonl", ".toml", ".html", ".md", ".csv", ".xml", ".rss")


def ngrams(text: str) -> set[tuple[str, ...]]:
    words = WORD.findall(text.lower())
    return {tuple(words[i : i + N]) for i in range(len(words) - N + 1)}


def repo_files() -> list[Path]:
    listed = subprocess.run(
        ["git", "ls-files", "-co", "--exclude-standard"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split("\n")
    return [ROOT / name for name in listed if name.endswith(SCANNED) and (ROOT / name).is_file()]


@pytest.mark.skipif(not NEWS_DEV.exists(), reason="news-dev is not beside the repository")
def test_no_news_dev_text_in_repository():
    protected: set[tuple[str, ...]] = set()
    for line in NEWS_DEV.read_text(encoding="utf-8").splitlines():
        if line.strip():
            protected |= ngrams(json.loads(line)["text"])
    leaks = {}
    for path in repo_files():
        found = ngrams(path.read_text(encoding="utf-8", errors="ignore")) & protected
        if found:
            leaks[str(path.relative_to(ROOT))] = sorted(" ".join(g) for g in found)[:3]
    assert not leaks, f"news-dev text copied into the repo: {leaks}"
