import json

import networkx as nx
import pandas as pd
from typer.testing import CliRunner

from parley.cli.app import app

runner = CliRunner()


def _run(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_positions_csv_collapses_wire_copy(db_url, tmp_path):
    out = tmp_path / "positions.csv"
    _run("export", "--db", db_url, "--format", "csv", "--what", "positions", "-o", str(out))
    df = pd.read_csv(out)
    assert len(df) == 8  # 9 stored, the wire copy of Peskov's position merged
    peskov = df[df.actor == "Dmitry Peskov"].iloc[0]
    assert peskov.n_sources == 2 and peskov.source_articles == "a1;a2"
    assert set(df.stance) == {"support", "oppose", "offer"}
    _run("export", "--db", db_url, "--format", "csv", "--no-collapse", "-o", str(out))
    assert len(pd.read_csv(out)) == 9


def test_statements_parquet_and_jsonl(db_url, tmp_path):
    pq = tmp_path / "statements.parquet"
    _run("export", "--db", db_url, "--format", "parquet", "--what", "statements", "-o", str(pq))
    df = pd.read_parquet(pq)
    assert list(df.speaker) == ["Dmitry Peskov"] and df.n_sources.iloc[0] == 2
    js = tmp_path / "positions.jsonl"
    _run("export", "--db", db_url, "--format", "jsonl", "-o", str(js))
    rows = [json.loads(line) for line in js.read_text().splitlines()]
    assert {"actor", "issue", "stance", "evidence", "start", "end", "date"} <= set(rows[0])


def test_dna_export_has_agreement_qualifier(db_url, tmp_path):
    out = tmp_path / "dna.csv"
    _run("export", "--db", db_url, "--format", "dna", "-o", str(out))
    df = pd.read_csv(out)
    assert {"person", "organization", "concept", "agreement", "text", "document_date"} <= set(df.columns)
    row = df[(df.concept == "nato_membership") & (df.agreement == 0)].iloc[0]
    assert "Russia" in (str(row.organization), str(row.person))
    assert set(df.agreement) == {0, 1}
    assert (df.statement_type == "DNA Statement").all()


def test_networks_reread_by_networkx_and_pandas(db_url, tmp_path):
    gml = tmp_path / "conflict.graphml"
    _run("network", "--db", db_url, "--kind", "conflict", "--format", "graphml", "-o", str(gml))
    graph = nx.read_graphml(gml)
    assert graph.has_edge("Russia", "Volodymyr Zelensky")
    assert int(graph["Russia"]["Volodymyr Zelensky"]["weight"]) == 1
    two = tmp_path / "two.graphml"
    _run("network", "--db", db_url, "--kind", "two-mode", "-o", str(two))
    g2 = nx.read_graphml(two)
    assert g2.nodes["issue:ceasefire"]["type"] == "issue"
    edges = tmp_path / "congruence.csv"
    _run("network", "--db", db_url, "--kind", "congruence", "--format", "csv", "-o", str(edges))
    df = pd.read_csv(edges)
    row = df[(df.source == "Joe Biden") & (df.target == "Volodymyr Zelensky")].iloc[0]
    assert row.weight == 2 and row.issues == "ceasefire;nato_membership"


def test_map_and_timeline_commands(db_url):
    out = _run("map", "--db", db_url)
    assert "Vladimir Putin" in out and "oppose" in out and "conflict on nato_membership" in out
    out = _run("map", "--db", db_url, "--issue", "nato_membership")
    assert "ceasefire" not in out.split("legend")[0]
    out = _run("timeline", "Vladimir Putin", "ceasefire", "--db", db_url)
    assert "offer" in out and "shift" in out
