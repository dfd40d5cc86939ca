"""The steps glued together: read -> clean -> store, and stored articles -> brief.

Every public function takes the :class:`~storyline.settings.Settings` and an
optional open :class:`~storyline.store.Database` (opened from
``settings.db_url`` and closed again when not given). ``progress`` is an
optional callable ``progress(done, total, what)``; ``total`` is None while it
is not known yet. Input problems are collected in the report, never raised;
storage and model problems are raised (they concern every input).
"""
from __future__ import annotations

import collections
import functools
import hashlib
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__
from .errors import InputError, StorageError, StorylineError
from .model import Article, Document, Extraction
from .settings import Settings
from .store import Database

log = logging.getLogger(__name__)

Progress = Callable[[int, "int | None", str], None]

#: Documents cleaned together: the cleaner compares lines across a batch, the
#: database keeps the counts across batches and runs.
CLEAN_BATCH = 100

#: Modules whose code decides what an extraction contains; a change to any of
#: them invalidates the extraction cache.
_ANALYZER_SOURCES = (
    "analyze.py", "nlp.py", "model.py", "extract", "timeline",
    "fusion/stances.py", "fusion/positions.py", "fusion/places.py", "fusion/lexicon.py", "fusion/parse_facts.py",
    "data/attribution_weights.json", "data/attribution_tagger",
)
#: Environment variables that swap a stored model for another (held-out runs, switching the
#: tagger off): their values are part of the cache key too.
_MODEL_OVERRIDES = ("STORYLINE_ATTRIBUTION_WEIGHTS", "STORYLINE_ATTRIBUTION_TAGGER")


@dataclass
class IngestReport:
    """What one ingest run did: counts, the articles (new or already stored), the failures."""

    added: int = 0
    existing: int = 0
    errors: list[InputError] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


@contextmanager
def _database(settings: Settings, db: Database | None) -> Iterator[Database]:
    """``db`` itself, or one opened from the settings for the duration of the call."""
    if db is not None:
        yield db
        return
    opened = Database(settings.db_url)
    try:
        yield opened
    finally:
        opened.close()


#: Longer lines are story text: articles of one story share them (wire copy), so
#: counting them across the database would turn a story's own sentences into
#: "boilerplate". The cleaner compares long lines within a batch story-aware.
CORPUS_KEY_MAX = 60


def corpus_keys(article: Article) -> set[str]:
    """The article's distinct short line keys (kept and removed), as the cleaner counts them.

    Counted per article in the database: a short line many articles share
    (share/subscribe prompts, footers) is evidence of boilerplate for later runs.
    """
    from .clean import line_keys

    keys: set[str] = set()
    for block in [article.text, *(r.text for r in article.removed)]:
        keys |= line_keys(block)
    return {k for k in keys if len(k) < CORPUS_KEY_MAX}


# -- ingest -------------------------------------------------------------------


def ingest(
    inputs: Iterable[str],
    *,
    settings: Settings,
    db: Database | None = None,
    progress: Progress | None = None,
) -> IngestReport:
    """Read every input (files, directories, ``-``, URLs), clean, store; report per input."""
    from .ingest import read_inputs

    with _database(settings, db) as database:
        return _ingest_items(read_inputs(inputs, settings), database, progress)


def ingest_documents(
    docs: Iterable[Document],
    *,
    settings: Settings,
    db: Database | None = None,
    progress: Progress | None = None,
) -> IngestReport:
    """Clean and store documents already read (uploads, pasted text, benchmarks)."""
    with _database(settings, db) as database:
        return _ingest_items(docs, database, progress)


def _ingest_items(
    items: Iterable[Document | InputError], db: Database, progress: Progress | None
) -> IngestReport:
    report = IngestReport()
    corpus = db.corpus_lines()
    seen: set[str] = set()
    done = 0
    batch: list[Document] = []

    def flush() -> None:
        nonlocal done
        for article in _clean(batch, corpus, report):
            _store(article, db, corpus, report, seen)
        done += len(batch)
        batch.clear()
        if progress:
            progress(done, None, "cleaning and storing")

    for item in items:
        if isinstance(item, InputError):
            log.info("input failed: %s", item)
            report.errors.append(item)
            continue
        batch.append(item)
        if len(batch) >= CLEAN_BATCH:
            flush()
    if batch:
        flush()
    if progress:
        progress(done, done, "done")
    return report


def _clean(docs: list[Document], corpus: collections.Counter, report: IngestReport) -> list[Article]:
    """Clean a batch; when the batch fails, clean one by one so one bad document costs only itself."""
    from .clean import clean_documents

    try:
        return clean_documents(list(docs), corpus_lines=corpus)
    except Exception as exc:  # noqa: BLE001 - a cleaner failure must not lose the other inputs
        if len(docs) > 1:
            return [article for doc in docs for article in _clean([doc], corpus, report)]
        report.errors.append(_as_input_error(docs[0], exc))
        return []


def _as_input_error(doc: Document, exc: Exception) -> InputError:
    if isinstance(exc, InputError):
        return exc
    if isinstance(exc, StorylineError):
        return InputError(doc.source, str(exc))
    log.warning("cleaning %s failed", doc.source, exc_info=exc)
    return InputError(doc.source, f"cannot clean: {type(exc).__name__}: {exc}")


