"""positions.rules on stances without an explicit stance verb and issues named by paraphrase: evaluations
(*der einzige Weg*, *part of any deal*), offers (*könnte sich vorstellen*, *offered to host*), campaigning
(*wirbt für*), factual claims inside statements (*ins Stocken geraten*, *not interested in*) and leader
meetings named by their participants. Sentences written for these tests; each rule has a negative case."""

from __future__ import annotations

from position_docs import ZEL, ZEL_EN, prepared
from position_docs import triples as run




# -- evaluations that state a preference --------------------------------------------------------------
def test_de_only_way_is_support(rules):
    text = "Selenskyj sagte, Verhandlungen seien der einzige Weg zu einem gerechten Frieden."
    got = run(rules, text, ZEL, quotes=[("Verhandlungen seien der einzige Weg zu einem gerechten Frieden",
                                         "Volodymyr Zelensky")])
    assert got == {("Volodymyr Zelensky", "talks", "support")}


def test_en_part_of_any_deal_is_support(rules):
    text = "Zelensky said security guarantees must be part of any deal."
    got = run(rules, text, ZEL_EN, "en", quotes=[("security guarantees must be part of any deal", "Volodymyr Zelensky")])
    assert ("Volodymyr Zelensky", "security_guarantees", "support") in got


def test_en_only_way_negated_is_no_support(rules):
    text = "Zelensky said a ceasefire was not the only way to end the war."
    got = run(rules, text, ZEL_EN, "en", quotes=[("a ceasefire was not the only way to end the war", "Volodymyr Zelensky")])
    assert ("Volodymyr Zelensky", "ceasefire", "support") not in got


def test_de_campaigning_for(rules):
    got = run(rules, "Macron wirbt für eine europäische Friedenstruppe.", {"Macron": "Emmanuel Macron"})
    assert got == {("Emmanuel Macron", "foreign_troops", "support")}


# -- offers -------------------------------------------------------------------------------------------
def test_de_could_imagine_is_an_offer(rules):
    text = "Selenskyj könnte sich ein Treffen mit Putin vorstellen."
    assert run(rules, text, ZEL) == {("Volodymyr Zelensky", "leader_meeting", "offer")}


def test_de_readiness_to_talk_compound(rules):
    assert run(rules, "Moskau signalisierte Gesprächsbereitschaft.", {"Moskau": "Russia"}) == {("Russia", "talks", "offer")}


def test_en_offered_to_host(rules):
    text = "Erdogan offered to host talks between Russia and Ukraine."
    assert ("Recep Tayyip Erdogan", "talks", "offer") in run(rules, text, {"Erdogan": "Recep Tayyip Erdogan"}, "en")


def test_en_hosted_talks_is_no_offer(rules):
    text = "Saudi Arabia hosted talks between the delegations last week."
    got = run(rules, text, {"Saudi Arabia": "Saudi Arabia"}, "en")
    assert not any(stance == "offer" for *_, stance in got)


# -- factual claims inside statements -----------------------------------------------------------------
def test_de_stalled_talks_are_a_claim(rules):
    text = "Selenskyj sagte, die Gespräche seien ins Stocken geraten."
    got = run(rules, text, ZEL, quotes=[("die Gespräche seien ins Stocken geraten", "Volodymyr Zelensky")])
    assert got == {("Volodymyr Zelensky", "talks", "claim")}


def test_en_not_interested_is_a_claim_not_opposition(rules):
    text = "Zelensky said Russia was not interested in a ceasefire."
    got = run(rules, text, {"Zelensky": "Volodymyr Zelensky", "Russia": "Russia"}, "en",
              quotes=[("Russia was not interested in a ceasefire", "Volodymyr Zelensky")])
    assert got == {("Volodymyr Zelensky", "ceasefire", "claim")}


def test_en_stalled_outside_a_statement_is_no_claim(rules):
    assert run(rules, "The talks stalled in March.", {}, "en") == set()


# -- leader meetings named by their participants ------------------------------------------------------
def test_de_meeting_between_leaders(rules):
    text = "Erdoğan bot an, ein Treffen zwischen Putin und Selenskyj auszurichten."
    got = run(rules, text, {"Erdoğan": "Recep Tayyip Erdogan"})
    assert ("Recep Tayyip Erdogan", "leader_meeting", "offer") in got


