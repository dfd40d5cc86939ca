"""What every request handler needs: settings, the brief and the story view of it."""
from __future__ import annotations

import threading
from dataclasses import dataclass, field

from fastapi import Request

from ..render.view import Story, build_story
from ..settings import Settings
from .service import BriefProvider, DbStory


@dataclass
class WebState:
    settings: Settings
    story: DbStory
    provider: BriefProvider
    _view: tuple[int, Story] | None = field(default=None, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def brief(self) -> dict:
        return self.provider()

    def view(self) -> tuple[dict, Story]:
        """The brief and its reading view; the view is rebuilt only when the brief object changes."""
        brief = self.provider()
        with self._lock:
            if self._view is None or self._view[0] is not brief:
                self._view = (brief, build_story(brief))
            return brief, self._view[1]


def state(request: Request) -> WebState:
    return request.app.state.storyline
