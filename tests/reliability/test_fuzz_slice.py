"""A fast slice of ``benchmarks/fuzz.py``: hostile inputs lose no good record and crash nothing."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

FUZZ = Path(__file__).resolve().parents[2] / "benchmarks" / "fuzz.py"


def _fuzz():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("parley_fuzz", FUZZ)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["parley_fuzz"] = module
    spec.loader.exec_module(module)
    return module


def test_fuzz_slice(tmp_path: Path, store_url: str) -> None:
    fuzz = _fuzz()
    corpus = fuzz.generate(tmp_path / "in", 60, seed=3)
    assert len(corpus.kinds) >= 10 and len(corpus.good) >= 60
    out = fuzz.ingest_and_run(corpus, store_url, "test")
    assert out.tracebacks == []
    assert out.lost == []
    assert out.no_reason == 0 and out.skipped > 0
    assert out.analysed == out.stored


def test_fuzz_is_seeded(tmp_path: Path) -> None:
    fuzz = _fuzz()
    first, second = fuzz.generate(tmp_path / "a", 30, seed=5), fuzz.generate(tmp_path / "b", 30, seed=5)
    assert sorted(p.name for p in first.root.iterdir()) == sorted(p.name for p in second.root.iterdir())
    assert all((first.root / p.name).read_bytes() == p.read_bytes() for p in second.root.iterdir())
