"""positions.rules by phenomenon: conditions, negation and rejection, false triggers, issue labels,
evaluative and anaphoric stances, holders. Sentences written for these tests (German and English
news style on the Russia–Ukraine talks); actors are given as linked mentions."""

from __future__ import annotations

import pytest
from position_docs import ZEL, ZEL_EN
from position_docs import triples as run




# -- 1. conditions are no offers -------------------------------------------------------------------
def test_de_agreeing_only_if_is_a_condition(rules):
    text = "Selenskyj sagte, Kiew werde einem Abkommen nur zustimmen, wenn es verlässliche Sicherheitsgarantien gebe."
    quote = "Kiew werde einem Abkommen nur zustimmen, wenn es verlässliche Sicherheitsgarantien gebe"
    got = run(rules, text, ZEL, quotes=[(quote, "Volodymyr Zelensky")])
    assert got == {("Volodymyr Zelensky", "security_guarantees", "condition")}


def test_de_without_guarantees_no_deal_is_a_condition(rules):
    text = "Ohne Sicherheitsgarantien werde die Ukraine keinem Abkommen zustimmen, betonte Selenskyj."
    got = run(rules, text, ZEL, quotes=[("Ohne Sicherheitsgarantien werde die Ukraine keinem Abkommen zustimmen",
                                         "Volodymyr Zelensky")])
    assert got == {("Volodymyr Zelensky", "security_guarantees", "condition")}


def test_de_readiness_with_if_clause(rules):
    text = "Putin zeigte sich bereit, über eine Feuerpause zu reden, wenn der Westen die Waffenlieferungen einstelle."
    got = run(rules, text, {"Putin": "Vladimir Putin"})
    assert ("Vladimir Putin", "ceasefire", "condition") in got
    assert ("Vladimir Putin", "military_aid", "oppose") in got
    assert not any(stance == "offer" for *_, stance in got)


def test_en_ready_but_only_once(rules):
    text = "Zelensky said Kyiv would sign a truce, but only once security guarantees were in place."
    got = run(rules, text, ZEL_EN, "en", quotes=[("Kyiv would sign a truce, but only once security guarantees were in place",
                                                  "Volodymyr Zelensky")])
    assert all(stance != "offer" for *_, stance in got)
    assert ("Volodymyr Zelensky", "ceasefire", "condition") in got


def test_en_plain_if_after_an_offer_stays_an_offer(rules):
    text = "Zelensky plans to offer a land swap if Washington manages to bring Moscow to the table."
    assert ("Volodymyr Zelensky", "territory", "offer") in run(rules, text, ZEL_EN, "en")


# -- 2. negation and rejection ----------------------------------------------------------------------
def test_en_declined_to_back(rules):
    got = run(rules, "The Kremlin declined to back a full truce in the Black Sea region.", {"The Kremlin": "Kremlin"}, "en")
    assert got == {("Kremlin", "ceasefire", "oppose")}


def test_en_call_for_a_halt_of_aid_opposes_aid(rules):
    got = run(rules, "Orban called for a complete halt of military aid to Kyiv.", {"Orban": "Viktor Orbán"}, "en")
    assert got == {("Viktor Orbán", "military_aid", "oppose")}


def test_de_not_planning_to_send_soldiers(rules):
    text = "„Wir planen nicht, Soldaten in die Ukraine zu entsenden“, sagte Merz am Rande des Gipfels."
    got = run(rules, text, {"Merz": "Friedrich Merz"},
              quotes=[("Wir planen nicht, Soldaten in die Ukraine zu entsenden", "Friedrich Merz")])
    assert ("Friedrich Merz", "foreign_troops", "oppose") in got
    assert ("Friedrich Merz", "foreign_troops", "offer") not in got


def test_en_no_intention(rules):
    got = run(rules, "Rubio said Washington has no intention of sending American troops.", {"Rubio": "Marco Rubio"}, "en",
              quotes=[("Washington has no intention of sending American troops", "Marco Rubio")])
    assert ("Marco Rubio", "foreign_troops", "oppose") in got or ("United States", "foreign_troops", "oppose") in got
    assert all(stance == "oppose" for *_, stance in got)


def test_de_out_of_the_question_spelled_infrage(rules):
    text = "Eine Anerkennung der Annexionen komme nicht infrage, sagte Selenskyj."
    got = run(rules, text, ZEL, quotes=[("Eine Anerkennung der Annexionen komme nicht infrage", "Volodymyr Zelensky")])
    assert got == {("Volodymyr Zelensky", "territory", "oppose")}


