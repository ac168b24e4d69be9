"""Ingest stage: read articles from files (text, HTML, JSON/JSONL, feeds), detect language, dedupe."""

from parley.ingest.options import ReadOptions
from parley.ingest.readers import ReadError, read_file, read_paths

__all__ = ["ReadError", "ReadOptions", "read_file", "read_paths"]
