"""Language of the cleaned text (langdetect, seeded so that results repeat)."""
from __future__ import annotations

import logging

from langdetect import DetectorFactory, LangDetectException, detect

from .normalize import words

DetectorFactory.seed = 0
SAMPLE_CHARS = 800  # plenty to tell a language; langdetect's cost grows with the length
log = logging.getLogger(__name__)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code, or None when the text is too short to tell."""
    if len(words(text)) < 4:
        return None
    try:
        DetectorFactory.seed = 0
        return detect(text[:SAMPLE_CHARS])
    except LangDetectException as exc:
        log.debug("language not detected: %s", exc)
        return None
