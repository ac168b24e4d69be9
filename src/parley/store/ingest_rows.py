"""Ingest-side queries over one session, and ``Batch``: many ingest writes in few transactions.

``Store`` exposes the same four operations with a transaction each; ``Store.batch()`` runs them on
one session committed every ``size`` articles (an interrupted ingest loses at most that many, which
the next ingest simply stores again).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from types import TracebackType

from sqlalchemy import insert, select
from sqlalchemy.orm import Session, sessionmaker

from parley.model import Article
from parley.store.schema import ArticleRow, IngestLog, MinHashBand, MinHashRow, fitted

IngestEntry = tuple[str, str, str | None, str | None]  # source, status, reason, article id
Candidate = tuple[str, list[int], str | None]  # article id, MinHash signature, duplicate_of

ARTICLE_COLUMNS = (
    "id",
    "url",
    "title",
    "date",
    "lang",
    "source",
    "author",
    "content_hash",
    "duplicate_of",
    "dossier",
    "text",
    "meta",
)


def find_article(session: Session, article_id: str, content_hash: str) -> tuple[str, str] | None:
    """``(stored id, "content"|"id")`` of an article with this content hash or id, else None."""
    row = session.execute(
        select(ArticleRow.id, ArticleRow.content_hash)
        .where((ArticleRow.id == article_id) | (ArticleRow.content_hash == content_hash))
        .limit(1)
    ).first()
    if row is None:
        return None
    return row.id, "content" if row.content_hash == content_hash else "id"


def add_article(
    session: Session, doc: Article, signature: list[int] | None = None, bands: Sequence[str] = ()
) -> bool:
    """Add ``doc`` (and its MinHash signature and band keys); False if its id or hash is stored."""
    if find_article(session, doc.id, doc.content_hash) is not None:
        return False
    meta = doc.metadata()
    session.add(fitted(ArticleRow, **{k: meta[k] for k in ARTICLE_COLUMNS}))
    if signature is not None:
        session.flush()
        session.execute(insert(MinHashRow).values(article_id=doc.id, signature=signature))
        keys = [{"key": key, "article_id": doc.id} for key in dict.fromkeys(bands)]
        if keys:  # one multi-row INSERT: a round trip per band adds up on a server database
            session.execute(insert(MinHashBand).values(keys))
    return True


def minhash_candidates(session: Session, bands: Sequence[str]) -> list[Candidate]:
    """``(id, signature, duplicate_of)`` of stored articles sharing an LSH band key, oldest first."""
    if not bands:
        return []
    ids = select(MinHashBand.article_id).where(MinHashBand.key.in_(list(bands))).distinct()
    rows = session.execute(
        select(ArticleRow.id, MinHashRow.signature, ArticleRow.duplicate_of)
        .join(MinHashRow, MinHashRow.article_id == ArticleRow.id)
        .where(ArticleRow.id.in_(ids))
        .order_by(ArticleRow.ingested_at, ArticleRow.id)
    ).all()
    return [(r.id, list(r.signature), r.duplicate_of) for r in rows]


def log_ingest(session: Session, run_id: int | None, entries: Iterable[IngestEntry]) -> None:
    """Append ``(source, status, reason, article_id)`` lines to ``ingest_log``."""
    session.add_all(
        IngestLog(run_id=run_id, source=source, status=status, reason=reason, article_id=article_id)
        for source, status, reason, article_id in entries
    )


class Batch:
    """The ingest operations on one session, committed every ``size`` added articles and on exit."""

    def __init__(self, sessions: sessionmaker[Session], size: int = 200) -> None:
        self.session = sessions()
        self.size = size
        self._added = 0

    def find_article(self, article_id: str, content_hash: str) -> tuple[str, str] | None:
        return find_article(self.session, article_id, content_hash)

    def minhash_candidates(self, bands: Sequence[str]) -> list[Candidate]:
        return minhash_candidates(self.session, bands)

    def add_article(
        self, doc: Article, *, signature: list[int] | None = None, bands: Sequence[str] = ()
    ) -> bool:
        added = add_article(self.session, doc, signature, bands)
        self._added += added
        if self._added >= self.size:
            self.commit()
        return added

    def log_ingest(self, run_id: int | None, entries: Iterable[IngestEntry]) -> None:
        log_ingest(self.session, run_id, entries)

    def commit(self) -> None:
        self.session.commit()
        self._added = 0

    def __enter__(self) -> Batch:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        """Commit what was added, also on Ctrl-C; roll back only if the session itself failed."""
        try:
            self.session.commit()
        except Exception:
            self.session.rollback()
            if kind is None:
                raise
        finally:
            self.session.close()
