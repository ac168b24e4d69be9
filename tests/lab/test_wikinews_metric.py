"""The WikiNews dataset metric on tiny hand-made cases."""

from __future__ import annotations

import pytest

from parley.model import Span, Statement
from parley_lab.wikinews import WikiDoc, align, prediction_json, score, to_dataset_medium


def role(*ids: int) -> dict:
    return {"tokenIds": list(ids), "spans": [], "text": ""}


def ann(quote, cue=(), speaker=(), typ="Indirect", medium="Speech") -> dict:
    return {
        "quote": role(*quote),
        "cue": role(*cue),
        "speaker": role(*speaker),
        "addressee": role(),
        "frame": role(),
        "type": typ,
        "medium": medium,
    }


GOLD = [ann(range(5, 12), cue=[3], speaker=[1, 2]), ann(range(20, 26), cue=[18], speaker=[16], typ="Direct")]


def test_perfect_prediction_scores_one() -> None:
    s = score([(GOLD, GOLD)]).summary()
    for level in ("message", "roles", "joint"):
        assert s[level]["f1"] == 1.0
    assert s["form_acc"] == s["stwr_acc"] == 1.0


def test_empty_prediction_scores_zero() -> None:
    s = score([(GOLD, [])]).summary()
    assert s["message"]["f1"] == s["roles"]["f1"] == s["joint"]["f1"] == 0.0
    assert s["pairs"] == 2 and s["matched"] == 0


def test_partial_prediction() -> None:
    # first quote found with 5 of its 7 tokens, right cue, wrong speaker; second quote missed;
    # one spurious quote.
    system = [ann(range(7, 12), cue=[3], speaker=[0]), ann(range(40, 44))]
    result = score([(GOLD, system)])
    assert (result.pairs, result.matched) == (3, 1)
    p, r, _ = result.prf("message")
    assert (p, r) == pytest.approx((1 / 3, 5 / 7 / 3))  # averaged over 3 pairs, unmatched score 0
    # roles of the matched pair: cue 1 TP; speaker 2 FN, 1 FP -> P = 1/2, R = 1/3
    assert result.prf("roles")[:2] == pytest.approx((0.5 / 3, (1 / 3) / 3))
    # joint: 6 TP, 1 FP, 4 FN
    p, r, f = result.prf("joint")
    assert (p, r) == pytest.approx(((6 / 7) / 3, (6 / 10) / 3))
    assert f == pytest.approx(2 * p * r / (p + r))


def test_alignment_prefers_same_type_on_ties() -> None:
    gold = [ann([1, 2, 3, 4], typ="Direct"), ann([1, 2, 3, 4], typ="Indirect")]
    system = [ann([1, 2, 3, 4], typ="Indirect")]
    assert (1, 0) in align(gold, system)


def test_statements_become_dataset_annotations() -> None:
    text = "Der Minister sagte, die Gespräche seien gescheitert."
    words = [(0, 3), (4, 12), (13, 18), (18, 19), (20, 23), (24, 33), (34, 39), (40, 51), (51, 52)]
    tokens = [
        {"id": i, "text": text[a:b], "charBegin": a, "charEnd": b, "sentence": 1}
        for i, (a, b) in enumerate(words)
    ]
    doc = WikiDoc("1 - Test (2024-01-01)", text, tokens)
    st = Statement(
        kind="indirect",
        quote=Span(20, 51),
        cue=Span(13, 18),
        speaker=Span(0, 12),
        frame=Span(0, 51),
        medium="speech",
    )
    pred = prediction_json(doc, [st])
    (a,) = pred["annotations"]
    assert pred["documentName"] == doc.name
    assert a["quote"]["tokenIds"] == [4, 5, 6, 7]
    assert a["quote"]["spans"] == [{"begin": 4, "end": 8, "charBegin": 20, "charEnd": 51}]
    assert a["cue"]["tokenIds"] == [2] and a["speaker"]["tokenIds"] == [0, 1]
    assert a["frame"]["tokenIds"] == [0, 1, 2, 3]  # the quote is cut out of the frame
    assert (a["type"], a["medium"]) == ("Indirect", "Speech")
    assert to_dataset_medium("speech|writing") == "SW"
