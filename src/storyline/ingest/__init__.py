"""Read inputs (files, directories, stdin, URLs, feeds, JSON, WARC) into Documents.

Nothing is cleaned here: HTML stays markup for :mod:`storyline.clean`.
"""
from .fetch import fetch_url
from .sources import read_bytes, read_inputs

__all__ = ["read_inputs", "read_bytes", "fetch_url"]
