"""CSV cells that a spreadsheet would run as a formula are neutralised (OWASP: prefix a quote)."""

from __future__ import annotations

import csv
from pathlib import Path

import networkx as nx
from typer.testing import CliRunner

from parley.cli.app import app
from parley.export.writers import csv_safe, write_graph, write_rows
from parley.model import Article, Position, Span, Statement
from parley.store import Store

HOSTILE = ("=HYPERLINK(\"http://evil.example\",\"Klick\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A2)",
           "\tTabulator", "\rWagenrücklauf")


def test_formula_cells_get_a_quote() -> None:
    for value in HOSTILE:
        assert csv_safe(value) == "'" + value
    for value in ("Merz sagte, Europa müsse mitreden.", "a=b", "", "3 - 2", "'schon zitiert"):
        assert csv_safe(value) == value
    assert csv_safe(-3) == -3 and csv_safe(0.5) == 0.5 and csv_safe(None) is None  # numbers stay numbers


def test_written_csv_is_neutralised(tmp_path: Path) -> None:
    rows = [{"quote": value, "start": -1} for value in HOSTILE]
    write_rows(rows, tmp_path / "rows.csv", "csv")
    with (tmp_path / "rows.csv").open(encoding="utf-8", newline="") as f:
        read = list(csv.DictReader(f))
    assert [r["quote"] for r in read] == ["'" + v for v in HOSTILE]
    assert {r["start"] for r in read} == {"-1"}
    graph = nx.Graph()
    graph.add_edge("=cmd|'/C calc'!A0", "@Lawrow", issues="-x")
    write_graph(graph, tmp_path / "edges.csv", "csv")
    text = (tmp_path / "edges.csv").read_text(encoding="utf-8")
    assert "'=cmd" in text and "'@Lawrow" in text and "'-x" in text


def test_export_command_neutralises_hostile_article_text(tmp_path: Path) -> None:
    text = 'Der Sprecher sagte: "=HYPERLINK(\\"http://evil.example\\")" und ging.'
    quote = Span(text.index("=HYP"), text.index('" und'))
    doc = Article(text=text, id="boese", title="Böse Zelle", date="2025-03-01", lang="de")
    doc.statements = [Statement(kind="direct", quote=quote, speaker=Span(4, 12), speaker_actor="=Sprecher")]
    doc.positions = [Position(actor="@Sprecher", issue="talks", stance="support", evidence=quote)]
    url = f"sqlite:///{tmp_path / 'p.db'}"
    store = Store(url)
    store.add_article(doc)
    store.save_analysis(doc, None)
    store.engine.dispose()
    for what, field, expected in (("statements", "quote", "'=HYPERLINK"), ("positions", "actor", "'@Sprecher")):
        out = tmp_path / f"{what}.csv"
        result = CliRunner().invoke(app, ["export", "--db", url, "--format", "csv", "--what", what, "-o", str(out)])
        assert result.exit_code == 0, result.output
        with out.open(encoding="utf-8", newline="") as f:
            assert next(csv.DictReader(f))[field].startswith(expected)
    out = tmp_path / "dna.csv"
    assert CliRunner().invoke(app, ["export", "--db", url, "--format", "dna", "-o", str(out)]).exit_code == 0
    assert "'@Sprecher" in out.read_text(encoding="utf-8")
