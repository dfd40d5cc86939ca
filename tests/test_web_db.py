"""The web app over a real SQLite database and the real pipeline (spaCy): cached briefs, new articles."""
from __future__ import annotations

import time

import pytest
from fastapi.testclient import TestClient

from storyline.model import Document
from storyline.pipeline import ingest_documents
from storyline.settings import Settings
from storyline.web.app import create_app

pytestmark = pytest.mark.slow

FIRST = ("The port authority said on Friday that 18 ships were waiting outside the harbour.\n\n"
         "\"We will clear the queue by Sunday,\" said harbour master Ines Valdez.")
SECOND = ("Eighteen ships were still waiting outside the harbour on Friday, the port authority said.\n\n"
          "Harbour master Ines Valdez said the queue would be cleared by Sunday.")
THIRD = "Dock workers said on Saturday that 12 cranes were back in service at the harbour."


def test_story_from_the_database_is_cached_until_articles_change(tmp_path):
    settings = Settings.load(db_url=f"sqlite:///{tmp_path / 'story.db'}")
    ingest_documents(
        [Document("first.txt", FIRST, hints={"outlet": "Harbour Herald", "published": "2031-05-02", "title": "Ships queue"}),
         Document("second.txt", SECOND, hints={"outlet": "Coast Courier", "published": "2031-05-02", "title": "Queue at port"})],
        settings=settings,
    )
    with TestClient(create_app(settings)) as client:
        page = client.get("/")
        assert page.status_code == 200
        assert "Harbour Herald" in page.text and "Coast Courier" in page.text and "Ines Valdez" in page.text
        brief = client.get("/api/brief").json()
        assert len(brief["articles"]) == 2

        t = time.perf_counter()
        again = client.get("/")
        assert time.perf_counter() - t < 1.0  # no NLP on a page load when nothing changed
        assert again.text == page.text

        added = client.post("/add/text", data={"text": THIRD, "title": "Cranes back", "published": "2031-05-03"})
        assert "1 article added" in added.text
        after = client.get("/api/brief").json()
        assert len(after["articles"]) == 3
        assert any(a["title"] == "Cranes back" for a in after["articles"])
        assert "Cranes back" in client.get("/").text


def test_served_app_prepares_the_story_at_startup(tmp_path):
    settings = Settings.load(db_url=f"sqlite:///{tmp_path / 'warm.db'}")
    ingest_documents([Document("first.txt", FIRST, hints={"outlet": "Harbour Herald"})], settings=settings)
    app = create_app(settings, warm_up=True)
    with TestClient(app) as client:
        deadline = time.monotonic() + 120
        while not app.state.storyline.story.has_brief and time.monotonic() < deadline:
            time.sleep(0.1)
        assert app.state.storyline.story.has_brief  # computed before anyone asked
        t = time.perf_counter()
        assert "Harbour Herald" in client.get("/").text
        assert time.perf_counter() - t < 2.0
