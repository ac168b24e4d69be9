"""Expand command-line inputs (files, directories, glob patterns) into the files to read."""

from __future__ import annotations

import glob
from collections.abc import Collection, Iterable, Iterator
from pathlib import Path

from parley.ingest.records import ReadError

_GLOB_CHARS = set("*?[")


def _walk(directory: Path, suffixes: Collection[str] | None) -> Iterator[Path]:
    """Files under ``directory`` in a stable order, skipping hidden ones and other file types."""
    for path in sorted(directory.rglob("*")):
        relative = path.relative_to(directory).parts
        if any(part.startswith(".") for part in relative) or not path.is_file():
            continue
        if suffixes is None or path.suffix.lower() in suffixes:
            yield path


def expand_paths(
    inputs: Iterable[str | Path], suffixes: Collection[str] | None = None
) -> Iterator[Path | ReadError]:
    """Each input file once, in order; a ``ReadError`` for inputs that match nothing.

    Directories are walked recursively for files with one of ``suffixes`` (others, e.g. a README,
    are passed over silently); files and glob matches named by the user are all returned.
    """
    seen: set[Path] = set()
    for raw in inputs:
        text = str(raw)
        path = Path(text)
        if path.is_dir():
            found: Iterable[Path] = _walk(path, suffixes)
        elif path.is_file():
            found = [path]
        elif _GLOB_CHARS & set(text):
            found = [Path(p) for p in sorted(glob.glob(text, recursive=True)) if Path(p).is_file()]
            if not found:
                yield ReadError(text, "glob pattern matches no files")
                continue
        else:
            yield ReadError(text, "no such file or directory")
            continue
        for file in found:
            key = file.resolve()
            if key not in seen:
                seen.add(key)
                yield file
