"""The one class that owns Storyline's SQL (SQLAlchemy 2 Core).

SQLite file by default, PostgreSQL by URL (``postgresql+psycopg://...``). The
schema is created or migrated on first use. Each write is one transaction: an
article and its corpus line counts land together or not at all, so a failure
never leaves half an article and a crash keeps what was already committed.
"""
from __future__ import annotations

import collections
import datetime as dt
import hashlib
import logging
from collections.abc import Iterable
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.pool import StaticPool

from ..errors import StorageError
from ..model import Article, Extraction, Removal
from . import migrations, schema
from .codec import extraction_from_json, extraction_to_json

log = logging.getLogger(__name__)

_UPSERT = {"sqlite": sqlite_insert, "postgresql": pg_insert}  # the supported databases

_ARTICLE_COLUMNS = (
    "id", "content_hash", "source", "url", "kind", "raw", "text", "title", "outlet", "wire",
    "bylines", "published", "published_evidence", "language", "internal_duplicate_chars",
)  # fmt: skip


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="microseconds")


def raw_hash(raw: str) -> str:
    """sha256 of the input as read (before cleaning)."""
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def line_hash(line: str) -> str:
    """Key of a corpus line (lines can be longer than an index allows)."""
    return hashlib.sha1(line.encode("utf-8")).hexdigest()


def _make_engine(url: str) -> sa.Engine:
    """Engine for ``url``; SQLite gets its directory created, WAL and a busy timeout."""
    try:
        parsed = sa.engine.make_url(url)
    except sa.exc.ArgumentError as exc:
        raise StorageError(f"{url}: not a database URL ({exc})") from exc
    if parsed.get_backend_name() not in _UPSERT:
        raise StorageError(f"{url}: unsupported database (use sqlite:///FILE or postgresql+psycopg://...)")
    if parsed.get_backend_name() == "postgresql":
        try:
            return sa.create_engine(parsed, pool_pre_ping=True)
        except (ImportError, sa.exc.NoSuchModuleError, sa.exc.ArgumentError) as exc:
            raise StorageError(f"{url}: unsupported database driver ({exc})") from exc
    database = parsed.database or ""
    if database and database != ":memory:" and not database.startswith("file:"):
        try:
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(f"{url}: cannot create the database directory ({exc.strerror})") from exc
    kwargs: dict[str, Any] = {"connect_args": {"timeout": 30}}
    if not database or database == ":memory:":
        kwargs["poolclass"] = StaticPool  # one shared in-memory database
        kwargs["connect_args"]["check_same_thread"] = False
    engine = sa.create_engine(parsed, **kwargs)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record):  # pragma: no cover - runs inside the driver
        # Let SQLAlchemy issue BEGIN itself (below): the driver's own transaction
        # handling would run DDL outside the transaction and defer write locks.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        if database and database != ":memory:":
            cur.execute("PRAGMA journal_mode=WAL")
            # WAL + NORMAL: a committed article survives a crash of the process;
            # only a power cut can lose the last commits (never corrupts).
            cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin_immediate(conn):  # pragma: no cover - runs inside the driver
        # Take the write lock up front (as datasette does): a check-then-insert
        # cannot be interleaved with another writer, and migrations are atomic.
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


