"""What every request handler needs: settings, the brief and the story view of it."""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Callable

from fastapi import Request

from ..render.view import Story, build_story
from ..settings import Settings
from .service import BriefProvider, DbStory


@dataclass
class WebState:
    settings: Settings
    story: DbStory
    provider: BriefProvider
    _view: tuple[dict, Story] | None = field(default=None, repr=False)
    _pages: dict = field(default_factory=dict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def brief(self) -> dict:
        return self.provider()

    def view(self) -> tuple[dict, Story]:
        """The brief and its reading view; the view is rebuilt only when the brief object changes."""
        brief = self.provider()
        with self._lock:
            if self._view is None or self._view[0] is not brief:
                self._view = (brief, build_story(brief))
                self._pages = {}
            return brief, self._view[1]

    def cached_page(self, name: str, build: Callable[[dict, Story], str]) -> str:
        """A whole page that depends only on the brief, rendered once per brief."""
        brief, story = self.view()
        with self._lock:
            if self._view is not None and self._view[0] is brief and name in self._pages:
                return self._pages[name]
        html = build(brief, story)
        with self._lock:
            if self._view is not None and self._view[0] is brief:
                self._pages[name] = html
        return html


def state(request: Request) -> WebState:
    return request.app.state.storyline
