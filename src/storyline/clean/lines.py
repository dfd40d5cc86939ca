"""The unit every plain-text cleaning rule works on: one non-blank line of the input.

Rules mark lines (``reason``) instead of deleting them, so that the cleaned text
and the list of removals are built in one place and nothing is lost.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from ..model import Removal
from .normalize import ends_sentence, fold, line_key, words


@dataclass
class Line:
    text: str
    block: int  # index of the blank-line separated block the line sits in
    reason: str | None = None  # None while kept; else boilerplate|duplicate|caption|metadata|other
    why: str = ""  # which rule, for debugging and tests
    group: int | None = None  # consecutive removals with one group id are reported as one
    cut: list[str] = field(default_factory=list)  # parts cut out of a kept line (credits)

    @property
    def kept(self) -> bool:
        return self.reason is None

    @cached_property
    def key(self) -> str:
        return line_key(self.text)

    @cached_property
    def folded(self) -> str:
        return fold(self.text)

    @cached_property
    def n_words(self) -> int:
        return len(words(self.text))

    def set_text(self, text: str) -> None:
        """Replace the text (after cutting a credit) and forget derived values."""
        self.text = text
        for name in ("key", "folded", "n_words"):
            self.__dict__.pop(name, None)

    @property
    def is_sentence(self) -> bool:
        return ends_sentence(self.text)

    def mark(self, reason: str, why: str, group: int | None = None) -> None:
        if self.reason is None:
            self.reason, self.why, self.group = reason, why, group


def split_lines(text: str) -> list[Line]:
    """Non-blank lines with the number of the block they belong to."""
    out: list[Line] = []
    block = 0
    for raw in text.split("\n"):
        if not raw.strip():
            block += 1
            continue
        out.append(Line(raw.strip(), block))
    return out


def kept(lines: list[Line]) -> list[Line]:
    return [ln for ln in lines if ln.kept]


def body_text(lines: list[Line]) -> str:
    """The cleaned text: kept lines as paragraphs separated by one blank line."""
    return "\n\n".join(ln.text for ln in lines if ln.kept)


def removals(lines: list[Line]) -> list[Removal]:
    """Every removal in reading order; a group of consecutive duplicate lines is one entry."""
    out: list[Removal] = []
    last_group: int | None = None
    for ln in lines:
        for part in ln.cut:
            out.append(Removal(part, "caption"))
        if ln.kept:
            continue
        if ln.group is not None and ln.group == last_group and out and out[-1].reason == ln.reason:
            out[-1] = Removal(out[-1].text + "\n\n" + ln.text, ln.reason)
        else:
            out.append(Removal(ln.text, ln.reason or "other"))
        last_group = ln.group
    return out