def test_en_talks_with_an_envoy_stay_talks(rules):
    text = "Lavrov said talks with Trump's envoy had been useful."
    got = run(rules, text, {"Lavrov": "Sergei Lavrov"}, "en", quotes=[("talks with Trump's envoy had been useful", "Sergei Lavrov")])
    assert not any(issue == "leader_meeting" for _, issue, _ in got)


# -- insisting, holding on, proposing; scepticism and refusals ----------------------------------------
def test_de_insisting_on_territory(rules):
    got = run(rules, "Russland beharrt auf der Abtretung der Gebiete im Donbass.", {"Russland": "Russia"})
    assert got == {("Russia", "territory", "support")}


def test_de_holding_on_to_a_goal_but_not_detaining_at_the_border(rules):
    assert ("Ukraine", "nato_membership", "support") in run(
        rules, "Kiew hält an seinem Ziel eines Nato-Beitritts fest.", {"Kiew": "Ukraine"})
    assert run(rules, "Russland hielt an der Grenze zu Finnland einen Journalisten fest.", {"Russland": "Russia"}) == set()


def test_de_refusal_and_scepticism_oppose(rules):
    got = run(rules, "Selenskyj erteilte Gebietsabtretungen eine klare Absage.", ZEL)
    assert got == {("Volodymyr Zelensky", "territory", "oppose")}
    got = run(rules, "Der Kreml zeigte sich skeptisch gegenüber einer Stationierung europäischer Truppen.",
              {"Der Kreml": "Kremlin"})
    assert got == {("Kremlin", "foreign_troops", "oppose")}


def test_de_sceptical_whether_is_no_stance(rules):
    assert run(rules, "Der Kreml zeigte sich skeptisch, ob eine Waffenruhe hält.", {"Der Kreml": "Kremlin"}) == set()


def test_de_bringing_into_play_is_support(rules):
    got = run(rules, "Macron brachte eine Waffenruhe für Luft und See ins Spiel.", {"Macron": "Emmanuel Macron"})
    assert got == {("Emmanuel Macron", "ceasefire", "support")}


def test_en_pressing_and_floating(rules):
    assert run(rules, "Zelensky is pressing for more air defence systems.", ZEL_EN, "en") == {
        ("Volodymyr Zelensky", "military_aid", "support")}
    assert ("Donald Trump", "leader_meeting", "support") in run(
        rules, "Trump floated the idea of a summit with Putin in Budapest.", {"Trump": "Donald Trump"}, "en")


def test_en_cold_water_opposes(rules):
    got = run(rules, "The Kremlin poured cold water on the idea of a ceasefire.", {"The Kremlin": "Kremlin"}, "en")
    assert got == {("Kremlin", "ceasefire", "oppose")}


def test_en_sceptical_of_intentions_does_not_oppose_the_talks(rules):
    text = "Zelensky said Kyiv remained sceptical about Moscow's intentions but supported the talks."
    quote = "Kyiv remained sceptical about Moscow's intentions but supported the talks"
    assert run(rules, text, ZEL_EN, "en", quotes=[(quote, "Volodymyr Zelensky")]) == {
        ("Volodymyr Zelensky", "talks", "support")}


def test_en_constructive_talks_are_a_claim(rules):
    got = run(rules, "Peskov said the talks had been constructive.", {"Peskov": "Dmitry Peskov"}, "en",
              quotes=[("the talks had been constructive", "Dmitry Peskov")])
    assert got == {("Dmitry Peskov", "talks", "claim")}


# -- promising and cancelling --------------------------------------------------------------------------
def test_de_promised_guarantees_are_an_offer(rules):
    text = "Die USA haben der Ukraine Sicherheitsgarantien nach dem Vorbild von Artikel 5 zugesagt."
    assert ("United States", "security_guarantees", "offer") in run(rules, text, {"Die USA": "United States"})


def test_de_cancelling_a_summit_opposes_it_but_ab_as_preposition_does_not(rules):
    got = run(rules, "Trump sagte ein geplantes Gipfeltreffen mit Putin in Budapest ab.", {"Trump": "Donald Trump"})
    assert got == {("Donald Trump", "leader_meeting", "oppose")}
    text = "Selenskyj sagte, die Waffenruhe gelte ab Montag."
    assert run(rules, text, ZEL, quotes=[("die Waffenruhe gelte ab Montag", "Volodymyr Zelensky")]) == set()