def test_de_arms_deliveries_ending_is_opposition(rules):
    got = run(rules, "Moskau verlangt, dass die Waffenlieferungen an Kiew sofort aufhören.", {"Moskau": "Russia"})
    assert got == {("Russia", "military_aid", "oppose")}


# -- 3. lexical false triggers ----------------------------------------------------------------------
def test_en_anonymity_is_no_condition(rules):
    text = "An adviser, speaking on the condition that he not be named, said Kyiv wants security guarantees."
    got = run(rules, text, {"An adviser": "Andriy Yermak"}, "en",
              quotes=[("Kyiv wants security guarantees", "Andriy Yermak")])
    assert all(stance != "condition" for *_, stance in got)


def test_territory_as_a_place_is_no_issue(rules):
    text = "Selenskyj verurteilte die Angriffe russischer Drohnen auf ukrainischem Territorium."
    assert not any(issue == "territory" for _, issue, _ in run(rules, text, ZEL))
    text = "Zelensky condemned the strikes on Ukrainian territory overnight."
    assert not any(issue == "territory" for _, issue, _ in run(rules, text, ZEL_EN, "en"))


def test_membership_action_plan_is_nato(rules):
    text = "Rutte said Kyiv would not need a Membership Action Plan to join the alliance."
    got = run(rules, text, {"Rutte": "Mark Rutte"}, "en")
    assert not any(issue == "peace_plan_basis" for _, issue, _ in got)


def test_planning_verbs_are_no_peace_plan(rules):
    got = run(rules, "Merz plant, die Sanktionen gegen Moskau zu verschärfen.", {"Merz": "Friedrich Merz"})
    assert got == {("Friedrich Merz", "sanctions", "support")}


# -- 4. issue labels --------------------------------------------------------------------------------
@pytest.mark.parametrize("text,lang,issue", [
    ("Erdogan welcomed the extension of the Black Sea grain deal.", "en", "other"),
    ("Erdogan begrüßte die Verlängerung des Getreideabkommens.", "de", "other"),
    ("Erdogan backed a new round of prisoner swaps between the two sides.", "en", "prisoners_humanitarian"),
    ("Erdogan unterstützt die Rückkehr der Kinder in die Ukraine.", "de", "prisoners_humanitarian"),
    ("Erdogan welcomed the exchange of bodies of fallen soldiers.", "en", "prisoners_humanitarian"),
    ("Erdogan welcomed the opening of accession negotiations with Kyiv.", "en", "eu_membership"),
])
def test_issue_labels(rules, text, lang, issue):
    got = run(rules, text, {"Erdogan": "Recep Tayyip Erdoğan"}, lang)
    assert {i for _, i, _ in got} == {issue}


def test_future_in_nato_is_support(rules):
    text = "Rutte said Ukraine's future is in NATO."
    got = run(rules, text, {"Rutte": "Mark Rutte", "Ukraine": "Ukraine"}, "en",
              quotes=[("Ukraine's future is in NATO", "Mark Rutte")])
    assert got == {("Mark Rutte", "nato_membership", "support")}
    text = "Rutte said Ukraine is on an irreversible path to NATO."
    got = run(rules, text, {"Rutte": "Mark Rutte", "Ukraine": "Ukraine"}, "en",
              quotes=[("Ukraine is on an irreversible path to NATO", "Mark Rutte")])
    assert got == {("Mark Rutte", "nato_membership", "support")}


# -- 5. evaluative and anaphoric stances ------------------------------------------------------------
def test_en_congratulating_and_hailing(rules):
    got = run(rules, "Costa congratulated Kyiv on the start of EU accession talks.", {"Costa": "António Costa"}, "en")
    assert got == {("António Costa", "eu_membership", "support")}
    got = run(rules, "Costa hailed the opening of accession talks as a historic step.", {"Costa": "António Costa"}, "en")
    assert got == {("António Costa", "eu_membership", "support")}


def test_en_warning_that_something_is_dangerous(rules):
    text = "Grossi warned that shelling near the nuclear power plant would be very dangerous."
    got = run(rules, text, {"Grossi": "Rafael Grossi"}, "en")
    assert got == {("Rafael Grossi", "other", "oppose")}


