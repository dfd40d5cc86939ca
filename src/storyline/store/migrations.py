"""Named migrations, each applied once and recorded in the same transaction.

Why not Alembic: Storyline creates its database on first use from a library
call (CLI, web app, tests), on SQLite and PostgreSQL alike. A list of named
functions plus a ``storyline_migrations`` table (the sqlite-utils pattern) does
that in one transaction without an ``alembic.ini``/``env.py``/versions tree,
and both SQLite and PostgreSQL roll DDL back with the rest of the transaction,
so a failed migration leaves no trace. A later migration that needs ``ALTER``
runs it on the connection it is given (``conn.execute(sa.text(...))``).

Rules: never edit or rename an applied migration; add a new one at the end of
:data:`MIGRATIONS` and change :mod:`.schema` to match. ``0001`` creates the
*current* shape from :mod:`.schema`, so every later migration upgrades older
databases and skips what a fresh ``0001`` already created (see ``0002``).
"""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Callable

import sqlalchemy as sa

from . import schema


@dataclass(frozen=True)
class Migration:
    name: str
    apply: Callable[[sa.Connection], None]


def _initial(conn: sa.Connection) -> None:
    """Articles, cached extractions and corpus line counts."""
    schema.metadata.create_all(
        conn, tables=[schema.articles, schema.extractions, schema.corpus_lines]
    )


def _raw_hash(conn: sa.Connection) -> None:
    """Recognise an input cleaned differently in another run by the hash of its raw text."""
    if "raw_hash" in {c["name"] for c in sa.inspect(conn).get_columns("articles")}:
        return
    conn.execute(sa.text("ALTER TABLE articles ADD COLUMN raw_hash VARCHAR(64) NOT NULL DEFAULT ''"))
    rows = conn.execute(sa.text("SELECT id, raw, text FROM articles")).all()
    for article_id, raw, text in rows:
        digest = hashlib.sha256((raw or text or "").encode("utf-8")).hexdigest()
        conn.execute(sa.text("UPDATE articles SET raw_hash = :h WHERE id = :id"), {"h": digest, "id": article_id})
    conn.execute(sa.text("CREATE INDEX ix_articles_raw_hash ON articles (raw_hash)"))


MIGRATIONS: tuple[Migration, ...] = (
    Migration("0001_initial", _initial),
    Migration("0002_articles_raw_hash", _raw_hash),
)


def applied(conn: sa.Connection) -> list[str]:
    """Names of the migrations this database has recorded, oldest first."""
    rows = conn.execute(sa.select(schema.migrations.c.name).order_by(schema.migrations.c.name))
    return [r[0] for r in rows]


def pending(conn: sa.Connection) -> list[Migration]:
    """Migrations not applied yet, in order."""
    done = set(applied(conn)) if sa.inspect(conn).has_table(schema.migrations.name) else set()
    return [m for m in MIGRATIONS if m.name not in done]


def migrate(conn: sa.Connection) -> list[str]:
    """Apply what is pending inside the caller's transaction; return the names applied.

    On PostgreSQL a transaction-level advisory lock keeps two processes from
    migrating the same database at once (SQLite's caller holds a write lock).
    """
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(hashtext('storyline_migrations'))"))
    schema.migrations.create(conn, checkfirst=True)
    names = []
    for migration in pending(conn):
        migration.apply(conn)
        now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        conn.execute(sa.insert(schema.migrations).values(name=migration.name, applied_at=now))
        names.append(migration.name)
    return names
