"""Issue vocabulary of the gaza_ceasefire dossier (German and English sentences written here), and
positions found with it end to end."""

from __future__ import annotations

import pytest

from parley.model import Article
from parley.pipeline import Pipeline, load_config
from parley.positions.issues import issue_matcher

DOSSIER = "gaza_ceasefire"

CASES = [
    ("de", "Die indirekten Verhandlungen in Doha wurden am Abend fortgesetzt.", {"talks"}),
    ("en", "Mediators presented a new bridging proposal to both delegations.", {"talks"}),
    ("de", "Ein Gipfeltreffen in Scharm el-Scheich ist für Montag geplant.", {"leader_meeting"}),
    ("en", "Netanyahu will hold a face-to-face meeting with Trump at the White House.", {"leader_meeting"}),
    ("de", "Die Feuerpause soll in eine dauerhafte Waffenruhe übergehen.", {"ceasefire"}),
    ("en", "The truce could collapse before the second phase begins.", {"ceasefire"}),
    ("de", "Im Gegenzug sollen Hunderte palästinensische Häftlinge freikommen.", {"hostages_prisoners"}),
    ("en", "Hamas handed over the remains of two deceased hostages on Thursday.", {"hostages_prisoners"}),
    ("de", "Israel lehnt einen Rückzug aus dem Philadelphi-Korridor ab.", {"withdrawal"}),
    ("en", "Troops will pull back to the yellow line within 24 hours.", {"withdrawal"}),
    ("de", "Täglich sollen 600 Lastwagen mit Hilfsgütern die Grenzübergänge passieren.", {"humanitarian_aid"}),
    ("en", "Aid agencies warned that famine is spreading in the north.", {"humanitarian_aid"}),
    ("de", "Die Hamas schließt eine Entwaffnung kategorisch aus.", {"disarmament"}),
    ("en", "Any deal must include the demilitarisation of the enclave.", {"disarmament"}),
    ("de", "Ein Technokratenkomitee soll den Gazastreifen nach dem Krieg verwalten.", {"governance"}),
    ("en", "An international stabilization force would secure the territory.", {"governance"}),
    ("de", "Ägypten richtet eine Geberkonferenz für den Wiederaufbau aus.", {"reconstruction"}),
    ("en", "Clearing the rubble alone will take years, engineers estimate.", {"reconstruction"}),
    ("de", "Frankreich unterstützt die Zweistaatenlösung.", {"statehood"}),
    ("en", "Several European governments moved to recognise a Palestinian state.", {"statehood"}),
    ("de", "Riad knüpft eine Normalisierung der Beziehungen zu Israel an Bedingungen.", {"normalization"}),
    ("en", "Washington hopes to expand the Abraham Accords.", {"normalization"}),
]


@pytest.mark.parametrize(("lang", "sentence", "issues"), CASES)
def test_issue_vocabulary(lang: str, sentence: str, issues: set[str]) -> None:
    matcher = issue_matcher(DOSSIER, lang)
    assert {h.issue for h in matcher.find(sentence, 0, len(sentence))} == issues


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Two aides to the prime minister attended the briefing."),
    ("en", "Hamas released a statement on Telegram."),
])
def test_words_that_name_no_issue(lang: str, sentence: str) -> None:
    matcher = issue_matcher(DOSSIER, lang)
    assert not {h.issue for h in matcher.find(sentence, 0, len(sentence))} & {"humanitarian_aid",
                                                                            "hostages_prisoners"}


ARTICLE_EN = (
    "Hamas rejected the demand on Tuesday. Senior Hamas official Osama Hamdan said the group was ready to "
    "hand over the bodies of deceased hostages but would not give up its weapons.\n"
    "The US envoy Steve Witkoff said the second phase would focus on governance. \"We want a "
    "technocratic committee to run Gaza, with no role for Hamas,\" he told reporters."
)


@pytest.mark.slow
def test_positions_with_the_gaza_dossier(tmp_path) -> None:
    config = tmp_path / "gaza.toml"
    config.write_text(f'[pipeline]\ndossier = "{DOSSIER}"\n', encoding="utf-8")
    doc = Pipeline(load_config(config))(Article(text=ARTICLE_EN, lang="en", date="2025-10-14"))
    triples = {(p.actor, p.issue, p.stance) for p in doc.positions}
    assert ("Osama Hamdan", "disarmament", "oppose") in triples  # refusing a concession
    assert ("Steve Witkoff", "governance", "support") in triples
    assert {s.speaker_actor for s in doc.statements} >= {"Osama Hamdan", "Steve Witkoff"}
