from parley.analysis import (
    actor_issue_matrix,
    collapse_positions,
    collapse_statements,
    common_ground,
    conflict_network,
    conflicts,
    congruence_network,
    contradictions,
    load_positions,
    load_statements,
    shifts,
    timeline,
    two_mode_network,
)


def test_load_orders_by_date_and_carries_article_metadata(store):
    recs = load_positions(store)
    assert len(recs) == 9
    assert [r.date for r in recs] == sorted(r.date for r in recs)
    peskov = [r for r in recs if r.actor == "Dmitry Peskov"]
    assert {r.source for r in peskov} == {"Agentur", "Regionalzeitung"}
    assert peskov[0].quote == "Eine Waffenruhe lehnen wir ab."
    assert load_positions(store, actor="Vladimir Putin", issue="ceasefire")[0].stance == "offer"


def test_wire_copy_collapses_into_one_position_with_spread(store):
    merged = collapse_positions(load_positions(store))
    peskov = [r for r in merged if r.actor == "Dmitry Peskov"]
    assert len(peskov) == 1
    assert [s.article_id for s in peskov[0].sources] == ["a1", "a2"]
    assert [s.date for s in peskov[0].sources] == ["2025-03-01", "2025-03-02"]
    stmts = collapse_statements(load_statements(store))
    assert len(stmts) == 1 and stmts[0].n_sources == 2


def test_matrix_latest_stance_counts_and_dates(store):
    matrix = actor_issue_matrix(collapse_positions(load_positions(store)))
    cell = matrix[("Vladimir Putin", "ceasefire")]
    assert cell.latest_stance == "oppose"
    assert cell.counts == {"offer": 1, "oppose": 1}
    assert (cell.first_date, cell.last_date) == ("2025-03-10", "2025-03-20")
    assert [e.article_id for e in cell.evidence] == ["a3", "a4"]
    assert matrix[("Dmitry Peskov", "ceasefire")].counts["oppose"] == 1  # repetition not counted
    assert matrix[("Dmitry Peskov", "ceasefire")].n_sources == 2


def test_conflicts_and_common_ground(store):
    matrix = actor_issue_matrix(collapse_positions(load_positions(store)))
    pairs = {(p.issue, p.actor_a, p.actor_b) for p in conflicts(matrix)}
    assert ("nato_membership", "Russia", "Volodymyr Zelensky") in pairs
    assert ("ceasefire", "Vladimir Putin", "Volodymyr Zelensky") in pairs
    assert ("ceasefire", "Dmitry Peskov", "Vladimir Putin") not in pairs
    same = {(p.issue, p.actor_a, p.actor_b) for p in common_ground(matrix)}
    assert ("ceasefire", "Dmitry Peskov", "Vladimir Putin") in same
    assert ("nato_membership", "Joe Biden", "Volodymyr Zelensky") in same


def test_timeline_shift_and_contradiction(store):
    recs = collapse_positions(load_positions(store))
    line = timeline(recs, "Vladimir Putin", "ceasefire")
    assert [r.stance for r in line] == ["offer", "oppose"]
    found = shifts(recs)
    assert [(s.actor, s.before.stance, s.after.stance, s.reversal) for s in found] == [
        ("Vladimir Putin", "offer", "oppose", True)
    ]
    assert len(contradictions(recs, within_days=30)) == 1
    assert contradictions(recs, within_days=5) == []


def test_networks(store):
    recs = collapse_positions(load_positions(store))
    conflict = conflict_network(recs)
    assert conflict["Russia"]["Volodymyr Zelensky"]["weight"] == 1
    assert conflict["Joe Biden"]["Vladimir Putin"]["issues"] == "ceasefire"
    congruence = congruence_network(recs)
    assert congruence["Joe Biden"]["Volodymyr Zelensky"]["weight"] == 2
    two = two_mode_network(recs)
    assert two["Vladimir Putin"]["issue:ceasefire"]["weight"] == 2
    assert two["Vladimir Putin"]["issue:ceasefire"]["latest_stance"] == "oppose"
    assert two.nodes["issue:ceasefire"]["type"] == "issue"


def test_rewrite_without_duplicate_link_collapses_by_quote_text():
    from parley.analysis import PositionRecord, StatementRecord

    quote_a = "Wir werden einer Waffenruhe nur zustimmen, wenn die Waffenlieferungen an Kiew enden."
    quote_b = "Wir werden einer Waffenruhe nur zustimmen, wenn die Waffenlieferungen an Kiew enden"
    stmts = [
        StatementRecord("x", id="x#1-2", kind="direct", quote=quote_a, speaker="Vladimir Putin", date="2025-04-01"),
        StatementRecord("y", id="y#5-9", kind="direct", quote=quote_b, speaker="Vladimir Putin", date="2025-04-02"),
        StatementRecord("z", id="z#5-9", kind="direct", quote=quote_b, speaker="Dmitry Peskov", date="2025-04-02"),
    ]
    merged = collapse_statements(stmts)
    assert [(s.speaker, s.n_sources) for s in merged] == [("Vladimir Putin", 2), ("Dmitry Peskov", 1)]
    positions = [
        PositionRecord("x", actor="Vladimir Putin", issue="ceasefire", stance="condition", date="2025-04-01",
                       quote=quote_a),
        PositionRecord("y", actor="Vladimir Putin", issue="ceasefire", stance="condition", date="2025-04-02",
                       quote=quote_b),
        PositionRecord("w", actor="Vladimir Putin", issue="ceasefire", stance="condition", date="2025-06-01",
                       quote="Eine Waffenruhe gibt es erst nach einem Ende der Mobilmachung."),
    ]
    assert [p.n_sources for p in collapse_positions(positions)] == [2, 1]
