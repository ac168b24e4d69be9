"""positions.rules on realistic German and English negotiation sentences (written for these tests).

Actors are given as linked mentions (what the actors stage provides), so these tests exercise the
stance logic only."""

from __future__ import annotations

from position_docs import prepared, span_of

from parley.model import Article, Mention


def analyse(rules, text: str, actors: dict[str, str], lang: str = "de", statements=()) -> Article:
    return rules(prepared(text, actors, lang=lang, date="2025-05-10", quotes=statements, with_ids=True))


def triples(doc: Article) -> set[tuple[str, str, str]]:
    return {(p.actor, p.issue, p.stance) for p in doc.positions}


def evidence(doc: Article, issue: str) -> str:
    return next(doc.span_text(p.evidence) for p in doc.positions if p.issue == issue)


# -- German ----------------------------------------------------------------------------------------
def test_de_oppose_separable_verb(rules):
    doc = analyse(rules, "Moskau lehnt eine Nato-Mitgliedschaft der Ukraine strikt ab.", {"Moskau": "Russia"})
    assert triples(doc) == {("Russia", "nato_membership", "oppose")}
    assert "Nato-Mitgliedschaft" in evidence(doc, "nato_membership")
    assert evidence(doc, "nato_membership") in doc.text


def test_de_oppose_participle_and_pluperfect(rules):
    doc = analyse(rules, "Putin hatte das Angebot einer Osterwaffenruhe schon am Vortag zurückgewiesen.",
                  {"Putin": "Vladimir Putin"})
    assert triples(doc) == {("Vladimir Putin", "ceasefire", "oppose")}


def test_de_offer(rules):
    doc = analyse(rules, "Selenskyj zeigte sich bereit, über einen Gebietsaustausch zu sprechen.",
                  {"Selenskyj": "Volodymyr Zelensky"})
    assert ("Volodymyr Zelensky", "territory", "offer") in triples(doc)


def test_de_support_demand(rules):
    doc = analyse(rules, "Der Kanzler fordert schärfere Sanktionen gegen Russland.", {"Der Kanzler": "Friedrich Merz"})
    assert triples(doc) == {("Friedrich Merz", "sanctions", "support")}


def test_de_demand_for_an_end_is_opposition(rules):
    doc = analyse(rules, "Russland fordert ein Ende der westlichen Waffenlieferungen an Kiew.", {"Russland": "Russia"})
    assert triples(doc) == {("Russia", "military_aid", "oppose")}


def test_de_condition(rules):
    doc = analyse(rules, "Selenskyj nannte eine vollständige Waffenruhe die Voraussetzung für jede Vereinbarung.",
                  {"Selenskyj": "Volodymyr Zelensky"})
    assert ("Volodymyr Zelensky", "ceasefire", "condition") in triples(doc)


def test_de_condition_only_after(rules):
    doc = analyse(rules, "Kiew will Wahlen erst nach einem Waffenstillstand abhalten.", {"Kiew": "Ukraine"})
    # the elections are made conditional; the ceasefire is what Kyiv requires first
    assert triples(doc) == {("Ukraine", "elections", "condition"), ("Ukraine", "ceasefire", "support")}


def test_de_required_so_that(rules):
    text = "Selenskyj sagte, eine stabile Feuerpause sei erforderlich, damit Verhandlungen beginnen könnten."
    quote = "eine stabile Feuerpause sei erforderlich, damit Verhandlungen beginnen könnten"
    doc = analyse(rules, text, {"Selenskyj": "Volodymyr Zelensky"}, statements=[(quote, "Volodymyr Zelensky")])
    assert triples(doc) == {("Volodymyr Zelensky", "ceasefire", "support"),
                            ("Volodymyr Zelensky", "talks", "condition")}


def test_de_negation_after_the_verb_flips(rules):
    doc = analyse(rules, "Merz unterstützt die Lieferung von Taurus-Marschflugkörpern weiterhin nicht.",
                  {"Merz": "Friedrich Merz"})
    assert triples(doc) == {("Friedrich Merz", "military_aid", "oppose")}