def test_en_calling_off_a_summit(rules):
    got = run(rules, "Trump pulled the plug on the Budapest summit.", {"Trump": "Donald Trump"}, "en")
    assert got == {("Donald Trump", "leader_meeting", "oppose")}
    text = "Zelensky said the talks would not be cancelled."
    got = run(rules, text, ZEL_EN, "en", quotes=[("the talks would not be cancelled", "Volodymyr Zelensky")])
    assert ("Volodymyr Zelensky", "talks", "oppose") not in got


def test_en_far_off_deal_is_a_claim(rules):
    got = run(rules, "The Kremlin said a peace deal was still far off.", {"The Kremlin": "Kremlin"}, "en",
              quotes=[("a peace deal was still far off", "Kremlin")])
    assert got == {("Kremlin", "talks", "claim")}


# -- judging a renunciation ----------------------------------------------------------------------------
def test_de_rejecting_the_renunciation_of_nato_supports_it(rules):
    text = "Ein Verzicht auf die Nato-Mitgliedschaft komme nicht infrage, sagte Selenskyj."
    quote = "Ein Verzicht auf die Nato-Mitgliedschaft komme nicht infrage"
    assert run(rules, text, ZEL, quotes=[(quote, "Volodymyr Zelensky")]) == {
        ("Volodymyr Zelensky", "nato_membership", "support")}
    assert run(rules, "Einen Verzicht auf die Nato-Mitgliedschaft lehnt Selenskyj ab.", ZEL) == {
        ("Volodymyr Zelensky", "nato_membership", "support")}


def test_en_giving_up_nato_out_of_the_question_supports_it(rules):
    text = "Zelensky said giving up NATO membership was out of the question."
    got = run(rules, text, ZEL_EN, "en", quotes=[("giving up NATO membership was out of the question", "Volodymyr Zelensky")])
    assert got == {("Volodymyr Zelensky", "nato_membership", "support")}


def test_plain_renunciation_stays_an_offer(rules):
    assert run(rules, "Kiew verzichtet auf die Nato-Mitgliedschaft.", {"Kiew": "Ukraine"}) == {
        ("Ukraine", "nato_membership", "offer")}
    assert run(rules, "Moskau fordert, dass Kiew auf die Nato-Mitgliedschaft verzichtet.", {"Moskau": "Russia"}) == {
        ("Russia", "nato_membership", "oppose")}


# -- "Für Moskau ist X …": the sentence-initial for-phrase names the holder ----------------------------
def test_for_phrase_names_the_holder(rules):
    assert run(rules, "Für Moskau ist ein Nato-Beitritt der Ukraine eine rote Linie.", {"Moskau": "Russia"}) == {
        ("Russia", "nato_membership", "oppose")}
    assert run(rules, "For Moscow, Ukraine's NATO membership remains a red line.", {"Moscow": "Russia"}, "en") == {
        ("Russia", "nato_membership", "oppose")}


def test_for_phrase_yields_to_the_real_subject_and_the_speaker(rules):
    got = run(rules, "Für die Ukraine fordert Merz mehr Luftverteidigung.", {"Ukraine": "Ukraine", "Merz": "Friedrich Merz"})
    assert got == {("Friedrich Merz", "military_aid", "support")}
    text = "Für Russland wäre eine Waffenruhe ein Fehler, sagte Selenskyj."
    got = run(rules, text, {"Russland": "Russia", "Selenskyj": "Volodymyr Zelensky"},
              quotes=[("Für Russland wäre eine Waffenruhe ein Fehler", "Volodymyr Zelensky")])
    assert ("Russia", "ceasefire", "oppose") not in got


