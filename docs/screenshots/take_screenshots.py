"""Re-take the screenshots in this folder from a store (normally the demo store of ``make demo``).

    .venv/bin/python docs/screenshots/take_screenshots.py --db examples/demo.db

Serves a temporary copy of the store (review mode on, so the review form can be shown; nothing is
submitted) with uvicorn on a free local port and drives Debian's Chromium through Playwright.
"""

from __future__ import annotations

import argparse
import shutil
import socket
import tempfile
import threading
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

from parley.web import create_app

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
HERE = Path(__file__).parent


def serve(db: Path) -> tuple[str, object]:
    import uvicorn

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(f"sqlite:///{db}", allow_edit=True), host="127.0.0.1",
                                           port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return f"http://127.0.0.1:{port}", server


def shoot(base: str, out: Path) -> None:
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": 1360, "height": 900})
        page.goto(base + "/")
        page.screenshot(path=str(out / "articles.png"), full_page=True)
        busiest = max(page.locator("ol.articles > li").all(),
                      key=lambda li: int(li.locator(".n").first.inner_text().split()[0]))
        page.goto(base + busiest.locator("a.title").get_attribute("href"))
        page.locator("#text .q").first.click()
        page.screenshot(path=str(out / "article.png"), full_page=True)
        page.locator(".card details.review summary").first.click()
        page.screenshot(path=str(out / "review.png"))
        for name in ("matrix", "timeline", "network"):
            page.goto(f"{base}/{name}")
            page.screenshot(path=str(out / f"{name}.png"), full_page=True)
        page.goto(base + "/actors")
        page.goto(base + page.locator("table.list a").first.get_attribute("href"))
        page.screenshot(path=str(out / "actor.png"), full_page=True)
        browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=Path("examples/demo.db"))
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "copy.db"
        shutil.copy(args.db, copy)
        base, server = serve(copy)
        try:
            shoot(base, args.out)
        finally:
            server.should_exit = True  # type: ignore[attr-defined]
    print(f"screenshots written to {args.out}")


if __name__ == "__main__":
    main()