def test_de_negated_object_in_quote_is_opposition(rules):
    text = "„Ausländische Truppen wollen wir hier nicht sehen“, sagte Selenskyj."
    doc = analyse(rules, text, {"Selenskyj": "Volodymyr Zelensky"},
                  statements=[("Ausländische Truppen wollen wir hier nicht sehen", "Volodymyr Zelensky")])
    assert triples(doc) == {("Volodymyr Zelensky", "foreign_troops", "oppose")}
    assert doc.positions[0].statement == doc.statements[0].id


def test_de_not_ruling_out_is_an_offer(rules):
    doc = analyse(rules, "Eine Einigung über besetzte Gebiete schloss Selenskyj nicht aus.",
                  {"Selenskyj": "Volodymyr Zelensky"})
    assert ("Volodymyr Zelensky", "territory", "offer") in triples(doc)


def test_de_statement_speaker_holds_the_position(rules):
    text = "„Ohne belastbare Garantien für unsere Sicherheit geht es nicht, wir brauchen Sicherheitsgarantien“, sagte Selenskyj."
    doc = analyse(rules, text, {"Selenskyj": "Volodymyr Zelensky"},
                  statements=[("wir brauchen Sicherheitsgarantien", "Volodymyr Zelensky")])
    assert triples(doc) == {("Volodymyr Zelensky", "security_guarantees", "support")}


def test_de_claim_in_statement(rules):
    text = "Kremlsprecher Peskow sagte, es gebe bislang keinen Termin für ein Gipfeltreffen."
    quote = "es gebe bislang keinen Termin für ein Gipfeltreffen"
    doc = analyse(rules, text, {"Kremlsprecher Peskow": "Dmitry Peskov"}, statements=[(quote, "Dmitry Peskov")])
    assert triples(doc) == {("Dmitry Peskov", "leader_meeting", "claim")}


def test_de_questions_and_hedges_are_suppressed(rules):
    assert analyse(rules, "Könnte Putin einer Waffenruhe zustimmen?", {"Putin": "Vladimir Putin"}).positions == []
    doc = analyse(rules, "Ob Russland einer Waffenruhe zustimmt, ist weiter offen.", {"Russland": "Russia"})
    assert doc.positions == []


def test_de_coordinated_subjects(rules):
    text = "Polen, Kanada und die Ukraine befürworten eine internationale Schutztruppe."
    doc = analyse(rules, text, {"Polen": "Poland", "Kanada": "Canada", "Ukraine": "Ukraine"})
    assert {a for a, *_ in triples(doc)} == {"Poland", "Canada", "Ukraine"}
    assert {i for _, i, _ in triples(doc)} == {"foreign_troops"}


def test_de_headline_is_skipped(rules):
    doc = analyse(rules, "Kreml lehnt Waffenruhe ab\nDer Kreml hat die Waffenruhe abgelehnt.", {"Kreml": "Kremlin"})
    assert len(doc.positions) == 1


# -- English ---------------------------------------------------------------------------------------
def test_en_demand_end_of_aid(rules):
    doc = analyse(rules, "Russia demands an end to Western military aid for Kyiv.", {"Russia": "Russia"}, "en")
    assert triples(doc) == {("Russia", "military_aid", "oppose")}


def test_en_offer_swap(rules):
    doc = analyse(rules, "Zelensky offered to swap the Kursk region for occupied Ukrainian territory.",
                  {"Zelensky": "Volodymyr Zelensky"}, "en")
    assert triples(doc) == {("Volodymyr Zelensky", "territory", "offer")}


def test_en_reject(rules):
    doc = analyse(rules, "The Kremlin rejected the proposal for a 30-day ceasefire.", {"The Kremlin": "Kremlin"}, "en")
    assert triples(doc) == {("Kremlin", "ceasefire", "oppose")}


def test_en_negated_support(rules):
    doc = analyse(rules, "Washington does not support Ukraine's NATO membership.", {"Washington": "United States"}, "en")
    assert triples(doc) == {("United States", "nato_membership", "oppose")}


