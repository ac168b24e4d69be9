"""The learned position stage (``positions.learned``) on sentences written for these tests, German and
English, through the whole pipeline: each stance, negation scope, holder choice, narrative sentences,
a dossier without training data, and the artifact's contract (calibrated confidence, no text)."""

from __future__ import annotations

import json

import numpy as np
import pytest

from parley.config import load_config
from parley.context import models_dir
from parley.model import Article
from parley.pipeline import Pipeline
from parley.positions.learned import MODEL_NAME, LearnedPositions
from parley.positions.linear import META, WEIGHTS, LinearModels, feature_hash


def _pipeline(dossier: str = "russia_ukraine") -> Pipeline:
    config = load_config()
    config["pipeline"]["dossier"] = dossier
    for lang, names in config["pipeline"]["languages"].items():
        config["pipeline"]["languages"][lang] = [n for n in names if not n.startswith("positions.")] + [
            "positions.learned"]
    return Pipeline(config)


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return _pipeline()


def run(pipe: Pipeline, text: str, lang: str) -> set[tuple[str, str, str]]:
    doc = pipe(Article(text=text, lang=lang, date="2025-06-01"))
    return {(p.actor, p.issue, p.stance) for p in doc.positions}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Trump said he supports a ceasefire and wants it to start immediately.",
     ("Donald Trump", "ceasefire", "support")),
    ("de", "Merz forderte einen sofortigen Waffenstillstand.", ("Friedrich Merz", "ceasefire", "support")),
    ("en", "Putin rejected the deployment of European troops in Ukraine.",
     ("Vladimir Putin", "foreign_troops", "oppose")),
    ("de", "Putin lehnte die Stationierung europäischer Truppen in der Ukraine ab.",
     ("Vladimir Putin", "foreign_troops", "oppose")),
    ("en", "Lavrov said Moscow would only agree to a ceasefire if Western arms deliveries stop.",
     ("Sergei Lavrov", "ceasefire", "condition")),
    ("de", "Lawrow sagte, Russland werde einer Waffenruhe nur zustimmen, wenn der Westen seine "
           "Waffenlieferungen einstelle.", ("Sergei Lavrov", "ceasefire", "condition")),
    ("en", "Peskov said the Kremlin was ready to hold new talks with Kyiv in Istanbul.",
     ("Dmitry Peskov", "talks", "offer")),
    ("en", "Rubio said the talks in Geneva had made progress.", ("Marco Rubio", "talks", "claim")),
])
def test_each_stance(pipe: Pipeline, lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in run(pipe, text, lang)


def test_negation_scope_flips_the_stance(pipe: Pipeline) -> None:
    found = run(pipe, "Zelensky said Ukraine would never accept giving up territory in the east.", "en")
    assert ("Volodymyr Zelensky", "territory", "oppose") in found
    assert ("Volodymyr Zelensky", "territory", "support") not in found


def test_speaker_holds_the_stance_not_the_grammatical_subject(pipe: Pipeline) -> None:
    found = run(pipe, "Macron said Europe must provide security guarantees for Ukraine.", "en")
    assert ("Emmanuel Macron", "security_guarantees", "support") in found
    assert not {t for t in found if t[0] in ("Europe", "Ukraine")}
    found = run(pipe, "Macron sagte, Europa müsse der Ukraine Sicherheitsgarantien geben.", "de")
    assert ("Emmanuel Macron", "security_guarantees", "support") in found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Kremlin has so far refused any ceasefire."),
    ("de", "Der Kreml hat bislang jede Waffenruhe abgelehnt."),
])
def test_narrative_sentence_is_held_by_its_subject(pipe: Pipeline, lang: str, text: str) -> None:
    doc = pipe(Article(text=text, lang=lang, date="2025-06-01"))
    learned = [p for p in doc.positions if p.source == "learned"]
    assert not doc.statements and learned  # no statement: the sentence itself states the position
    assert {(p.actor, p.issue, p.stance) for p in learned} == {("Kremlin", "ceasefire", "oppose")}


def test_confidence_is_a_probability_and_evidence_is_grounded(pipe: Pipeline) -> None:
    text = "Trump said he supports a ceasefire and wants it to start immediately."
    doc = pipe(Article(text=text, lang="en", date="2025-06-01"))
    for p in doc.positions:
        assert 0.0 < p.confidence <= 1.0
        assert p.evidence is not None and "ceasefire" in text[p.evidence.start : p.evidence.end]


def test_dossier_without_training_data_uses_its_vocabulary() -> None:
    pipe = _pipeline("german_coalition_2025")
    found = run(pipe, "Merz sagte, eine Reform der Schuldenbremse lehne die Union ab.", "de")
    assert ("Friedrich Merz", "debt_brake", "oppose") in found
    found = run(pipe, "Klingbeil forderte eine Erhöhung des Mindestlohns auf 15 Euro.", "de")
    assert ("Lars Klingbeil", "minimum_wage", "support") in found


def test_artifact_holds_hashed_features_and_a_monotone_calibration() -> None:
    path = models_dir() / MODEL_NAME
    meta = json.loads((path / META).read_text(encoding="utf-8"))
    with np.load(path / WEIGHTS) as z:
        assert set(z.files) == {"hashes", "issue_w", "issue_b", "generic_w", "generic_b", "stance_w", "stance_b"}
        assert z["hashes"].dtype == np.uint32  # ids of features, no strings
    xs, ys = meta["calibration"]
    assert list(ys) == sorted(ys) and 0.0 <= ys[0] and ys[-1] <= 1.0
    models = LinearModels.load(path)
    assert feature_hash("l=ceasefire") in models._rows or feature_hash("l=waffenruhe") in models._rows
    assert 0.0 <= meta["min_confidence"] <= 1.0


def test_policy_must_be_known() -> None:
    from parley.context import default_context

    with pytest.raises(ValueError):
        LearnedPositions(default_context(), policy="sometimes")
