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


# ---- databases: SQLite always, PostgreSQL when STORYLINE_TEST_PG_URL is set ----

import os  # noqa: E402

PG_URL = os.environ.get("STORYLINE_TEST_PG_URL")


def _empty_postgres(url: str) -> str:
    """Drop every table of the test database so each test starts from nothing."""
    import sqlalchemy as sa

    engine = sa.create_engine(url)
    with engine.begin() as conn:
        meta = sa.MetaData()
        meta.reflect(conn)
        meta.drop_all(conn)
    engine.dispose()
    return url


@pytest.fixture(
    params=[
        "sqlite",
        pytest.param(
            "postgresql",
            marks=[
                pytest.mark.postgres,
                pytest.mark.skipif(not PG_URL, reason="STORYLINE_TEST_PG_URL not set"),
            ],
        ),
    ]
)
def db_url(request, tmp_path) -> str:
    """URL of an empty database: a SQLite file, then (when available) PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'storyline.db'}"
    return _empty_postgres(PG_URL)


@pytest.fixture
def db(db_url):
    """An open, migrated, empty :class:`storyline.store.Database`."""
    from storyline.store import Database

    database = Database(db_url)
    yield database
    database.close()
