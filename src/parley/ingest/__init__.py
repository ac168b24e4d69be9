"""Ingest stage: read articles from files (text, HTML, JSON/JSONL, feeds), detect language, dedupe."""

from parley.ingest.readers import ReadError, read_paths

__all__ = ["ReadError", "read_paths"]
