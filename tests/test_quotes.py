"""Quote extraction on invented sentences: marks, splits, partial and indirect speech."""
from __future__ import annotations

import pytest

from storyline.extract.quote_marks import find_marked
from storyline.extract.quotes import find_quotes


def quotes(parse, text):
    return find_quotes(parse(text))


def only(qs, kind=None, contains=None):
    found = [q for q in qs if (kind is None or q.kind == kind) and (contains is None or contains in q.text)]
    assert len(found) == 1, [(q.kind, q.text) for q in qs]
    return found[0]


def test_straight_marks_after_attribution(parse):
    text = '"We will not give in to pressure," Foreign Minister John Harris said on Monday.'
    q = only(quotes(parse, text), "direct")
    assert q.text == "We will not give in to pressure"
    assert text[q.start : q.end] == q.text
    assert q.speaker == "John Harris"
    assert q.speaker_role == "Foreign Minister"
    assert q.cue == "said"
    assert text[slice(*q.cue_span)] == "said"
    assert q.sentence == (0, len(text))


def test_curly_marks_with_colon(parse):
    text = "Mayor Sarah Collins said: \u201cThe bridge will reopen in June.\u201d"
    q = only(quotes(parse, text), "direct")
    assert q.text == "The bridge will reopen in June."
    assert q.speaker == "Sarah Collins"
    assert q.speaker_role == "Mayor"


def test_multi_sentence_quote(parse):
    text = 'Sarah Collins said, "The bridge is old. It needs repairs. We have no money."'
    q = only(quotes(parse, text), "direct")
    assert q.text == "The bridge is old. It needs repairs. We have no money."
    assert q.speaker == "Sarah Collins"


def test_split_quote_gives_two_quotes_with_one_speaker(parse):
    text = (
        "Senator Michael Brown spoke to reporters on Tuesday.\n\n"
        "\u201cThe talks failed,\u201d he said. \u201cWe will try again next week with new partners.\u201d"
    )
    qs = [q for q in quotes(parse, text) if q.kind == "direct"]
    assert [q.text for q in qs] == ["The talks failed", "We will try again next week with new partners."]
    assert all(q.speaker == "Michael Brown" for q in qs)
    assert text[slice(*qs[0].speaker_span)] == "he"


def test_unclosed_quote_stops_at_paragraph_end():
    text = '"This quote never closes and goes on.\n\nThe next paragraph is plain reporting.'
    marked = find_marked(text)
    assert len(marked) == 1
    assert text[marked[0].start : marked[0].end] == "This quote never closes and goes on."
    assert marked[0].close is None


def test_typewriter_marks():
    text = "''It is over,'' Mr. Cole said. ``Go home.''"
    assert [text[m.start : m.end] for m in find_marked(text)] == ["It is over", "Go home."]


def test_partial_quote(parse):
    text = 'Mayor John Smith called the new tax "a big mistake" on Monday.'
    q = only(quotes(parse, text), "partial")
    assert q.text == "a big mistake"
    assert q.speaker == "John Smith"


@pytest.mark.parametrize(
    "text, content, cue",
    [
        ("John Harris said that the border would stay closed until spring.", "the border would stay closed", "said"),
        ("John Harris said Thursday that the border would stay closed.", "the border would stay closed", "said"),
        ("John Harris told LRT that the border would stay closed.", "the border would stay closed", "told"),
        ("John Harris wrote on Twitter that the border would stay closed.", "the border would stay closed", "wrote"),
        ("John Harris says the border will stay closed.", "the border will stay closed", "says"),
    ],
)
def test_indirect_speech(parse, text, content, cue):
    q = only(quotes(parse, text), "indirect")
    assert content in q.text
    assert q.cue == cue
    assert q.speaker == "John Harris"


def test_according_to(parse):
    text = "According to the Interior Ministry, 500 people crossed the border on Sunday."
    q = only(quotes(parse, text), "indirect")
    assert q.text == "500 people crossed the border on Sunday"
    assert q.cue == "According to"
    assert q.speaker == "Interior Ministry"


def test_continuation_paragraph_keeps_speaker(parse):
    text = '"We are afraid," said Anna Petrova, a teacher from Moscow.\n\n"Nobody knows what comes next for us."'
    qs = [q for q in quotes(parse, text) if q.kind == "direct"]
    assert [q.speaker for q in qs] == ["Anna Petrova", "Anna Petrova"]
    assert qs[0].speaker_role == "teacher from Moscow"


def test_scare_quotes_are_not_quotes(parse):
    text = 'The so-called "reform" was passed on Friday.'
    assert quotes(parse, text) == []


def test_parenthetical_attribution(parse):
    text = "The new plan, Mr. Pence added, would cut taxes for most families."
    qs = [q for q in quotes(parse, text) if q.kind == "indirect"]
    assert any("would cut taxes for most families" in q.text for q in qs)
    assert all(q.speaker == "Pence" for q in qs)


