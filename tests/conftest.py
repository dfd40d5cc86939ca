"""Shared fixtures: the real spaCy pipeline, loaded once per test session."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    from storyline.nlp import load_nlp
    from storyline.settings import Settings

    return load_nlp(Settings.load().model)


@pytest.fixture(scope="session")
def parse(nlp):
    """``parse(text)`` -> spaCy Doc."""
    return nlp
