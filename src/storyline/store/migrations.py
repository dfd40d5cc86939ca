"""Named migrations, each applied once and recorded in the same transaction.

Why not Alembic: Storyline creates its database on first use from a library
call (CLI, web app, tests), on SQLite and PostgreSQL alike. A list of named
functions plus a ``storyline_migrations`` table (the sqlite-utils pattern) does
that in one transaction without an ``alembic.ini``/``env.py``/versions tree,
and both SQLite and PostgreSQL roll DDL back with the rest of the transaction,
so a failed migration leaves no trace. A later migration that needs ``ALTER``
can still use ``alembic.operations.Operations`` on the connection it is given.

Rules: never edit or rename an applied migration; add a new one at the end of
:data:`MIGRATIONS` and change :mod:`.schema` to match. (``0001`` builds from
:mod:`.schema`; before the first change to those tables, freeze a copy of their
original shape inside ``0001``.)
"""
from __future__ import annotations

import datetime as dt
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


MIGRATIONS: tuple[Migration, ...] = (Migration("0001_initial", _initial),)


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
