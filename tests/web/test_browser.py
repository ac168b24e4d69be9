"""The web UI in a real browser: Debian's Chromium driven by Playwright (no browser download).

Screenshots go to ``$PARLEY_SCREENSHOTS`` (e.g. ``docs/screenshots``) when set, else to a temp dir.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="needs Debian's chromium: bash scripts/install-chromium.sh"),
]


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server: str):
    context = browser.new_context(viewport={"width": 1360, "height": 900}, base_url=live_server)
    page = context.new_page()
    page.set_default_timeout(10_000)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.errors = errors  # type: ignore[attr-defined]
    yield page
    context.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = os.environ.get("PARLEY_SCREENSHOTS")
    path = Path(target) if target else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path


def test_articles_search_and_filter(page, shots: Path) -> None:
    page.goto("/")
    assert page.locator("h1").inner_text() == "Articles"
    assert page.locator("ol.articles > li").count() == 4
    page.screenshot(path=str(shots / "articles.png"), full_page=True)
    page.fill("input[name=q]", "ceasefire")
    page.click("form.filters button[type=submit]")
    titles = page.locator("ol.articles a.title").all_inner_texts()
    assert "Peskov rejects ceasefire plan ahead of Geneva round" in titles
    assert not any("Merz" in t for t in titles)
    page.goto("/")
    page.select_option("select[name=lang]", "de")
    page.click("form.filters button[type=submit]")
    assert page.locator("ol.articles a.title").all_inner_texts() == ["Merz: Europa muss am Verhandlungstisch sitzen"]
    assert page.errors == []


def test_article_highlights_and_details(page, shots: Path) -> None:
    page.goto("/")
    page.click("text=Peskov rejects ceasefire plan ahead of Geneva round")
    assert page.url.endswith("/articles/geneva-round")
    quotes = page.locator("#text .q")
    assert quotes.count() >= 4
    assert page.locator("#text .q.nested").count() >= 1  # the direct quote inside Peskov's indirect one
    assert page.locator("#text .via").inner_text() == "Yuri Ushakov"
    # clicking the relayed statement selects its card with speaker, cue and relay
    page.locator("#text .q", has_text="any settlement must address").first.click()
    card = page.locator(".card.sel")
    assert card.locator(".speaker").inner_text() == "Vladimir Putin"
    assert "Yuri Ushakov" in card.locator(".relay").inner_text()
    assert "stressed" in card.inner_text()
    # hover text names kind, speaker and cue
    title = page.locator("#text .q", has_text="We are ready to meet").first.get_attribute("title")
    assert "direct" in title and "Volodymyr Zelensky" in title
    assert "Telegram" in page.locator(".card", has_text="security guarantees had to come").inner_text()
    page.screenshot(path=str(shots / "article.png"), full_page=True)
    assert page.errors == []


def test_actor_page(page, shots: Path) -> None:
    page.goto("/actors")
    page.click("a:text-is('Volodymyr Zelensky')")
    assert page.locator("h1").inner_text().strip() == "Volodymyr Zelensky"
    assert page.locator("svg.timeline circle.pt").count() >= 3
    assert page.locator("details.issue summary", has_text="territory").count() == 1
    assert "He" in page.locator(".chips").inner_text()  # alias seen: the pronoun used as speaker
    assert page.locator("ol.statements > li").count() == 3
    page.screenshot(path=str(shots / "actor.png"), full_page=True)


def test_matrix_links_to_evidence(page, shots: Path) -> None:
    page.goto("/matrix")
    cell = page.locator("tr", has_text="Dmitry Peskov").locator("td.cell a", has_text="oppose")
    assert cell.count() == 1
    page.screenshot(path=str(shots / "matrix.png"), full_page=True)
    cell.click()
    assert "/positions" in page.url
    assert "foreign troops" in page.locator("td.evidence").first.inner_text()


def test_timeline_shows_shift(page, shots: Path) -> None:
    page.goto("/timeline")
    assert page.locator("svg.timeline .shiftring").count() >= 1
    row = page.locator("table.list tr", has_text="Dmitry Peskov")
    assert "ceasefire" in row.first.inner_text()
    page.screenshot(path=str(shots / "timeline.png"), full_page=True)


def test_network_hover_and_click(page, shots: Path) -> None:
    page.goto("/network")
    assert page.locator("svg.network .node").count() >= 4
    assert page.locator("svg.network line.conflict").count() >= 1
    page.screenshot(path=str(shots / "network.png"), full_page=True)
    node = page.locator("svg.network .node[data-name='Volodymyr Zelensky']")
    node.hover()
    assert "focus" in (page.locator("svg.network").get_attribute("class") or "")
    assert page.locator("svg.network .edge.hi").count() >= 1
    node.click()
    assert page.locator("h1").inner_text().strip() == "Volodymyr Zelensky"
    assert page.errors == []


def test_hostile_article_is_inert(page) -> None:
    page.goto("/articles/hostile-leak")
    assert page.evaluate("window.__pwned === undefined")
    assert "<script>" in page.locator("h1").inner_text()  # shown as text
    assert page.locator("#text img, #text a, #text script").count() == 0
    assert page.locator("a.ext").count() == 0  # javascript: url not rendered as a link
    assert page.locator(".card .speaker", has_text="<script>alert(5)</script>").count() == 1
    assert page.evaluate("window.__pwned === undefined")


def test_review_in_browser(browser, live_edit_server: str, shots: Path) -> None:
    context = browser.new_context(viewport={"width": 1360, "height": 900}, base_url=live_edit_server)
    page = context.new_page()
    try:
        page.goto("/articles/berlin-merz")
        card = page.locator(".card", has_text="Frankreich werde keine Truppen")
        card.locator("summary").click()
        card.locator("input[name=speaker]").fill("France")
        card.locator("input[name=user]").fill("ana")
        page.screenshot(path=str(shots / "review.png"), full_page=False)
        card.locator("button[value=correct]").click()
        page.wait_for_url("**/articles/berlin-merz#st-*")
        fixed = page.locator(".card", has_text="Frankreich werde keine Truppen")
        assert fixed.locator(".speaker").inner_text() == "France"
        assert fixed.locator(".reviewed").count() == 1
        assert "ana" in page.locator("table.corrections").inner_text()
        # reject a position
        issue_link = page.locator("td:nth-child(2) a:text-is('foreign_troops')")
        row = page.locator("table.positions tbody tr", has=issue_link)
        row.locator("summary").click()
        row.locator("button[value=reject]").click()
        page.wait_for_url("**/articles/berlin-merz*")
        assert page.locator("table.positions tbody tr", has=issue_link).count() == 0
    finally:
        context.close()


def test_add_statement_by_selecting_text(browser, live_edit_server: str) -> None:
    context = browser.new_context(viewport={"width": 1360, "height": 900}, base_url=live_edit_server)
    page = context.new_page()
    try:
        page.goto("/articles/istanbul-talks")
        # select "Zelensky said" at the end of the text with the mouse
        page.evaluate(
            """(phrase) => {
                const text = document.getElementById('text');
                const from = text.textContent.indexOf(phrase), to = from + phrase.length;
                const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
                const range = document.createRange();
                let n, seen = 0;
                while ((n = walker.nextNode())) {
                    const len = n.data.length;
                    if (from >= seen && from <= seen + len) range.setStart(n, from - seen);
                    if (to >= seen && to <= seen + len) { range.setEnd(n, to - seen); break; }
                    seen += len;
                }
                const sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(range);
            }""",
            "Zelensky said",
        )
        form = page.locator("form.add").first
        page.wait_for_function("document.querySelector('form.add input[name=start]').value !== ''")
        assert "Zelensky said" in page.locator("#selection").inner_text()
        form.locator("input[name=speaker]").fill("Volodymyr Zelensky")
        form.locator("select[name=kind]").select_option("reported")
        form.locator("button[value=add]").click()
        page.wait_for_url("**/articles/istanbul-talks*")
        card = page.locator(".card", has_text="Zelensky said")
        assert card.locator(".kind").inner_text().lower() == "reported"
        assert card.locator(".reviewed").count() == 1
    finally:
        context.close()
