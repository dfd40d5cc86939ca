"""Pairing quotation marks into quoted spans, one paragraph at a time.

Straight marks carry no direction, and real articles mix curly and straight marks,
use typewriter conventions (``...'' or two apostrophes) or forget the closing mark.
Direction is therefore read from the context (space before an opening mark, space
or punctuation after a closing one), the curly shape only breaking ties. A quote
never crosses a paragraph break: one left open closes at the end of its paragraph,
so a stray mark cannot swallow the rest of the article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE_MARKS = "\"\u201c\u201d\u201e\u00ab\u00bb"
QUOTE_CHARS = DOUBLE_MARKS + "'`\u2018\u2019"
OPENERS = "\u201c\u201e\u00ab"
CLOSERS = "\u201d\u00bb"
DASHES = frozenset({"-", "--", "\u2013", "\u2014", "\u2015"})  # tokens that set off an aside or a signature
_PARA_RE = re.compile(r"[^\n]+")
_MARK_RE = re.compile("'''|''|``|[\"\u201c\u201d\u201e\u00ab\u00bb]")
_BOUNDARY_BEFORE = set(" \t([{\u2014\u2013-/:;,") | set(OPENERS)
_BOUNDARY_AFTER = set(" \t)]}.,;:!?\u2014\u2013-/\u2026") | set(CLOSERS)


@dataclass(frozen=True)
class Marked:
    """A quoted span: ``open``/``close`` are the mark offsets (``close`` None when unclosed);
    ``start``/``end`` the content inside the marks, trimmed of spaces and a trailing comma."""

    open: int
    close: int | None
    start: int
    end: int
    paragraph: tuple[int, int]
    close_len: int = 1

    @property
    def outer_end(self) -> int:
        return self.close + self.close_len if self.close is not None else self.end


def quote_token(tok) -> bool:
    """A quotation-mark token, also a doubled one ('' and `` of typewriter quotes)."""
    return bool(tok.text) and all(ch in QUOTE_CHARS for ch in tok.text)


def _content(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] == ","):
        b -= 1
    return a, b


def _looks_open(text: str, i: int, n: int, lo: int, hi: int) -> bool:
    before = text[i - 1] if i > lo else " "
    after = text[i + n] if i + n < hi else " "
    return (before in _BOUNDARY_BEFORE or before in DOUBLE_MARKS) and not after.isspace()


def _looks_close(text: str, i: int, n: int, lo: int, hi: int) -> bool:
    before = text[i - 1] if i > lo else " "
    after = text[i + n] if i + n < hi else " "
    return not before.isspace() and (after in _BOUNDARY_AFTER or after in DOUBLE_MARKS or after == "'")


def _glued_close(text: str, i: int, lo: int) -> bool:
    """'... paranoia,”Clinton said': a mark right after a comma or a sentence's end, with no space before
    the next word, closes the open quotation (an opening mark glued to a comma would start a second one)."""
    return i - 1 > lo and text[i - 1] in ",.?!" and not text[i - 2].isspace()


def _marks(text: str, lo: int, hi: int):
    """(offset, length, shape) of each double quotation mark in text[lo:hi]."""
    for m in _MARK_RE.finditer(text, lo, hi):
        i, mark = m.start(), m.group()
        if mark == "'''":  # a single mark next to a double one: the side depends on context
            yield (i + 1, 2, "'") if _looks_close(text, i + 1, 2, lo, hi) else (i, 2, "'")
        elif mark == "``":
            yield i, 2, "\u201c"
        elif mark == "''":
            yield i, 2, "'"
        else:
            yield i, 1, mark


def find_marked(text: str) -> list[Marked]:
    """All quoted spans of ``text`` with non-empty content, in order: double quotation marks,
    and single ones too in an article that quotes with single marks (British style)."""
    out = _pair(text, _marks)
    british = single_style(text)
    singles = _pair(text, _single_marks) if british else _single_quotations(text)
    doubles = [(m.open, m.outer_end) for m in out]
    for m in singles:
        inside = any(a <= m.open and m.outer_end <= b for a, b in doubles)
        crossing = any(a < m.open < b < m.outer_end or m.open < a < m.outer_end < b for a, b in doubles)
        if not crossing and not (inside and not british):
            out.append(m)  # a quotation within a double-quoted one is the quoted speaker's, not a quote
    out.sort(key=lambda m: (m.start, m.end))
    return out


def _single_quotations(text: str) -> list[Marked]:
    """Whole sentences quoted in single marks ('We left at dawn,' she said), in any article."""
    out = []
    for para in _PARA_RE.finditer(text):
        words = re.findall(r"[A-Za-z]{4,}", para.group())
        if words and sum(w[0].isupper() for w in words) > 0.6 * len(words):
            continue  # a headline ("Trump: 'I'm the Worst Thing ...'"), read by the headline rules
        for m in _SINGLE_QUOTATION.finditer(text, *para.span()):
            s, e = _content(text, m.start() + 1, m.end() - 1)
            out.append(Marked(m.start(), m.end() - 1, s, e, para.span()))
    return out


# a quotation in single marks that opens on a capital and closes after punctuation: 'We left,' she said
# (at most a thousand characters, so a paragraph of unclosed marks costs linear time)
_SINGLE_QUOTATION = re.compile("(?:^|(?<=[\\s(\u2014\u2013]))['\u2018][A-Z][^\n]{8,1000}?[,.!?]['\u2019](?=[\\s)\u2014\u2013]|$)",
                               re.M)
_DOUBLE_QUOTATION = re.compile("[\"\u201c\u201e][A-Z][^\n]{8,1000}?[,.!?][\"\u201d]")


def single_style(text: str) -> bool:
    """The article quotes speech in single marks: at least two sentence-like quotations
    in single marks, and no more in double marks."""
    singles = len(_SINGLE_QUOTATION.findall(text))
    return singles >= 2 and singles >= len(_DOUBLE_QUOTATION.findall(text))


# words that follow a closing mark rather than a plural possessive ("'painful choices' after ...")
_CLOSE_FOLLOWERS = frozenset("after before and or but as at by for from in on of to with when while if than that "
                             "is was are were has had have said says say told added".split())


def _single_marks(text: str, lo: int, hi: int):
    """(offset, 1, shape) of each single quotation mark in text[lo:hi], apostrophes left out:
    inside a word (don't, O'Brien), before a decade ('90s), after a plural ('the Smiths' house')."""
    for m in re.finditer("['\u2018\u2019]", text[lo:hi]):
        i = lo + m.start()
        before = text[i - 1] if i > lo else " "
        after = text[i + 1] if i + 1 < hi else " "
        if before.isalnum() and after.isalnum():
            continue
        if after.isdigit() and re.match(r"\d0s", text[i + 1:i + 4]):
            continue
        if before == "s" and after == " " and text[i + 2:i + 3].islower():
            nxt = re.match(r"[a-z]+", text[i + 2:i + 20])
            if not nxt or nxt.group() not in _CLOSE_FOLLOWERS:
                continue  # "the Smiths' house"; but "'painful choices' after ..." closes
        if text[i:i + 3] in ("'n'", "\u2019n\u2019", "\u2018n\u2019") or text[i - 2:i + 1] in ("'n'", "\u2019n\u2019", "\u2018n\u2019"):
            continue  # "rock 'n' roll"
        if before in "'\u2019" or after in "'\u2019":
            continue  # two apostrophes are a typewriter double mark, read by the double pass
        yield i, 1, {"\u2018": "\u201c", "\u2019": "\u201d"}.get(m.group(), "'")


def _pair(text: str, marks) -> list[Marked]:
    """Quoted spans from the marks ``marks(text, lo, hi)`` yields, paragraph by paragraph."""
    out: list[Marked] = []
    for para in _PARA_RE.finditer(text):
        lo, hi = para.span()
        opened: tuple[int, int] | None = None
        for i, n, ch in marks(text, lo, hi):
            is_open, is_close = _looks_open(text, i, n, lo, hi), _looks_close(text, i, n, lo, hi)
            if opened is None:
                if is_open or (ch in OPENERS and not is_close):
                    opened = (i, n)
                continue
            if is_close or (ch in CLOSERS and not is_open) or (not is_open and not is_close) \
                    or _glued_close(text, i, lo):
                s, e = _content(text, opened[0] + opened[1], i)
                if e > s:
                    out.append(Marked(opened[0], i, s, e, (lo, hi), n))
                opened = None
            else:  # a second opening mark: the first one was never closed
                s, e = _content(text, opened[0] + opened[1], i)
                if e > s:
                    out.append(Marked(opened[0], None, s, e, (lo, hi)))
                opened = (i, n)
        if opened is not None:
            s, e = _content(text, opened[0] + opened[1], hi)
            if e > s:
                out.append(Marked(opened[0], None, s, e, (lo, hi)))
    return out
