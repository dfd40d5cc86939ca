"""Text normalisation shared by every cleaning rule.

Two levels: ``tidy`` repairs the text we keep (odd spaces, line ends) without
changing its typography; ``fold``/``line_key`` produce comparison keys that
ignore quote style, dashes, case and whitespace, so a copy that differs only
in straight vs curly quotes compares equal.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata

import ftfy

_QUOTES = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u00ab": '"', "\u00bb": '"',
        "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2015": "-", "\u2212": "-",
        "\u2026": "...",
    }
)
_FOLD_CHARS = re.compile("[" + "".join(re.escape(chr(c)) for c in _QUOTES) + "]")
_ODD_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
# (also control characters a page can carry, 'a father\x1b': not C1 ones, which garbled text may need repaired)
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad\x00-\x08\x0e-\x1f\x7f]")
_MULTI_SPACE = re.compile(r" {2,}")
_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)

WORD = re.compile(r"[^\W\d_][\w'\u2019.-]*", re.UNICODE)


def tidy(text: str) -> str:
    """Unify line ends, turn odd spaces into plain ones, drop invisible characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _INVISIBLE.sub("", text)
    text = _ODD_SPACES.sub(" ", text)
    lines = [_MULTI_SPACE.sub(" ", ln).strip() for ln in text.split("\n")]
    return "\n".join(lines)


def repair_mojibake(text: str) -> tuple[str, bool]:
    """Undo text decoded with the wrong charset upstream ('PeÃ±a' for 'Peña'), which garbles names.

    ftfy's encoding fix only: quotes, ligatures and widths stay as written. Text decomposed after it was
    garbled ('A' + combining tilde for 'Ã') is composed first, but only when that lets the fix apply.
    Returns (text, repaired)."""
    if text.isascii():
        return text, False
    composed = unicodedata.normalize("NFC", text)
    fixed = ftfy.fix_encoding(composed)
    if fixed == composed:
        return text, False
    return fixed, True


def fold(text: str) -> str:
    """Comparison form: NFKC, straight quotes, plain dashes, single spaces."""
    if not text.isascii():
        text = _FOLD_CHARS.sub(lambda m: _QUOTES[ord(m.group())], unicodedata.normalize("NFKC", text))
    return " ".join(text.split())


def line_key(text: str) -> str:
    """Key of a line for counting it across articles: lower case, letters and digits only."""
    return " ".join(_NON_WORD.sub(" ", fold(text).lower()).split())


def content_hash(text: str) -> str:
    """sha256 of the folded text: the same article twice gives the same hash."""
    return hashlib.sha256(fold(text).encode("utf-8")).hexdigest()


def words(text: str) -> list[str]:
    """Word tokens (letters first); numbers are not words here."""
    return WORD.findall(text)


def ends_sentence(text: str) -> bool:
    """True when the line ends like a sentence (., !, ?, closing quote after one)."""
    t = fold(text).rstrip(" )]\"'")
    return t.endswith((".", "!", "?", ":")) and not t.endswith("...")


def unwrap_hard_wraps(text: str) -> str:
    """Join lines of hard-wrapped paragraphs (fixed width e-mail/terminal text).

    A text counts as hard-wrapped when most lines inside multi-line blocks are
    of similar width and do not end a sentence; otherwise it is left as is,
    because there each line is a unit (headline, caption, paragraph).
    """
    blocks = re.split(r"\n\s*\n", text)
    inner = [ln for b in blocks for ln in b.split("\n")[:-1] if ln.strip()]
    if len(inner) < 6:
        return text
    wide = [ln for ln in inner if 45 <= len(ln) <= 100]
    longest = max(len(ln) for ln in text.split("\n"))
    if len(wide) < 0.75 * len(inner) or longest > 110:
        return text
    return "\n\n".join(" ".join(ln.strip() for ln in b.split("\n") if ln.strip()) for b in blocks)
