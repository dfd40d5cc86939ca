"""Named migrations: recorded once, and an older database is upgraded in place."""
from __future__ import annotations

import sqlalchemy as sa

from storyline.store import MIGRATIONS, Database
from storyline.store import schema
from test_store import make_article


def test_fresh_database_records_every_migration_once(db_url):
    with Database(db_url) as db:
        assert db.applied_migrations() == [m.name for m in MIGRATIONS]
    with Database(db_url) as db:
        assert db.applied_migrations() == [m.name for m in MIGRATIONS]


def test_a_database_from_before_raw_hash_is_upgraded(db_url):
    engine = sa.create_engine(db_url)
    old = sa.MetaData()
    for table in (schema.migrations, schema.articles, schema.extractions, schema.corpus_lines):
        columns = [c._copy() for c in table.columns if c.name != "raw_hash"]
        sa.Table(table.name, old, *columns)
    with engine.begin() as conn:
        old.create_all(conn)
        conn.execute(sa.insert(old.tables["storyline_migrations"]).values(name="0001_initial", applied_at="then"))
        conn.execute(sa.insert(old.tables["articles"]).values(
            id="old1", content_hash="h-old", source="old.txt", kind="text", raw="RAW OLD", text="Old text.",
            bylines=[], removed=[], warnings=[], internal_duplicate_chars=0, ingested_at="2031-01-01",
        ))  # fmt: skip
    engine.dispose()

    with Database(db_url) as db:
        assert db.applied_migrations() == ["0001_initial", "0002_articles_raw_hash"]
        assert db.get_article("old1").text == "Old text."
        # The stored raw text is recognised even when cleaning now gives other text.
        assert db.add_article(make_article(9, raw="RAW OLD", text="Cleaned differently.")) is False
