"""The web app: ``create_app(settings)`` builds it, ``serve(settings, host, port)`` runs it.

Server-rendered pages (FastAPI + Jinja2 with autoescaping), no JavaScript, a
JSON API with an OpenAPI description at ``/openapi.json`` (browsable at
``/docs``). Article text is untrusted: every page escapes it and a strict
Content-Security-Policy forbids scripts on our pages as a second line of defence.
"""
from __future__ import annotations

import contextlib
import ipaddress
import logging
import threading
from urllib.parse import urlsplit

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse
from starlette.middleware.trustedhost import TrustedHostMiddleware

from ..errors import StorylineError
from ..settings import Settings
from . import api, forms, pages
from .service import BriefProvider, DbStory
from .state import WebState

log = logging.getLogger(__name__)

PAGE_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
DOCS_PATHS = ("/docs", "/redoc", "/openapi.json")


def _same_origin(request: Request) -> bool:
    """False for a form post another site made the browser send (CSRF).

    Browsers say where a request comes from in ``Sec-Fetch-Site`` (or at least
    ``Origin``); clients without either (curl, scripts) are not browsers.
    """
    site = request.headers.get("sec-fetch-site")
    if site:
        return site in ("same-origin", "none")
    origin = request.headers.get("origin")
    if not origin:
        return True
    return urlsplit(origin).netloc.lower() == (request.headers.get("host") or "").lower()


def create_app(
    settings: Settings | None = None,
    *,
    brief_provider: BriefProvider | None = None,
    allowed_hosts: list[str] | None = None,
    warm_up: bool = False,
) -> FastAPI:
    """The Storyline web app over the database in ``settings.db_url``.

    ``brief_provider`` replaces where briefs come from (default: the database,
    cached per set of articles); articles added through the forms always go to
    the database. ``allowed_hosts`` restricts the Host header (DNS rebinding).
    ``warm_up`` computes the brief in the background at startup, so the first
    visitor does not wait for the analysis.
    """
    settings = settings or Settings.load()
    story = DbStory(settings)

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI):
        if warm_up:
            threading.Thread(target=_warm, args=(_app.state.storyline,), name="storyline-warm-up", daemon=True).start()
        yield
        story.close()

    app = FastAPI(
        lifespan=lifespan,
        title="Storyline",
        version="0.1.0",
        description="Reconciles overlapping news articles into a sourced, cross-checked brief. "
        "`/api/brief` serves the brief contract `storyline.brief/1`.",
    )
    app.state.storyline = WebState(settings=settings, story=story, provider=brief_provider or story.brief)
    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)

    @app.middleware("http")
    async def guard(request: Request, call_next):
        if request.method == "POST" and not _same_origin(request):
            return HTMLResponse("Cross-site form posts are refused.", status_code=403)
        response = await call_next(request)
        if not request.url.path.startswith(DOCS_PATHS):
            response.headers.setdefault("Content-Security-Policy", PAGE_CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        return response

    @app.exception_handler(StorylineError)
    async def storyline_error(request: Request, exc: StorylineError):
        line = (str(exc).splitlines() or [type(exc).__name__])[0]
        log.error("%s %s: %s", request.method, request.url.path, line)
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": line}, status_code=500)
        return pages.message("Storyline could not build the story", line, 500)

    app.include_router(pages.router)
    app.include_router(forms.router)
    app.include_router(api.router)
    return app


def _warm(state: WebState) -> None:
    try:
        state.view()
    except StorylineError as exc:  # shown to the first visitor instead
        log.warning("could not prepare the story: %s", exc)


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve(settings: Settings | None = None, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the app with uvicorn (blocking). Bound to loopback, only local Host names are accepted."""
    import uvicorn

    allowed = ["127.0.0.1", "localhost", "[::1]", host] if _loopback(host) else None
    app = create_app(settings, allowed_hosts=allowed, warm_up=True)
    uvicorn.run(app, host=host, port=port, log_level="info")
