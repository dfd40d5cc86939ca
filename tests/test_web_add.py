"""Adding articles from the browser forms, through the real readers, cleaner and SQLite store."""
from __future__ import annotations

import http.server
import threading

import pytest
from fastapi.testclient import TestClient

from storyline.settings import Settings
from storyline.store import Database
from storyline.web.app import create_app

ARTICLE = (
    "The river authority said on Tuesday that 42 homes were flooded in the lower town.\n\n"
    "\"We have never seen water this high,\" said engineer Ada Brandt. Repairs will start next week."
)
EMPTY_BRIEF = {"schema": "storyline.brief/1", "articles": [], "facts": [], "quotes": [], "events": [], "stances": [],
               "conflicts": [], "copies": []}


def _app(tmp_path, **overrides):
    settings = Settings.load(db_url=f"sqlite:///{tmp_path / 'add.db'}", **overrides)
    # Pages are not under test here: a fixed empty brief keeps the NLP out of these tests.
    return create_app(settings, brief_provider=lambda: EMPTY_BRIEF), settings


def _stored(settings) -> list:
    db = Database(settings.db_url)
    try:
        return db.list_articles()
    finally:
        db.close()


def _error(page: str) -> str:
    start = page.index('role="alert">') + len('role="alert">')
    return page[start:page.index("</div>", start)]


def test_paste_text_with_metadata_and_again(tmp_path):
    app, settings = _app(tmp_path)
    c = TestClient(app)
    form = {"text": ARTICLE, "title": "Lower town floods", "url": "https://news.example/floods", "published": "2026-04-07"}
    r = c.post("/add/text", data=form)
    assert r.status_code == 200 and "1 article added" in r.text
    [article] = _stored(settings)
    assert article.title == "Lower town floods"
    assert article.url == "https://news.example/floods"
    assert (article.published or "").startswith("2026-04-07")
    assert "42 homes were flooded" in article.text
    again = c.post("/add/text", data=form)
    assert "already present" in again.text and len(_stored(settings)) == 1


@pytest.mark.parametrize(
    "form, expected",
    [
        ({"text": "   "}, "pasted text:"),
        ({"text": ARTICLE, "url": "javascript:alert(1)"}, "pasted text: the URL must start with http:// or https://"),
        ({"text": ARTICLE, "published": "last Tuesday"}, "pasted text: the publication date must look like"),
    ],
)
def test_paste_text_errors_are_one_line_and_keep_the_text(tmp_path, form, expected):
    app, settings = _app(tmp_path)
    r = TestClient(app).post("/add/text", data=form)
    assert r.status_code == 400
    message = _error(r.text)
    assert expected in message and "\n" not in message.strip()
    if form["text"].strip():
        assert "42 homes were flooded" in r.text  # the pasted text is still in the form
    assert _stored(settings) == []


def test_upload_a_file(tmp_path):
    app, settings = _app(tmp_path)
    r = TestClient(app).post("/add/file", files={"file": ("../../floods.txt", ARTICLE.encode(), "text/plain")})
    assert r.status_code == 200 and "1 article added" in r.text
    [article] = _stored(settings)
    assert article.source == "floods.txt"  # the client's path is not trusted


def test_upload_errors(tmp_path):
    app, settings = _app(tmp_path, max_input_bytes=1000)
    c = TestClient(app)
    binary = c.post("/add/file", files={"file": ("photo.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 2, "image/png")})
    assert binary.status_code == 400 and _error(binary.text).startswith("photo.png: ")
    big = c.post("/add/file", files={"file": ("big.txt", ARTICLE.encode() * 20, "text/plain")})
    assert big.status_code == 400 and _error(big.text).startswith("big.txt: ")
    assert _stored(settings) == []


@pytest.mark.parametrize("url", ["http://127.0.0.1:9/news", "http://[::1]/x", "http://169.254.169.254/latest/meta-data", "http://10.0.0.1/"])
def test_url_form_refuses_private_addresses(tmp_path, url):
    app, settings = _app(tmp_path)
    r = TestClient(app).post("/add/url", data={"url": url})
    assert r.status_code == 400
    message = _error(r.text)
    assert message.startswith(url) and any(w in message for w in ("loopback", "private", "link-local", "reserved"))
    assert _stored(settings) == []


def test_url_form_refuses_other_schemes(tmp_path):
    app, _ = _app(tmp_path)
    r = TestClient(app).post("/add/url", data={"url": "file:///etc/passwd"})
    assert r.status_code == 400 and "only http:// and https:// URLs" in _error(r.text)


class _Page(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - http.server API
        body = ("<html><head><title>Lower town floods</title></head><body><article><p>"
                + ARTICLE.replace("\n\n", "</p><p>") + "</p></article></body></html>").encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def test_url_form_fetches_when_private_addresses_are_allowed(tmp_path):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Page)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        app, settings = _app(tmp_path, fetch_allow_private=True)
        url = f"http://127.0.0.1:{server.server_address[1]}/floods.html"
        r = TestClient(app).post("/add/url", data={"url": url})
        assert r.status_code == 200 and "1 article added" in r.text, r.text
        [article] = _stored(settings)
        assert "42 homes were flooded" in article.text and article.url == url
    finally:
        server.shutdown()
