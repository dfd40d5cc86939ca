"""Stances: actor, polarity and topic from the parse; merged across outlets."""
from __future__ import annotations

import pytest
from test_fusion_helpers import article

from storyline.fusion.merge import merge_stances
from storyline.fusion.stances import find_stances
from storyline.model import Extraction, Quote

pytestmark = pytest.mark.slow  # loads the spaCy pipeline


def _stances(nlp, text, quotes=()):
    return {(s.actor, s.polarity, s.topic) for s in find_stances(nlp(text), list(quotes))}


def test_collective_expands_to_named_members(nlp):
    text = ("The three Baltic states say they are not prepared to automatically offer asylum to deserters. "
            "Estonia, Latvia and Lithuania closed their borders last week.")
    assert _stances(nlp, text) == {(c, "against", "asylum") for c in ("Estonia", "Latvia", "Lithuania")}


def test_collective_not_expanded_when_members_unnamed(nlp):
    text = "The three Baltic states say they are not prepared to automatically offer asylum to deserters."
    assert _stances(nlp, text) == set()


def test_country_subject_with_negation_and_visas(nlp):
    text = "In Latvia, Foreign Minister Anna Berzina said that Latvia would not issue humanitarian visas to deserters."
    assert _stances(nlp, text) == {("Latvia", "against", "visas")}


def test_capital_and_pronoun_resolve_to_country(nlp):
    text = "Even after the vote, the government in Vilnius insisted it will not offer shelter to deserters."
    assert _stances(nlp, text) == {("Lithuania", "against", "asylum")}


def test_refusing_verb_with_listed_countries(nlp):
    text = "The Baltic nations of Latvia, Lithuania and Estonia said they would refuse refuge to deserters."
    assert _stances(nlp, text) == {(c, "against", "asylum") for c in ("Estonia", "Latvia", "Lithuania")}


def test_may_apply_for_asylum_in_country_is_that_countrys_stance(nlp):
    text = 'The spokeswoman said: "We believe that they may apply for asylum in the United States."'
    assert _stances(nlp, text) == {("United States", "for", "asylum")}


def test_seat_of_government_as_actor(nlp):
    text = "The White House said the US will offer political asylum to those escaping the war."
    assert ("United States", "for", "asylum") in _stances(nlp, text)


def test_quote_speaker_resolves_we(nlp):
    text = '"We will not grant asylum to deserters," the Finnish interior minister said.'
    doc = nlp(text)
    q = Quote(start=1, end=text.index(',"'), text=text[1 : text.index(',"')], kind="direct",
              speaker="Maria Virtanen", speaker_role="Finnish interior minister", sentence=(0, len(text)))
    assert {(s.actor, s.polarity) for s in find_stances(doc, [q])} == {("Finland", "against")}


@pytest.mark.parametrize("text", [
    "Many people are seeking asylum in Germany.",
    "Political asylum is granted to those who are persecuted for their beliefs.",
    "Russians who applied for asylum in Georgia waited for weeks.",
])
def test_no_stance_without_an_actor_taking_a_position(nlp, text):
    assert _stances(nlp, text) == set()


def test_merge_same_actor_topic_polarity_across_articles(nlp):
    t1 = "Estonia will not grant asylum to deserters, the minister said."
    t2 = "Officials said Estonia would refuse refuge to deserters."
    arts = [article("a", t1), article("b", t2)]
    exts = [Extraction(article_id=a.id, published=a.published, stances=find_stances(nlp(a.text), []))
            for a in arts]
    merged = merge_stances(arts, exts)
    assert len(merged) == 1
    s = merged[0]
    assert (s["actor"], s["polarity"], s["topic"]) == ("Estonia", "against", "asylum")
    assert [m["article"] for m in s["mentions"]] == ["a", "b"]
    assert all(m["text"] == {"a": t1, "b": t2}[m["article"]][m["start"] : m["end"]] for m in s["mentions"])


@pytest.mark.parametrize("text,expected", [
    ("Hungary said it would veto new sanctions on the regime.", {("Hungary", "against", "sanctions")}),
    ("The European Union will impose sanctions on the airline.", {("European Union", "for", "sanctions")}),
    ("Germany will not send tanks to the front, the chancellor said.", {("Germany", "against", "military aid")}),
    ("Canada will provide weapons to the army.", {("Canada", "for", "military aid")}),
])
def test_other_topics_with_their_own_verbs(nlp, text, expected):
    assert _stances(nlp, text) == expected


def test_demonym_before_people_noun_is_not_the_state(nlp):
    assert _stances(nlp, "Russian citizens refused visas at the border.") == set()


def test_generic_endorse_and_oppose_frames(nlp):
    text = ("President Ann Vale endorsed Peter Lind on Thursday. Senator Mira Tolvo opposed the harbour tax. "
            "Iker Dalt voted against the budget.")
    assert _stances(nlp, text) == {("Ann Vale", "for", "Peter Lind"), ("Mira Tolvo", "against", "harbour tax"),
                                   ("Iker Dalt", "against", "budget")}


