"""Read models of the store: every count and listing the web UI, the CLI and the analysis show.
No other package builds queries; they call these functions."""

from parley.store.read.actors import actor_counts, actor_profile, edits_of, list_actors, unknown_speaker_count
from parley.store.read.articles import (
    ArticleFilter,
    count_articles,
    data_version,
    facets,
    latest_analysis_config,
    recorded_dossiers,
    list_articles,
)
from parley.store.read.paging import Page, slice_page
from parley.store.read.records import (
    list_positions,
    position_records,
    position_row_dict,
    statement_records,
    statement_row_dict,
    statements_of,
)

__all__ = [
    "ArticleFilter",
    "Page",
    "actor_counts",
    "actor_profile",
    "count_articles",
    "data_version",
    "edits_of",
    "facets",
    "latest_analysis_config",
    "recorded_dossiers",
    "list_actors",
    "list_articles",
    "list_positions",
    "position_records",
    "position_row_dict",
    "slice_page",
    "statement_records",
    "statement_row_dict",
    "statements_of",
    "unknown_speaker_count",
]
