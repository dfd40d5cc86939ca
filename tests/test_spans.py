"""Mentions start and end on words, not on marks the parser put on the wrong side."""
from storyline.fusion.spans import mention, trim


def test_trim_drops_whitespace_and_dangling_quote_marks():
    text = 'It was calm." The captain said 40 people waited. "'
    s, e = trim(text, 12, len(text))
    assert text[s:e] == "The captain said 40 people waited."


def test_trim_keeps_a_real_opening_quote():
    text = '\u201cWe are safe,\u201d the mayor said.'
    assert trim(text, 0, len(text)) == (0, len(text))


def test_mention_text_is_exactly_the_text_at_its_offsets():
    text = "  First line.\n\n\u201d Next sentence here.  "
    m = mention("a1", text, 13, len(text))
    assert m["text"] == "Next sentence here." == text[m["start"]:m["end"]]
