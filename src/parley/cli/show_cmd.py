"""``parley show ID``: one article in the terminal with its quotes, cues and speakers highlighted."""

from __future__ import annotations

import typer
from rich.console import Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from parley.cli.base import app
from parley.cli.common import DB_OPTION, console, err_console, open_store
from parley.model import UNKNOWN_ACTOR, Article, Statement

PALETTE = (
    "cyan",
    "magenta",
    "green",
    "yellow",
    "bright_blue",
    "bright_red",
    "bright_green",
    "orange3",
    "orchid",
    "turquoise2",
)
CUE_STYLE = "bold underline"
EXCERPT_CHARS = 70


def speaker_label(doc: Article, st: Statement) -> str:
    return st.speaker_actor or doc.span_text(st.speaker) or UNKNOWN_ACTOR


def speaker_colours(doc: Article) -> dict[str, str]:
    """One palette colour per speaker, in order of first appearance."""
    colours: dict[str, str] = {}
    for st in sorted(doc.statements, key=lambda s: s.quote.start):
        label = speaker_label(doc, st)
        colours.setdefault(label, PALETTE[len(colours) % len(PALETTE)])
    return colours


def highlighted_text(doc: Article) -> Text:
    """The article text with quotes coloured by speaker, cues bold-underlined, speakers reversed."""
    text = Text(doc.text)
    colours = speaker_colours(doc)
    for st in doc.statements:
        colour = colours[speaker_label(doc, st)]
        for part in st.quote_parts or [st.quote]:
            text.stylize(colour, part.start, part.end)
        if st.cue is not None:
            text.stylize(CUE_STYLE, st.cue.start, st.cue.end)
        if st.speaker is not None:
            text.stylize(f"bold reverse {colour}", st.speaker.start, st.speaker.end)
    return text


def _excerpt(value: str | None) -> str:
    value = " ".join((value or "").split())
    return value if len(value) <= EXCERPT_CHARS else value[: EXCERPT_CHARS - 1] + "…"


def statements_table(doc: Article) -> Table:
    colours = speaker_colours(doc)
    table = Table(title="statements", show_lines=False, expand=True)
    for column in ("#", "kind", "speaker", "cue", "channel", "via", "quote"):
        table.add_column(column, overflow="fold", ratio=4 if column == "quote" else None)
    for number, st in enumerate(sorted(doc.statements, key=lambda s: s.quote.start), 1):
        label = speaker_label(doc, st)
        table.add_row(
            str(number),
            st.kind,
            Text(label, style=colours[label]),
            doc.span_text(st.cue) or "",
            st.channel or "",
            st.via or "",
            _excerpt(doc.span_text(st.quote)),
        )
    return table


def positions_table(doc: Article) -> Table:
    table = Table(title="positions", expand=True)
    for column in ("actor", "issue", "stance", "conf.", "evidence"):
        table.add_column(column, overflow="fold", ratio=4 if column == "evidence" else None)
    for pos in doc.positions:
        table.add_row(
            pos.actor, pos.issue, pos.stance, f"{pos.confidence:.2f}", _excerpt(doc.span_text(pos.evidence))
        )
    return table


def header(doc: Article) -> Text:
    line = Text(doc.title or "(untitled)", style="bold")
    facts = [doc.date or "undated", doc.lang or "?", doc.source or "", doc.url or "", f"id {doc.id}",
             f"dossier {doc.dossier}" if doc.dossier else ""]
    line.append("\n" + " · ".join(f for f in facts if f), style="dim")
    if doc.duplicate_of:
        line.append(f"\nnear-copy of {doc.duplicate_of}", style="yellow")
    return line


def render(doc: Article) -> Group:
    parts: list = [header(doc), Panel(highlighted_text(doc), border_style="dim")]
    if doc.statements:
        colours = speaker_colours(doc)
        legend = Text("speakers: ")
        for label, colour in colours.items():
            legend.append(f" {label} ", style=f"reverse {colour}").append(" ")
        parts += [legend, statements_table(doc)]
    else:
        parts.append(Text("no statements (not analysed yet? run `parley run`)", style="dim"))
    if doc.positions:
        parts.append(positions_table(doc))
    return Group(*parts)


@app.command()
def show(
    article_id: str = typer.Argument(..., help="Article id (or a unique prefix of it)."),
    db: str = DB_OPTION,
) -> None:
    """Show an article with highlighted quotes, cues and speakers, then its statements and positions."""
    store = open_store(db, must_exist=True)
    doc = store.article(article_id)
    if doc is None:
        matches = [i for i in store.article_ids() if i.startswith(article_id)]
        if len(matches) != 1:
            why = "no article" if not matches else f"{len(matches)} articles"
            err_console.print(f"[red]error[/] {why} with id {article_id!r}")
            raise typer.Exit(1)
        doc = store.article(matches[0])
    assert doc is not None
    console.print(render(doc))