def test_de_anaphoric_object_takes_the_previous_issue(rules):
    text = "Moskau verlangt die Abtretung des gesamten Donbass. Das lehnt die ukrainische Führung kategorisch ab."
    got = run(rules, text, {"Moskau": "Russia", "ukrainische Führung": "Ukraine"})
    assert ("Ukraine", "territory", "oppose") in got


def test_en_anaphor_after_a_demand_to_end_something(rules):
    text = "Moscow wants the West to stop arms deliveries to Kyiv. Zelensky rejected this."
    got = run(rules, text, {"Moscow": "Russia", "Zelensky": "Volodymyr Zelensky"}, "en")
    assert ("Volodymyr Zelensky", "military_aid", "support") in got


# -- 6. holders -------------------------------------------------------------------------------------
@pytest.mark.parametrize("actor", ["Truth Social", "Königreich", "US delegation", "Putin Trump"])
def test_unclean_holders_yield_no_position(rules, actor):
    text = "Der Akteur lehnt eine Waffenruhe ab."
    assert run(rules, text, {"Der Akteur": actor}) == set()


def test_clean_person_name_outside_the_dossier_holds_a_position(rules):
    assert run(rules, "Jana Novak lehnt eine Waffenruhe ab.", {"Jana Novak": "Jana Novak"}) == {
        ("Jana Novak", "ceasefire", "oppose")}


def test_possessor_is_no_subject(rules):
    text = "Rutte stressed Europe's security and welcomed efforts toward a lasting peace."
    got = run(rules, text, {"Rutte": "Mark Rutte", "Europe": "European Union"}, "en")
    assert {a for a, *_ in got} <= {"Mark Rutte"}


# -- more cue families ------------------------------------------------------------------------------
def test_threat_against_troops_is_opposition_not_elections(rules):
    text = "Lawrow erklärte, westliche Friedenstruppen in der Ukraine wären für Moskau ein legitimes Ziel."
    got = run(rules, text, {"Lawrow": "Sergei Lavrov"},
              quotes=[("westliche Friedenstruppen in der Ukraine wären für Moskau ein legitimes Ziel", "Sergei Lavrov")])
    assert got == {("Sergei Lavrov", "foreign_troops", "oppose")}


def test_temporal_precondition_alone_is_a_demand(rules):
    text = "Fidan sagte, zuerst müsse eine Waffenruhe kommen."
    got = run(rules, text, {"Fidan": "Hakan Fidan"}, quotes=[("zuerst müsse eine Waffenruhe kommen", "Hakan Fidan")])
    assert got == {("Hakan Fidan", "ceasefire", "support")}


def test_en_called_on_and_no_alternative(rules):
    got = run(rules, "Guterres called on Moscow to rejoin the Black Sea grain deal.", {"Guterres": "António Guterres"}, "en")
    assert got == {("António Guterres", "other", "support")}
    got = run(rules, "Peskov said Moscow saw no alternative to direct talks with Kyiv.", {"Peskov": "Dmitry Peskov"}, "en",
              quotes=[("Moscow saw no alternative to direct talks with Kyiv", "Dmitry Peskov")])
    assert got == {("Dmitry Peskov", "talks", "support")}


def test_institutional_decisions(rules):
    got = run(rules, "Die EU verhängte am Freitag ein weiteres Sanktionspaket gegen Moskau.", {"Die EU": "European Union"})
    assert got == {("European Union", "sanctions", "support")}
    got = run(rules, "Kyiv and Moscow agreed on another exchange of prisoners of war.", {"Kyiv": "Ukraine", "Moscow": "Russia"}, "en")
    assert {(a, i) for a, i, _ in got} == {("Ukraine", "prisoners_humanitarian"), ("Russia", "prisoners_humanitarian")}


def test_parliamentary_votes_are_no_elections(rules):
    got = run(rules, "The European Parliament voted to back opening accession talks with Ukraine.",
              {"The European Parliament": "European Parliament"}, "en")
    assert got == {("European Parliament", "eu_membership", "support")}
    got = run(rules, "Der Bundestag stimmte mit großer Mehrheit für weitere Militärhilfe.", {"Der Bundestag": "Germany"})
    assert got == {("Germany", "military_aid", "support")}


