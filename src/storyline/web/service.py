"""The story behind the web app: the brief of the database, cached, and adding articles.

Computing a brief runs the NLP on articles not analysed yet, so it is cached
per database state (the set of article content hashes): page loads after the
first one cost a listing of the articles, not an analysis. One lock serialises
database work, since the web server handles requests on a thread pool.
"""
from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from typing import Callable, Iterable

from ..settings import Settings

log = logging.getLogger(__name__)

BriefProvider = Callable[[], dict]


@dataclass
class AddResult:
    """What adding some inputs did, in the words the page shows."""

    added: int = 0
    existing: int = 0
    errors: list[str] = field(default_factory=list)


def _count(value) -> int:
    if isinstance(value, int):
        return value
    try:
        return len(value)
    except TypeError:
        return 0


class DbStory:
    """The story stored in ``settings.db_url``; the database is opened on first use."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self._db = None
        self._lock = threading.RLock()
        self._key: tuple | None = None
        self._brief: dict | None = None

    def db(self):
        from ..store import Database

        with self._lock:
            if self._db is None:
                self._db = Database(self.settings.db_url)
            return self._db

    @property
    def has_brief(self) -> bool:
        """True once a brief was computed (e.g. by the warm-up at startup)."""
        return self._brief is not None

    def brief(self) -> dict:
        """The brief of every stored article, recomputed only when the articles changed."""
        from ..pipeline import brief_from_db

        with self._lock:
            db = self.db()
            key = self._state_key(db)
            if self._brief is None or key != self._key:
                log.info("computing the brief of %d articles", len(key))
                self._brief = brief_from_db(settings=self.settings, db=db)
                self._key = key
            return self._brief

    @staticmethod
    def _state_key(db) -> tuple:
        """What the brief depends on: the stored articles (ids are derived from content)."""
        ids = getattr(db, "article_ids", None)
        if ids is not None:
            return tuple(sorted(ids()))
        return tuple(sorted((a.id, a.content_hash) for a in db.list_articles()))

    def add_documents(self, docs: list, errors: Iterable[str] = ()) -> AddResult:
        """Clean, de-duplicate and store ``docs`` (the CLI's ingest path)."""
        from ..pipeline import ingest_documents

        result = AddResult(errors=list(errors))
        if not docs:
            return result
        with self._lock:
            report = ingest_documents(docs, settings=self.settings, db=self.db())
        result.added = _count(getattr(report, "added", 0))
        result.existing = _count(getattr(report, "existing", 0))
        result.errors += [str(e) for e in getattr(report, "errors", None) or []]
        return result

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None
