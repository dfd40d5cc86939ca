"""The web app in-process: every page and API route, with a hostile article in the story."""
from __future__ import annotations

import html as htmlmod
import inspect
import json
import re

import jsonschema
import pytest
from fastapi.testclient import TestClient
from test_render import audit
from test_web_corpus import CONTRACT, TEXTS, story_brief

from storyline.errors import StorageError
from storyline.settings import Settings
from storyline.web.app import create_app, serve


@pytest.fixture(scope="module")
def brief():
    return story_brief()


@pytest.fixture
def client(brief, tmp_path):
    app = create_app(Settings.load(db_url=f"sqlite:///{tmp_path / 'web.db'}"), brief_provider=lambda: brief)
    with TestClient(app) as c:
        yield c


def _links(page: str) -> list[str]:
    return [htmlmod.unescape(h) for h in re.findall(r'href="([^"]+)"', page)]


def test_story_page_shows_every_panel(client):
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    page = r.text
    for panel in ("articles", "conflicts", "facts", "timeline", "quotes", "stances", "copies"):
        assert f'id="{panel}"' in page
    assert "Daily Planet" in page and "Metro Gazette" in page
    assert "Lena Ortiz" in page and "Mayor" in page
    assert "Mon 2 Mar 2026" in page
    assert 'class="badge disputed"' in page or 'class="badge corroborated"' in page or 'class="badge single_source"' in page
    assert "two different publication dates on the page" in page  # article warning
    assert "1 piece removed" in page
    assert "shared passage" in page and "64 characters shared" in page


def test_every_link_on_the_story_page_works_and_highlights_its_sentence(client, brief):
    page = client.get("/").text
    links = [h for h in _links(page) if h.startswith("/articles/")]
    assert links
    mention_texts = {m["text"] for k in ("facts", "quotes", "events", "stances") for i in brief[k] for m in i["mentions"]}
    for link in set(links):
        target = client.get(link.split("#")[0])
        assert target.status_code == 200, link
        if "start=" in link:
            assert link.endswith("#hl")
            marked = re.search(r'<mark id="hl">(.*?)</mark>', target.text, re.S)
            assert marked, link
            assert htmlmod.unescape(marked.group(1)) in mention_texts
            assert "Highlighted: the sentence that states the" in target.text  # names the item
            assert 'class="current"' in target.text  # and marks it in the list beside the text


def test_fact_cell_links_to_the_sentence_in_that_outlet(client, brief):
    page = client.get("/").text
    cell_links = re.findall(r'class="fact-link" href="([^"]+)"', page)
    assert len(cell_links) == sum(len({m["article"] for m in f["mentions"]}) for f in brief["facts"])
    first = htmlmod.unescape(cell_links[0])
    assert first.startswith("/articles/") and "start=" in first


@pytest.mark.parametrize("path", ["/", "/articles/art-hostile", "/articles/art-hostile?start=0&end=60", "/add", "/report.html"])
def test_hostile_article_renders_as_text(client, path):
    page = client.get(path).text
    result = audit(page)
    assert result.problems == []
    assert "<svg" not in page and "<img" not in page and "<i>" not in page
    shown = "".join(result.text)
    if path != "/add":
        assert "<script>alert('x')</script>" in shown or 'alert("x")' in shown


def test_only_http_urls_become_links(client):
    page = client.get("/").text
    links = _links(page)
    assert "https://planet.example/flood" in links
    assert not any("javascript" in link.lower() for link in links)
    assert "javascript:alert(1)" in page  # shown as text


def test_article_page_highlights_exactly_the_requested_span(client):
    text = TEXTS["art-hostile"]
    start = text.index("<script>")
    end = start + len('<script>alert("x")</script>')
    page = client.get(f"/articles/art-hostile?start={start}&end={end}").text
    assert '<mark id="hl">&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;</mark>' in page
    assert audit(page).problems == []


@pytest.mark.parametrize("query", ["start=-1&end=5", "start=5&end=5", "start=9&end=2", "start=0&end=100000", "start=3"])
def test_article_page_ignores_bad_offsets(client, query):
    r = client.get(f"/articles/art-planet?{query}")
    assert r.status_code == 200
    assert "<mark" not in r.text
    assert "Officials said on Monday" in r.text


def test_article_page_lists_what_was_found_there(client):
    page = client.get("/articles/art-planet").text
    assert "Found in this article" in page
    assert "Lena Ortiz" in page and "the council" in page


def test_unknown_article_is_404(client):
    r = client.get("/articles/no-such-id")
    assert r.status_code == 404 and "no-such-id" in r.text
    assert client.get("/api/articles/no-such-id").json() == {"detail": "no article with id 'no-such-id'"}


def test_api_brief_follows_the_contract(client):
    r = client.get("/api/brief")
    assert r.status_code == 200 and r.headers["content-type"] == "application/json"
    jsonschema.validate(r.json(), json.loads(CONTRACT.read_text()))


def test_api_articles(client):
    listing = client.get("/api/articles").json()
    assert {a["id"] for a in listing} == set(TEXTS)
    assert all("text" not in a and a["chars"] > 0 for a in listing)
    one = client.get("/api/articles/art-planet").json()
    assert one["text"] == TEXTS["art-planet"] and one["outlet"] == "Daily Planet"


