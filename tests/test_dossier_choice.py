"""``--dossier auto``: each article of a mixed feed gets the dossier whose actors and issues it names."""

from __future__ import annotations

import pytest

from parley.dossier_choice import candidates_for, choose_dossier, score_dossiers

GAZA_DE = (
    "Kairo – Die Verhandlungen über eine Waffenruhe im Gazastreifen gehen in die entscheidende Phase. "
    "Netanjahu bekräftigte, Israel werde den Krieg erst beenden, wenn alle Geiseln frei seien. Die Hamas "
    "lehnte eine Entwaffnung ab, wie ihr Unterhändler Chalil al-Haja sagte."
)
GAZA_EN = (
    "Qatar's prime minister said mediators were close to a deal on the release of hostages and "
    "Palestinian prisoners, while Hamas official Osama Hamdan rejected any plan to disarm the group."
)
UKRAINE_DE = (
    "Kremlsprecher Dmitri Peskow hat einen Waffenstillstand entlang der Frontlinie abgelehnt. Der "
    "ukrainische Präsident Wolodymyr Selenskyj forderte Sicherheitsgarantien und schloss "
    "Gebietsabtretungen im Donbass aus."
)
UKRAINE_EN = (
    "Ukrainian President Volodymyr Zelenskiy said Kyiv would never recognise the annexation of Crimea, as "
    "U.S. envoy Steve Witkoff prepared for talks with Kremlin aide Yuri Ushakov about a ceasefire."
)
CANDIDATES = ["russia_ukraine", "gaza_ceasefire", "german_coalition_2025"]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    (GAZA_DE, "de", "gaza_ceasefire"),
    (GAZA_EN, "en", "gaza_ceasefire"),
    (UKRAINE_DE, "de", "russia_ukraine"),
    (UKRAINE_EN, "en", "russia_ukraine"),
])
def test_each_article_gets_its_dossier(text: str, lang: str, expected: str) -> None:
    assert choose_dossier(text, lang, CANDIDATES).dossier == expected


def test_shared_names_weigh_little() -> None:
    """Trump and the US are in both dossiers: alone they decide nothing, the default stays."""
    text = "Donald Trump sagte in Washington, die USA würden sich weiter einsetzen."
    scores = {s.dossier: s for s in score_dossiers(text, "de", CANDIDATES[:2])}
    assert scores["russia_ukraine"].actors == scores["gaza_ceasefire"].actors
    assert choose_dossier(text, "de", CANDIDATES[:2]).dossier == "russia_ukraine"
    assert choose_dossier(text, "de", CANDIDATES[1::-1]).dossier == "gaza_ceasefire"


def test_evidence_names_distinctive_actors() -> None:
    best = choose_dossier(GAZA_DE, "de", CANDIDATES)
    assert {"Hamas", "Khalil al-Hayya"} <= set(best.evidence)
    assert "Israel" not in best.evidence  # listed in both dossiers


def test_candidates() -> None:
    assert candidates_for(None, "russia_ukraine") == ["russia_ukraine"]
    assert candidates_for("gaza_ceasefire", "russia_ukraine") == ["gaza_ceasefire"]
    auto = candidates_for("auto", "gaza_ceasefire")
    assert auto[0] == "gaza_ceasefire" and {"russia_ukraine", "german_coalition_2025"} <= set(auto)
    assert candidates_for("auto:gaza_ceasefire, russia_ukraine", "x") == ["gaza_ceasefire", "russia_ukraine"]
