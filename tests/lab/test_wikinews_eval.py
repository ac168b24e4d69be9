"""``parley eval wikinews`` end to end on two WikiNews dev documents."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from parley.cli.app import app
from parley_lab.wikinews import corpus_root, load_split

pytestmark = pytest.mark.skipif(
    not (corpus_root() / "data" / "dev").is_dir(), reason="WikiNews corpus not found"
)


@pytest.mark.parametrize("component", [None, "quotes.de.learned"])
def test_eval_writes_predictions_and_prints_scores(tmp_path, component) -> None:
    args = ["eval", "wikinews", "--split", "dev", "--pred-dir", str(tmp_path / "pred"), "--limit", "2"]
    args += ["--scores-json", str(tmp_path / "scores.json")]
    if component:
        args += ["--component", component]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "Message" in result.output and "Joint" in result.output
    docs = load_split("dev", limit=2)
    for doc in docs:
        pred = json.loads((tmp_path / "pred" / doc.file_name()).read_text(encoding="utf-8"))
        assert pred["documentName"] == doc.name
        for ann in pred["annotations"]:
            assert ann["quote"]["tokenIds"] and ann["type"] in {
                "Direct",
                "Indirect",
                "FreeIndirect",
                "Reported",
            }
            assert all(0 <= i < len(doc.tokens) for i in ann["quote"]["tokenIds"])
    scores = json.loads((tmp_path / "scores.json").read_text())
    assert scores["documents"] == 2 and 0.0 <= scores["joint"]["f1"] <= 1.0
