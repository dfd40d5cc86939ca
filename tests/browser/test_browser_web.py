"""The story page in a real chromium: click a fact, see its sentence; upload an article; screenshots."""
from __future__ import annotations

import pytest
from conftest import LiveServer
from test_web_corpus import story_brief

from storyline.render.html import render_html
from storyline.settings import Settings
from storyline.web.app import create_app

pytestmark = pytest.mark.browser

MARK_BG = "rgb(255, 229, 138)"  # --mark in storyline.css


@pytest.fixture(scope="module")
def brief():
    return story_brief()


@pytest.fixture
def story_server(brief, tmp_path):
    app = create_app(Settings.load(db_url=f"sqlite:///{tmp_path / 'b.db'}"), brief_provider=lambda: brief)
    with LiveServer(app) as server:
        yield server


def test_click_a_fact_and_see_the_sentence_highlighted(page, story_server, artifacts, brief):
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("dialog", lambda d: (errors.append(f"dialog: {d.message}"), d.dismiss()))
    page.goto(story_server.url + "/")
    assert page.locator("#facts table.grid tbody tr").count() == len(brief["facts"])
    page.screenshot(path=str(artifacts / "story-page.png"), full_page=True)

    link = page.locator("a.fact-link").first
    link.click()
    page.wait_for_url("**/articles/**#hl")
    mark = page.locator("mark#hl")
    assert mark.count() == 1
    assert mark.is_visible() and mark.evaluate("el => getComputedStyle(el).backgroundColor") == MARK_BG
    box, viewport = mark.bounding_box(), page.viewport_size
    assert 0 <= box["y"] < viewport["height"]  # scrolled into view
    facts = brief["facts"]
    assert mark.inner_text() in {m["text"] for f in facts for m in f["mentions"]}
    page.screenshot(path=str(artifacts / "article-highlight.png"))

    # the hostile article is inert: visiting it runs nothing
    page.goto(story_server.url + "/articles/art-hostile")
    assert "<script>alert" in page.locator(".article-text").inner_text()
    assert errors == []


def test_static_report_highlights_without_javascript(page, tmp_path, brief):
    report = tmp_path / "brief.html"
    report.write_text(render_html(brief), encoding="utf-8")
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(report.as_uri())
    page.locator("a.fact-link").first.click()
    target = page.locator(".m:target")
    assert target.count() == 1
    assert target.evaluate("el => getComputedStyle(el).backgroundColor") == MARK_BG
    assert all(u.startswith("file://") for u in requests)  # self-contained: no network


@pytest.mark.slow
def test_upload_an_article_and_find_it_in_the_story(page, tmp_path, artifacts):
    app = create_app(Settings.load(db_url=f"sqlite:///{tmp_path / 'up.db'}"))
    upload = tmp_path / "harbour.txt"
    upload.write_text(
        "Harbour reopens after storm\n\n"
        "The port authority said on Friday that 18 ships were waiting outside the harbour. "
        "\"We will clear the queue by Sunday,\" said harbour master Ines Valdez.\n",
        encoding="utf-8",
    )
    with LiveServer(app) as server:
        page.goto(server.url + "/")
        assert "No articles yet" in page.content()
        page.click("text=Add articles")
        page.set_input_files("input#file", str(upload))
        page.click("form[action='/add/file'] button")
        page.wait_for_load_state()
        assert page.locator(".flash.ok").count() == 1, page.content()[-2000:]
        assert "1 article added" in page.locator(".flash.ok").inner_text()
        page.click("text=Back to the story")
        page.wait_for_selector("#articles")
        assert "harbour" in page.locator("#articles").inner_text().lower()
        assert "Ines Valdez" in page.locator("#quotes").inner_text()
        page.screenshot(path=str(artifacts / "story-after-upload.png"), full_page=True)
