"""JSON API: the brief contract and its articles."""
from __future__ import annotations

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse

from . import schemas
from .state import WebState, state

router = APIRouter(prefix="/api", tags=["brief"])


def _summary(article: dict) -> dict:
    out = {k: v for k, v in article.items() if k not in ("text", "removed")}
    out["chars"] = len(article.get("text") or "")
    return out


@router.get("/brief", response_model=schemas.Brief, summary="The brief (contract storyline.brief/1)")
def get_brief(st: WebState = Depends(state)) -> JSONResponse:
    """Every article with the merged facts, quotes, events, stances, conflicts and copies."""
    return JSONResponse(st.brief())


@router.get("/articles", response_model=list[schemas.ArticleSummary], summary="The articles, without their text")
def list_articles(st: WebState = Depends(state)) -> JSONResponse:
    return JSONResponse([_summary(a) for a in st.brief().get("articles") or []])


@router.get(
    "/articles/{article_id:path}",
    response_model=schemas.Article,
    responses={404: {"model": schemas.ErrorMessage, "description": "No article with this id"}},
    summary="One article with its cleaned text",
)
def get_article(article_id: str, st: WebState = Depends(state)) -> JSONResponse:
    for a in st.brief().get("articles") or []:
        if a.get("id") == article_id:
            return JSONResponse({**a, "chars": len(a.get("text") or "")})
    return JSONResponse({"detail": f"no article with id {article_id!r}"}, status_code=404)
