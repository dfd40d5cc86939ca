"""Adding articles from the browser: pasted text, an uploaded file, a URL or feed.

Same readers, limits and one-line error messages as the CLI
(:func:`storyline.ingest.read_bytes`, :func:`storyline.ingest.fetch_url`,
:func:`storyline.pipeline.ingest_documents`). What the user typed is shown
again when something fails, so nothing is lost.
"""
from __future__ import annotations

import datetime as dt
import logging
from pathlib import PurePath

from fastapi import APIRouter, Depends, File, Form, UploadFile
from fastapi.responses import HTMLResponse

from ..errors import InputError, StorylineError
from ..render.view import safe_url
from .pages import page
from .service import AddResult
from .state import WebState, state

log = logging.getLogger(__name__)
router = APIRouter(include_in_schema=False)

PASTED = "pasted text"


def _result_page(result: AddResult, form: dict | None = None) -> HTMLResponse:
    ok = result.added or result.existing or not result.errors
    return page("add.html", 200 if ok else 400, page_title="Add articles", result=result, form=form or {})


def _split(items) -> tuple[list, list[str]]:
    docs, errors = [], []
    for item in items:
        if isinstance(item, InputError):
            errors.append(str(item))
        else:
            docs.append(item)
    return docs, errors


def _add(st: WebState, read, form: dict | None = None) -> HTMLResponse:
    """Run ``read()`` (-> documents) and store them; any domain error becomes one line on the page."""
    try:
        docs, errors = _split(read())
        result = st.story.add_documents(docs, errors)
    except StorylineError as exc:
        result = AddResult(errors=[str(exc).splitlines()[0] if str(exc) else type(exc).__name__])
    return _result_page(result, form)


@router.get("/add", response_class=HTMLResponse)
def add_page() -> HTMLResponse:
    return page("add.html", page_title="Add articles", result=None, form={})


@router.post("/add/text", response_class=HTMLResponse)
def add_text(
    text: str = Form(""),
    title: str = Form(""),
    url: str = Form(""),
    published: str = Form(""),
    st: WebState = Depends(state),
) -> HTMLResponse:
    from ..ingest import read_bytes

    form = {"text": text, "title": title, "url": url, "published": published}
    title, url, published = title.strip(), url.strip(), published.strip()
    if url and not safe_url(url):
        return _result_page(AddResult(errors=[f"{PASTED}: the URL must start with http:// or https://"]), form)
    if published:
        try:
            dt.date.fromisoformat(published[:10])
        except ValueError:
            return _result_page(AddResult(errors=[f"{PASTED}: the publication date must look like 2024-03-31"]), form)

    def read():
        docs = read_bytes(text.encode("utf-8"), PASTED, st.settings)
        for doc in docs:
            if isinstance(doc, InputError):
                continue
            hints = {"title": title, "url": url, "published": published}
            doc.hints.update({k: v for k, v in hints.items() if v})
            if url:
                doc.url = url
        return docs

    return _add(st, read, form)


@router.post("/add/file", response_class=HTMLResponse)
def add_file(file: UploadFile = File(...), st: WebState = Depends(state)) -> HTMLResponse:
    from ..ingest import read_bytes

    name = PurePath((file.filename or "upload").replace("\\", "/")).name or "upload"
    # Read one byte past the limit so read_bytes reports the size error itself.
    data = file.file.read(st.settings.max_input_bytes + 1)
    return _add(st, lambda: read_bytes(data, name, st.settings))


@router.post("/add/url", response_class=HTMLResponse)
def add_url(url: str = Form(""), st: WebState = Depends(state)) -> HTMLResponse:
    from ..ingest import fetch_url

    url = url.strip()
    form = {"fetch_url": url}
    if not safe_url(url):
        return _result_page(AddResult(errors=[f"{url or 'URL'}: only http:// and https:// URLs can be fetched"]), form)
    return _add(st, lambda: fetch_url(url, st.settings), form)
