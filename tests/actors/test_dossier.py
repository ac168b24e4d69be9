"""Dossier format: loading, validation errors with the path of the bad field, the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from parley.dossier import DossierError, load_dossier, read_dossier, shipped_dossiers
from parley.cli.app import app


def test_shipped_dossiers_load_and_are_broad() -> None:
    assert {"russia_ukraine", "german_coalition_2025"} <= set(shipped_dossiers())
    dossier = load_dossier("russia_ukraine")
    assert load_dossier("russia_ukraine") is dossier  # cached
    assert len(dossier.actors) >= 150 and sum(a.type == "person" for a in dossier.actors) >= 150
    names = {a.name for a in dossier.actors}
    assert {"Volodymyr Zelensky", "Dmitry Peskov", "Kremlin", "United Kingdom", "European leaders",
            "White House", "Russian Foreign Ministry", "Reuters", "TASS"} <= names
    assert dossier.actor("Vladimir Putin").gender == "m"
    fields = {"id", "label", "description", "terms", "patterns", "exclusions", "concession"}
    assert all(set(i.model_dump()) == fields for i in dossier.issues)
    assert {i.id for i in dossier.issues if i.concession} == {"territory", "neutrality_demilitarization", "elections"}
    assert "en" in next(i for i in dossier.issues if i.id == "territory").exclusions


def write(folder: Path, **files: str) -> Path:
    folder.mkdir(exist_ok=True)
    for name, text in files.items():
        (folder / f"{name}.yaml").write_text(text, encoding="utf-8")
    return folder


def test_directory_dossier_with_separate_files_and_bare_alias_lists(tmp_path: Path) -> None:
    folder = write(
        tmp_path / "talks",
        dossier="name: talks\ndefault_date: 2024-06-01\n",
        actors="actors:\n  - {name: Acme, type: organisation, aliases: [ACME Corp]}\n"
               "  - {name: Jane Roe, type: person, gender: f, affiliation: Acme, aliases: {de: Jane Roe}}\n",
        roles="- {id: ceo, names: {en: [Acme chief]}, holders: [{actor: Jane Roe, from: 2020-01-01}]}\n",
        issues="issues: []\n",
    )
    dossier = read_dossier(folder)
    assert dossier.actor("Acme").aliases == {"any": ["ACME Corp"]}
    assert dossier.actor("Jane Roe").aliases == {"de": ["Jane Roe"]}
    assert dossier.roles[0].holder_on(None) == "Jane Roe"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("name: x\nactors:\n  - {name: A, type: persn}\n", "actors[0] (name='A').type: Input should be 'person'"),
        ("name: x\nactors:\n  - {name: A, type: person, wikidata: 42}\n", "actors[0] (name='A').wikidata"),
        ("name: x\nactors:\n  - {name: A, type: person, nickname: B}\n",
         "actors[0] (name='A').nickname: Extra inputs are not permitted"),
        ("name: x\nroles:\n  - {id: r, names: [Chef], holders: [{actor: Nobody}]}\n",
         "roles[0] (id='r').holders[0].actor: unknown actor 'Nobody'"),
        ("name: x\nactors:\n  - {name: A, type: person}\nroles:\n"
         "  - {id: r, names: [Chef], holders: [{actor: A, from: 2020-01-02, to: 2020-01-01}]}\n",
         "'to' (2020-01-01) is before 'from' (2020-01-02)"),
        ("name: x\nactors:\n  - {name: A, type: person}\n  - {name: A, type: state}\n", "duplicate actor name 'A'"),
        ("name: x\nmetonyms:\n  - {actor: Z, names: [Zed]}\n", "metonyms[0].actor: unknown actor 'Z'"),
        ("name: x\nissues:\n  - {id: talks, terms: {de: [Gespräche]}}\n", "issues[0] (id='talks').label: Field required"),
        ("name: [unclosed\n", "not valid YAML"),
    ],
)
def test_validation_errors_name_file_and_field(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DossierError) as info:
        read_dossier(path)
    assert message in str(info.value) and str(path) in str(info.value)


def test_section_given_twice_is_an_error(tmp_path: Path) -> None:
    folder = write(tmp_path / "d", dossier="name: d\nactors: []\n", actors="actors: []\n")
    with pytest.raises(DossierError, match="both in dossier.yaml and in actors.yaml"):
        read_dossier(folder)


def test_unknown_dossier_name() -> None:
    with pytest.raises(DossierError, match="unknown dossier 'atlantis'"):
        load_dossier("atlantis")


def test_validate_command(tmp_path: Path) -> None:
    runner = CliRunner()
    ok = runner.invoke(app, ["dossier", "validate", str(Path(__file__).parents[2] / "src/parley/dossiers/russia_ukraine")])
    assert ok.exit_code == 0 and "ok russia_ukraine" in ok.output
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: x\nactors:\n  - {name: A, type: persn}\n", encoding="utf-8")
    result = runner.invoke(app, ["dossier", "validate", str(bad)])
    assert result.exit_code == 2
    listed = runner.invoke(app, ["dossier", "list"])
    assert "german_coalition_2025" in listed.output


def test_nationals_nationality_and_platforms(tmp_path: Path) -> None:
    folder = write(
        tmp_path / "summit",
        dossier="name: summit\n",
        actors="- {name: Estonia, type: state, nationals: {de: [Este, Estin], en: [Estonian]}}\n"
               "- {name: Alliance, type: organisation}\n"
               "- {name: Mari Tamm, type: person, gender: f, affiliation: Alliance, nationality: Estonia}\n"
               "- {name: Telegram, type: media, platform: true}\n",
    )
    dossier = read_dossier(folder)
    assert dossier.actor("Estonia").nationals == {"de": ["Este", "Estin"], "en": ["Estonian"]}
    assert dossier.actor("Mari Tamm").nationality == "Estonia" and dossier.actor("Telegram").platform
    bad = write(tmp_path / "bad", dossier="name: bad\n",
                actors="- {name: Mari Tamm, type: person, nationality: Estland}\n")
    with pytest.raises(DossierError, match=r"nationality: unknown actor 'Estland'"):
        read_dossier(bad)