def test_generic_stance_skips_pronouns_hypotheticals_and_questions(nlp):
    text = ("He endorsed her on Monday. If Ann Vale endorses Peter Lind, the party will unite. "
            "Would Mira Tolvo back the harbour tax? Ann Vale could oppose the budget.")
    assert _stances(nlp, text) == set()


def test_first_person_stance_resolves_to_the_quote_speaker(nlp):
    text = "“We are against the harbour tax,” Mira Tolvo said."
    q = Quote(start=1, end=29, text="We are against the harbour tax", kind="direct", speaker="Mira Tolvo",
              sentence=(0, len(text)))
    assert _stances(nlp, text, [q]) == {("Mira Tolvo", "against", "harbour tax")}


def test_generic_stance_skips_wishes_and_permissions(nlp):
    text = "Ann Vale urged women to vote for Peter Lind. Only contortions allow Mira Tolvo to support the tax."
    assert _stances(nlp, text) == set()


def test_plural_and_singular_topics_merge():
    from storyline.model import StanceClaim

    a, b = article("a", "Iran condemned the bombing."), article("b", "Iran condemned the bombings.")
    ea = Extraction(article_id="a", published=None, stances=[StanceClaim("Iran", "condemned", "against", "bombing", 0, 27,
                                                                          a.text)])
    eb = Extraction(article_id="b", published=None, stances=[StanceClaim("Iran", "condemned", "against", "bombings", 0,
                                                                          28, b.text)])
    merged = merge_stances([a, b], [ea, eb])
    assert len(merged) == 1 and len(merged[0]["mentions"]) == 2


def test_into_the_arms_of_is_no_weapons(nlp):
    text = ("The same popular anger that saw most Britons vote to leave the EU could send crowds of angry "
            "Americans into the arms of the populists, the senator warned.")
    assert _stances(nlp, text) == set()


def test_a_country_inside_the_subjects_clause_is_not_the_actor(nlp):
    text = "The same frustration that led Britain to leave the EU could send weapons to the rebels."
    assert _stances(nlp, text) == set()


def test_half_a_hyphenated_word_is_no_topic(nlp):
    from storyline.fusion.positions import find_positions

    claims = find_positions(nlp('As governor, Kaine declared that "I strongly support" the state\'s anti-union law.'), [])
    assert all(c.topic and not c.topic.endswith("anti") for c in claims)


def test_a_possessive_topic_keeps_its_spelling(nlp):
    from storyline.fusion.positions import find_positions

    claims = find_positions(nlp("Anna Berg opposes the mayor's plan."), [])
    assert [(c.actor, c.polarity, c.topic) for c in claims] == [("Anna Berg", "against", "mayor's plan")]


@pytest.mark.parametrize("text", [
    "Another reason for Ann Vale to back Peter Lind is her son.",
    "Another, more selfish, reason for Vale to back Lind: her son.",
    '"I did not say that if Lind does X, Y and Z, I will support Peter Lind," Ann Vale said.',
    "If Lind drops the tax, Ann Vale will support Peter Lind.",
    "Ann Vale has yet to endorse Peter Lind.",
    "Ann Vale called for female contestants to wear shorter dresses.",
    "The Supreme Court blocked the company from abandoning the mines.",
    "The advert wrongly suggests that Ann Vale supports Peter Lind.",
    "Wyoming (Obama approval 26 percent, Clinton support 27 percent) is the exception.",
    # a law's title the parser cut after its second word: no topic 'Child'
    "As a New York senator, Hillary Clinton voted in 2001 for the No Child Left Behind law, which required tests.",
    # an opponent's charge, the content of a claim, a guess
    "Speaking at a rally, Peter Lind warned that Ann Vale opposes the harbour tax.",
    "The show repeated the debunked claim that Ann Vale opposed the harbour tax.",
    "Perhaps Ann Vale will oppose the harbour tax.",
    # one person saying what another favours: her characterisation, not his position
    "She said Republican Peter Lind favors a strongman approach.",
    "Tom Reed said Ann Vale opposes the harbour tax.",
    # a 'who' hung on the town the person is from: the town voted for no one
    "\"It was a promise,\" said Tom Price, a firefighter in Roanoke, Va., who voted for Mr. Lind in 2008.",
])
def test_motives_conditions_and_denied_reports_are_no_stance(nlp, text):
    assert _stances(nlp, text) == set()



@pytest.mark.parametrize("text, expected", [
    ("Henry compared him to former Gov. Pete Wilson who supported Proposition 226, a measure opposed by unions.",
     ("Pete Wilson", "for", "Proposition 226")),
    ("The call did not mention that Rubio supported the original call for a funding package.",
     ("Rubio", "for", "original call")),
], ids=["numbered-measure", "factive-report"])
def test_a_numbered_measure_and_a_fact_not_mentioned_are_stances(nlp, text, expected):
    """A number inside a name is no poll figure, and 'did not mention that X supported' still says X did."""
    assert expected in _stances(nlp, text)


