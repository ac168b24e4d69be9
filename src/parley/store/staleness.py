"""Articles analysed under another pipeline config or dossier than the current one."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select

from parley.fingerprint import differences
from parley.store.db import Store
from parley.store.schema import ArticleRow, Run


@dataclass
class Stale:
    """Stale article counts per differing part (``config``, ``dossier``) and the runs behind them."""

    articles: int = 0
    parts: set[str] = field(default_factory=set)
    runs: list[int] = field(default_factory=list)

    def describe(self) -> str:
        what = " and ".join(sorted(self.parts))
        runs = ", ".join(map(str, self.runs[:10])) + (" …" if len(self.runs) > 10 else "")
        return (f"{self.articles} article(s) were analysed under another {what} (run {runs}); "
                "`parley run --rerun` analyses them again")


def stale_articles(store: Store, current: dict[str, str]) -> Stale:
    """Count the stored analyses whose run recorded a different fingerprint than ``current``."""
    out = Stale()
    with store.session() as session:
        counts = dict(session.execute(select(ArticleRow.analysed_run, func.count(ArticleRow.id))
                                      .where(ArticleRow.analysed_run.is_not(None))
                                      .group_by(ArticleRow.analysed_run)).all())
        configs = session.execute(select(Run.id, Run.config).where(Run.id.in_(list(counts)))).all()
    for run_id, config in sorted(configs):
        parts = differences(config or {}, current)
        if parts:
            out.articles += counts[run_id]
            out.parts.update(parts)
            out.runs.append(run_id)
    return out


def stale_runs_of(store: Store, current: dict[str, str]) -> list[int]:
    """Analysis runs recorded under another fingerprint than ``current``."""
    with store.session() as session:
        rows = session.execute(select(Run.id, Run.config).where(Run.kind == "analyse")).all()
    return [rid for rid, config in rows if differences(config or {}, current)]
