"""``parley actors``: list actors with statement counts, show one, merge and split them."""

from __future__ import annotations

import typer
from rich.table import Table

from parley.actors.edits import apply_edits, record_edit, store_dossier
from parley.cli.base import app
from parley.cli.common import DB_HELP, DB_OPTION, DEFAULT_DB, console, err_console, open_store
from parley.store import read

actors_app = typer.Typer(help="Actors in the store: list, show, merge, split.", invoke_without_command=True)
app.add_typer(actors_app, name="actors")


@actors_app.callback()
def list_actors(
    ctx: typer.Context,
    db: str = DB_OPTION,
    limit: int = typer.Option(100, "--limit", min=1, help="Show at most N actors (most active first)."),
    only_new: bool = typer.Option(False, "--new", help="Only actors found in text but not in the dossier."),
    show_all: bool = typer.Option(False, "--all", help="Also dossier actors without statements or positions."),
) -> None:
    """List actors with their statement and position counts (in the dossier or found in text)."""
    if ctx.invoked_subcommand is not None:
        ctx.obj = db
        return
    store = open_store(db, must_exist=True)
    apply_edits(store)  # make sure the actors table reflects the stored analysis
    rows = read.actor_counts(store, include_idle=show_all)  # the same listing as the web UI's
    rows = [r for r in rows if not (only_new and r["in_dossier"])]
    table = Table("actor", "type", "dossier", "statements", "positions")
    for row in rows[:limit]:
        table.add_row(row["name"], row["type"] or "person", "yes" if row["in_dossier"] else "new",
                      str(row["statements"]), str(row["positions"]))
    console.print(table)
    console.print(f"{len(rows)} actors ({sum(1 for r in rows if not r['in_dossier'])} not in the dossier); "
                  f"{read.unknown_speaker_count(store)} statements with unknown speaker")


def _db(ctx: typer.Context, db: str | None) -> str:
    return db or ctx.obj or DEFAULT_DB


@actors_app.command("show")
def show_actor(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="Canonical actor name."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    limit: int = typer.Option(20, "--limit", min=1, help="Statements to list."),
) -> None:
    """Show an actor: aliases, roles held, statements and the surface forms seen in text."""
    store = open_store(_db(ctx, db), must_exist=True)
    profile = read.actor_profile(store, name)
    dossier = store_dossier(store)
    spec = dossier.actor(name) if dossier else None
    if profile is None and spec is None:
        err_console.print(f"[red]error[/] no actor {name!r} (see `parley actors`)")
        raise typer.Exit(1)
    statements = read.statements_of(store, name, 1, limit)
    kind = spec.type if spec else (profile or {}).get("type") or "person"
    console.print(f"[bold]{name}[/] — {kind}{' (dossier)' if spec else ' (found in text, not in the dossier)'}")
    if spec:
        if spec.affiliation:
            console.print(f"affiliation: {spec.affiliation}")
        for lang, aliases in spec.aliases.items():
            console.print(f"aliases ({lang}): {', '.join(aliases)}", markup=False)
        from parley.actors.linker import Linker

        linker = Linker(dossier)
        for role_id in linker.roles_held(name):
            role = next(r for r in dossier.roles if r.id == role_id)
            spans = [f"{h.start or '…'}..{h.end or ''}" for h in role.holders if h.actor == name]
            console.print(f"role: {role_id} ({', '.join(spans)})")
    elif profile and profile["aliases"]:
        console.print(f"aliases: {', '.join(profile['aliases'])}")
    seen = (profile or {}).get("aliases_seen", [])[:15]
    if seen:
        console.print("seen in text as: " + ", ".join(f"{a['text']} ({a['count']})" for a in seen))
    for action, source, target in read.edits_of(store, name):
        console.print(f"edit: {action} {source}{' → ' + target if target else ''}")
    console.print(f"{statements.total} statements, {(profile or {}).get('n_positions', 0)} positions")
    for st in statements.items:
        quote = st["quote"] if len(st["quote"]) < 100 else st["quote"][:97] + "…"
        console.print(f"  {st['article_id']} ({st['kind']}) {st['cue'] or ''}: {quote}", soft_wrap=True, markup=False)


@actors_app.command("merge")
def merge_actors(
    ctx: typer.Context,
    source: str = typer.Argument(..., help="Actor to merge away."),
    target: str = typer.Argument(..., help="Actor it is the same as."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Merge SOURCE into TARGET (kept across re-runs; undo with `parley actors split SOURCE`)."""
    store = open_store(_db(ctx, db), must_exist=True)
    changed = record_edit(store, "merge", source, target)
    console.print(f"merged {source} → {target}: {changed} records changed")


@actors_app.command("split")
def split_actor(
    ctx: typer.Context,
    source: str = typer.Argument(..., help="A previously merged actor to restore."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Undo the merge of SOURCE: its statements and positions get their machine actor back."""
    store = open_store(_db(ctx, db), must_exist=True)
    changed = record_edit(store, "split", source)
    console.print(f"split {source}: {changed} records restored")
