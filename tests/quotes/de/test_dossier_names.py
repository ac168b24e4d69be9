"""The quotation stage takes speaker names from the pipeline context's dossier, not a fixed one."""

from __future__ import annotations

from pathlib import Path

import pytest

from parley import registry
from parley.model import Article
from parley.pipeline import Pipeline, load_config

# Speakers who are actors only in the german_coalition_2025 dossier: two known names in a row are a
# speaker and an addressee, not one name ("warf Linnemann Esken vor").
SENTENCES = [
    ("Eine Einigung sei bis Ostern möglich, sagte Linnemann Dobrindt am Rande der Sitzung zu.", "Linnemann", "Dobrindt"),
    ("Man werde die Schuldenbremse reformieren, versprach Esken Linnemann am Dienstag.", "Esken", "Linnemann"),
    ("Die Union werde nicht nachgeben, warf Linnemann Esken vor.", "Linnemann", "Esken"),
    ("„Wir stehen zu unserem Wort“, sagte Dobrindt Esken am Telefon.", "Dobrindt", None),
]


def _speakers(dossier: str, text: str) -> list[tuple[str | None, str | None]]:
    nlp = registry.create("nlp.de")
    quotes = registry.create("quotes.de", dossier=dossier, merge="rules")
    doc = quotes(nlp(Article(text=text, lang="de")))
    cut = lambda span: text[span.start : span.end] if span else None  # noqa: E731
    return [(cut(st.speaker), cut(st.addressee)) for st in doc.statements]


@pytest.mark.parametrize(("text", "speaker", "addressee"), SENTENCES)
def test_coalition_dossier_names_split_speaker_and_addressee(text: str, speaker: str, addressee: str | None) -> None:
    assert _speakers("german_coalition_2025", text) == [(speaker, addressee)]


def test_another_dossier_does_not_know_these_names() -> None:
    text, _, _ = SENTENCES[0]
    assert _speakers("russia_ukraine", text) == [("Linnemann Dobrindt", None)]


def test_pipeline_hands_its_dossier_to_the_quotation_stage(tmp_path: Path) -> None:
    config = tmp_path / "coalition.toml"
    config.write_text('[pipeline]\ndossier = "german_coalition_2025"\n', encoding="utf-8")
    text = " ".join(s for s, _, _ in SENTENCES[:3])
    doc = Pipeline(load_config(config))(Article(text=text, lang="de", date="2025-03-27"))
    assert [st.speaker_actor for st in doc.statements] == ["Carsten Linnemann", "Saskia Esken", "Carsten Linnemann"]


# Gaza talks: a dossier person whose first name is a place, an Arabic name particle, an institution
# in the Vorfeld that starts with "Das" (not the demonstrative "Das lehnte … ab").
GAZA = [
    ("Israel werde sich nicht zurückziehen, sagte Verteidigungsminister Israel Katz am Sonntag.", "Israel Katz", None),
    ("Katars Regierungschef Mohammed bin Abdulrahman Al Thani rief beide Seiten auf, die Waffenruhe zu achten.",
     "Mohammed bin Abdulrahman Al Thani", "beide Seiten"),
    ("Das Forum der Geiselfamilien forderte die Regierung auf, keinen Tag länger zu warten.",
     "Das Forum der Geiselfamilien", "die Regierung"),
]


@pytest.mark.parametrize(("text", "speaker", "addressee"), GAZA)
def test_gaza_speaker_phrases(text: str, speaker: str, addressee: str | None) -> None:
    assert _speakers("gaza_ceasefire", text) == [(speaker, addressee)]


def test_office_of_a_named_person_speaks_as_the_office() -> None:
    text = "Das Büro von Ministerpräsident Benjamin Netanjahu teilte mit, Israel werde darauf reagieren."
    assert _speakers("gaza_ceasefire", text) == [("Das Büro von Ministerpräsident Benjamin Netanjahu", None)]
    linker_text = text[: text.index(" teilte")]
    from parley.actors.component import get_linker

    assert get_linker("gaza_ceasefire").resolve(linker_text, "de", "2025-11-06") == "Israeli Prime Minister's Office"