def _store(
    article: Article, db: Database, corpus: collections.Counter, report: IngestReport, seen: set[str]
) -> None:
    keys = corpus_keys(article)
    if db.add_article(article, lines=keys):
        report.added += 1
        corpus.update(keys)
        stored = article
    else:
        report.existing += 1
        existing = db.existing_id(article)
        stored = db.get_article(existing) if existing else None
        if stored is None:  # pragma: no cover - deleted between the two statements
            raise StorageError(f"article {article.source} vanished while being stored")
    if stored.id not in seen:
        seen.add(stored.id)
        report.articles.append(stored)


# -- brief --------------------------------------------------------------------


def analyzer_version(model: str) -> str:
    """Key of the extraction cache: package version, model and a digest of the analysis code,
    the stored learned models and any variable that replaces one of them."""
    overrides = "".join(f"{name}={os.environ.get(name, '')}\n" for name in _MODEL_OVERRIDES)
    return _analyzer_version(model, overrides)


@functools.lru_cache(maxsize=8)
def _analyzer_version(model: str, overrides: str) -> str:
    root = Path(__file__).parent
    digest = hashlib.sha256(overrides.encode())
    for name in _ANALYZER_SOURCES:
        path = root / name
        pattern = "*" if name.startswith("data/") else "*.py"  # a model folder: every file in it
        files = sorted(path.rglob(pattern)) if path.is_dir() else [path]
        for f in files:
            if f.is_file():
                digest.update(f.relative_to(root).as_posix().encode())
                digest.update(f.read_bytes())
    return f"{__version__}+{model}+{digest.hexdigest()[:16]}"


def analyze_articles(
    articles: list[Article],
    *,
    settings: Settings,
    db: Database | None = None,
    progress: Progress | None = None,
) -> list[Extraction]:
    """One extraction per article, from the cache when the same analyzer made it before."""
    from .analyze import analyze_texts

    version = analyzer_version(settings.model)
    found: dict[str, Extraction] = {}
    stored_ids: set[str] = set()
    if db is not None:
        stored_ids = db.article_ids()
        for a in articles:
            if a.id in stored_ids and (cached := db.get_extraction(a.id, version)) is not None:
                found[a.id] = cached
    todo = [a for a in articles if a.id not in found]
    total = len(todo)
    if not todo:  # nothing to parse: do not load the model
        return [found[a.id] for a in articles]
    if progress:
        progress(0, total, "analyzing")
    items = ((a.id, a.text, a.published) for a in todo)
    runs = analyze_texts(items, model=settings.model, batch_size=settings.batch_size, n_process=settings.n_process)
    for done, ext in enumerate(runs, 1):
        found[ext.article_id] = ext
        if db is not None and ext.article_id in stored_ids:
            db.save_extraction(ext, version)
        if progress:
            progress(done, total, "analyzing")
    return [found[a.id] for a in articles]


def brief_for(
    articles: list[Article],
    *,
    settings: Settings,
    db: Database | None = None,
    progress: Progress | None = None,
) -> dict:
    """The brief (contract ``storyline.brief/1``) of exactly these articles."""
    from .brief import build_brief

    extractions = analyze_articles(articles, settings=settings, db=db, progress=progress)
    return build_brief(articles, extractions)


def brief_from_db(
    *, settings: Settings, db: Database | None = None, progress: Progress | None = None
) -> dict:
    """The brief of every article the database holds."""
    with _database(settings, db) as database:
        return brief_for(database.list_articles(), settings=settings, db=database, progress=progress)


def brief_inputs(
    inputs: Iterable[str],
    *,
    settings: Settings,
    db: Database | None = None,
    progress: Progress | None = None,
) -> tuple[dict, IngestReport]:
    """Ingest ``inputs``, then brief exactly the articles they hold (new or already stored)."""
    with _database(settings, db) as database:
        report = ingest(inputs, settings=settings, db=database, progress=progress)
        return brief_for(report.articles, settings=settings, db=database, progress=progress), report


# -- extract (no database) --------------------------------------------------------

EXTRACT_SCHEMA = "storyline.extract/1"


def extract_documents(
    inputs: Iterable[str],
    *,
    settings: Settings,
    clean: bool = True,
    published: str | None = None,
    progress: Progress | None = None,
) -> Iterator[dict | InputError]:
    """Per-document extractions (contract ``storyline.extract/1``), or an InputError per failed input.

    ``clean=False`` analyses each document's decoded content exactly as read,
    so offsets index the input; otherwise the cleaned text, which is printed
    with them. ``published`` is the anchor when the document states no date.
    """
    from .analyze import analyze_texts
    from .ingest import read_inputs

    docs: list[Document] = []
    for item in read_inputs(inputs, settings):
        if isinstance(item, InputError):
            yield item
        else:
            docs.append(item)
    if clean:
        report = IngestReport()
        units = [(a.source, a.text, a.published or published) for a in _clean(docs, collections.Counter(), report)]
        yield from report.errors
    else:
        units = [(d.source, d.content, d.hints.get("published") or published) for d in docs]
    items = [(str(i), text, anchor) for i, (_src, text, anchor) in enumerate(units)]
    runs = analyze_texts(items, model=settings.model, batch_size=settings.batch_size, n_process=settings.n_process)
    for done, ((source, text, anchor), ext) in enumerate(zip(units, runs), 1):
        if progress:
            progress(done, len(units), "extracting")
        yield {
            "schema": EXTRACT_SCHEMA,
            "source": source,
            "published": anchor,
            "text": text,
            "timexes": [t.to_dict() for t in ext.timexes],
            "quotes": [q.to_dict() for q in ext.quotes],
            "quantities": [q.to_dict() for q in ext.quantities],
        }
