"""The ``Store``: a database (any SQLAlchemy URL; SQLite file by default) holding articles, runs and
analysis results. Other stages read the tables of ``parley.store.schema`` through ``Store.session()``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, delete, event, select, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

import parley
from parley.model import Article, Position, Statement, statement_key
from parley.store import ingest_rows as rows
from parley.store import migrations
from parley.store.ingest_rows import ARTICLE_COLUMNS
from parley.store.schema import (
    SCHEMA_VERSION,
    ArticleRow,
    Base,
    MentionRow,
    Meta,
    PositionRow,
    Run,
    StatementRow,
    fitted,
    utcnow,
)


class SchemaVersionError(RuntimeError):
    pass


def missing_sqlite_file(url: str) -> str | None:
    """The path of the SQLite file ``url`` names if that file does not exist, else ``None`` (server
    URLs, in-memory databases and SQLite URI filenames are never "missing" here)."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        return None
    database = parsed.database
    if parsed.get_backend_name() != "sqlite" or not database or database == ":memory:" or database.startswith("file:"):
        return None
    return None if Path(database).exists() else database


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")  # safe with WAL; a commit no longer waits for fsync
    cursor.close()


def _of_article(session: Session, table: Any, article_id: str, order: Any, record: Any) -> list[Any]:
    """The stored ``record``s (statements or positions) of one article, in ``order``."""
    query = select(table).where(table.article_id == article_id).order_by(order)
    return [record.from_dict(r.data) for r in session.scalars(query)]