def test_demanding_that_others_renounce_then_rejecting_that(rules):
    text = "Moskau will, dass Kiew auf die Nato-Mitgliedschaft verzichtet. Dies lehnt Selenskyj entschieden ab."
    got = run(rules, text, {"Moskau": "Russia", "Kiew": "Ukraine", "Selenskyj": "Volodymyr Zelensky"})
    assert got == {("Russia", "nato_membership", "oppose"), ("Volodymyr Zelensky", "nato_membership", "support")}


def test_en_evaluative_anaphor_and_object_control(rules):
    text = "The draft would require Ukraine to cede the Donbas. Zelensky said this was unacceptable."
    got = run(rules, text, {"Ukraine": "Ukraine", "Zelensky": "Volodymyr Zelensky"}, "en",
              quotes=[("this was unacceptable", "Volodymyr Zelensky")])
    assert got == {("Volodymyr Zelensky", "territory", "oppose")}


def test_own_troops_are_no_foreign_troops(rules):
    got = run(rules, "Russia demanded that Ukraine pull its troops out of the east.", {"Russia": "Russia"}, "en")
    assert not any(issue == "foreign_troops" for _, issue, _ in got)


def test_frozen_conflict_is_the_ceasefire_issue(rules):
    text = "Selenskyj warnte, ein eingefrorener Konflikt wäre sehr gefährlich für Europa."
    got = run(rules, text, ZEL, quotes=[("ein eingefrorener Konflikt wäre sehr gefährlich für Europa", "Volodymyr Zelensky")])
    assert got == {("Volodymyr Zelensky", "ceasefire", "oppose")}


def test_no_object_with_a_verb_after_it_is_one_negation(rules):
    text = "Sikorski sagte, Polen werde keine Soldaten in die Ukraine schicken."
    got = run(rules, text, {"Sikorski": "Radosław Sikorski"},
              quotes=[("Polen werde keine Soldaten in die Ukraine schicken", "Radosław Sikorski")])
    assert {(i, s) for _, i, s in got} == {("foreign_troops", "oppose")}


def test_participles_of_planen_are_no_plan(rules):
    text = "Der Kreml erklärte, eine weitere Gesprächsrunde sei derzeit nicht geplant."
    got = run(rules, text, {"Der Kreml": "Kremlin"},
              quotes=[("eine weitere Gesprächsrunde sei derzeit nicht geplant", "Kremlin")])
    assert got == {("Kremlin", "talks", "oppose")}
    got = run(rules, "The Kremlin said it had no plans for a summit with Kyiv.", {"The Kremlin": "Kremlin"}, "en",
              quotes=[("it had no plans for a summit with Kyiv", "Kremlin")])
    assert got == {("Kremlin", "leader_meeting", "oppose")}


def test_x_without_y_is_only_a_condition(rules):
    text = "„Eine Waffenruhe ohne Garantien ist nur eine Atempause für Moskau“, sagte Selenskyj."
    got = run(rules, text, ZEL, quotes=[("Eine Waffenruhe ohne Garantien ist nur eine Atempause für Moskau",
                                         "Volodymyr Zelensky")])
    assert ("Volodymyr Zelensky", "ceasefire", "condition") in got
    assert all(stance == "condition" for *_, stance in got)


def test_cessation_verb_at_the_end_of_the_clause(rules):
    text = "Der Kreml verlangt, dass die Waffenlieferungen an die Ukraine sofort eingestellt werden."
    assert run(rules, text, {"Der Kreml": "Kremlin"}) == {("Kremlin", "military_aid", "oppose")}


def test_if_clause_subject_is_hypothetical(rules):
    text = "Trump drohte mit harten Sanktionen, falls Russland keiner Waffenruhe zustimme."
    got = run(rules, text, {"Trump": "Donald Trump", "Russland": "Russia"})
    assert ("Donald Trump", "sanctions", "support") in got
    assert not any(actor == "Russia" for actor, *_ in got)


def test_exchanges_and_returns_are_support(rules):
    got = run(rules, "Russland und die Ukraine tauschten am Sonntag je 84 Kriegsgefangene aus.",
              {"Russland": "Russia", "Ukraine": "Ukraine"})
    assert got == {("Russia", "prisoners_humanitarian", "support"), ("Ukraine", "prisoners_humanitarian", "support")}
    got = run(rules, "Russia returned the bodies of 500 fallen soldiers to Ukraine.", {"Russia": "Russia"}, "en")
    assert got == {("Russia", "prisoners_humanitarian", "support")}
