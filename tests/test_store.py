"""The database: migrations, de-duplication, transactions, extraction cache (SQLite and PostgreSQL)."""
from __future__ import annotations

import pytest

from storyline.errors import StorageError
from storyline.model import Article, DatedEvent, Extraction, Quantity, Quote, Removal, StanceClaim, Timex
from storyline.store import MIGRATIONS, Database


def make_article(n: int = 1, **kw) -> Article:
    text = kw.pop("text", f"The harbour of Port Vell reopened on day {n}. Crews cleared the quay.")
    return Article(
        id=kw.pop("id", f"art{n}"),
        source=kw.pop("source", f"story{n}.txt"),
        text=text,
        raw=kw.pop("raw", f"HEADLINE\n{text}\nSubscribe to our newsletter"),
        title=kw.pop("title", f"Harbour reopens ({n})"),
        outlet="The Invented Gazette",
        bylines=["Ana Lorne"],
        published="2031-04-02",
        published_evidence="April 2, 2031",
        language="en",
        removed=[Removal("Subscribe to our newsletter", "boilerplate")],
        warnings=["two dates on the page"],
        content_hash=kw.pop("content_hash", f"hash{n}"),
        internal_duplicate_chars=kw.pop("internal_duplicate_chars", 0),
        **kw,
    )


def test_first_use_creates_schema_and_records_migrations(db):
    assert db.applied_migrations() == [m.name for m in MIGRATIONS]
    assert db.list_articles() == []


def test_reopening_does_not_migrate_again(db_url):
    Database(db_url).close()
    with Database(db_url) as again:
        assert again.applied_migrations() == [m.name for m in MIGRATIONS]


def test_article_round_trip(db):
    article = make_article(internal_duplicate_chars=120, url="https://example.org/a", wire="Invented Wire")
    assert db.add_article(article) is True
    assert db.get_article("art1") == article
    assert db.get_article_by_hash("hash1") == article
    assert db.get_article("missing") is None


def test_same_content_twice_is_not_duplicated(db):
    assert db.add_article(make_article(1)) is True
    assert db.add_article(make_article(1)) is False
    # Same content read from another file: same hash, still one row.
    assert db.add_article(make_article(1, id="other-id", source="copy.txt")) is False
    assert [a.id for a in db.list_articles()] == ["art1"]
    assert db.count_articles() == 1


def test_articles_listed_in_ingest_order(db):
    for n in (3, 1, 2):
        db.add_article(make_article(n))
    assert [a.id for a in db.list_articles()] == ["art3", "art1", "art2"]


def test_failed_write_leaves_nothing_half_written(db):
    bad = make_article(2, text=None)  # NOT NULL violated after the line counts were written
    with pytest.raises(StorageError, match="story2.txt"):
        db.add_article(bad, lines=["Share this story", "Crews cleared the quay."])
    assert db.list_articles() == []
    assert db.corpus_lines(min_count=1) == {}


def test_committed_articles_survive_a_later_failure(db_url):
    first = Database(db_url)
    first.add_article(make_article(1))
    with pytest.raises(StorageError):
        first.add_article(make_article(2, text=None))
    first.engine.dispose()  # as if the process died here
    with Database(db_url) as reopened:
        assert [a.id for a in reopened.list_articles()] == ["art1"]


def test_corpus_lines_count_articles_not_occurrences(db):
    db.add_article(make_article(1), lines={"Share this story", "Port Vell reopened."})
    db.add_article(make_article(2), lines={"Share this story", "A different body line."})
    db.add_article(make_article(2), lines={"Share this story"})  # duplicate: not counted
    assert db.corpus_lines() == {"Share this story": 2}
    assert db.corpus_lines(min_count=1)["A different body line."] == 1


def _full_extraction() -> Extraction:
    timex = Timex(10, 17, "Tuesday", "DATE", "2031-04-01")
    return Extraction(
        article_id="art1",
        published="2031-04-02",
        timexes=[timex],
        quotes=[Quote(0, 9, "All clear", "direct", speaker="Ana Lorne", speaker_span=(20, 29), cue_span=(30, 34),
                      speaker_role="harbour master", cue="said", sentence=(0, 40))],
        quantities=[Quantity(41, 49, "about 40", 40.0, "approximately", None, None, "boats", (50, 55),
                             "the port authority", "Port Vell", "2031-04-01", (41, 60))],
        events=[DatedEvent(0, 40, "The quay reopened on Tuesday.", "2031-04-01", None, "day", "quay reopened",
                           "Tuesday", timex)],
        stances=[StanceClaim("Ana Lorne", "supports reopening", "for", "reopening", 0, 40, "...")],
        sentences=[(0, 40), (41, 60)],
    )


def test_extraction_cache_round_trip_per_version(db):
    db.add_article(make_article(1))
    ext = _full_extraction()
    assert db.get_extraction("art1", "v1") is None
    db.save_extraction(ext, "v1")
    assert db.get_extraction("art1", "v1") == ext
    assert db.get_extraction("art1", "v2") is None
    ext.quotes.clear()
    db.save_extraction(ext, "v1")  # replaces
    assert db.get_extraction("art1", "v1").quotes == []


def test_deleting_an_article_drops_its_cache(db):
    db.add_article(make_article(1))
    db.save_extraction(_full_extraction(), "v1")
    assert db.delete_article("art1") is True
    assert db.get_extraction("art1", "v1") is None
    assert db.delete_article("art1") is False


@pytest.mark.parametrize(
    "url, problem",
    [
        ("not a url", "not a database URL"),
        ("nosuchdialect://x/y", "unsupported database"),
        ("mysql://x/y", "unsupported database"),
        ("postgresql+psycopg://nobody@127.0.0.1:1/none", "cannot open"),
    ],
)
def test_unusable_database_gives_one_clear_error(url, problem):
    with pytest.raises(StorageError, match=problem):
        Database(url)


def test_unwritable_sqlite_location_is_a_storage_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(StorageError, match="cannot create the database directory"):
        Database(f"sqlite:///{blocker / 'sub' / 'x.db'}")


def test_in_memory_sqlite_works():
    with Database("sqlite://") as mem:
        mem.add_article(make_article(1))
        assert mem.count_articles() == 1


def test_same_input_cleaned_differently_is_recognised_by_its_raw_text(db):
    db.add_article(make_article(1, raw="RAW INPUT"))
    other_cleaning = make_article(1, id="x2", content_hash="hash-x2", raw="RAW INPUT", text="Slightly different.")
    assert db.add_article(other_cleaning) is False
    assert db.existing_id(other_cleaning) == "art1"
    assert db.existing_id(make_article(5)) is None


def test_two_writers_storing_the_same_articles_store_each_once(db_url):
    from concurrent.futures import ThreadPoolExecutor

    Database(db_url).close()  # migrate once

    def writer(_):
        with Database(db_url) as mine:
            return [mine.add_article(make_article(n)) for n in range(8)]

    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(writer, range(2)))
    assert sum(map(sum, results)) == 8
    with Database(db_url) as check:
        assert check.count_articles() == 8


def test_two_writers_counting_the_same_new_lines_do_not_collide(db_url):
    from concurrent.futures import ThreadPoolExecutor

    Database(db_url).close()

    def writer(base):
        with Database(db_url) as mine:
            return [mine.add_article(make_article(base + n), lines={"Share this story", f"line {n}"})
                    for n in range(8)]

    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(writer, (0, 100)))
    assert all(all(r) for r in results)
    with Database(db_url) as check:
        assert check.corpus_lines()["Share this story"] == 16
        assert check.corpus_lines()["line 3"] == 2