class Database:
    """Articles, cached extractions and corpus line counts in one SQL database.

    >>> db = Database("sqlite:///:memory:")
    >>> db.list_articles()
    []
    """

    def __init__(self, url: str):
        self.url = url
        self.engine = _make_engine(url)
        self.safe_url = self.engine.url.render_as_string(hide_password=True)
        with self._begin("open") as conn:
            applied = migrations.migrate(conn)
        if applied:
            log.info("database %s: applied migrations %s", self.safe_url, ", ".join(applied))

    # -- plumbing ---------------------------------------------------------

    @contextmanager
    def _begin(self, action: str) -> Iterator[sa.Connection]:
        """One transaction; any database failure becomes a one-line StorageError."""
        try:
            with self.engine.begin() as conn:
                yield conn
        except sa.exc.SQLAlchemyError as exc:
            reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
            raise StorageError(f"database {self.safe_url}: cannot {action}: {reason}") from exc

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Database":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def applied_migrations(self) -> list[str]:
        with self._begin("read migrations") as conn:
            return migrations.applied(conn)

    # -- articles ---------------------------------------------------------

    def add_article(self, article: Article, *, lines: Iterable[str] = ()) -> bool:
        """Store ``article`` unless one with the same content hash exists; True if new.

        ``lines`` are the article's distinct normalised lines; each new article
        adds one to their corpus counts in the same transaction.
        """
        row = {name: getattr(article, name) for name in _ARTICLE_COLUMNS}
        row["content_hash"] = article.content_hash or article.id
        row["removed"] = [r.to_dict() for r in article.removed]
        row["warnings"] = list(article.warnings)
        row["bylines"] = list(article.bylines)
        row["raw_hash"] = raw_hash(article.raw or article.text or "")
        row["ingested_at"] = _now()
        with self._begin(f"store article {article.source}") as conn:
            if self._find_existing(conn, row):
                return False
            self._count_lines(conn, set(lines))
            conn.execute(sa.insert(schema.articles).values(**row))
        return True

    @staticmethod
    def _find_existing(conn: sa.Connection, row: dict) -> str | None:
        """Id of a stored article with the same id, cleaned content or raw input."""
        t = schema.articles
        same = (t.c.content_hash == row["content_hash"]) | (t.c.id == row["id"]) | (t.c.raw_hash == row["raw_hash"])
        if conn.dialect.name == "postgresql":
            # Serialise writers of the same input so the check and the insert are atomic.
            conn.execute(sa.select(sa.func.pg_advisory_xact_lock(sa.func.hashtext(row["raw_hash"]))))
        return conn.execute(sa.select(t.c.id).where(same).limit(1)).scalar_one_or_none()

    def existing_id(self, article: Article) -> str | None:
        """Id under which ``article`` (same id, content or raw input) is already stored, if any."""
        row = {"id": article.id, "content_hash": article.content_hash or article.id,
               "raw_hash": raw_hash(article.raw or article.text or "")}
        with self._begin("look up an article") as conn:
            return self._find_existing(conn, row)

    @staticmethod
    def _count_lines(conn: sa.Connection, lines: set[str]) -> None:
        """Add one to each line's count (an upsert: concurrent writers never collide)."""
        if not lines:
            return
        t = schema.corpus_lines
        rows = sorted(({"line_hash": line_hash(x), "line": x, "count": 1} for x in lines), key=lambda r: r["line_hash"])
        insert = _UPSERT[conn.dialect.name](t)
        conn.execute(insert.on_conflict_do_update(index_elements=[t.c.line_hash], set_={"count": t.c.count + 1}), rows)

    def get_article(self, article_id: str) -> Article | None:
        with self._begin("read an article") as conn:
            row = conn.execute(sa.select(schema.articles).where(schema.articles.c.id == article_id)).first()
        return _article(row) if row else None

    def get_article_by_hash(self, content_hash: str) -> Article | None:
        t = schema.articles
        with self._begin("read an article") as conn:
            row = conn.execute(sa.select(t).where(t.c.content_hash == content_hash)).first()
        return _article(row) if row else None

    def list_articles(self) -> list[Article]:
        """Every stored article, in the order they were ingested."""
        t = schema.articles
        with self._begin("list articles") as conn:
            rows = conn.execute(sa.select(t).order_by(t.c.ingested_at, t.c.id)).all()
        return [_article(r) for r in rows]

    def article_ids(self) -> set[str]:
        with self._begin("list article ids") as conn:
            return {r[0] for r in conn.execute(sa.select(schema.articles.c.id))}

    def count_articles(self) -> int:
        with self._begin("count articles") as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(schema.articles)).scalar_one()

    def delete_article(self, article_id: str) -> bool:
        """Remove an article and its cached extractions; True if it existed."""
        with self._begin("delete an article") as conn:
            conn.execute(sa.delete(schema.extractions).where(schema.extractions.c.article_id == article_id))
            result = conn.execute(sa.delete(schema.articles).where(schema.articles.c.id == article_id))
        return result.rowcount > 0

    # -- corpus lines -----------------------------------------------------

    def corpus_lines(self, min_count: int = 2) -> collections.Counter:
        """Lines seen in at least ``min_count`` stored articles, with their counts."""
        t = schema.corpus_lines
        with self._begin("read corpus lines") as conn:
            rows = conn.execute(sa.select(t.c.line, t.c.count).where(t.c.count >= min_count)).all()
        return collections.Counter({line: count for line, count in rows})

    # -- extractions ------------------------------------------------------

    def get_extraction(self, article_id: str, version: str) -> Extraction | None:
        """The cached analysis of an article by analyzer ``version``, or None."""
        t = schema.extractions
        with self._begin("read an extraction") as conn:
            data = conn.execute(
                sa.select(t.c.data).where((t.c.article_id == article_id) & (t.c.version == version))
            ).scalar_one_or_none()
        return extraction_from_json(data) if data is not None else None

    def save_extraction(self, ext: Extraction, version: str) -> None:
        """Cache ``ext`` for its article and ``version`` (replacing an older copy)."""
        t = schema.extractions
        where = (t.c.article_id == ext.article_id) & (t.c.version == version)
        with self._begin(f"store the extraction of {ext.article_id}") as conn:
            conn.execute(sa.delete(t).where(where))
            conn.execute(
                sa.insert(t).values(
                    article_id=ext.article_id, version=version, data=extraction_to_json(ext), created_at=_now()
                )
            )


def _article(row: sa.Row) -> Article:
    m = row._mapping
    return Article(
        id=m["id"],
        source=m["source"],
        text=m["text"],
        raw=m["raw"],
        kind=m["kind"],
        url=m["url"],
        title=m["title"],
        outlet=m["outlet"],
        wire=m["wire"],
        bylines=list(m["bylines"] or []),
        published=m["published"],
        published_evidence=m["published_evidence"],
        language=m["language"],
        removed=[Removal(text=r["text"], reason=r["reason"]) for r in (m["removed"] or [])],
        warnings=list(m["warnings"] or []),
        content_hash=m["content_hash"],
        internal_duplicate_chars=m["internal_duplicate_chars"] or 0,
    )
