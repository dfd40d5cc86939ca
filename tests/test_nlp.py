"""Sentence boundaries: a line break ends a headline or a paragraph, not a wrapped line."""
from __future__ import annotations

from storyline.extract.quotes import find_quotes


def _sentences(doc):
    return [s.text.strip() for s in doc.sents if s.text.strip()]


def test_a_closing_mark_does_not_carry_into_the_next_paragraph(nlp):
    doc = nlp('"We will not sign it," she said. "It is not normal for a campaign."\n\n'
              "While it is common for firms to sign such deals, not all campaigns require staff to sign them, "
              "according to Tom Reed.")
    assert _sentences(doc)[-1].startswith("While it is common")
    acc = [q.text for q in find_quotes(doc) if q.cue == "according to"]
    assert acc == ["While it is common for firms to sign such deals, not all campaigns require staff to sign them"]


def test_a_paragraph_without_final_punctuation_ends_at_its_line(nlp):
    doc = nlp("Survey: most farmers oppose the new water tax\nThe host welcomed Maria Lopez to the show.")
    assert len(_sentences(doc)) == 2


def test_a_hard_wrapped_line_stays_one_sentence(nlp):
    doc = nlp("The council voted on Tuesday to close the old\nbridge for repairs until the spring.")
    assert len(_sentences(doc)) == 1


def test_a_count_the_recogniser_ran_into_a_name_is_its_own_figure(nlp):
    """The model tagged 'Laquan Doe 16' as one person in '... shooting Laquan Doe 16 times'; the number
    leaves the name (the entities are given here, so the test does not hang on the model)."""
    from spacy.tokens import Doc

    from storyline.nlp import numbers_out_of_names

    doc = Doc(nlp.vocab, words=["shooting", "Laquan", "Doe", "16", "times"],
              ents=["O", "B-PERSON", "I-PERSON", "I-PERSON", "O"])
    doc = numbers_out_of_names(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Laquan Doe", "PERSON"), ("16", "CARDINAL")]


def test_a_nationality_cut_off_an_organisations_name_joins_it(nlp):
    """The recogniser tagged 'Islamic' NORP and 'State' ORG in 'Islamic State claimed ...': one ORG over both
    (the entities are given here, so the test does not hang on the model)."""
    from spacy.tokens import Doc

    from storyline.nlp import nationalities_into_names

    doc = Doc(nlp.vocab, words=["Islamic", "State", "claimed", "the", "attack"],
              pos=["ADJ", "PROPN", "VERB", "DET", "NOUN"], deps=["amod", "nsubj", "ROOT", "det", "dobj"],
              heads=[1, 2, 2, 4, 2], ents=["B-NORP", "B-ORG", "O", "O", "O"])
    doc = nationalities_into_names(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Islamic State", "ORG")]
    doc = Doc(nlp.vocab, words=["Islamic", "militants", "attacked"], pos=["ADJ", "NOUN", "VERB"],
              deps=["amod", "nsubj", "ROOT"], heads=[1, 2, 2], ents=["B-NORP", "O", "O"])
    assert [(e.text, e.label_) for e in nationalities_into_names(doc).ents] == [("Islamic", "NORP")]


def test_an_organisation_with_its_nationality_speaks_under_its_whole_name(parse):
    text = ("Police killed the gunman. Islamic State claimed responsibility for the attack but officials said "
            "they do not believe he was helped.")
    assert [q.speaker for q in find_quotes(parse(text)) if q.cue == "claimed"] == ["Islamic State"]


def test_a_firms_plural_legal_form_keeps_its_full_stop(parse):
    """'Halvard Brewing Cos. said': the '.' split off 'Cos' had become the verb's subject, leaving it unnamed."""
    doc = parse("Halvard Brewing Cos. said it plans to cut prices.")
    assert "Cos." in [t.text for t in doc]
    assert [q.speaker for q in find_quotes(doc) if q.cue == "said"] == ["Halvard Brewing Cos"]