# -- opt-in: claims in quoted clauses without any cue ----------------------------------------------------
def test_cueless_claim_is_opt_in():
    from parley import registry

    on = registry.create("positions.rules", dossier="russia_ukraine", cueless_claims=True)
    off = registry.create("positions.rules", dossier="russia_ukraine")
    text = "Peskow sagte, die Gespräche in Istanbul hätten am Morgen begonnen."
    quotes = [("die Gespräche in Istanbul hätten am Morgen begonnen", "Dmitry Peskov")]
    assert run(on, text, {"Peskow": "Dmitry Peskov"}, quotes=quotes) == {("Dmitry Peskov", "talks", "claim")}
    assert run(off, text, {"Peskow": "Dmitry Peskov"}, quotes=quotes) == set()
    text = "Peskow sagte, Moskau habe Vertreter nach Istanbul geschickt, um über eine Waffenruhe zu sprechen."
    quotes = [("Moskau habe Vertreter nach Istanbul geschickt, um über eine Waffenruhe zu sprechen", "Dmitry Peskov")]
    assert not any(stance == "claim" for *_, stance in run(on, text, {"Peskow": "Dmitry Peskov"}, quotes=quotes))


# -- coordinated speakers share the position --------------------------------------------------------------
def test_coordinated_speakers_both_hold(rules):
    from parley.model import Mention, Span

    text = "Merz und Macron forderten eine bedingungslose Waffenruhe von mindestens 30 Tagen."
    quote = "eine bedingungslose Waffenruhe von mindestens 30 Tagen"
    doc = prepared(text, {"Merz": "Friedrich Merz", "Macron": "Emmanuel Macron"}, lang="de", date="2025-06-01",
                   quotes=[(quote, "Emmanuel Macron")], kind="reported")
    doc.mentions.append(Mention(Span(0, len("Merz und Macron")), "Merz und Macron", actor="Emmanuel Macron"))
    doc.statements[0].cue = Span(text.index("forderten"), text.index("forderten") + len("forderten"))
    got = {(p.actor, p.issue, p.stance) for p in rules(doc).positions}
    assert got == {("Emmanuel Macron", "ceasefire", "support"), ("Friedrich Merz", "ceasefire", "support")}


def test_single_speaker_with_an_object_stays_alone(rules):
    text = "Macron forderte von Putin eine bedingungslose Waffenruhe."
    got = run(rules, text, {"Macron": "Emmanuel Macron", "Putin": "Vladimir Putin"})
    assert got == {("Emmanuel Macron", "ceasefire", "support")}


# -- sending troops next to another issue; pressing someone to act -------------------------------------------
def test_en_sending_troops_survives_a_ceasefire_in_the_sentence(rules):
    text = "Paris is ready to send troops to Ukraine after a ceasefire."
    assert ("France", "foreign_troops", "offer") in run(rules, text, {"Paris": "France"}, "en")


def test_en_troops_sent_to_the_front_are_no_foreign_troops(rules):
    text = "Zelensky said Russia was ready to send more troops to the front despite the ceasefire talks."
    got = run(rules, text, ZEL_EN, "en", quotes=[("Russia was ready to send more troops to the front despite the ceasefire talks",
                                                  "Volodymyr Zelensky")])
    assert not any(issue == "foreign_troops" for _, issue, _ in got)


def test_en_pushing_someone_to_accept_supports(rules):
    text = "The White House is pushing Kyiv to accept a ceasefire."
    got = run(rules, text, {"The White House": "White House"}, "en")
    assert ("White House", "ceasefire", "support") in got
    assert not any(stance == "offer" for *_, stance in got)


def test_de_pressing_partners_for_more(rules):
    got = run(rules, "Selenskyj drängt die Partner zu mehr Luftverteidigung.", ZEL)
    assert got == {("Volodymyr Zelensky", "military_aid", "support")}


# -- long news sentences: cue and issue far apart --------------------------------------------------------------
def test_de_long_gap_between_cue_and_issue(rules):
    text = ("Kiew unterstützt nach wochenlangen zähen Beratungen mit den europäischen Partnern in der französischen "
            "Hauptstadt auf Drängen der US-Regierung eine Waffenruhe.")
    assert run(rules, text, {"Kiew": "Ukraine"}) == {("Ukraine", "ceasefire", "support")}


def test_de_very_long_gap_does_not_pair(rules):
    text = ("Kiew unterstützt nach wochenlangen zähen Beratungen mit den europäischen Partnern in der französischen "
            "Hauptstadt auf Drängen der US-Regierung im Beisein mehrerer Gesandter aus der Golfregion am späten Abend "
            "des Tages eine Waffenruhe.")
    assert run(rules, text, {"Kiew": "Ukraine"}) == set()
