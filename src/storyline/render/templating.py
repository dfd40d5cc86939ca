"""The Jinja2 environment shared by the web pages and the static HTML report.

Autoescaping is always on: every value from an article is escaped when it is
printed. Only markup built by :mod:`storyline.render.highlight` (escaped text
with our own tags between the pieces) is passed through as ``Markup``.
"""
from __future__ import annotations

import functools
from importlib import resources

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from .highlight import highlight
from .view import STATUS_LABELS, day_label, format_figure, format_number, safe_url


@functools.lru_cache(maxsize=1)
def stylesheet() -> Markup:
    """The one stylesheet, for inlining into a ``<style>`` element.

    Trusted (ships with the package); ``</`` cannot occur in it, so it cannot
    end the style element early.
    """
    css = resources.files("storyline.web").joinpath("static/storyline.css").read_text(encoding="utf-8")
    return Markup(css.replace("</", "<\\/"))


@functools.lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("storyline", "web/templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        safe_url=safe_url,
        format_number=format_number,
        format_figure=format_figure,
        day_label=day_label,
        highlight=highlight,
        status_labels=STATUS_LABELS,
        stylesheet=stylesheet,
    )
    return env


def render(template: str, **context) -> str:
    """Render one template of ``storyline/web/templates`` with ``context``."""
    return environment().get_template(template).render(**context)
