"""Storyline: reconcile overlapping news articles into a sourced, cross-checked picture."""
from __future__ import annotations

import logging

from .errors import InputError, ModelError, StorageError, StorylineError
from .settings import Settings

__version__ = "0.1.0"
__all__ = ["InputError", "ModelError", "Settings", "StorageError", "StorylineError", "__version__"]

logging.getLogger(__name__).addHandler(logging.NullHandler())
