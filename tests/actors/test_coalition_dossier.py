"""The second shipped dossier (CDU/CSU–SPD coalition talks 2025) on a sample article written here."""

from __future__ import annotations

import pytest

from builders import statement
from parley import registry
from parley.actors.component import get_linker
from parley.model import Article
from parley.pipeline import Pipeline, load_config

ARTICLE = (
    "Berlin (dpa) – In den Koalitionsverhandlungen von Union und SPD gibt es weiter Streit über die "
    "Migrationspolitik. CDU-Chef Friedrich Merz bekräftigte am Donnerstag, Zurückweisungen an den "
    "Grenzen seien für die Union nicht verhandelbar. „Wir werden die Migration begrenzen, und zwar "
    "spürbar“, sagte der designierte Kanzler nach einer Sitzung im Konrad-Adenauer-Haus.\n"
    "Die SPD lehnt das ab. Parteichef Lars Klingbeil sagte, Zurückweisungen dürfe es nur in Abstimmung "
    "mit den europäischen Nachbarn geben. Beim Mindestlohn zeigte er sich zuversichtlich: „15 Euro im "
    "Jahr 2026 sind erreichbar“, sagte Klingbeil. SPD-Chefin Saskia Esken forderte, die Schuldenbremse "
    "dauerhaft zu reformieren. Sie betonte, ohne Investitionen verliere Deutschland den Anschluss.\n"
    "CSU-Chef Markus Söder sagte dagegen, eine Rückkehr zur Wehrpflicht sei unausweichlich. Aus "
    "Verhandlungskreisen hieß es, eine Einigung sei bis Ostern möglich."
)


@pytest.fixture(scope="module")
def coalition():
    return registry.create("actors.link", dossier="german_coalition_2025")


def test_coalition_actors_roles_metonyms(coalition, nlp) -> None:
    doc = nlp("de")(Article(text=ARTICLE, lang="de", date="2025-03-27"))
    doc.statements = [
        statement(ARTICLE, "Zurückweisungen an den Grenzen seien für die Union nicht verhandelbar", "CDU-Chef Friedrich Merz", "indirect"),
        statement(ARTICLE, "Wir werden die Migration begrenzen, und zwar spürbar", "der designierte Kanzler"),
        statement(ARTICLE, "Zurückweisungen dürfe es nur in Abstimmung", "Parteichef Lars Klingbeil", "indirect"),
        statement(ARTICLE, "15 Euro im Jahr 2026 sind erreichbar", "Klingbeil"),
        statement(ARTICLE, "die Schuldenbremse dauerhaft zu reformieren", "SPD-Chefin Saskia Esken", "indirect"),
        statement(ARTICLE, "ohne Investitionen verliere Deutschland den Anschluss", "Sie", "indirect"),
        statement(ARTICLE, "eine Rückkehr zur Wehrpflicht sei unausweichlich", "CSU-Chef Markus Söder", "indirect"),
        statement(ARTICLE, "eine Einigung sei bis Ostern möglich", "Verhandlungskreisen", "indirect"),
    ]
    doc = coalition(doc)
    assert [s.speaker_actor for s in doc.statements] == [
        "Friedrich Merz", "Friedrich Merz", "Lars Klingbeil", "Lars Klingbeil", "Saskia Esken", "Saskia Esken",
        "Markus Söder", "UNKNOWN"]
    linked = {m.text: m.actor for m in doc.mentions}
    assert linked["Konrad-Adenauer-Haus"] == "CDU"
    assert linked["SPD"] == "SPD" and linked["Union"] == "CDU/CSU"


def test_dated_party_roles() -> None:
    linker = get_linker("german_coalition_2025")
    assert linker.resolve("SPD-Chefin", "de", "2025-03-01") == "Saskia Esken"
    assert linker.resolve("SPD-Chefin", "de", "2025-09-01") == "Bärbel Bas"
    assert linker.resolve("der SPD-Fraktionschef", "de", "2025-03-15") == "Lars Klingbeil"
    assert linker.resolve("Unionsfraktionschef", "de", "2025-06-01") == "Jens Spahn"
    assert [i.id for i in linker.dossier.issues][:4] == ["debt_brake", "migration", "minimum_wage", "military_service"]


@pytest.mark.slow
def test_pipeline_with_the_coalition_dossier(tmp_path) -> None:
    config = tmp_path / "coalition.toml"
    config.write_text('[pipeline]\ndossier = "german_coalition_2025"\n', encoding="utf-8")
    pipeline = Pipeline(load_config(config))
    doc = pipeline(Article(text=ARTICLE, lang="de", date="2025-03-27"))
    speakers = {s.speaker_actor for s in doc.statements}
    assert {"Friedrich Merz", "Lars Klingbeil"} <= speakers
