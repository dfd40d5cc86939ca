"""Quotations in single marks (British style), apostrophes that are not marks, the speaker of
quotations whose marks the parser misreads, and interview labels.

Invented text; each case failed before the change it tests.
"""
from __future__ import annotations

from storyline.extract.quote_marks import find_marked, single_style
from storyline.extract.quotes import find_quotes

BRITISH = (
    "Residents of Eldham were moved overnight after the river burst its banks.\n\n"
    "'We had about twenty minutes to get out,' said Mark Hollis, who runs a bakery. "
    "'The water came through the back door first.'\n\n"
    "Council leader Priya Shah said the defences had been 'overwhelmed' by the rain. "
    "'We will not rest until every home is dry,' she added."
)


def _direct(quotes):
    return [(q.text, q.speaker) for q in quotes if q.kind in ("direct", "partial")]


def test_british_article_quotes_in_single_marks(parse):
    assert single_style(BRITISH)
    got = _direct(find_quotes(parse(BRITISH)))
    assert ("We had about twenty minutes to get out", "Mark Hollis") in got
    assert ("The water came through the back door first.", "Mark Hollis") in got
    assert ("overwhelmed", "Priya Shah") in got
    assert ("We will not rest until every home is dry", "Priya Shah") in got


def test_apostrophes_are_not_marks():
    text = ("'It's the O'Briens' house,' she said, 'and the '90s were good to them.'\n\n"
            "'Nobody knew,' he said. 'Not even the Joneses' lawyer knew.'")
    spans = [text[m.start:m.end] for m in find_marked(text)]
    assert spans == ["It's the O'Briens' house", "and the '90s were good to them.", "Nobody knew",
                     "Not even the Joneses' lawyer knew."]


def test_sentence_in_single_marks_is_a_quote_in_any_article(parse):
    text = ('The mayor spoke for an hour. "The plan is sound," she said.\n\n'
            "'We will build it by spring,' the mayor added.")
    got = [q for q in find_quotes(parse(text)) if q.kind == "direct"]
    assert [q.text for q in got] == ["The plan is sound", "We will build it by spring"]
    assert got[1].cue == "added"


def test_quotation_inside_a_double_quote_is_not_a_quote_of_its_own(parse):
    text = ('"She called me and said, \'You will be fine, do not worry.\' Then she hung up," '
            'Maria Lopez told reporters.')
    got = find_quotes(parse(text))
    assert [q.speaker for q in got if q.kind == "direct"] == ["Maria Lopez"]


def test_guillemet_mark_is_not_the_speaker(parse):
    text = "«Nous n'avons jamais vu ça», a French tourist told reporters."
    [q] = [q for q in find_quotes(parse(text)) if q.kind == "direct"]
    assert q.speaker is None
    assert text[q.speaker_span[0]:q.speaker_span[1]] == "a French tourist"


def test_form_of_address_is_not_part_of_the_name(parse):
    text = ("The council leader, Priya Shah, told the BBC the defences had held.\n\n"
            "Ms Shah said the repairs would start on Monday.")
    assert [q.speaker for q in find_quotes(parse(text))] == ["Priya Shah", "Priya Shah"]


def test_label_before_a_colon_names_the_speaker(parse):
    text = ("The rally was loud, and Maria Lopez spoke for an hour.\n\n"
            'Lopez: "We are going to win this district."')
    [q] = [q for q in find_quotes(parse(text)) if q.kind == "direct"]
    assert q.speaker == "Maria Lopez"


def test_interview_answer_label_is_not_reported_content(parse):
    text = "Q: How long will the checks last?\nA: As long as the sanctions remain in force, Anu Kask said."
    [q] = [q for q in find_quotes(parse(text)) if q.cue == "said"]
    assert q.text == "As long as the sanctions remain in force"


def test_plural_possessive_or_closing_mark():
    text = ("'We have never faced this,' said the leader. 'Every department will cut.'\n\n"
            "The leader warned of 'painful choices' after the students' union lost its grant.\n\n"
            "'It's not why we came into politics,' he said of the town's rock 'n' roll festival.")
    spans = [text[m.start:m.end] for m in find_marked(text)]
    assert spans == ["We have never faced this", "Every department will cut.", "painful choices",
                     "It's not why we came into politics"]
