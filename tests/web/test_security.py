"""Hostile article text, security headers and the read-only default."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from parley.web.queries import safe_url


def test_security_headers_everywhere(client: TestClient) -> None:
    for path in ("/", "/articles/geneva-round", "/api/articles", "/static/parley.css", "/missing"):
        headers = client.get(path).headers
        csp = headers["content-security-policy"]
        assert "default-src 'self'" in csp and "script-src 'self'" in csp and "'unsafe-inline'" not in csp
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"] == "no-referrer"


def test_hostile_text_is_escaped(client: TestClient) -> None:
    html = client.get("/articles/hostile-leak").text
    body = html.split("<body>", 1)[1]
    assert "<script>window" not in body and "<script>alert" not in body
    assert "&lt;script&gt;window.__pwned = 4&lt;/script&gt;" in body
    assert "<img" not in body and not re.search(r"<[^>]*\sonerror=", body)
    assert 'href="javascript' not in body.lower()
    assert "&lt;a href=&#34;javascript:alert(2)&#34;&gt;" in body  # shown as text
    assert "&lt;b&gt;Bad Source&lt;/b&gt;" in body


def test_hostile_values_escaped_on_every_page(client: TestClient) -> None:
    for path in ("/", "/actors", "/matrix", "/timeline", "/network", "/positions?issue=peace_plan_basis",
                 "/actors/%3Cscript%3Ealert(5)%3C%2Fscript%3E"):
        body = client.get(path).text.split("<body>", 1)[1]
        assert "<script>alert" not in body, path
        assert "<img" not in body, path


def test_no_inline_script_or_style(client: TestClient) -> None:
    for path in ("/", "/articles/geneva-round", "/network", "/timeline", "/matrix", "/api/docs"):
        html = client.get(path).text
        for tag in re.findall(r"<script\b[^>]*>", html):
            assert "src=" in tag, (path, tag)
        assert not re.search(r"<[^>]*\sstyle=", html), path
        assert not re.search(r"<[^>]*\son[a-z]+=", html), path
        assert not re.search(r"<(link|script|img)[^>]*(src|href)=\"(https?:)?//", html), path  # nothing external


def test_only_http_urls_are_links() -> None:
    assert safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    for bad in ("javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x", "//evil.example", "ftp://x",
                "vbscript:x", None, ""):
        assert safe_url(bad) is None, bad


def test_read_only_has_no_write_endpoints(client: TestClient) -> None:
    html = client.get("/articles/geneva-round").text
    assert "<form method=\"post\"" not in html
    for path in ("/review/statement", "/api/review/statement", "/api/review/position"):
        response = client.post(path, json={"article_id": "geneva-round", "key": "x", "action": "reject"})
        assert response.status_code in (404, 405), path
    for path in ("/api/articles", "/articles/geneva-round"):
        assert client.post(path).status_code == 405
        assert client.delete(path).status_code == 405
    assert "parley_csrf" not in client.get("/").cookies
