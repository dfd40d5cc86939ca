"""Domain exceptions.

Everything the library raises on purpose derives from :class:`StorylineError`.
The CLI and the web app turn these into one-line messages; nothing inside the
library prints.

    StorylineError
    ├── InputError          one input cannot be read (names the input and the problem)
    │   ├── EmptyInputError
    │   ├── BinaryInputError
    │   ├── TooLargeError
    │   ├── MalformedInputError
    │   └── FetchError      a URL could not be fetched
    ├── StorageError        the database refused or failed
    └── ModelError          the spaCy model could not be loaded
"""
from __future__ import annotations


class StorylineError(Exception):
    """Base class of every error Storyline raises on purpose."""


class InputError(StorylineError):
    """One input (file, URL, stdin, record) could not be turned into an article."""

    def __init__(self, source: str, problem: str):
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")


class EmptyInputError(InputError):
    pass


class BinaryInputError(InputError):
    pass


class TooLargeError(InputError):
    pass


class MalformedInputError(InputError):
    pass


class FetchError(InputError):
    pass


class StorageError(StorylineError):
    """The database could not be opened, migrated or written."""


class ModelError(StorylineError):
    """The spaCy pipeline named in the settings is not installed or broken."""