def test_a_surname_actor_takes_the_full_name_its_article_quotes():
    """'Reid, who endorsed Vale' in an article quoting 'Harry Reid': the stance is Harry Reid's,
    while another article naming only 'Tom Reid' keeps its own."""
    from storyline.model import StanceClaim

    a = article("a", '"We will win," said Harry Reid. Reid endorsed Vale.')
    b = article("b", '"Not now," said Tom Reid. Reid endorsed Lind.')
    ea = Extraction(article_id="a", published=None,
                    quotes=[Quote(start=1, end=12, text="We will win", kind="direct", speaker="Harry Reid")],
                    stances=[StanceClaim("Reid", "endorsed Vale", "for", "Vale", 33, 51, "Reid endorsed Vale.")])
    eb = Extraction(article_id="b", published=None,
                    quotes=[Quote(start=1, end=8, text="Not now", kind="direct", speaker="Tom Reid")],
                    stances=[StanceClaim("Reid", "endorsed Lind", "for", "Lind", 27, 45, "Reid endorsed Lind.")])
    merged = merge_stances([a, b], [ea, eb])
    assert sorted((s["actor"], s["topic"]) for s in merged) == [("Harry Reid", "Vale"), ("Tom Reid", "Lind")]


def test_a_hyphen_inside_a_topic_word_stays(nlp):
    """'Hillary-style healthcare', not 'Hillarystyle healthcare'."""
    assert _stances(nlp, "Cruz said that Trump supports Hillary-style healthcare.") == {
        ("Trump", "for", "Hillary-style healthcare")}


def test_words_quoted_from_another_speaker_state_no_stance_of_the_one_they_name(nlp):
    """'"Vale voted for the harbour tax, not me!" Lind said': Lind's charge, not Vale's stance. Guard: a
    speaker's own 'we' still states the speaker's stance; 'Lind said Vale endorsed Tolvo' is reported plainly."""
    text = ("“Ann Vale voted for the harbour tax, not me!” Peter Lind said. Peter Lind said Ann Vale endorsed "
            "Mira Tolvo.")
    q = Quote(start=1, end=44, text=text[1:44], kind="direct", speaker="Peter Lind", sentence=(0, 62))
    assert _stances(nlp, text, [q]) == {("Ann Vale", "for", "Mira Tolvo")}


def test_a_spokesman_or_an_official_still_speaks_for_the_one_whose_position_they_give(nlp):
    """Guard: 'Her spokesman Tom Reed said Ann Vale opposes the tax' is hers, through him."""
    assert _stances(nlp, "Her spokesman Tom Reed said Ann Vale opposes the harbour tax.") \
        == {("Ann Vale", "against", "harbour tax")}


@pytest.mark.parametrize("text, expected", [
    ("Hillary Clinton has backed a no-fly zone in Syria.", ("Hillary Clinton", "for", "no-fly zone")),
    ("It is only recently that candidates, including Trump and Cruz, who has openly opposed ground troops, have "
     "spoken.", ("Cruz", "against", "ground troops")),
], ids=["no-fly", "who-has"])
def test_a_hyphened_no_and_the_nearest_of_a_pair_before_a_singular_who(nlp, text, expected):
    """'a no-fly zone' keeps its 'no' (a determiner glued to the hyphen is part of the word); 'Trump and Cruz, who
    has opposed ...' is Cruz's stance, as the singular verb says."""
    assert _stances(nlp, text) == {expected}


def test_a_topic_keeps_the_space_a_dropped_mark_stood_beside(nlp):
    """'the United States' pivot', 'the "Neocons For Hillary" movement': dropping the apostrophe or the quotation
    marks must not glue two words ('United Statespivot')."""
    from storyline.extract.quotes import find_quotes
    text = ("\u201cAs Secretary I championed the United States\u2019 pivot to the Asia Pacific,\u201d Hillary Clinton "
            "said.")
    assert _stances(nlp, text, find_quotes(nlp(text))) == {("Hillary Clinton", "for", "United States pivot")}
    text = "John Bolton denounced the nascent \u201cNeocons For Hillary\u201d movement on Tuesday."
    assert _stances(nlp, text) == {("John Bolton", "against", "nascent Neocons For Hillary movement")}


@pytest.mark.parametrize("text", [
    "Clinton has help from groups such as Planned Parenthood, who are backing up their endorsements with manpower.",
    "The bill is meant to make sure Congress has to approve any future deals with Tehran.",
    "The fraud allegations were highlighted by a super PAC that opposed Trump.",
], ids=["back-up", "has-to", "a-pac"])
def test_a_phrasal_verb_an_obligation_and_an_unnamed_actor_state_no_stance(nlp, text):
    """'backing up their endorsements' is not 'backing' them; 'has to approve' is an obligation, not approval;
    'a super PAC that opposed Trump' names no actor ('PAC' is a kind of group)."""
    assert _stances(nlp, text) == set()


def test_guard_a_group_backing_a_candidate_still_backs_her(nlp):
    """Guard for the particle rule: 'Planned Parenthood is backing Clinton' has no particle."""
    assert _stances(nlp, "Planned Parenthood is backing Hillary Clinton.") == {
        ("Planned Parenthood", "for", "Hillary Clinton")}
