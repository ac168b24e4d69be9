"""The default pipeline describes the models it runs, so every stored run records them."""

from parley.cli.run_cmd import models_used
from parley.pipeline import Pipeline


def test_default_german_pipeline_reports_its_models():
    models = models_used(Pipeline(), {"de"})
    assert models["nlp.de"]["HanTa"]
    learned = models["quotes.de"]["learned"]
    assert learned["model"] == "quotes-de-crf" and len(learned["sha256"]) == 64
    assert learned["licence"] == "CC BY-NC-SA 4.0"
    assert models["actors.link"]["dossier"] == "russia_ukraine" and models["actors.link"]["actors"] > 150
