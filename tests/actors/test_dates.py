"""Article dates for dated roles: the article's own date, else a date in its URL."""

from __future__ import annotations

import pytest

from parley.actors.dates import infer_date
from parley.model import Article


@pytest.mark.parametrize(
    ("url", "date", "expected"),
    [
        ("https://example.org/world/2023/05/04/talks.html", None, "2023-05-04"),
        ("https://example.org/txt/2025-12/30/content_1.htm", None, "2025-12-30"),
        ("https://example.org/politik/2022-03/ukraine", None, "2022-03-15"),
        ("https://example.org/news/1234567", None, None),
        ("https://example.org/2023/05/04/x", "2025-02-01", "2025-02-01"),
    ],
)
def test_infer_date(url: str, date: str | None, expected: str | None) -> None:
    text = "Putin, der 2022 den Krieg befahl, sprach am 24. Februar 2022."  # past events are ignored
    assert infer_date(Article(text=text, url=url, date=date)) == expected


def test_url_date_decides_the_role_holder(analyse_url) -> None:
    assert analyse_url("https://example.org/2023/06/01/a.html") == "Joe Biden"
    assert analyse_url("https://example.org/news/a.html") == "Donald Trump"  # dossier default date


@pytest.fixture
def analyse_url(nlp, link_component):
    from builders import statement

    text = "Der US-Präsident sagte, die Ukraine könne sich auf Washington verlassen."

    def run(url: str) -> str:
        doc = nlp("de")(Article(text=text, lang="de", url=url))
        doc.statements = [statement(text, "die Ukraine könne sich auf Washington verlassen", "Der US-Präsident",
                                    "indirect")]
        return link_component(doc).statements[0].speaker_actor

    return run