class Store:
    """Open (creating if needed) the parley database at ``url``."""

    def __init__(self, url: str = "sqlite:///parley.db", *, create: bool = True) -> None:
        self.url = url
        self.engine: Engine = create_engine(url, future=True)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        if create:
            Base.metadata.create_all(self.engine)
        self._check_version()

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def _check_version(self) -> None:
        with self.session() as session:
            row = session.get(Meta, "schema_version")
            if row is None:
                session.add(Meta(key="schema_version", value=str(SCHEMA_VERSION)))
                return
            version = int(row.value)
        if version == SCHEMA_VERSION:
            return
        if not migrations.upgrade(self.engine, version, SCHEMA_VERSION):
            raise SchemaVersionError(f"database schema version {version}, this parley needs {SCHEMA_VERSION}")
        with self.session() as session:
            session.merge(Meta(key="schema_version", value=str(SCHEMA_VERSION)))

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A transaction: commits on success, rolls back on error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def size_bytes(self) -> int:
        """Bytes the database takes: the SQLite file with its journal, or the PostgreSQL tables and
        indexes of the current schema."""
        if self.dialect == "sqlite":
            path = Path(self.engine.url.database or "")
            return sum(p.stat().st_size for p in path.parent.glob(path.name + "*") if p.is_file())
        query = text(
            "SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind = 'r'"
        )
        with self.session() as session:
            return int(session.scalar(query) or 0)

    def build_search_index(self) -> str:
        """Build (or bring up to date) the full-text search index; idempotent. Called by the writing
        commands (``ingest``, ``run``); readers never write it. Returns the search mode now in use."""
        from parley.store import search

        return search.ensure_index(self)

    # -- runs -------------------------------------------------------------------------------------
    def start_run(self, kind: str, config: dict | None = None, models: dict | None = None) -> int:
        with self.session() as session:
            run = Run(kind=kind, version=parley.__version__, config=config or {}, models=models or {})
            session.add(run)
            session.flush()
            return run.id

    def finish_run(
        self, run_id: int, n_ok: int, n_failed: int, status: str = "done", *, models: dict | None = None
    ) -> None:
        """Close the run with its counts and status (and the models it used, once known)."""
        with self.session() as session:
            run = session.get(Run, run_id)
            if run is not None:
                run.finished_at, run.n_ok, run.n_failed, run.status = utcnow(), n_ok, n_failed, status
                if models is not None:
                    run.models = models

    def run(self, run_id: int) -> Run | None:
        with self.session() as session:
            return session.get(Run, run_id)

    # -- articles ---------------------------------------------------------------------------------
    def has_hash(self, content_hash: str) -> bool:
        with self.session() as session:
            found = session.scalar(select(ArticleRow.id).where(ArticleRow.content_hash == content_hash))
            return found is not None

    def find_article(self, article_id: str, content_hash: str) -> tuple[str, str] | None:
        """``(stored id, "content"|"id")`` of an article with this content hash or id, else None."""
        with self.session() as session:
            return rows.find_article(session, article_id, content_hash)

    def add_article(
        self, doc: Article, *, signature: list[int] | None = None, bands: Sequence[str] = ()
    ) -> bool:
        """Store ``doc``'s metadata and text (and its MinHash signature and LSH band keys, if given);
        False if its id or content hash is already stored."""
        with self.session() as session:
            return rows.add_article(session, doc, signature, bands)

    def minhash_candidates(self, bands: Sequence[str]) -> list[rows.Candidate]:
        """``(id, signature, duplicate_of)`` of stored articles sharing an LSH band key, oldest first."""
        with self.session() as session:
            return rows.minhash_candidates(session, bands)

    def log_ingest(self, run_id: int | None, entries: Iterable[rows.IngestEntry]) -> None:
        """Append ``(source, status, reason, article_id)`` lines to ``ingest_log``."""
        with self.session() as session:
            rows.log_ingest(session, run_id, entries)

    def batch(self, size: int = 200) -> rows.Batch:
        """The ingest operations in one transaction per ``size`` articles (``with store.batch() as b``)."""
        return rows.Batch(self._sessions, size)

    def article(self, article_id: str, *, with_analysis: bool = True) -> Article | None:
        with self.session() as session:
            row = session.get(ArticleRow, article_id)
            if row is None:
                return None
            doc = Article(**{k: getattr(row, k) for k in ARTICLE_COLUMNS})
            if with_analysis:
                doc.statements = _of_article(session, StatementRow, article_id, StatementRow.start, Statement)
                doc.positions = _of_article(session, PositionRow, article_id, PositionRow.pk, Position)
            return doc

    def article_ids(self, *, pending_only: bool = False) -> list[str]:
        query = select(ArticleRow.id).order_by(ArticleRow.date.asc().nulls_last(), ArticleRow.id)
        if pending_only:
            query = query.where(ArticleRow.analysed_run.is_(None))
        with self.session() as session:
            return list(session.scalars(query))

    def save_analysis(self, doc: Article, run_id: int | None) -> None:
        """Replace the article's statements, positions and mentions with ``doc``'s, atomically."""
        with self.session() as session:
            for table in (StatementRow, PositionRow, MentionRow):
                session.execute(delete(table).where(table.article_id == doc.id))
            for st in doc.statements:
                st.id = st.id or statement_key(doc.id, st)
                session.add(
                    fitted(
                        StatementRow,
                        id=statement_key(doc.id, st),
                        article_id=doc.id,
                        run_id=run_id,
                        kind=st.kind,
                        start=st.quote.start,
                        end=st.quote.end,
                        quote=doc.span_text(st.quote) or "",
                        cue=doc.span_text(st.cue),
                        speaker_text=doc.span_text(st.speaker),
                        speaker=st.speaker_actor,
                        addressee=st.addressee_actor,
                        channel=st.channel,
                        via=st.via,
                        nested_in=st.nested_in,
                        confidence=st.confidence,
                        data=st.to_dict(),
                    )
                )
            for pos in doc.positions:
                ev = pos.evidence
                session.add(
                    fitted(
                        PositionRow,
                        article_id=doc.id,
                        run_id=run_id,
                        actor=pos.actor,
                        issue=pos.issue,
                        stance=pos.stance,
                        start=ev.start if ev else None,
                        end=ev.end if ev else None,
                        evidence=doc.span_text(ev),
                        statement_id=pos.statement,
                        confidence=pos.confidence,
                        data=pos.to_dict(),
                    )
                )
            for m in doc.mentions:
                session.add(
                    fitted(
                        MentionRow,
                        article_id=doc.id,
                        start=m.span.start,
                        end=m.span.end,
                        text=m.text,
                        label=m.label,
                        actor=m.actor,
                    )
                )
            row = session.get(ArticleRow, doc.id)
            if row is not None:
                row.analysed_run = run_id
                row.dossier = doc.dossier or row.dossier
