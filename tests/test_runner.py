"""The one per-article loop (``parley.runner``): order, error isolation, progress, resuming."""

from __future__ import annotations

import pickle

from parley.context import PipelineContext
from parley.model import Article
from parley.pipeline import Pipeline, load_config
from parley.registry import component
from parley.runner import Outcome, Runner, Unreadable, analyse


class Fussy:
    """Tokenises nothing; fails on articles that mention 'Absturz'."""

    name = "test.fussy"

    def __call__(self, doc: Article) -> Article:
        if "Absturz" in doc.text:
            raise RuntimeError("Absturz erkannt")
        doc.meta["seen"] = True
        return doc


@component("test.fussy", requires=("text",))
def make_fussy(ctx: PipelineContext) -> Fussy:
    return Fussy()


def _config() -> dict:
    config = load_config()
    config["pipeline"]["languages"] = {"de": ["nlp.basic", "test.fussy"], "en": ["nlp.basic"]}
    return config


ARTICLES = [
    Article(text="Die Gespräche gehen weiter.", id="a", lang="de"),
    Article(text="Ein Absturz der Verhandlungen.", id="b", lang="de"),
    Unreadable("c.html", "not UTF-8"),
    Article(text="Talks resume on Monday.", id="d", lang="en"),
]


def test_outcomes_in_input_order_with_failures_isolated() -> None:
    seen: list[str] = []
    runner = Runner(Pipeline(_config()), progress=lambda o: seen.append(o.key))
    outcomes = list(runner.map(ARTICLES))
    assert [o.key for o in outcomes] == seen == ["a", "b", "c.html", "d"]
    assert [o.ok for o in outcomes] == [True, False, False, True]
    assert outcomes[1].error == "RuntimeError: Absturz erkannt" and outcomes[1].article is not None
    assert outcomes[2].unreadable and outcomes[2].error == "not UTF-8"
    assert outcomes[0].article.meta["seen"] and outcomes[3].article.tokens


def test_run_feeds_the_sink_and_skips_what_is_done() -> None:
    got: list[Outcome] = []

    def sink(outcome: Outcome) -> None:
        if outcome.key == "d":
            raise OSError("disk full")
        got.append(outcome)

    summary = Runner(Pipeline(_config())).run(ARTICLES, sink, pending=lambda key: key != "a")
    assert summary.skipped == 1 and summary.done == []
    assert [k for k, _ in summary.failed] == ["b", "c.html", "d"] and summary.failed[2][1] == "OSError: disk full"
    assert [o.key for o in got] == ["b", "c.html"]


def test_analyse_is_a_picklable_function_of_config_and_article() -> None:
    config = _config()
    again = pickle.loads(pickle.dumps(analyse))
    outcome = pickle.loads(pickle.dumps(again(config, ARTICLES[0])))
    assert outcome.ok and outcome.key == "a" and outcome.article.tokens
    assert not analyse(config, ARTICLES[1]).ok


def test_profiled_runs_time_each_component() -> None:
    outcome = next(Runner(Pipeline(_config()), profile=True).map(ARTICLES[:1]))
    assert set(outcome.timings) == {"nlp.basic", "test.fussy"}