def test_sentence_final_attribution_without_marks(parse):
    text = "Asylum would only be granted to people who are persecuted, the ministry added."
    q = only(quotes(parse, text), "indirect")
    assert q.text.startswith("Asylum would only be granted")
    assert q.cue == "added"


def test_name_and_colon_line(parse):
    text = "Pat Caddell: the voters are angry at both parties."
    q = only(quotes(parse, text), "indirect")
    assert q.text == "the voters are angry at both parties"
    assert q.speaker == "Pat Caddell"


def test_position_verb_complement(parse):
    text = "Senator Lindsey Graham urged Republicans to join the ranks of climate change believers."
    q = only(quotes(parse, text), "indirect")
    assert q.text == "Republicans to join the ranks of climate change believers"
    assert q.speaker == "Lindsey Graham"


def test_title_in_quotation_marks_is_not_a_quote(parse):
    text = 'She said on CNN\'s "New Day" that the race was close.'
    assert all(q.text != "New Day" for q in quotes(parse, text))


def test_inverted_attribution_after_clause(parse):
    text = "The vote marks the beginning of the end for the treaty, said Geert Wilders, leader of the Freedom Party."
    q = only(quotes(parse, text), "indirect")
    assert q.text.startswith("The vote marks the beginning of the end")
    assert q.speaker == "Geert Wilders"
    assert q.speaker_role == "leader of the Freedom Party"


def test_an_opening_mark_after_a_reported_clause_is_not_part_of_it(parse):
    """'..., he said, and she gripped his hands tensely. ''There was some iciness ...'': the last mark opens the
    next quotation."""
    text = ("When she finally noticed Mr. Rogan, her eyes widened with surprise, he said, and she gripped his hands "
            "tensely. ''There was some iciness there,'' he said.")
    assert "and she gripped his hands tensely" in [q.text for q in find_quotes(parse(text))]


def test_a_quoted_transcript_line_is_said_by_its_label(parse):
    """'"WALLACE: ...' / '"PENCE: ...': a transcript quoted line by line names each speaker before a colon;
    the label is not part of the words."""
    text = ("Mike Pence spoke to Chris Wallace on Sunday.\n\nPartial transcript as follows:\n\n\"WALLACE: Let us "
            "start with the news on the debate story. Why would he do that?\n\n\"PENCE: Well, look, this is "
            "serious business for the whole country.")
    got = [(q.speaker, q.text[:12]) for q in find_quotes(parse(text)) if q.kind == "direct"]
    assert got == [("Chris Wallace", "Let us start"), ("Mike Pence", "Well, look, ")]
    # a tweet addressed to someone ('"Hale:You base ..." tweeted Prince Omar') is the one who tweeted it
    text = ("Prince Omar mocked Tom Hale.\n\n\"Hale:You base your statements on doctored pictures?I bailed you out "
            "twice;a 3rd time,maybe?\" tweeted Prince Omar, a nephew of the late king, on Thursday.")
    assert [q.speaker for q in find_quotes(parse(text)) if q.kind == "direct"] == ["Prince Omar"]


@pytest.mark.parametrize("mark", ["\u201d", '"'])
def test_a_closing_mark_glued_to_the_next_word_ends_the_quotation(parse, mark):
    """'... paranoia,\u201dClinton said. \u201cSome ...\u201d': no space after the closing mark; it still closes
    the quotation and the name after it is the speaker, of this quotation and of the next."""
    opening = "\u201c" if mark == "\u201d" else '"'
    text = (f"{opening}It has been surprising to see him traffic in paranoia,{mark}Clinton said. "
            f"{opening}Some of his comments don't fit.{mark}")
    quotes = [(q.text, q.speaker) for q in find_quotes(parse(text)) if q.kind == "direct"]
    assert quotes == [("It has been surprising to see him traffic in paranoia", "Clinton"),
                      ("Some of his comments don't fit.", "Clinton")]


def test_a_long_reported_clause_after_a_quote_does_not_take_the_quote(parse):
    """'"..." With ..., the Fed and its chairman have suggested that they intend to keep rates unchanged
    until ...': the next sentence's cue reports its own clause, even one running past the words looked at."""
    text = ('Prices edged up on Friday. "Job creation is sturdy," said Paul Lane, an economist at a bank in Boston. '
            '"The bottom line is that we\'ve got a lovely economy." With potential inflation counterbalanced by '
            'worries about possible price declines, the Fed and its chairman, Ann Berg, have suggested that they '
            'intend to keep interest rates unchanged until the economy tilts clearly in one direction or another.')
    quotes = {q.text: q.speaker for q in find_quotes(parse(text)) if q.kind == "direct"}
    assert quotes["The bottom line is that we've got a lovely economy."] == "Paul Lane"
