"""Dossiers: the actors, dated roles, metonyms and issues of one negotiation, read from YAML.

A dossier is a directory holding ``dossier.yaml`` (name, description, languages, default date) and
optionally ``actors.yaml``, ``roles.yaml``, ``metonyms.yaml`` and ``issues.yaml``; each of these lists
may instead be given inline in ``dossier.yaml`` under the same key. A single YAML file holding all
keys is a dossier too. The format is documented in ``docs/dossier.md``.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from parley.dossiers import DEFAULT_DOSSIER
from parley.yamlfile import YAMLError, load_yaml

Lang = str
SECTIONS = ("actors", "roles", "metonyms", "issues")


class DossierError(ValueError):
    """A dossier that cannot be read; the message names the file and the path of each bad field."""


def _as_lang_map(value: Any) -> Any:
    """Allow a bare list (or string) of names where a per-language map is expected: ``any`` language."""
    if isinstance(value, str):
        return {"any": [value]}
    if isinstance(value, list):
        return {"any": value}
    if isinstance(value, dict):
        return {lang: [names] if isinstance(names, str) else names for lang, names in value.items()}
    return value


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ActorSpec(_Strict):
    """One canonical actor. ``name`` is the canonical English name used in all output."""

    name: str = Field(min_length=1)
    type: Literal["person", "state", "organisation", "media", "group"]
    aliases: dict[Lang, list[str]] = Field(default_factory=dict)
    gender: Literal["m", "f", "n", "pl"] | None = None
    affiliation: str | None = None
    wikidata: str | None = Field(default=None, pattern=r"^Q[0-9]+$")
    demonyms: dict[Lang, list[str]] = Field(default_factory=dict)  # "britisch", "British" (states)
    nationals: dict[Lang, list[str]] = Field(default_factory=dict)  # "Pole", "Polin", "the Pole" (states)
    nationality: str | None = None  # state of a person affiliated with an international body
    platform: bool = False  # a social platform (Telegram, Truth Social): a channel, never a speaker
    note: str | None = None

    _lang_maps = field_validator("aliases", "demonyms", "nationals", mode="before")(_as_lang_map)

    @property
    def number(self) -> str:
        """Grammatical number when referred to by a pronoun: ``pl`` for groups, else ``sg``."""
        return "pl" if self.type == "group" or self.gender == "pl" else "sg"

    def names(self, lang: str | None = None) -> list[str]:
        """The canonical name and the aliases for ``lang`` (all languages when ``None``)."""
        return [self.name, *_pick(self.aliases, lang)]


class Holder(_Strict):
    """An actor holding an office from ``start`` (inclusive) to ``end`` (exclusive; open if missing)."""

    actor: str
    start: dt.date | None = Field(default=None, alias="from")
    end: dt.date | None = Field(default=None, alias="to")

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    @model_validator(mode="after")
    def _ordered(self) -> Holder:
        if self.start and self.end and self.end < self.start:
            raise ValueError(f"'to' ({self.end}) is before 'from' ({self.start})")
        return self

    def holds_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


class RoleSpec(_Strict):
    """An office and the names it goes by (``US-Präsident``, ``Kremlin leader``), with its holders."""

    id: str = Field(min_length=1)
    names: dict[Lang, list[str]]
    holders: list[Holder] = Field(min_length=1)

    _lang_maps = field_validator("names", mode="before")(_as_lang_map)

    def holder_on(self, day: dt.date | None) -> str | None:
        """The actor holding the office on ``day``; the latest holder when ``day`` is ``None``."""
        if day is None:
            latest = max(self.holders, key=lambda h: (h.end is None, h.end or dt.date.min))
            return latest.actor
        for holder in self.holders:
            if holder.holds_on(day):
                return holder.actor
        return None


class MetonymSpec(_Strict):
    """A place or seat standing for an actor (``Moskau`` → Russia, ``Downing Street``)."""

    actor: str
    names: dict[Lang, list[str]]

    _lang_maps = field_validator("names", mode="before")(_as_lang_map)


class IssueSpec(_Strict):
    """A negotiation issue with its vocabulary (content written by the positions stage)."""

    id: str = Field(min_length=1)
    label: str
    description: str | None = None
    terms: dict[Lang, list[str]] = Field(default_factory=dict)
    patterns: dict[Lang, list[str]] | None = None
    # contexts (regular expressions per language) in which a term of the issue names no issue
    exclusions: dict[Lang, list[str]] = Field(default_factory=dict)
    # the proposition is a concession (giving up land, weapons): refusing to give it up opposes it
    concession: bool = False


class DossierSpec(_Strict):
    name: str = Field(min_length=1)
    description: str = ""
    languages: list[Lang] = Field(default_factory=lambda: ["de", "en"])
    default_date: dt.date | None = None
    actors: list[ActorSpec] = Field(default_factory=list)
    roles: list[RoleSpec] = Field(default_factory=list)
    metonyms: list[MetonymSpec] = Field(default_factory=list)
    issues: list[IssueSpec] = Field(default_factory=list)

    @field_validator("issues", mode="before")
    @classmethod
    def _none_is_empty(cls, value: Any) -> Any:
        return [] if value is None else value

    @model_validator(mode="after")
    def _references(self) -> DossierSpec:
        names = [a.name for a in self.actors]
        problems = [f"actors: duplicate actor name {n!r}" for n in sorted({n for n in names if names.count(n) > 1})]
        known = set(names)
        for i, role in enumerate(self.roles):
            for j, holder in enumerate(role.holders):
                if holder.actor not in known:
                    problems.append(f"roles[{i}] (id={role.id!r}).holders[{j}].actor: unknown actor {holder.actor!r}")
        for i, met in enumerate(self.metonyms):
            if met.actor not in known:
                problems.append(f"metonyms[{i}].actor: unknown actor {met.actor!r}")
        for i, actor in enumerate(self.actors):
            for key in ("affiliation", "nationality"):
                value = getattr(actor, key)
                if value and value not in known:
                    problems.append(f"actors[{i}] (name={actor.name!r}).{key}: unknown actor {value!r}")
        ids = [r.id for r in self.roles]
        problems += [f"roles: duplicate role id {i!r}" for i in sorted({i for i in ids if ids.count(i) > 1})]
        if problems:
            raise ValueError("; ".join(problems))
        return self


def _pick(mapping: dict[str, list[str]], lang: str | None) -> list[str]:
    if lang is None:
        return [name for names in mapping.values() for name in names]
    return [*mapping.get(lang, []), *mapping.get("any", [])]


class Dossier:
    """A validated dossier with lookup helpers (``actor(name)``, ``default_date``)."""

    def __init__(self, spec: DossierSpec, source: str = "") -> None:
        self.spec = spec
        self.source = source
        self._by_name = {a.name: a for a in spec.actors}

    name = property(lambda self: self.spec.name)
    description = property(lambda self: self.spec.description)
    languages = property(lambda self: self.spec.languages)
    default_date = property(lambda self: self.spec.default_date)
    actors = property(lambda self: self.spec.actors)
    roles = property(lambda self: self.spec.roles)
    metonyms = property(lambda self: self.spec.metonyms)
    issues = property(lambda self: self.spec.issues)

    def actor(self, name: str) -> ActorSpec | None:
        return self._by_name.get(name)

    def __contains__(self, name: object) -> bool:
        return name in self._by_name

    def __repr__(self) -> str:
        return f"Dossier({self.name!r}, {len(self.actors)} actors, {len(self.roles)} roles)"


# -- reading -----------------------------------------------------------------------------------------


def _read_yaml(path: Path) -> Any:
    try:
        return load_yaml(path.read_text(encoding="utf-8"))
    except YAMLError as exc:
        raise DossierError(f"{path}: not valid YAML: {exc}") from exc
    except ValueError as exc:  # a date-like value that is no date ("2025-13-45")
        raise DossierError(f"{path}: invalid value: {exc}") from exc
    except OSError as exc:
        raise DossierError(f"{path}: cannot read: {exc}") from exc


def _raw_from_dir(folder: Path) -> tuple[dict[str, Any], dict[str, Path]]:
    main = folder / "dossier.yaml"
    if not main.is_file():
        raise DossierError(f"{folder}: a dossier directory needs a dossier.yaml")
    raw = _read_yaml(main) or {}
    if not isinstance(raw, dict):
        raise DossierError(f"{main}: expected a mapping with name, description, languages, …")
    origin = {key: main for key in raw}
    for section in SECTIONS:
        path = folder / f"{section}.yaml"
        if not path.is_file():
            continue
        if section in raw:
            raise DossierError(f"{folder}: {section!r} is given both in dossier.yaml and in {path.name}")
        content = _read_yaml(path)
        if isinstance(content, dict) and set(content) == {section}:
            content = content[section]
        raw[section], origin[section] = content, path
    return raw, origin


def _describe_loc(raw: dict[str, Any], loc: tuple[Any, ...]) -> str:
    """``actors[3] (name='X').aliases.de`` for a pydantic error location."""
    parts: list[str] = []
    node: Any = raw
    for item in loc:
        if isinstance(item, int):
            label = f"[{item}]"
            node = node[item] if isinstance(node, list) and item < len(node) else None
            if isinstance(node, dict):
                key = next((k for k in ("name", "id", "actor") if k in node), None)
                if key:
                    label += f" ({key}={node[key]!r})"
            parts.append(label)
        else:
            parts.append(f".{item}" if parts else str(item))
            node = node.get(item) if isinstance(node, dict) else None
    return "".join(parts) or "(top level)"


def parse_dossier(raw: dict[str, Any], origin: dict[str, Path] | None = None, source: str = "") -> Dossier:
    """Validate ``raw`` (the merged YAML) into a ``Dossier``; raise ``DossierError`` listing every problem."""
    origin = origin or {}
    try:
        return Dossier(DossierSpec.model_validate(raw), source)
    except ValidationError as exc:
        lines = []
        for err in exc.errors():
            loc = tuple(err["loc"])
            where = origin.get(loc[0], source) if loc else source
            message = err["msg"].removeprefix("Value error, ")
            if loc and loc[-1] == "from":
                loc = loc[:-1] + ("from",)
            lines.append(f"{where}: {_describe_loc(raw, loc)}: {message}")
        raise DossierError(f"invalid dossier ({len(lines)} problem(s)):\n  " + "\n  ".join(lines)) from None


def read_dossier(path: str | Path) -> Dossier:
    """Read and validate the dossier at ``path`` (a directory or a single YAML file)."""
    path = Path(path)
    if path.is_dir():
        raw, origin = _raw_from_dir(path)
    elif path.is_file():
        raw = _read_yaml(path) or {}
        if not isinstance(raw, dict):
            raise DossierError(f"{path}: expected a mapping with name, actors, roles, …")
        origin = {key: path for key in raw}
    else:
        raise DossierError(f"{path}: no such dossier file or directory")
    return parse_dossier(raw, origin, str(path))


def shipped_dossiers() -> list[str]:
    """Names of the dossiers shipped with parley (``parley/dossiers/<name>/``)."""
    root = resources.files("parley.dossiers")
    return sorted(p.name for p in root.iterdir() if p.is_dir() and p.joinpath("dossier.yaml").is_file())


def dossier_path(name_or_path: str | Path) -> Path:
    """The path of a shipped dossier called ``name_or_path``, or ``name_or_path`` itself."""
    text = str(name_or_path)
    if text in shipped_dossiers():
        return Path(str(resources.files("parley.dossiers").joinpath(text)))
    return Path(text)


@lru_cache(maxsize=16)
def _load_cached(path: str, mtime: float) -> Dossier:
    return read_dossier(path)


def load_dossier(name_or_path: str | Path = DEFAULT_DOSSIER) -> Dossier:
    """The dossier named ``name_or_path`` (shipped) or at that path; cached per path and mtime."""
    path = dossier_path(name_or_path)
    if not path.exists():
        raise DossierError(
            f"unknown dossier {str(name_or_path)!r}: not a path, and not one of {', '.join(shipped_dossiers())}"
        )
    stamps = [path.stat().st_mtime] + [p.stat().st_mtime for p in path.glob("*.yaml")] if path.is_dir() else [
        path.stat().st_mtime
    ]
    return _load_cached(str(path.resolve()), max(stamps))


def _dossier_dir(name: str) -> Path:
    return Path(str(resources.files("parley.dossiers").joinpath(name)))


@lru_cache(maxsize=8)
def load_issues(dossier: str) -> list[dict[str, Any]]:
    """The dossier's issues as plain dicts (through ``load_dossier`` when it can read the dossier, else
    straight from ``issues.yaml``)."""
    try:
        loaded = load_dossier(dossier)
        issues = [i.model_dump() if hasattr(i, "model_dump") else dict(i) for i in loaded.issues]
        if issues:
            return issues
    except Exception:  # noqa: BLE001 - dossier folder without actors yet: read the issues file
        pass
    path = Path(dossier) if Path(dossier).suffix in (".yaml", ".yml") else _dossier_dir(dossier) / "issues.yaml"
    return list(load_yaml(path.read_text(encoding="utf-8"))["issues"])
