"""``pip install`` of a built wheel into a fresh virtualenv outside the repository gives a working
``parley extract`` with the shipped models (no checkout paths)."""

from __future__ import annotations

import json
import os
import shutil
import site
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = [
    {"id": "de1", "lang": "de", "date": "2025-03-04", "text": "„Wir sind zu Gesprächen bereit“, sagte Kremlsprecher "
     "Dmitri Peskow am Dienstag in Moskau. Selenskyj wiederum betonte am Abend in Kiew, ohne feste "
     "Garantien werde Kiew keiner Feuerpause zustimmen."},
    {"id": "en1", "lang": "en", "date": "2025-03-04", "text": '"We will not give up our land," Ukrainian President '
     "Volodymyr Zelensky said on Tuesday. Kremlin spokesman Dmitry Peskov said Moscow was open to talks."},
]


def _run(cmd: list[str], **kw) -> subprocess.CompletedProcess:  # type: ignore[no-untyped-def]
    done = subprocess.run(cmd, capture_output=True, text=True, **kw)
    assert done.returncode == 0, f"{cmd}\n{done.stdout}\n{done.stderr}"
    return done


@pytest.mark.slow
def test_wheel_installed_in_a_fresh_venv_extracts_statements(tmp_path: Path) -> None:
    source = tmp_path / "source"  # build from a copy: the checkout stays clean
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    shutil.copytree(ROOT / "src", source / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path / "dist"), str(source)])
    wheel = next((tmp_path / "dist").glob("parley-*.whl"))

    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", str(venv)])
    python = venv / "bin" / "python"
    own_site = Path(_run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]).stdout.strip())
    _run([str(python), "-m", "pip", "install", "--no-deps", "--no-index", "-q", str(wheel)])
    # then third-party dependencies from this environment (after the install, so that pip does not
    # take a parley found there for this one), but not parley's checkout
    (own_site / "shared_deps.pth").write_text("\n".join(site.getsitepackages()) + "\n", encoding="utf-8")

    work = tmp_path / "work"  # outside the repository
    work.mkdir()
    (work / "in.jsonl").write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PARLEY_MODELS", "VIRTUAL_ENV")}
    where = _run([str(python), "-c", "import parley, parley.context as c; print(parley.__file__); print(c.models_dir())"],
                 cwd=work, env=env).stdout.split()
    assert all(Path(p).is_relative_to(venv) for p in where), where
    _run([str(venv / "bin" / "parley"), "extract", "in.jsonl", "-o", "out.jsonl"], cwd=work, env=env)
    preds = {p["id"]: p for p in map(json.loads, (work / "out.jsonl").read_text(encoding="utf-8").splitlines())}
    assert set(preds) == {"de1", "en1"}
    for pred in preds.values():
        assert pred["statements"], pred
    speakers = {s["speaker"] for p in preds.values() for s in p["statements"]}
    assert "Dmitry Peskov" in speakers