def test_openapi_describes_the_api(client):
    spec = client.get("/openapi.json").json()
    assert {"/api/brief", "/api/articles", "/api/articles/{article_id}"} <= set(spec["paths"])
    assert "/" not in spec["paths"] and "/add/text" not in spec["paths"]
    schemas = spec["components"]["schemas"]
    assert {"Brief", "Fact", "Quote", "Event", "Stance", "Conflict", "Copy", "Mention"} <= set(schemas)
    assert set(schemas["Fact"]["properties"]["status"]["enum"]) == {"corroborated", "single_source", "disputed"}
    assert client.get("/docs").status_code == 200


def test_pages_forbid_scripts(client):
    r = client.get("/")
    csp = r.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src" not in csp
    assert r.headers["x-content-type-options"] == "nosniff"


def test_reports_download(client):
    r = client.get("/report.html")
    assert r.status_code == 200 and "Content-Security-Policy" in r.text and 'id="texts"' in r.text
    md = client.get("/report.md")
    assert md.headers["content-type"].startswith("text/markdown") and md.text.startswith("# ")


def test_cross_site_posts_are_refused(client):
    r = client.post("/add/text", data={"text": "x"}, headers={"Origin": "http://evil.example"})
    assert r.status_code == 403
    for headers in ({"Sec-Fetch-Site": "cross-site"}, {"Sec-Fetch-Site": "same-site"}, {"Origin": "null"}):
        assert client.post("/add/text", data={"text": "x"}, headers=headers).status_code == 403


def test_unknown_host_names_are_refused(brief, tmp_path):
    app = create_app(Settings.load(db_url=f"sqlite:///{tmp_path / 'h.db'}"), brief_provider=lambda: brief,
                     allowed_hosts=["127.0.0.1", "localhost"])
    assert TestClient(app, base_url="http://rebound.example").get("/").status_code == 400
    assert TestClient(app, base_url="http://127.0.0.1:8000").get("/").status_code == 200


def test_empty_story_invites_adding_articles(tmp_path):
    empty = {"schema": "storyline.brief/1", "articles": [], "facts": [], "quotes": [], "events": [], "stances": [],
             "conflicts": [], "copies": []}
    app = create_app(Settings.load(db_url=f"sqlite:///{tmp_path / 'e.db'}"), brief_provider=lambda: empty)
    page = TestClient(app).get("/").text
    assert "No articles yet" in page and 'href="/add"' in page


def test_domain_errors_become_one_line(tmp_path):
    def broken() -> dict:
        raise StorageError("sqlite:///x.db: database is locked\nsecond line")

    app = create_app(Settings.load(db_url=f"sqlite:///{tmp_path / 'b.db'}"), brief_provider=broken)
    c = TestClient(app)
    r = c.get("/")
    assert r.status_code == 500 and "database is locked" in r.text and "second line" not in r.text
    assert c.get("/api/brief").json() == {"detail": "sqlite:///x.db: database is locked"}


def test_serve_binds_loopback_by_default():
    assert inspect.signature(serve).parameters["host"].default == "127.0.0.1"


def test_pages_cope_with_a_minimal_brief(tmp_path):
    """Only the contract's required fields, a mention pointing nowhere, odd values: every page still renders."""
    minimal = {
        "schema": "storyline.brief/1",
        "articles": [{"id": "a/1 <x>", "source": "s.txt", "title": None, "outlet": None, "published": None,
                      "text": "Two ships sank.", "removed": [], "warnings": []}],
        "facts": [{"id": "f1", "value": 2, "qualifier": "exact", "what": "", "status": "single_source", "outlets": ["a/1 <x>"],
                   "mentions": [{"article": "a/1 <x>", "start": 0, "end": 15, "text": "Two ships sank."},
                                {"article": "gone", "start": 0, "end": 3, "text": "???"}]}],
        "quotes": [{"id": "q1", "speaker": None, "text": "sank", "kind": "partial",
                    "mentions": [{"article": "a/1 <x>", "start": 99, "end": 120, "text": "out of range"}]}],
        "events": [{"id": "e1", "date": "not-a-date", "precision": "day", "summary": "sinking",
                    "mentions": [{"article": "a/1 <x>", "start": 0, "end": 15, "text": "Two ships sank."}]}],
        "conflicts": [{"id": "c1", "kind": "metadata", "items": ["zz"], "explanation": "odd"}],
        "copies": [{"articles": ["a/1 <x>"], "kind": "internal_duplicate", "shared_chars": 10}],
    }
    client = TestClient(create_app(Settings.load(db_url=f"sqlite:///{tmp_path / 'm.db'}"), brief_provider=lambda: minimal))
    story = client.get("/")
    assert story.status_code == 200 and ">s</a>" in story.text and "repeats its own text" in story.text
    links = [h for h in _links(story.text) if h.startswith("/articles/")]
    assert links and all(client.get(h.split("#")[0]).status_code == 200 for h in links)
    assert "/articles/a%2F1%20%3Cx%3E" in links
    for path in ("/report.html", "/report.md", "/api/brief", "/api/articles"):
        assert client.get(path).status_code == 200, path
