"""Storage: the only package that speaks SQL (see :class:`Database`)."""
from __future__ import annotations

from ..errors import StorageError
from .codec import extraction_from_json, extraction_to_json
from .database import Database
from .migrations import MIGRATIONS

__all__ = ["Database", "StorageError", "MIGRATIONS", "extraction_to_json", "extraction_from_json"]
