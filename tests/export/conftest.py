"""Reuse the analysis tests' multi-article corpus for export tests."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from parley.store import Store

_spec = importlib.util.spec_from_file_location("analysis_corpus", Path(__file__).parents[1] / "analysis" / "conftest.py")
_corpus = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(_corpus)  # type: ignore[union-attr]


@pytest.fixture()
def db_url(tmp_path) -> str:
    url = f"sqlite:///{tmp_path / 'export.db'}"
    store = Store(url)
    for doc in sorted(_corpus.corpus(), key=lambda d: d.id):
        store.add_article(doc)
        store.save_analysis(doc, None)
    return url
