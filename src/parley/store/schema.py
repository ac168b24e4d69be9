"""SQLAlchemy 2 schema of the parley store (SQLite by default, PostgreSQL via URL).

Portable types only (no SQLite-only SQL): JSON columns use ``sqlalchemy.JSON``, text search is added by
backend-specific code elsewhere. ``SCHEMA_VERSION`` is written to ``meta`` on creation.
"""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

SCHEMA_VERSION = 2  # 2: articles.dossier


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    pass


class Meta(Base):
    """Key/value facts about the store itself (``schema_version``)."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Run(Base):
    """One pipeline (or ingest) run: what ran, with which models, when, and how it ended."""

    __tablename__ = "runs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(16))  # ingest | analyse
    version: Mapped[str] = mapped_column(String(32))
    config: Mapped[dict] = mapped_column(JSON, default=dict)
    models: Mapped[dict] = mapped_column(JSON, default=dict)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    status: Mapped[str] = mapped_column(String(16), default="running")  # running | done | failed
    n_ok: Mapped[int] = mapped_column(Integer, default=0)
    n_failed: Mapped[int] = mapped_column(Integer, default=0)


class ArticleRow(Base):
    __tablename__ = "articles"
    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    url: Mapped[str | None] = mapped_column(Text, nullable=True)
    title: Mapped[str | None] = mapped_column(Text, nullable=True)
    date: Mapped[str | None] = mapped_column(String(10), nullable=True, index=True)
    lang: Mapped[str | None] = mapped_column(String(8), nullable=True, index=True)
    source: Mapped[str | None] = mapped_column(Text, nullable=True)
    author: Mapped[str | None] = mapped_column(Text, nullable=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    duplicate_of: Mapped[str | None] = mapped_column(
        String(200), ForeignKey("articles.id"), nullable=True, index=True
    )
    text: Mapped[str] = mapped_column(Text)
    meta: Mapped[dict] = mapped_column(JSON, default=dict)
    dossier: Mapped[str | None] = mapped_column(String(200), nullable=True, index=True)  # analysed with
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    analysed_run: Mapped[int | None] = mapped_column(ForeignKey("runs.id"), nullable=True, index=True)


class MinHashRow(Base):
    """MinHash signature of an article, for near-duplicate (wire copy) detection across runs."""

    __tablename__ = "minhashes"
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    signature: Mapped[list] = mapped_column(JSON)


class MinHashBand(Base):
    """One LSH band key of an article's MinHash signature: near-duplicate candidates share a key."""

    __tablename__ = "minhash_bands"
    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class StatementRow(Base):
    __tablename__ = "statements"
    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(260), unique=True)  # "<article>#<start>-<end>"
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id"), nullable=True)
    kind: Mapped[str] = mapped_column(String(16))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    quote: Mapped[str] = mapped_column(Text)
    cue: Mapped[str | None] = mapped_column(Text, nullable=True)
    speaker_text: Mapped[str | None] = mapped_column(Text, nullable=True)
    speaker: Mapped[str | None] = mapped_column(String(200), nullable=True, index=True)
    addressee: Mapped[str | None] = mapped_column(String(200), nullable=True)
    channel: Mapped[str | None] = mapped_column(String(100), nullable=True)
    via: Mapped[str | None] = mapped_column(String(200), nullable=True)
    nested_in: Mapped[str | None] = mapped_column(String(260), nullable=True)
    confidence: Mapped[float] = mapped_column(Float, default=1.0)
    data: Mapped[dict] = mapped_column(JSON)  # the full Statement record (all spans)


class PositionRow(Base):
    __tablename__ = "positions"
    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id"), nullable=True)
    actor: Mapped[str] = mapped_column(String(200), index=True)
    issue: Mapped[str] = mapped_column(String(64), index=True)
    stance: Mapped[str] = mapped_column(String(16))
    start: Mapped[int | None] = mapped_column(Integer, nullable=True)
    end: Mapped[int | None] = mapped_column(Integer, nullable=True)
    evidence: Mapped[str | None] = mapped_column(Text, nullable=True)
    statement_id: Mapped[str | None] = mapped_column(String(260), nullable=True)
    confidence: Mapped[float] = mapped_column(Float, default=1.0)
    data: Mapped[dict] = mapped_column(JSON)


class MentionRow(Base):
    __tablename__ = "mentions"
    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    label: Mapped[str] = mapped_column(String(16))
    actor: Mapped[str | None] = mapped_column(String(200), nullable=True, index=True)


class ActorRow(Base):
    __tablename__ = "actors"
    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    type: Mapped[str] = mapped_column(String(16), default="person")
    affiliation: Mapped[str | None] = mapped_column(String(200), nullable=True)
    wikidata: Mapped[str | None] = mapped_column(String(32), nullable=True)
    in_dossier: Mapped[bool] = mapped_column(Boolean, default=False)
    aliases: Mapped[list] = mapped_column(JSON, default=list)


class ActorEdit(Base):
    """A user's merge (``source`` → ``target``) or split (undo of a merge); applied after every run."""

    __tablename__ = "actor_edits"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    action: Mapped[str] = mapped_column(String(8))  # merge | split
    source: Mapped[str] = mapped_column(String(200))
    target: Mapped[str | None] = mapped_column(String(200), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Correction(Base):
    """A reviewer's verdict on a statement or position; wins over machine output on every re-run."""

    __tablename__ = "corrections"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    target: Mapped[str] = mapped_column(String(16))  # statement | position
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(300))  # statement id or position key
    action: Mapped[str] = mapped_column(String(16))  # confirm | correct | reject | add
    before: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    after: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    user: Mapped[str] = mapped_column(String(100), default="anonymous")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    __table_args__ = (Index("ix_corrections_key", "target", "key"),)


class IngestLog(Base):
    """One line per input that ingest skipped or stored, so a batch's failures stay inspectable."""

    __tablename__ = "ingest_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id"), nullable=True)
    source: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))  # stored | exists | duplicate | skipped
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    article_id: Mapped[str | None] = mapped_column(String(200), nullable=True)

    __table_args__ = (UniqueConstraint("run_id", "source", "article_id", name="uq_ingest_log"),)


class Claim(Base):
    """Who analyses (or last analysed) an article: a run claims it before the work, so concurrent
    workers never do it twice, and records how it ended. New table: older stores gain it on open."""

    __tablename__ = "claims"
    article_id: Mapped[str] = mapped_column(String(200), ForeignKey("articles.id"), primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id"), index=True)
    status: Mapped[str] = mapped_column(String(16))  # running | done | failed | skipped
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class Heartbeat(Base):
    """The last sign of life of a running run; a run silent for long is stale (killed)."""

    __tablename__ = "run_heartbeats"
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id"), primary_key=True)
    beat_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


def fitted(model: type[Base], **values: object) -> Base:
    """A ``model`` row with string values clipped to their column's length.

    SQLite ignores ``VARCHAR(n)`` limits, PostgreSQL refuses longer values; clipping keeps a stray
    over-long label (a speaker name, a channel) from failing a whole article on PostgreSQL only.
    """
    columns = model.__table__.columns  # type: ignore[attr-defined]
    for name, value in values.items():
        length = getattr(columns[name].type, "length", None) if name in columns else None
        if isinstance(value, str) and length and len(value) > length:
            values[name] = value[:length]
    return model(**values)