def test_en_condition(rules):
    doc = analyse(rules, "Zelensky said elections could be held only after a ceasefire.",
                  {"Zelensky": "Volodymyr Zelensky"}, "en",
                  statements=[("elections could be held only after a ceasefire", "Volodymyr Zelensky")])
    assert triples(doc) == {("Volodymyr Zelensky", "elections", "condition"),
                            ("Volodymyr Zelensky", "ceasefire", "support")}


def test_en_question_suppressed(rules):
    doc = analyse(rules, "Will Putin accept a ceasefire?", {"Putin": "Vladimir Putin"}, "en")
    assert doc.positions == []


def test_unlinked_subject_gives_no_position(rules):
    doc = analyse(rules, "Beobachter fordern schärfere Sanktionen.", {})
    assert doc.positions == []


def test_de_matrix_verb_over_infinitive(rules):
    doc = analyse(rules, "Trump habe dem Kanzler davon abgeraten, eine Feuerpause anzustreben.", {"Trump": "Donald Trump"})
    assert triples(doc) == {("Donald Trump", "ceasefire", "oppose")}


def test_de_no_pairing_into_relative_clause(rules):
    text = "Paris und London unterzeichneten eine Erklärung, die nach einem Waffenstillstand gelten soll."
    doc = analyse(rules, text, {"Paris": "France", "London": "United Kingdom"})
    assert doc.positions == []


def test_de_shared_subject_of_coordinated_verbs_and_compound_mentions(rules):
    text = ("Putin hatte am Freitag den US-Vorschlag einer Waffenruhe abgelehnt und zugleich eine "
            "Entmilitarisierung der Ukraine verlangt.")
    doc = analyse(rules, text, {"Putin": "Vladimir Putin"})
    doc.mentions.append(Mention(span_of(text, "US"), "US", actor="United States"))
    doc = rules(doc)
    assert triples(doc) == {("Vladimir Putin", "ceasefire", "oppose"),
                            ("Vladimir Putin", "neutrality_demilitarization", "support")}


def test_de_owner_of_a_nominal_cue(rules):
    text = "Selenskyj wies die Forderungen von Kremlchef Putin nach Neuwahlen scharf zurück."
    doc = analyse(rules, text, {"Selenskyj": "Volodymyr Zelensky", "Kremlchef Putin": "Vladimir Putin"})
    assert ("Volodymyr Zelensky", "elections", "oppose") in triples(doc)


def test_one_position_per_triple_and_sentence(rules):
    text = "Selenskyj lehnt jede Anerkennung der Annexion besetzter Gebiete ab."
    doc = analyse(rules, text, {"Selenskyj": "Volodymyr Zelensky"})
    assert len(doc.positions) == 1
    assert triples(doc) == {("Volodymyr Zelensky", "territory", "oppose")}


def test_demanding_that_others_give_something_up_opposes_it(rules):
    text = "Der Kreml fordert, dass die Ukraine auf einen Nato-Beitritt verzichtet."
    quote = "die Ukraine auf einen Nato-Beitritt verzichtet"
    doc = analyse(rules, text, {"Der Kreml": "Kremlin", "die Ukraine": "Ukraine"}, statements=[(quote, "Kremlin")])
    doc.statements[0].cue = span_of(text, "fordert")
    doc = rules(doc)
    assert triples(doc) == {("Kremlin", "nato_membership", "oppose")}


def test_refusing_to_renounce_depends_on_the_issue(rules):
    doc = analyse(rules, "Selenskyj will niemals auf einen Nato-Beitritt verzichten.", {"Selenskyj": "Volodymyr Zelensky"})
    assert triples(doc) == {("Volodymyr Zelensky", "nato_membership", "support")}
    doc = analyse(rules, "Zelensky said Ukraine will not give away any territory.", {"Zelensky": "Volodymyr Zelensky"},
                  "en", statements=[("Ukraine will not give away any territory", "Volodymyr Zelensky")])
    assert triples(doc) == {("Volodymyr Zelensky", "territory", "oppose")}


