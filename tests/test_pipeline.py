"""read -> clean -> store, and stored articles -> brief, on small invented inputs."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.model import Document
from storyline.pipeline import analyzer_version, brief_for, brief_from_db, corpus_keys, ingest, ingest_documents
from storyline.settings import Settings

SAMPLES = Path(__file__).parent.parent / "samples" / "ferry-grounding"

STORY = (
    "Harbour of Port Vell reopens after storm\n\n"
    "By Ana Lorne\n\n"
    "The harbour of Port Vell reopened on Tuesday after crews cleared {n} tonnes of debris, "
    "the port authority said.\n\n"
    "\"We worked through the night,\" said harbour master Iker Dalt.\n"
)


def write_story(folder: Path, name: str, n: int) -> Path:
    path = folder / name
    path.write_text(STORY.format(n=n), encoding="utf-8")
    return path


@pytest.fixture
def settings(db_url) -> Settings:
    return Settings.load(db_url=db_url)


def test_ingest_stores_every_readable_input_and_reports_the_rest(tmp_path, db, settings):
    folder = tmp_path / "story"
    folder.mkdir()
    write_story(folder, "a.txt", 40)
    write_story(folder, "b.txt", 55)
    (folder / "empty.txt").write_text("")
    missing = str(tmp_path / "missing.txt")

    report = ingest([str(folder), missing], settings=settings, db=db)

    assert report.added == 2 and report.existing == 0
    assert sorted(a.source for a in report.articles) == ["a.txt", "b.txt"]
    failed = " | ".join(str(e) for e in report.errors)
    assert "missing.txt" in failed and "empty.txt" in failed
    assert not report.ok
    assert sorted(a.id for a in db.list_articles()) == sorted(a.id for a in report.articles)
    stored = db.get_article(report.articles[0].id)
    assert stored.raw and "Port Vell" in stored.text and stored.content_hash


def test_ingesting_again_adds_nothing_and_returns_the_stored_articles(tmp_path, db, settings):
    path = write_story(tmp_path, "a.txt", 40)
    first = ingest([str(path)], settings=settings, db=db)
    again = ingest([str(path), str(path)], settings=settings, db=db)
    assert (first.added, again.added, again.existing) == (1, 0, 2)
    assert [a.id for a in again.articles] == [a.id for a in first.articles]  # listed once
    assert db.count_articles() == 1


def test_ingest_opens_the_database_from_settings(tmp_path, settings):
    path = write_story(tmp_path, "a.txt", 40)
    report = ingest([str(path)], settings=settings)
    assert report.added == 1
    assert ingest([str(path)], settings=settings).existing == 1


def test_corpus_lines_are_counted_per_stored_article(tmp_path, db, settings):
    docs = [Document(source=f"s{n}.txt", content=STORY.format(n=n) + "\nShare this story with friends\n")
            for n in (1, 2, 3)]
    report = ingest_documents(docs, settings=settings, db=db)
    assert report.added == 3
    counts = db.corpus_lines()
    shared_keys = set.intersection(*(corpus_keys(a) for a in report.articles))
    assert shared_keys and all(counts[k] == 3 for k in shared_keys)


@pytest.mark.slow
def test_a_failing_input_stream_keeps_what_was_committed(db, settings):
    from storyline.pipeline import CLEAN_BATCH

    def stream():
        for n in range(CLEAN_BATCH + 5):
            yield Document(source=f"s{n}.txt", content=STORY.format(n=n))
        raise RuntimeError("crash while reading")

    with pytest.raises(RuntimeError):
        ingest_documents(stream(), settings=settings, db=db)
    assert db.count_articles() == CLEAN_BATCH  # the first batch was committed, article by article


def test_progress_is_reported(tmp_path, db, settings):
    calls = []
    ingest([str(write_story(tmp_path, "a.txt", 1))], settings=settings, db=db,
           progress=lambda done, total, what: calls.append((done, total)))
    assert calls[-1] == (1, 1)


@pytest.mark.slow
def test_brief_uses_the_extraction_cache(tmp_path, db, settings):
    report = ingest([str(SAMPLES)], settings=settings, db=db)
    assert report.ok and report.added == 5
    brief = brief_from_db(settings=settings, db=db)
    assert {a["source"] for a in brief["articles"]} >= {"orrin-key-herald.txt", "harbor-watch.txt"}
    version = analyzer_version(settings.model)
    assert all(db.get_extraction(a.id, version) is not None for a in report.articles)
    again = brief_for(report.articles, settings=settings, db=db)
    assert json.dumps(again["facts"], sort_keys=True) == json.dumps(brief["facts"], sort_keys=True)


@pytest.mark.slow
def test_brief_marks_the_page_scraped_twice(tmp_path, db, settings):
    report = ingest([str(SAMPLES / "harbor-watch.txt")], settings=settings, db=db)
    brief = brief_for(report.articles, settings=settings, db=None)
    internal = [c for c in brief["copies"] if c["kind"] == "internal_duplicate"]
    assert len(internal) == 1 and internal[0]["articles"] == [report.articles[0].id]
    assert brief["articles"][0]["text"].count("Oyster farmers said") == 1


def test_an_input_ingested_alone_after_a_batch_is_not_stored_twice(tmp_path, db, settings):
    for n in (1, 2, 3):
        write_story(tmp_path, f"s{n}.txt", n)
    first = ingest([str(tmp_path)], settings=settings, db=db)
    alone = ingest([str(tmp_path / "s2.txt")], settings=settings, db=db)
    assert (first.added, alone.added, alone.existing) == (3, 0, 1)
    assert alone.articles[0].id in {a.id for a in first.articles}


def test_the_cache_key_changes_with_a_swapped_learned_model(settings, monkeypatch):
    monkeypatch.delenv("STORYLINE_ATTRIBUTION_TAGGER", raising=False)
    monkeypatch.delenv("STORYLINE_ATTRIBUTION_WEIGHTS", raising=False)
    stored = analyzer_version(settings.model)
    monkeypatch.setenv("STORYLINE_ATTRIBUTION_TAGGER", "off")
    without_tagger = analyzer_version(settings.model)
    monkeypatch.setenv("STORYLINE_ATTRIBUTION_WEIGHTS", "/elsewhere/weights.json")
    assert len({stored, without_tagger, analyzer_version(settings.model)}) == 3
    monkeypatch.delenv("STORYLINE_ATTRIBUTION_TAGGER")
    monkeypatch.delenv("STORYLINE_ATTRIBUTION_WEIGHTS")
    assert analyzer_version(settings.model) == stored
