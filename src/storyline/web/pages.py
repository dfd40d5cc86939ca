"""Server-rendered pages: the story, one article with a highlighted sentence, the reports."""
from __future__ import annotations

from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends
from fastapi.responses import HTMLResponse, Response

from ..render.highlight import highlight, valid_span
from ..render.html import render_html
from ..render.markdown import render_markdown
from ..render.templating import render
from ..render.view import Ref, article_items
from .state import WebState, state

router = APIRouter(include_in_schema=False)


def article_url(article_id: str) -> str:
    return f"/articles/{quote(article_id, safe='')}"


def mention_url(ref: Ref) -> str:
    """The article view with the sentence of ``ref`` highlighted and scrolled to (``#hl``)."""
    if ref.start is None or ref.end is None:
        return article_url(ref.article)
    query = {"start": ref.start, "end": ref.end}
    if ref.item:
        query["item"] = ref.item
    return f"{article_url(ref.article)}?{urlencode(query)}#hl"


def page(template: str, status_code: int = 200, **context) -> HTMLResponse:
    context.setdefault("static", False)
    context.setdefault("generated_at", None)
    return HTMLResponse(render(template, **context), status_code=status_code)


def message(heading: str, text: str, status_code: int) -> HTMLResponse:
    return page("message.html", status_code, page_title=heading, heading=heading, message=text)


@router.get("/", response_class=HTMLResponse)
def story_page(st: WebState = Depends(state)) -> HTMLResponse:
    def build(brief: dict, story) -> str:
        return render(
            "story.html",
            static=False,
            page_title=story.title,
            generated_at=brief.get("generated_at"),
            story=story,
            href=mention_url,
            article_href=lambda a: article_url(a["id"]),
        )

    return HTMLResponse(st.cached_page("story", build))


@router.get("/articles/{article_id:path}", response_class=HTMLResponse)
def article_page(
    article_id: str,
    start: int | None = None,
    end: int | None = None,
    item: str | None = None,
    st: WebState = Depends(state),
) -> HTMLResponse:
    _brief, story = st.view()
    article = story.article(article_id)
    if article is None:
        return message("Article not found", f"There is no article with id {article_id!r} in this story.", 404)
    text = article.get("text") or ""
    span = valid_span(text, start, end)
    return page(
        "article.html",
        page_title=article.get("title") or story.labels[article_id],
        article=article,
        label=story.labels[article_id],
        body=highlight(text, *(span or (None, None))),
        selected=story.items.get(item) if span and item else None,
        span=span,
        item=item,
        items=article_items(story, article_id),
        href=mention_url,
    )


@router.get("/report.html", response_class=HTMLResponse)
def report_html(st: WebState = Depends(state)) -> HTMLResponse:
    html = st.cached_page("report.html", lambda brief, _story: render_html(brief))
    return HTMLResponse(html, headers={"Content-Disposition": 'inline; filename="brief.html"'})


@router.get("/report.md")
def report_markdown(st: WebState = Depends(state)) -> Response:
    return Response(
        render_markdown(st.brief()),
        media_type="text/markdown; charset=utf-8",
        headers={"Content-Disposition": 'inline; filename="brief.md"'},
    )