def test_precondition_of_lifting_sanctions(rules):
    text = "Russland werde die Vereinbarung erst umsetzen, wenn die Sanktionen gegen die Agrarbank aufgehoben seien."
    doc = analyse(rules, text, {"Russland": "Russia"})
    assert ("Russia", "sanctions", "oppose") in triples(doc)


def test_modal_governs_the_content_verb(rules):
    doc = analyse(rules, "Moskau wolle die Sanktionen möglichst schnell loswerden.", {"Moskau": "Russia"})
    assert triples(doc) == {("Russia", "sanctions", "oppose")}
    assert evidence(doc, "sanctions") == "wolle die Sanktionen möglichst schnell loswerden"


def test_condition_of_anonymity_is_no_condition(rules):
    text = "A European diplomat, speaking on condition of anonymity, said the truce was fragile."
    doc = analyse(rules, text, {"A European diplomat": "European leaders"}, "en")
    assert all(p.stance != "condition" for p in doc.positions)


def test_threat_of_sanctions_is_support(rules):
    doc = analyse(rules, "The United States threatened Russia with secondary sanctions.",
                  {"The United States": "United States"}, "en")
    assert triples(doc) == {("United States", "sanctions", "support")}


def test_rejecting_calls_for_a_truce_opposes_it(rules):
    doc = analyse(rules, "Moscow has repeatedly rejected calls for an unconditional ceasefire.", {"Moscow": "Russia"}, "en")
    assert triples(doc) == {("Russia", "ceasefire", "oppose")}


def test_en_coordinated_demands_with_negation(rules):
    text = "Putin insisted that Ukraine must never join NATO and must reduce its army."
    quote = "Ukraine must never join NATO and must reduce its army"
    doc = analyse(rules, text, {"Putin": "Vladimir Putin"}, "en", statements=[(quote, "Vladimir Putin")])
    assert triples(doc) == {("Vladimir Putin", "nato_membership", "oppose"),
                            ("Vladimir Putin", "neutrality_demilitarization", "support")}


def test_en_refusing_to_cede_territory_and_refusing_to_rule_out(rules):
    text = "Sybiha said Kyiv would not accept any deal that forces it to cede territory."
    doc = analyse(rules, text, {"Sybiha": "Andrii Sybiha"}, "en",
                  statements=[("Kyiv would not accept any deal that forces it to cede territory", "Andrii Sybiha")])
    assert triples(doc) == {("Andrii Sybiha", "territory", "oppose")}
    doc = analyse(rules, "Starmer has refused to rule out sending British peacekeepers.", {"Starmer": "Keir Starmer"}, "en")
    assert triples(doc) == {("Keir Starmer", "foreign_troops", "offer")}


def test_en_mentions_in_prepositional_phrases_are_not_holders(rules):
    text = "Peskov said a summit between Putin and Zelensky was possible only after the documents were ready."
    quote = "a summit between Putin and Zelensky was possible only after the documents were ready"
    doc = analyse(rules, text, {"Peskov": "Dmitry Peskov", "Putin": "Vladimir Putin", "Zelensky": "Volodymyr Zelensky"},
                  "en", statements=[(quote, "Dmitry Peskov")])
    assert {a for a, *_ in triples(doc)} == {"Dmitry Peskov"}


def test_passive_agent_holds_the_position(rules):
    doc = analyse(rules, "Die Forderung nach einem Nato-Beitritt der Ukraine wurde von Washington abgelehnt.",
                  {"Washington": "United States"})
    assert triples(doc) == {("United States", "nato_membership", "oppose")}
    assert evidence(doc, "nato_membership").endswith("abgelehnt")
    doc = analyse(rules, "The proposal for a ceasefire was rejected by the Kremlin.", {"the Kremlin": "Kremlin"}, "en")
    assert triples(doc) == {("Kremlin", "ceasefire", "oppose")}


def test_compound_issue_term_prefers_the_specific_issue(rules):
    doc = analyse(rules, "Orban blockiert seit Monaten die EU-Beitrittsverhandlungen mit der Ukraine.",
                  {"Orban": "Viktor Orbán"})
    assert triples(doc) == {("Viktor Orbán", "eu_membership", "oppose")}
