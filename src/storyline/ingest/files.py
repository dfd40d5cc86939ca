"""Paths on disk: size checked before reading, directories walked in order."""
from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Iterator

from ..errors import InputError, TooLargeError
from ..settings import Settings


def _mb(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB"


def os_error(label: str, exc: OSError) -> InputError:
    """The one-line message for a path the system refused to stat or read."""
    if isinstance(exc, FileNotFoundError):
        return InputError(label, "no such file or directory")
    if isinstance(exc, PermissionError):
        return InputError(label, "permission denied")
    if isinstance(exc, IsADirectoryError):
        return InputError(label, "is a directory")
    return InputError(label, f"cannot read: {exc.strerror or exc}")


def read_file(path: Path, label: str, settings: Settings) -> bytes:
    """The bytes of one regular file; InputError for every way that fails."""
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise InputError(label, "is a directory")
        # Pipes (``<(cmd)``) have no size up front: the capped read below decides.
        if stat.S_ISREG(info.st_mode) and info.st_size > settings.max_input_bytes:
            raise TooLargeError(label, f"file is {_mb(info.st_size)}, over the {_mb(settings.max_input_bytes)} limit (max_input_bytes)")
        with path.open("rb") as fh:
            data = fh.read(settings.max_input_bytes + 1)
    except OSError as exc:
        raise os_error(label, exc) from exc
    if len(data) > settings.max_input_bytes:  # grew while we looked
        raise TooLargeError(label, f"file is over the {_mb(settings.max_input_bytes)} limit (max_input_bytes)")
    return data


def read_head(path: Path, size: int = 4096) -> bytes:
    """The first bytes of a file for sniffing; empty when it cannot be read
    (the full read then reports why)."""
    try:
        with path.open("rb") as fh:
            return fh.read(size)
    except OSError:
        return b""


def walk(directory: Path) -> Iterator[Path | InputError]:
    """Files under ``directory``, sorted, skipping hidden files and folders;
    an InputError for each folder that cannot be listed."""
    errors: list[OSError] = []
    for root, dirs, files in os.walk(directory, onerror=errors.append):
        while errors:
            yield _listing_error(errors.pop(0))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name
    for exc in errors:
        yield _listing_error(exc)


def _listing_error(exc: OSError) -> InputError:
    problem = "permission denied" if isinstance(exc, PermissionError) else f"cannot list: {exc.strerror or exc}"
    return InputError(str(exc.filename), problem)
