"""The tables Storyline stores, as SQLAlchemy Core objects (the current shape).

Only :mod:`storyline.store` touches these. Migrations in :mod:`.migrations`
bring an older database up to this shape.
"""
from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

migrations = sa.Table(
    "storyline_migrations",
    metadata,
    sa.Column("name", sa.String(200), primary_key=True),
    sa.Column("applied_at", sa.String(40), nullable=False),
)

articles = sa.Table(
    "articles",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("content_hash", sa.String(128), nullable=False, unique=True),
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("url", sa.Text),
    sa.Column("kind", sa.String(20), nullable=False, default="text"),
    sa.Column("raw", sa.Text, nullable=False, default=""),
    # The same input cleaned in another batch may come out slightly different;
    # its raw hash still recognises it.
    sa.Column("raw_hash", sa.String(64), nullable=False, index=True),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("title", sa.Text),
    sa.Column("outlet", sa.Text),
    sa.Column("wire", sa.Text),
    sa.Column("bylines", sa.JSON, nullable=False),
    sa.Column("removed", sa.JSON, nullable=False),
    sa.Column("warnings", sa.JSON, nullable=False),
    sa.Column("published", sa.String(40)),
    sa.Column("published_evidence", sa.Text),
    sa.Column("language", sa.String(20)),
    sa.Column("internal_duplicate_chars", sa.Integer, nullable=False, default=0),
    sa.Column("ingested_at", sa.String(40), nullable=False, index=True),
)

extractions = sa.Table(
    "extractions",
    metadata,
    sa.Column(
        "article_id",
        sa.String(64),
        sa.ForeignKey("articles.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("version", sa.String(200), primary_key=True),
    sa.Column("data", sa.JSON, nullable=False),
    sa.Column("created_at", sa.String(40), nullable=False),
)

# How many stored articles contain each (normalised) line: the corpus evidence
# that a recurring line is boilerplate rather than story text.
corpus_lines = sa.Table(
    "corpus_lines",
    metadata,
    sa.Column("line_hash", sa.String(64), primary_key=True),
    sa.Column("line", sa.Text, nullable=False),
    sa.Column("count", sa.Integer, nullable=False),
)
