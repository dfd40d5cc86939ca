"""Negated cues report nothing said (at most a marked, uncited attribution); every quote says what kind of cue it has."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from storyline.extract.quotes import find_quotes


def speakers_of(parse, text, cue):
    """The speakers of the quotes the rules and the learned scorer find with this cue, in text order."""
    return [q.speaker for q in find_quotes(parse(text)) if q.cue == cue]


@pytest.mark.parametrize(
    "text",
    [
        "The agency did not recommend that she face criminal charges.",
        "Novak never said that the wall would be paid for by the city.",
        "No one has claimed that the attack was planned.",
    ],
)
def test_negated_cue_gives_no_speech(parse, text):
    # the learned scorer may keep it, as attribution corpora do, but marked and never as speech
    quotes = find_quotes(parse(text))
    assert all(q.negated and q.cue_type != "speech" and q.confidence is not None for q in quotes)


def test_cue_types(parse):
    text = (
        "Novak said that the budget was balanced. Berg believes the tax is too high. "
        "Researchers found that the vaccine works."
    )
    types = {q.cue: q.cue_type for q in find_quotes(parse(text))}
    assert types == {"said": "speech", "believes": "belief", "found": "other"}


def test_direct_and_according_to_are_speech(parse):
    text = 'According to Novak, the bridge will reopen in May. "It is safe," Berg said.'
    assert {q.cue_type for q in find_quotes(parse(text))} == {"speech"}
    assert "cue_type" in find_quotes(parse(text))[0].to_dict()


def test_belief_inside_quote_is_nested_attribution(parse):
    text = '"I think the new bridge will never open," Novak said on Tuesday.'
    quotes = find_quotes(parse(text))
    nested = [q for q in quotes if q.cue == "think"]
    assert [q.text for q in nested] == ["the new bridge will never open"]
    assert nested[0].cue_type == "belief"
    assert any(q.kind == "direct" and q.text.startswith("I think") for q in quotes)


def test_first_person_belief_outside_quotes(parse):
    text = "In the interview, I think the council made a serious mistake with the budget."
    assert [q.text for q in find_quotes(parse(text)) if q.cue == "think"] == [
        "the council made a serious mistake with the budget"
    ]


def test_short_wish_complement(parse):
    found = {q.text: q.cue_type for q in find_quotes(parse("The mayor wants a referendum. She plans to resign."))}
    assert found == {"a referendum": "belief", "to resign": "belief"}


def test_impersonal_expectation_has_no_speaker(parse):
    quotes = find_quotes(parse("The new council is expected to approve the budget next week."))
    assert [(q.text, q.speaker, q.cue_type) for q in quotes] == [
        ("The new council is expected to approve the budget next week", None, "belief")
    ]


def test_colon_line_with_source_label(parse):
    text = "Survey: Most farmers oppose the new water tax\n\nThe host welcomed Maria Lopez.\nLopez: Well, nobody saw the storm coming."
    found = {q.text: q.speaker for q in find_quotes(parse(text))}
    assert found["Most farmers oppose the new water tax"] is None
    assert found["Well, nobody saw the storm coming"] == "Maria Lopez"


def test_trailing_aside_is_not_content(parse):
    text = "She announced her plan to cut emissions from power plants, which gave the team the leverage it needed."
    assert [q.text for q in find_quotes(parse(text)) if q.cue == "plan"] == ["to cut emissions from power plants"]


def test_seen_as_is_a_belief(parse):
    quotes = find_quotes(parse("Developers see old golf courses as wasted space. We saw him at the market."))
    assert [(q.text, q.cue_type) for q in quotes] == [("old golf courses as wasted space", "belief")]


def test_in_a_poll_attributes_the_main_clause_to_the_poll(nlp):
    quotes = find_quotes(nlp("In the latest Harbor Institute poll, the mayor leads her rival by nine points."))
    assert [(q.text, q.cue) for q in quotes] == [("the mayor leads her rival by nine points", "In")]
    # the poll speaks for the institute named in it
    assert quotes[0].speaker == "Harbor Institute" and quotes[0].speaker_span == (14, 30)
    assert quotes[0].cue_type == "other"


def test_in_a_statement_leaves_the_attribution_to_the_cue_verb(nlp):
    quotes = find_quotes(nlp("In a statement, the ministry said the border would stay open."))
    assert [(q.text, q.cue) for q in quotes] == [("the border would stay open", "said")]


@pytest.mark.parametrize(
    "text",
    [
        "On Thursday, Mayor Jane Holt spoke to a gathering of dairy farmers in the valley.",
        "The senator appeared on a late-night talk show in Boston.",
        # 'concluding' a process ends it; only a clause says what was concluded
        "The agency must publish the files this month, concluding the disclosure process by Feb. 29.",
    ],
)
def test_an_audience_or_a_stage_is_not_what_was_said(parse, text):
    assert find_quotes(parse(text)) == []


def test_speaking_about_a_topic_reports_the_topic(parse):
    quotes = find_quotes(parse("She spoke about her deep ties to the fishing towns along the coast."))
    assert [(q.text, q.cue) for q in quotes] == [("her deep ties to the fishing towns along the coast", "spoke")]


def test_reportedly_attributes_the_clause_to_unnamed_reports(parse):
    quotes = find_quotes(parse("The senator reportedly met the donors at a hotel in Reno last week."))
    assert [(q.text, q.cue, q.speaker, q.cue_type) for q in quotes] == [
        ("The senator reportedly met the donors at a hotel in Reno last week", "reportedly", None, "other")
    ]


def test_a_named_report_keeps_its_own_attribution_over_allegedly(parse):
    quotes = find_quotes(parse("Two officers allegedly beat the man, Ms. Okafor said."))
    assert [(q.cue, q.speaker) for q in quotes] == [("said", "Okafor")]


def test_a_name_the_parser_hung_on_the_reported_clause_is_the_speaker(parse):
    text = ("About 3,000 litres of fuel leaked into Gannet Bay after the ferry Saltmarsh Queen ran aground on Tuesday "
            "evening, Commander Delia Marsh of the Orrin Key coast guard said.")  # from our invented sample story
    quotes = find_quotes(parse(text))
    assert [(q.text.endswith("Tuesday evening"), q.speaker) for q in quotes] == [(True, "Delia Marsh")]


def test_a_possessor_before_the_speaker_is_not_the_speaker(parse):
    quotes = find_quotes(parse("The charges were dropped on Monday, Tom Hale's lawyer said."))
    assert [q.speaker for q in quotes] != ["Tom Hale"]


def test_a_speech_noun_with_a_possessor_before_a_quote_names_the_speaker(parse):
    text = ('Maria Lopez spoke first. The miners will not back her after her remark that, "We are going to '
            'shut down every pit in the valley." The union will stay neutral this year, Tom Reed told the Herald.')
    direct = [q for q in find_quotes(parse(text)) if q.kind == "direct"]
    assert [(q.speaker, q.cue) for q in direct] == [("Maria Lopez", "remark")]


def test_a_cue_after_a_quote_that_reports_its_own_clause_does_not_take_the_quote(parse):
    text = '"The harbour will reopen next week." Officials said the dredging was finished.'
    direct = [q for q in find_quotes(parse(text)) if q.kind == "direct"]
    assert [(q.speaker, q.cue) for q in direct] == [(None, None)]


def test_a_clause_ending_in_a_colon_gives_its_subject_as_speaker(parse):
    text = ('Anna Berg visited the port on Monday. When she was asked about the strike, she gave this '
            'answer: "We will pay every worker what they are owed."')
    direct = [q for q in find_quotes(parse(text)) if q.kind == "direct"]
    assert [q.speaker for q in direct] == ["Anna Berg"]


def test_a_sign_before_a_colon_is_not_a_speaker(parse):
    direct = find_quotes(parse('The banner read: "Workers of the port, unite now and forever."'))
    assert [q.speaker for q in direct] == [None]


def test_a_speaker_whose_relative_clause_the_parser_misread_is_found(parse):
    # the parser hangs 'called' on 'campaign'; the name before the relative clause speaks
    text = ("Paul Grant, who served as Mitt Romney's chief strategist during the 2012 campaign, called "
            'Trump\'s remarks on Sunday "childish."')
    quotes = find_quotes(parse(text))
    assert quotes and {q.speaker for q in quotes} == {"Paul Grant"}


def test_a_place_the_parser_made_a_second_subject_is_not_the_speaker(parse):
    # the parser gives 'went' two subjects, 'New Hampshire' and 'Harlow'; the participle speaks for the person
    text = "Speaking at a town hall event in Salem, New Hampshire, Harlow went after Dunn, calling him \u201ca total fraud.\u201d"
    assert [q.speaker for q in find_quotes(parse(text))] == ["Harlow"]


def test_a_place_possessive_is_not_part_of_the_speaker_name(parse):
    text = 'Vermont\u2019s Ada Fisher told the delegates: "I have backed this plan since the very beginning."'
    assert [q.speaker for q in find_quotes(parse(text))] == ["Ada Fisher"]


def test_a_title_inside_quotation_marks_is_not_the_speaker_role(parse):
    text = ('The crowd cheered for "President Tom Reed." Later Tom Reed spoke. '
            '"We will open the new library before the winter," Reed said.')
    direct = [q for q in find_quotes(parse(text)) if q.speaker == "Tom Reed"]
    assert direct and all(q.speaker_role is None for q in direct)


@pytest.mark.parametrize(
    "text",
    [
        "Several firms have called off projects with the developer because of his comments.",
        "Some donors, targeted by a boycott from an advocacy group called Fair Pay Now, sat out the convention.",
        "The debate promised to be a crucial moment for the governor.",
        "Only time will tell if his lead will last through the spring.",
    ],
)
def test_cue_verbs_in_a_sense_that_reports_nothing(parse, text):
    assert find_quotes(parse(text)) == []


def test_people_still_promise_and_threaten(parse):
    quotes = find_quotes(parse("Party officials promised to release the full results on Friday."))
    assert [q.cue for q in quotes] == ["promised"]


def test_according_to_after_that_reports_the_clause_that_follows(parse):
    text = ("Tom Reed, a party spokesman, said Tuesday that according to its own count, the party has won "
            "most of the seats in the north.")
    acc = [q for q in find_quotes(parse(text)) if q.cue == "according to"]
    assert [q.text for q in acc] == ["the party has won most of the seats in the north"]


def test_speaking_on_condition_of_anonymity_is_not_the_topic(parse):
    text = "One aide, who spoke on the condition of anonymity to describe the meeting, left early."
    assert all("anonymity" not in q.text for q in find_quotes(parse(text)))


def test_a_headline_verb_is_not_part_of_the_name(parse):
    text = ("Anna Berg Refuses To Say Whether She Will Run.\n\n"
            '"I have not decided yet what I will do next year," she said.')
    assert {q.speaker for q in find_quotes(parse(text))} == {"Anna Berg"}


def test_a_possessive_pronoun_is_dropped_from_a_role(parse):
    text = 'Tom Reed spoke first. "We will win this state by a wide margin," said Paul Grant, his top aide.'
    assert [(q.speaker, q.speaker_role) for q in find_quotes(parse(text))] == [("Paul Grant", "top aide")]


def test_declining_to_say_reports_the_refusal_not_what_was_not_said(parse):
    quotes = find_quotes(parse("The senator declined to say whether she would support the bill."))
    assert [(q.cue, q.text) for q in quotes] == [("declined", "to say whether she would support the bill")]


def test_a_dateline_is_not_part_of_the_speaker_name(parse):
    text = "BERLIN - Donald Trump said on Monday that the border would stay open all week."
    assert [q.speaker for q in find_quotes(parse(text))] == ["Donald Trump"]


def test_a_time_zone_is_nobody_a_pronoun_could_mean(parse):
    text = ('The Latest on the campaign (all times Eastern Standard Time).\n\nIn a speech, he vowed that '
            '"billionaires would have to pay their fair share."')
    assert [q.speaker for q in find_quotes(parse(text))] == [None]


def test_a_quote_signed_with_a_dash_and_a_name_on_its_line(parse):
    text = ("Readers sent us their views.\n\n"
            "\u201cI just hope that this campaign gets young people to register this fall.\u201d \u2015 Jorge Falcon\n"
            "\u201cMaybe we can build a fence around the whole stadium.\u201d \u2015 Steve Quinlan.\n"
            "\u201cThe most unqualified candidate to ever run for this office in our state.\u201d \u2014 Reuters\n")
    direct = [q for q in find_quotes(parse(text)) if q.kind == "direct"]
    assert [(q.speaker, q.cue_type) for q in direct] == [
        ("Jorge Falcon", "speech"), ("Steve Quinlan", "speech"), ("Reuters", "speech")]


def test_a_dash_before_a_clause_is_no_signature(parse):
    text = 'Tom Reed spoke first. "We will open the library in May," he said \u2014 and then he left the hall.'
    assert [q.speaker for q in find_quotes(parse(text)) if q.kind == "direct"] == ["Tom Reed"]


def test_a_byline_after_a_quote_inside_a_sentence_is_not_its_speaker(parse):
    text = 'The prime minister insisted that his party was "still the first force in the country."--Kim Berg\n'
    quotes = [q for q in find_quotes(parse(text)) if q.kind in ("direct", "partial")]
    assert quotes and all(q.speaker != "Kim Berg" for q in quotes)


def test_a_pageant_title_is_not_part_of_the_name(parse):
    text = "Former Miss Universe Alicia Machado said on Friday that she would keep campaigning for the senator."
    assert [q.speaker for q in find_quotes(parse(text))] == ["Alicia Machado"]


def test_an_aside_inside_the_clause_is_kept(parse):
    text = ("He says the mayor's plan to close the port -- a position the council has since softened -- and "
            "her remarks about dockers caused the strike.")
    said = [q.text for q in find_quotes(parse(text)) if q.cue == "says"]
    assert said == ["the mayor's plan to close the port -- a position the council has since softened -- and "
                    "her remarks about dockers caused the strike"]


def test_a_second_report_ends_the_first(parse):
    text = ("Mara Olsen said the warning showed that the board did not understand the risk, and accused "
            "the harbour office of hiding the survey.")
    said = [q.text for q in find_quotes(parse(text)) if q.cue == "said"]
    assert said == ["the warning showed that the board did not understand the risk"]


def test_according_to_reports_the_main_clause_not_a_trailing_aside(parse):
    text = ("Rents would go up by 12 percent, according to the Harbor Institute, more than twice what it "
            "projected for the richest tenth of the households in the old town.")
    acc = [q.text for q in find_quotes(parse(text)) if q.cue == "according to"]
    assert acc == ["Rents would go up by 12 percent"]


@pytest.mark.parametrize("dateline", ["GRANITE FALLS, Minn. (AP) \u2014 ", "GRANITE FALLS, Feb. 2 (UPI) \u2014 "])
def test_a_dateline_is_not_part_of_what_was_reported(parse, dateline):
    text = dateline + "The county's new levy will double the cost of the bridge, officials said."
    said = [q.text for q in find_quotes(parse(text)) if q.cue == "said"]
    assert said == ["The county's new levy will double the cost of the bridge"]


def test_a_second_report_keeps_the_first_speaker(parse):
    text = ("Mara Olsen said the warning showed that the board did not understand the risk, and accused "
            "the harbour office of hiding the survey. Mayor Tom Berg said the bridge would reopen in May, "
            "adding that the tolls would stay.")
    found = {q.cue: (q.text, q.speaker) for q in find_quotes(parse(text))}
    assert found["accused"] == ("the harbour office of hiding the survey", "Mara Olsen")
    assert found["said"] == ("the bridge would reopen in May", "Tom Berg")
    assert found["adding"] == ("that the tolls would stay", "Tom Berg")


def test_a_clause_on_each_side_of_the_cue(parse):
    text = ("It is no surprise, Ms. Vance said, that the northern towns, which have had the same problem for "
            "years, voted for the new levy.")
    said = [q.text for q in find_quotes(parse(text)) if q.cue == "said"]
    assert said == ["It is no surprise",
                    "that the northern towns, which have had the same problem for years, voted for the new levy"]


def test_a_headline_names_its_source_before_a_colon(parse):
    text = ("EXCLUSIVE \u2013 Dana Whitlock: Do Not Trust the Harbor Audit.\n"
            "Dana Whitlock, who is challenging the mayor, said on Monday that the audit was rushed.\n\n"
            "Coastal Watch: Port Office Hid Key Survey For Years.\n"
            "The group Coastal Watch said the office had kept the survey from the council.\n\n"
            "Port Challenger Mara Olsen: Fire Director Lind, \u2018Open the Books.\u2019\n"
            "Mara Olsen said the director should go.\n\n"
            "Note: The bridge is closed on Sundays for the whole summer.")
    colon = {q.text: q.speaker for q in find_quotes(parse(text)) if q.cue == ":"}
    assert colon == {
        "Do Not Trust the Harbor Audit": "Dana Whitlock",
        "Port Office Hid Key Survey For Years": "Coastal Watch",
        "Fire Director Lind, \u2018Open the Books.\u2019": "Mara Olsen",
    }


@pytest.mark.parametrize(
    "text, content",
    [
        ("The county kept 900 pages of records, which she said covered all her official trips.",
         "which she said covered all her official trips"),
        ("The mayor vetoed a bill on parking, which critics said was unfair to delivery drivers.",
         "which critics said was unfair to delivery drivers"),
        ("Farms have had to adapt to what she said is growing demand for organic milk.",
         "what she said is growing demand for organic milk"),
    ],
)
def test_a_report_inside_a_relative_clause(parse, text, content):
    said = [q.text for q in find_quotes(parse(text)) if q.cue == "said"]
    assert said == [content]


def test_a_relative_clause_whose_gap_is_the_object_reports_nothing(parse):
    assert [q for q in find_quotes(parse("She repeated the claim that he said in May.")) if q.cue == "said"] == []


@pytest.mark.parametrize("text, content", [
    ("This campaign, he says, is different.", "This campaign, he says, is different"),
    ("It was, she said, the worst week of her career.", "It was, she said, the worst week of her career"),
    ("The question of whether to close every account at once, she said, is not so simple.",
     "The question of whether to close every account at once, she said, is not so simple"),
], ids=["two-halves", "it-was", "subject-then-predicate"])
def test_a_clause_the_cue_interrupts_is_one_quote(parse, text, content):
    """'It was' alone says nothing: the two halves around the cue are one report."""
    assert [q.text for q in find_quotes(parse(text))] == [content]


@pytest.mark.parametrize("text, content", [
    ("Back in Virginia, Mr. Lind said, he decided to take on the mining firms.", "he decided to take on the mining firms"),
    ("Too often, Ms. Vale said, the debate over coal is tribal.", "the debate over coal is tribal"),
    ("But without the means to travel to rallies, Ms. Vale said, she turned to her phone.",
     "she turned to her phone"),
    ("With rebel fighters playing a more dominant role in the war, they said, the president has deepened his "
     "resistance to arming them.", "the president has deepened his resistance to arming them"),
], ids=["back-in", "too-often", "but-without", "with-x-doing"])
def test_an_opening_phrase_before_a_cue_is_no_quote_of_its_own(parse, text, content):
    """The scene-setting words before 'X said,' state nothing; the clause after it does."""
    assert [q.text for q in find_quotes(parse(text)) if q.cue == "said"] == [content]


def test_to_a_person_opening_a_sentence_states_their_view(parse):
    text = ("To Sexton, who has studied the rallies, Tuesday marked a turning point. "
            "For Mayor Lind, it was a day of celebration. For years, the bridge has been closed. "
            "To the north, the river floods every spring.")
    assert [(q.text, q.cue) for q in find_quotes(parse(text))] == [("Tuesday marked a turning point", "To")]


def test_a_participle_describing_a_noun_is_no_cue(parse):
    text = "He could not overcome her big leads in both pledged delegates and the popular vote."
    assert find_quotes(parse(text)) == []


@pytest.mark.parametrize("text", [
    "She will present her proposals in a speech on Friday in Tampa.",
    "The senator went on the record recently in an interview with a local radio station.",
])
def test_an_occasion_after_the_clause_is_no_source(parse, text):
    assert [q for q in find_quotes(parse(text)) if q.cue == "in"] == []


def test_a_clause_joined_after_the_report_still_belongs_to_it(parse):
    text = ("Ana Ruiz said she got a scholarship for her first year, but her parents earned too much for any "
            "other grant. Mara Olsen said the port would close, and Tom Berg left the room. "
            "Ivo Lind said the plan had not won him over, but he praised its goals.")
    said = {q.speaker: q.text for q in find_quotes(parse(text)) if q.cue == "said"}
    assert said == {
        "Ana Ruiz": "she got a scholarship for her first year, but her parents earned too much for any other grant",
        "Mara Olsen": "the port would close",
        "Ivo Lind": "the plan had not won him over",
    }


def test_saying_little_or_nothing_reports_nothing(parse):
    text = "She has said little about the harbour plan in recent months. He said nothing about the new tolls."
    assert [q for q in find_quotes(parse(text)) if q.cue == "said"] == []


def test_backing_a_name_is_a_position_a_pronoun_is_not(parse):
    text = "Most of the students who support Ruiz are in college. They support it."
    assert [(q.text, q.cue) for q in find_quotes(parse(text))] == [("Ruiz", "support")]


def test_the_question_asked_is_the_clause_not_the_person(parse):
    # the parser hangs this 'if' clause on the verb as an adverbial clause, not a complement
    text = "The Gazette asked the young council candidate if he had been saving money for the campaign."
    asked = [(q.cue, q.text) for q in find_quotes(parse(text)) if q.cue == "asked"]
    assert asked == [("asked", "if he had been saving money for the campaign")]


def test_a_dateline_city_is_not_the_speaker_even_when_named_later(parse):
    text = ("RIVERTON, July 29 (UPI) \u2014 Fans of the singer took to social media to complain about her "
            "visit to the convention in Riverton.")
    assert all(q.speaker != "Riverton" for q in find_quotes(parse(text)))


def test_an_object_relative_is_not_a_reported_clause(parse):
    text = "Look no further than the mayor whom Vance mentioned later in her speech to find a leader."
    assert [q for q in find_quotes(parse(text)) if q.cue == "mentioned"] == []


def test_a_one_word_half_is_no_quote(parse):
    quotes = find_quotes(parse("Now, she said, the plan is dead in the water. Perhaps, he said."))
    assert [q.text for q in quotes] == ["the plan is dead in the water"]


def test_a_relative_clause_naming_something_reports_nothing(parse):
    text = "The park, which Mayor Vance on Friday declared as the first city garden open at night, is small."
    assert [q for q in find_quotes(parse(text)) if q.text.startswith("which")] == []


def test_a_second_clause_that_is_its_own_report_is_not_content(parse):
    text = ("Berg said Vance \u201cwould have no chance to win,\u201d the aide recalled, adding that Berg said "
            "of his sister: \u201cShe is going to run for the seat.\u201d Lind said the plan would fail and the "
            "council said it would not.")
    said = [q.text for q in find_quotes(parse(text)) if q.cue == "said"]
    assert said == ["She is going to run for the seat.", "the plan would fail", "it would not"]


def test_according_to_ending_in_a_colon_reports_the_next_paragraph(nlp):
    text = ("According to Ana Ruiz, writing for the Harbor Gazette:\n\n"
            "The port office has widened its inquiry into the dredging contract.")
    acc = [(q.text, q.speaker) for q in find_quotes(nlp(text)) if q.cue == "According to"]
    assert acc == [("The port office has widened its inquiry into the dredging contract", "Ana Ruiz")]


def test_a_name_inside_a_quoted_title_is_not_the_speaker(parse):
    text = ("Berg, who leads a church in Riverton, attacked the library on his weekly radio show, "
            "\u201cMornings with Tom Vance,\u201d the Riverton Courier first reported.")
    rep = [(q.text, q.speaker) for q in find_quotes(parse(text)) if q.cue == "reported"]
    assert rep and rep[0][1] != "Tom Vance"
    assert rep[0][0].endswith("his weekly radio show")


def test_a_second_report_ends_before_its_negation(parse):
    text = "Lind said that he would offer \u201ca prayer\u201d for the winner but did not suggest who it would be."
    said = [q.text for q in find_quotes(parse(text)) if q.cue == "said" and q.kind == "indirect"]
    assert said == ["that he would offer \u201ca prayer\u201d for the winner"]


def test_a_clause_opening_with_a_quotation_keeps_its_mark(parse):
    said = [q.text for q in find_quotes(parse("He said \u201cthe plan\u201d was dead in the water."))
            if q.kind == "indirect"]
    assert said == ["\u201cthe plan\u201d was dead in the water"]


def test_a_clause_ending_in_a_quotation_keeps_its_closing_mark(parse):
    text = "Lind told reporters he thought Berg had \u201cmade up the whole story.\u201d"
    told = [q.text for q in find_quotes(parse(text)) if q.cue == "told"]
    assert told == ["he thought Berg had \u201cmade up the whole story.\u201d"]


@pytest.mark.parametrize("text, said, speaker", [
    ("As the Courier's Lena Ostrova puts it, the council is trying to buy time before the vote.",
     "the council is trying to buy time before the vote", "Lena Ostrova"),
    ("The harbour will close for a month, as Mayor Piet Hanssen noted on Monday.",
     "The harbour will close for a month", "Piet Hanssen"),
])
def test_as_clause_of_speech_attributes_the_main_clause(parse, text, said, speaker):
    (q,) = [q for q in find_quotes(parse(text)) if q.kind == "indirect"]
    assert (q.text, q.speaker) == (said, speaker)


@pytest.mark.parametrize("text", [
    "As they put the chairs away, the band played on.",
    "As he said that the plan was dead, the crowd booed.",
])
def test_as_clause_that_reports_nothing_or_its_own_words(parse, text):
    assert all(q.cue != "put" for q in find_quotes(parse(text)))
    assert all("crowd booed" not in q.text for q in find_quotes(parse(text)))


def test_a_date_alone_is_not_what_was_planned(parse):
    quotes = find_quotes(parse("He warned that strikes planned for next week would go ahead."))
    assert [q.text for q in quotes] == ["that strikes planned for next week would go ahead"]


def test_money_claimed_is_no_statement(parse):
    quotes = find_quotes(parse("It emerged that she had claimed £12,000 for a second home she rarely used."))
    assert all(q.cue != "claimed" for q in quotes)


def test_a_thing_that_goes_on_after_a_comma_does_not_speak(parse):
    quotes = find_quotes(parse("According to a statement from the commissioner, an investigation will continue."))
    assert [q.cue for q in quotes] == ["According to"]


def test_a_that_clause_hung_on_the_statement_is_what_was_said(parse):
    """'said in a statement that X': the parser attaches 'that X' to the statement, not the verb."""
    quotes = find_quotes(parse("The ministry said in a statement that visas would be reviewed."))
    assert [q.text for q in quotes] == ["that visas would be reviewed"]


@pytest.mark.parametrize("text", [
    # the parser hangs 'accused' and 'Democrats' differently in each; Democrats accuse in both
    "The news set off another round of partisan fireworks on Friday: Republicans said they're increasingly "
    "convinced the Justice Department mishandled the inquiry and Democrats accused the GOP of stoking the issue "
    "for maximum political damage.",
    "Republicans said they're increasingly convinced the Justice Department mishandled the investigation and "
    "Democrats accused the GOP of stoking the issue.",
])
def test_a_second_report_joined_by_and_has_its_own_speaker(parse, text):
    quotes = {q.cue: q for q in find_quotes(parse(text))}
    assert quotes["accused"].speaker == "Democrats" and quotes["accused"].text.startswith("the GOP of stoking")
    assert quotes["said"].speaker == "Republicans" and "Democrats" not in quotes["said"].text


def test_the_writer_s_lead_in_before_a_colon_is_not_what_was_said(parse):
    text = ("The audit set off another round of sniping on Monday: Republicans said the agency "
            "mishandled the review.")
    assert [q.text for q in find_quotes(parse(text)) if q.cue == "said"] == ["the agency mishandled the review"]


def test_a_relative_clause_pledge_whose_object_is_the_noun_is_not_a_rule_item(parse):
    # what was pledged is 'the target'; the infinitive alone is not what was said (the learned scorer may
    # still propose it, never as speech)
    text = "The plan is the main tool for the country to meet the emissions target it pledged to reach in Paris."
    assert all(q.cue_type != "speech" for q in find_quotes(parse(text)) if q.cue == "pledged")


def test_a_verb_joined_inside_a_relative_clause_is_not_the_main_subject_s(parse):
    """'a boy who stared at a painting and asked who he was': the parser joins 'asked' to 'shared', but the
    'and' belongs to 'stared'; the boy asked, not Vale. Guard: 'Vale met him and asked ...' is Vale's."""
    text = ("Ann Vale shared a story from a recent reception involving a young boy who stared at a painting of "
            "Bill Clinton and asked who he was.")
    assert speakers_of(parse, text, "asked") == [None]
    assert speakers_of(parse, "Ann Vale met the boy at a reception and asked who his parents were.", "asked") \
        == ["Ann Vale"]


def test_a_name_right_before_a_gerund_does_it(parse):
    """'interviewed about Pope Francis calling Christmas a sham': the pope called it so, not the one interviewed.
    Guard: after a comma, the gerund goes with the main subject ('met with Vale, calling her ...')."""
    text = "Tom Lee will be interviewed about Pope Francis calling Christmas a sham."
    assert speakers_of(parse, text, "calling") == ["Pope Francis"]
    assert speakers_of(parse, "Tom Lee met with Ann Vale, calling her a liar.", "calling") == ["Tom Lee"]


def test_denying_a_person_something_is_no_denial_of_a_claim(parse):
    """'denied Merrick Garland, Obama's nominee, a hearing' withholds a hearing; nothing said is denied. Guard:
    'denied the claims of fraud' is a denial. (The learned scorer may still propose it, never as speech.)"""
    def denied(text):
        return [q.text for q in find_quotes(parse(text)) if q.cue == "denied" and q.confidence is None]

    assert denied("Grassley could lose because he denied Merrick Garland, President Obama's nominee for the "
                  "Supreme Court, a confirmation hearing before his panel.") == []
    assert denied("Ann Vale denied the claims of fraud made by her rivals.") \
        == ["the claims of fraud made by her rivals"]


def test_a_position_against_keeps_its_against_and_a_threat_to_a_place_says_nothing(parse):
    """'argued against intervention' is the opposite of 'argued: intervention'; 'Putin's threat to Eastern Europe'
    names whom he threatens. Guards: 'argued for a tax' drops the particle, 'campaigning against Mitt Romney'
    names a rival, no position, and 'his threat to pull out' is one."""
    def said(text, cue):
        return [q.text for q in find_quotes(parse(text)) if q.cue == cue and q.confidence is None]

    assert said("Ann Vale argued against intervention by outside powers in Syria.", "argued") \
        == ["against intervention by outside powers in Syria"]
    assert said("Ann Vale argued for a new tax on banks.", "argued") == ["a new tax on banks"]
    assert said("Campaigning against Mitt Romney in 2012, he barely mentioned it.", "Campaigning") == []  # a rival
    assert said("She has no illusions about Putin's threat to Eastern and Northern Europe countries, whose "
                "leaders are in despair.", "threat") == []
    assert said("Trump's threat to pull out of NATO worried the allies.", "threat") == ["to pull out of NATO"]


def test_a_cue_inside_brackets_reports_only_what_they_hold(parse):
    """'blowback from members ("I want my dues back," wrote Edward Nelson, ...)': Nelson wrote his words in
    the brackets, not the sentence around them."""
    text = ("But those union endorsements prompted some blowback from members (\"I want my dues back,\" wrote "
            "Edward Nelson, a technician, on the Facebook page), and more complaints will follow.")
    assert [(q.kind, q.text) for q in find_quotes(parse(text)) if q.cue == "wrote"] == [
        ("direct", "I want my dues back")]


def test_charged_with_a_task_is_no_charge(parse):
    """'the parts of his administration charged with facilitating Libya's transition': given a task; the
    department charged no one. Guard: 'Prosecutors charged Ann Vale with fraud' is a charge."""
    text = ("He points to tribal division as a reason the State Department and other parts of his administration "
            "charged with facilitating Libya's transition have not succeeded.")
    assert [q for q in find_quotes(parse(text)) if q.cue == "charged"] == []
    assert [q.text for q in find_quotes(parse("Prosecutors charged Ann Vale with fraud."))
            if q.cue == "charged"] == ["Ann Vale with fraud"]


def test_who_asks_when_asked_by_someone_is_that_someone(parse):
    """'When asked by a reporter whether ..., Trump said': the reporter asked (unnamed, so no speaker), not Trump;
    'asked by Jake Tapper' names him."""
    text = ("When asked by a reporter whether this differed from the old rules, Ann Vale reportedly said, "
            "\"You tell me,\" repeatedly.")
    assert speakers_of(parse, text, "asked") == [None]
    text = "When asked by Jake Tapper if the leaks led to the attacks, Tom Lee said no."
    assert speakers_of(parse, text, "asked") == ["Jake Tapper"]


def test_a_charge_whose_gap_the_noun_fills_is_not_what_was_said(parse):
    """'the tricks that Vale accused the campaign of perpetrating': 'accused' has its own object, so the noun
    fills a gap inside the charge; 'the campaign of perpetrating' says nothing. Guards: a relative 'who'
    accused, a charge made at a place ('the hearing at which ...') and one made at a time are reports."""
    def accused(text):
        return [q.text for q in find_quotes(parse(text)) if q.cue == "accused"]

    assert accused('The "dirty tricks" that Ann Vale accused the Lee campaign of perpetrating on caucus night '
                   'are minor, the senator said Friday.') == []
    assert accused("Ann Vale, who accused the Lee campaign of lying on caucus night, spoke on Friday.") \
        == ["the Lee campaign of lying on caucus night"]
    assert accused("At the hearing at which Ann Vale accused the Lee campaign of lying, nobody spoke.") \
        == ["the Lee campaign of lying"]
    assert [q.text for q in find_quotes(parse("It is not the first time that Ann Vale has revealed her bias."))
            if q.cue == "revealed"] == ["her bias"]  # a noun of time says when, it fills no gap


@pytest.mark.parametrize("text", [
    "Tom Baker said in a memoir of the Carter years that farmers in the Midwest deeply distrusted the governor.",
    "Tom Baker, who ran the 1988 campaign, said in an oral history of the Carter years that farmers in the "
    "Midwest deeply distrusted the governor.",
])
def test_a_that_clause_hung_on_a_noun_after_the_verb_is_what_was_said(parse, text):
    """The parser hangs 'that farmers ...' on 'years' (as its relative clause, or with 'years' as the
    complement); 'that' with a subject after it opens what was said."""
    quotes = [(q.speaker, q.text) for q in find_quotes(parse(text)) if q.cue == "said"]
    assert quotes == [("Tom Baker", "that farmers in the Midwest deeply distrusted the governor")]


def test_a_relative_clause_after_a_cue_is_not_what_was_said(parse):
    """'the rally that the union organised': 'that' is the missing object; nothing is reported."""
    assert [q.text for q in find_quotes(parse("He spoke at the rally that the union organised."))] == []


def test_a_subjectless_clause_after_the_speaker_is_not_what_was_said(parse):
    """'said X, ..., who co-developed the system': the parser makes 'developed' the verb's
    complement; a finite verb without a subject reports nothing."""
    text = ('"I do not believe that," said Hany Farid, chairman of the computer science department at '
            'Dartmouth College, who co-developed the tracking system with Microsoft.')
    assert [q.kind for q in find_quotes(parse(text))] == ["direct"]


@pytest.mark.parametrize("text, content", [
    ("They want to end what she said were harsh school rules.", "were harsh school rules"),
    ("He told the Daily Post the state's own standards are not perfect.", "are not perfect"),
    # the parser made the clause's subject the object of 'said': it is still part of what was said
    ("About four in 10 voters said life for the next generation would be worse than life today.",
     "life for the next generation would be worse than life today"),
    # a demonstrative 'that' is the subject, not a relative word ('reports that track spending' is one)
    ("And I think that's the message every candidate should have.", "that's the message every candidate should have"),
])
def test_a_clause_whose_subject_went_elsewhere_is_still_reported(parse, text, content):
    """The subject is the relative 'what' before the cue, or the parser made it the cue's object."""
    assert content in [q.text for q in find_quotes(parse(text))]


@pytest.mark.parametrize("text, cue, content", [
    # a question put before the cue is not what he urged; the infinitive after it is
    ("Just last week, can you believe it, he urged the voters to stay home.", "urged", "the voters to stay home"),
], ids=["question-before-cue"])
def test_a_clause_before_the_cue_that_is_not_its_message(parse, text, cue, content):
    assert [q.text for q in find_quotes(parse(text)) if q.cue == cue and q.confidence is None] == [content]


@pytest.mark.parametrize("text, cue", [
    ("Her comments to a radio host in April drew fire.", "comments"),
    ("The march was a chance to call attention to the closures.", "call"),
    ("Her diagnosis of the party's failings inevitably called to mind the promise of unity.", "called"),
    ("The country agreed to admit Central Americans as refugees.", "admit"),
    ("The governor was blamed for denying poor families health care.", "denying"),
    ("Just days before it was to report fourth quarter earnings on Wednesday, the firm said it had closed 900 "
     "accounts.", "report"),
    ("A group that calls itself the Northern Front posted the video.", "calls"),
    ("That is the lesson of new Election Commission reports that track spending before the primary.", "reports"),
    ("Back in 1988, Rust Belt states Indiana, Michigan, Ohio and Pennsylvania all supported Bush.", "states"),
], ids=["addressee", "call-attention", "call-to-mind", "admit-people", "deny-care", "report-earnings",
        "calls-itself", "reports-that-track", "states-the-noun"])
def test_words_that_report_nothing_here(parse, text, cue):
    """Who a remark was made to is not what was said; 'call attention', 'call to mind' and 'admit
    refugees' are not speech."""
    assert [q.text for q in find_quotes(parse(text)) if q.cue == cue and q.confidence is None] == []


def test_an_after_clause_the_parser_made_the_complement_is_not_what_was_told(nlp):
    """The model parsed a real sentence this way: the 'after' clause as the complement of 'told'. It says
    when he told her, not what (the parse is given here, so the test does not hang on the model)."""
    words = ["But", "after", "Lee", "came", "on", "stage", ",", "he", "told", "Ruiz", "that", "she", "should", "stay",
             "."]
    doc = Doc(nlp.vocab, words=words, spaces=[True] * 5 + [False] + [True] * 7 + [False, False],
              heads=[3, 3, 3, 8, 3, 4, 8, 8, 8, 8, 13, 13, 13, 8, 8],
              deps=["cc", "mark", "nsubj", "ccomp", "prep", "pobj", "punct", "nsubj", "ROOT", "dobj", "mark", "nsubj",
                    "aux", "ccomp", "punct"],
              pos=["CCONJ", "SCONJ", "PROPN", "VERB", "ADP", "NOUN", "PUNCT", "PRON", "VERB", "PROPN", "SCONJ", "PRON",
                   "AUX", "VERB", "PUNCT"],
              tags=["CC", "IN", "NNP", "VBD", "IN", "NN", ",", "PRP", "VBD", "NNP", "IN", "PRP", "MD", "VB", "."],
              lemmas=["but", "after", "Lee", "come", "on", "stage", ",", "he", "tell", "Ruiz", "that", "she", "should",
                      "stay", "."],
              ents=["O", "O", "B-PERSON"] + ["O"] * 6 + ["B-PERSON"] + ["O"] * 5)
    assert [q.text for q in find_quotes(doc) if q.cue == "told"] == ["that she should stay"]


def test_an_i_opening_a_quotation_is_a_speaker_not_a_title(parse):
    """A guard: a subject alone in quotation marks is a show's title ('said on "Fox and Friends."'), but
    the 'I' of '"I think ...' opens a quotation that goes on, and it still holds what it thinks."""
    quotes = find_quotes(parse('Hannity added, "I think Marco is still a rising star."'))
    assert ("think", "Marco is still a rising star") in {(q.cue, q.text) for q in quotes}


def test_who_was_told_is_not_the_speaker_when_the_parser_drops_the_subject(nlp):
    """The model parsed a real sentence this way: the name as a loose 'dep' of the quotation, and 'told'
    a conjunct without subject. The name before the cue speaks; 'The Daily Planet', told, does not (its
    article 'The' carried the entity type and slipped past the addressee check)."""
    words = ["\u201c", "Most", "of", "my", "songs", "are", "about", "rivers", ",", "\u201d", "Varga", ",", "52", ",",
             "told", "The", "Daily", "Planet", "."]
    doc = Doc(nlp.vocab, words=words,
              spaces=[False, True, True, True, True, True, True, False, False, True, False, True, False, True, True,
                      True, True, False, False],
              heads=[5, 5, 1, 4, 2, 5, 5, 6, 10, 10, 5, 10, 10, 10, 5, 17, 17, 14, 5],
              deps=["punct", "nsubj", "prep", "poss", "pobj", "ROOT", "prep", "pobj", "punct", "punct", "dep", "punct",
                    "appos", "punct", "conj", "det", "compound", "dobj", "punct"],
              pos=["PUNCT", "ADJ", "ADP", "PRON", "NOUN", "AUX", "ADP", "NOUN", "PUNCT", "PUNCT", "PROPN", "PUNCT",
                   "NUM", "PUNCT", "VERB", "DET", "PROPN", "PROPN", "PUNCT"],
              tags=["``", "JJS", "IN", "PRP$", "NNS", "VBP", "IN", "NNS", ",", "''", "NNP", ",", "CD", ",", "VBD", "DT",
                    "NNP", "NNP", "."],
              lemmas=["\u201c", "most", "of", "my", "song", "be", "about", "river", ",", "\u201d", "Varga", ",", "52",
                      ",", "tell", "the", "Daily", "Planet", "."],
              ents=["O"] * 10 + ["B-PERSON", "O", "B-DATE", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O"])
    quotes = [q for q in find_quotes(doc) if q.kind == "direct"]
    assert [(q.speaker, q.cue) for q in quotes] == [("Varga", "told")]


@pytest.mark.parametrize("text, cue", [
    ("The senator had shown disrespect to his wife at the dinner.", "shown"),
    ("Thanks to her new act, Lee can add a title to her resume: \u201csong collector.\u201d", "add"),
], ids=["show-to", "add-to"])
def test_giving_or_putting_something_to_someone_reports_nothing(parse, text, cue):
    assert [q.text for q in find_quotes(parse(text)) if q.cue == cue] == []


def test_figures_shown_to_someone_are_still_reported(parse):
    """A guard: 'showed $200,000 in payments to a firm' is what the filings report (a first draft of the
    rule above dropped it)."""
    quotes = find_quotes(parse("Its filings showed $200,000 in payments for list rentals to a conservative firm."))
    assert [q.cue for q in quotes] == ["showed"]


def test_a_show_title_in_quotation_marks_is_not_what_was_said(parse):
    quotes = find_quotes(parse("Mr. Haddad said on NBC's ''Face the Nation'' on Sunday that the senator had "
                               "insulted his wife."))
    assert [(q.speaker, q.text) for q in quotes if q.cue == "said"] == [
        ("Haddad", "that the senator had insulted his wife")]


def test_a_quotation_that_goes_on_the_writers_sentence_is_the_framing_speakers(parse):
    """'accused the senator of running a campaign "of hatred, ..."': a quotation opening in lower case
    right after a word is framed by the sentence's verb, not the last quotation's speaker."""
    text = ("''We will not stop,'' Ms. Lee said.\n\nMr. Haddad spoke on Sunday, and he accused the senator of "
            "running a campaign ''of hatred, of derision, of dividing us.''")
    quotes = [q for q in find_quotes(parse(text)) if q.text.startswith("of hatred")]
    assert [(q.speaker, q.cue) for q in quotes] == [("Haddad", "accused")]


def test_a_relative_clause_before_the_cue_is_not_what_was_said(parse):
    text = ("Sitting down with the radio show \"Morning Call\" on Thursday, during which she also touched on the "
            "idea of a running mate, Lee remarked that she was \"a little surprised\" to be debating taxes.")
    assert [q.text for q in find_quotes(parse(text)) if q.cue == "remarked" and q.kind == "indirect"] == [
        'that she was "a little surprised" to be debating taxes']


def test_a_clause_before_a_naming_verb_with_its_own_naming_is_not_named(parse):
    """'32% call themselves conservative': what they call themselves follows the verb; the clause before
    it ('42% say they are liberal') is a report of its own."""
    text = "It is on social issues that they lean left: 42% say they're liberal, 32% call themselves conservative."
    assert [q.text for q in find_quotes(parse(text)) if q.cue == "call" and "say" in q.text] == []


@pytest.mark.parametrize("text", [
    "Graham said Mr. Ortiz's comments about Judge Lee were unacceptable.",
    "Her remarks on the Girl Scouts drew fire from the senator.",
], ids=["comments-about", "remarks-on"])
def test_what_a_remark_was_about_is_not_what_it_said(parse, text):
    assert [q.text for q in find_quotes(parse(text)) if q.cue in ("comments", "remarks")] == []


def test_a_subject_and_its_predicate_around_a_cue_are_one_report(nlp):
    """The model parsed a real sentence this way ('The hashtag #X, Mr. Abboud said, accompanied
    descriptions of loved ones sought and the news when someone was found'): the noun phrase before
    the cue has no verb and the part after it opens with one; they are one clause."""
    words = ["The", "tag", "Blue", ",", "Lee", "said", ",", "drew", "posts", "when", "someone", "was", "found", "."]
    doc = Doc(nlp.vocab, words=words, spaces=[True, True, False, True, True, False, True, True, True, True, True, True,
                                              False, False],
              heads=[1, 1, 1, 5, 5, 1, 5, 8, 1, 12, 12, 12, 1, 1],
              deps=["det", "ROOT", "appos", "punct", "nsubj", "parataxis", "punct", "amod", "appos", "advmod",
                    "nsubjpass", "auxpass", "advcl", "punct"],
              pos=["DET", "NOUN", "PROPN", "PUNCT", "PROPN", "VERB", "PUNCT", "VERB", "NOUN", "SCONJ", "PRON", "AUX",
                   "VERB", "PUNCT"],
              tags=["DT", "NN", "NNP", ",", "NNP", "VBD", ",", "VBN", "NNS", "WRB", "NN", "VBD", "VBN", "."],
              lemmas=["the", "tag", "Blue", ",", "Lee", "say", ",", "draw", "post", "when", "someone", "be", "find",
                      "."],
              ents=["O"] * 4 + ["B-PERSON"] + ["O"] * 9)
    assert [q.text for q in find_quotes(doc) if q.cue == "said"] == [
        "The tag Blue, Lee said, drew posts when someone was found"]


def test_a_report_cut_before_the_next_clause_drops_the_dangling_and(parse):
    text = ("In a survey released last Thursday, 79 percent of Democrats said they were satisfied or very satisfied "
            "with Mr. Lee's presidency and 60 percent said they would like to see the next mayor continue his "
            "policies.")
    assert [q.text for q in find_quotes(parse(text))][0] == \
        "they were satisfied or very satisfied with Mr. Lee's presidency"


def test_continue_with_an_infinitive_is_no_cue(parse):
    """'she is certain Lopez will continue to be "a voice ..."': the partial quote is Cole's, inside
    what she said; 'continue' goes on, it reports nothing. ('He continued, "..."' still reports.)"""
    text = ("Senator Ann Cole praised the plan. In a statement, Cole said she is certain Lopez will continue "
            "to be \u201ca voice for working families in Ohio.\u201d")
    (partial,) = [q for q in find_quotes(parse(text)) if q.kind != "indirect"]
    assert (partial.speaker, partial.cue) == ("Ann Cole", "said")


def test_a_transcript_label_is_no_speaker(parse):
    """'Transcript as follows:' labels the speech below it; it does not give it."""
    text = ("Mayor Tom Green spoke on Friday. Transcript as follows:\n\n\u201cWe came to the town hall and the "
            "people cheered. I thank all of you for coming tonight.\u201d")
    assert [q.speaker for q in find_quotes(parse(text))] == [None]


def test_a_condition_before_an_interrupting_cue_belongs_to_the_clause_after_it(parse):
    """'If it is only a few delegates, the campaign said, it may not bother': one report, not an 'if'
    clause that states nothing by itself. A guard: two clauses around the cue stay two reports."""
    said = [q.text for q in find_quotes(parse(
        "If it is just a small number of delegates at stake, the campaign said, it may not bother taking that step."))]
    assert len(said) == 1 and said[0].startswith("If it is just") and said[0].endswith("bother taking that step")
    two = [q.text for q in find_quotes(parse("The vote was close, Lee said, and the result will stand."))]
    assert two == ["The vote was close", "and the result will stand"]


def test_the_question_put_to_the_speaker_is_not_the_answer(parse):
    """'Asked if it had appeared ..., Hale replied, "..."': the question is not what Hale replied."""
    text = ("On the show Tuesday, he said, \u201cI never said I was going to pay for fees.\u201d Asked if it had "
            "appeared he was encouraging violence with his initial statement, Hale replied, \u201cWell, maybe so. "
            "Maybe that\u2019s why I wouldn\u2019t do it.\u201d")
    assert [q.kind for q in find_quotes(parse(text)) if q.cue == "replied"] == ["direct"]


def test_a_report_ends_where_the_sentence_s_own_predicate_resumes(parse):
    """'Cole, though she said Ruiz should get a hearing, notably stopped short of ...': the parser hung
    'stopped' on the reported clause; what was said ends before it."""
    text = ("Cole, though she praised Garland and said Republicans should give him a hearing, notably stopped short "
            "of committing to renominate him if she wins.")
    assert [q.text for q in find_quotes(parse(text)) if q.cue == "said"] == ["Republicans should give him a hearing"]


@pytest.mark.parametrize("text", [
    "The march was fierce, wrote a man calling himself Tom Tom.",
    "The campaign will do everything in its power to deny him even that long shot path.",
], ids=["a-name-given", "withheld"])
def test_a_cue_verb_in_a_sense_that_reports_nothing(parse, text):
    """'calling himself Tom Tom' gives a name; 'deny him that path' (two objects) withholds it."""
    assert [q.cue for q in find_quotes(parse(text)) if q.cue in ("calling", "deny")] == []


def test_calling_someone_a_name_in_quotation_marks_still_says_it(parse):
    """A guard for the rule above: 'called him "my African American"' is a claim about him (a first
    draft took any pronoun object with a proper noun after it for a name given)."""
    text = 'Quint pointed to a man in the crowd at one of his rallies and called him "my African American."'
    assert [q.cue for q in find_quotes(parse(text)) if q.kind == "partial"] == ["called"]


def test_what_someone_threatened_to_do_is_not_what_was_said(parse):
    """'That is what Quint has threatened to do': the gap is the object of 'do'; no words are reported."""
    assert find_quotes(parse("That is pretty much what Mr. Quint has threatened to do.")) == []


def test_a_partial_quote_is_not_attributed_by_a_relative_clause_after_it(parse):
    """'part of "investor day," a ritual in which managers ... tell analysts why': the verb in the
    relative clause speaks about the ritual, not the quoted words."""
    text = ("That meeting was part of ''investor day,'' an annual ritual in which management sits down with "
            "analysts and tells them why their stock is a good buy.")
    assert [q.kind for q in find_quotes(parse(text))] == ["indirect"]


def test_a_book_title_with_a_subtitle_after_the_speaker_is_not_a_quote(parse):
    """'said Tom Ruiz, a co-author of "Those Folks Had All the Fun: Inside the World of TV."': the
    title names his book; only the first quotation is his."""
    text = ("''If you're taking a paycheck from the network, you have to be extra careful,'' said Tom Ruiz, "
            "a co-author of ''Those Folks Had All the Fun: Inside the World of TV.''")
    assert [q.text for q in find_quotes(parse(text)) if q.kind == "direct"] == [
        "If you're taking a paycheck from the network, you have to be extra careful"]


def test_a_verb_right_before_the_comma_that_opens_a_quotation_says_how_it_was_spoken(parse):
    """'Ann Berg drew cheers as she thanked the state and then boomed, "..."': the quote is hers, and
    it is speech the brief cites."""
    text = ("Smiling broadly, Ann Berg drew cheers as she thanked her home state and then boomed, "
            "''Today, you proved once again, there's no place like home.''")
    (q,) = [q for q in find_quotes(parse(text)) if q.kind == "direct"]
    assert (q.speaker, q.cue, q.cue_type) == ("Ann Berg", "boomed", "speech")
    text = "Quint gestured as if to stop the ruckus, then leaned in and boomed: \u201cLet\u2019s defeat her in November.\u201d"
    assert [(q.speaker, q.cue) for q in find_quotes(parse(text)) if q.kind == "direct"] == [("Quint", "boomed")]


def test_the_verb_that_opens_a_quotation_beats_a_participle_after_it(parse):
    """'..., but said, "It's time we change," promising the club will return to its roots': the quote
    is cued by 'said'; 'promising' reports the clause after it, whose subject the parser made its object."""
    text = ("Ed Boreing said the members will still meet for drinks, but said, \u201cIt\u2019s time we change how "
            "we do it,\u201d promising the Friends of Abe will return to its roots.")
    got = {q.cue: q.text for q in find_quotes(parse(text))}
    assert got["said"] != "the Friends of Abe will return to its roots"
    assert [q.cue for q in find_quotes(parse(text)) if q.kind == "direct"] == ["said"]
    assert got["promising"] == "the Friends of Abe will return to its roots"


def test_a_relative_clause_after_a_quotation_does_not_attribute_it(parse):
    """'"... all the way through California," which votes June 7': the clause is about California; the
    quote goes on from the speaker before it."""
    text = ("''Ruiz is in good shape,'' said Tad Berg, a senior adviser. ''We could win enough delegates in "
            "Ohio, and we have good opportunities all the way through California,'' which votes June 7.")
    assert [(q.speaker, q.cue) for q in find_quotes(parse(text))][-1] == ("Tad Berg", None)


def test_according_to_beside_a_reporting_verb_takes_no_phrase_for_a_clause(parse):
    """'"...," the pope told reporters, according to Reuters, during an answer to a question aboard the
    plane, where ...': the only clause there is the relative one; 'during an answer' was said by no one."""
    text = ("\u201cThis is called good manners,\u201d the pope told reporters, according to Reuters, during an answer "
            "to a question aboard the plane returning from the island, where Francis visited a refugee camp.")
    assert [q.cue for q in find_quotes(parse(text))] == ["told"]


def test_whose_after_a_noun_opens_no_reported_clause(parse):
    """'he said of people whose voting rights were restored': a relative clause on the people talked
    about. Guard: 'She asked whose idea the plan was' is what she asked."""
    text = ("\u201cI have no idea how these men and women voted,\u201d he said of people whose voting rights were "
            "previously restored.")
    assert [q.kind for q in find_quotes(parse(text))] == ["direct"]
    assert [q.text for q in find_quotes(parse("She asked whose idea the plan was."))] == ["whose idea the plan was"]


def test_calling_people_on_the_phone_reports_nothing(parse):
    """'calling friends on their cellphones to say ...': 'say' reports, 'calling' does not. Guards (a
    first draft lost the last three on PolNeAR): 'called Quint a liar', 'calling out Quint for his
    "lies"', 'calling Berg on the substance of her attack' and 'called Berg's claim "disturbing"' still
    say something of them."""
    text = "Others could be heard calling friends on their cellphones to say they had run into Berg."
    assert [q.cue for q in find_quotes(parse(text))] == ["say"]
    for text in ("He called Quint a liar on Tuesday.",
                 "The campaign expects Holt to insert himself into the debate by calling out Quint for his "
                 "supposed \u201clies\u201d throughout the event.",
                 "Ruiz kept calling Berg on the substance of her attack.",
                 "In a statement Tuesday, President Tom Fitton called Berg's assertion of a \"claim of right\" over "
                 "her emails \"significant and disturbing.\""):
        assert "calling" in [q.cue for q in find_quotes(parse(text))] or "called" in [
            q.cue for q in find_quotes(parse(text)) if q.kind == "indirect"], text


def test_a_report_ends_before_the_next_report_s_subject(parse):
    """'One in three said the party doesn't care about the community and one in four said ...': the
    parser joined 'one in four' to 'community'; the first report ends before the 'and'."""
    text = ("One in three said the party doesn\u2019t care very much about the Latino community and one in four said "
            "the party was outright hostile to the Latino community.")
    assert [q.text for q in find_quotes(parse(text))] == [
        "the party doesn\u2019t care very much about the Latino community",
        "the party was outright hostile to the Latino community"]


@pytest.mark.parametrize("text,end", [
    ("Ruiz advisers insist that, with the candidate focused on carrying on his campaign through the last of "
     "the primaries in June, there have been few discussions about such questions.", "about such questions"),
    ("Activists say they'll shift their support to Stein unless Ruiz disavows the endorsement he gave Berg.",
     "he gave Berg"),
], ids=["scene-first", "unless-after"])
def test_two_clauses_on_one_side_of_the_cue_are_one_report(parse, text, end):
    """'insist that, with the candidate focused on ..., there have been few talks', 'say they'll shift
    ... unless Ruiz disavows ...': the parser split one reported clause in two; what was said runs to the
    end. (The second passed before too; it guards the narrowing to subordinate clauses.)"""
    (q,) = [q for q in find_quotes(parse(text)) if q.cue in ("insist", "say")]
    assert q.text.endswith(end)


def test_a_clause_of_the_writer_after_a_comma_is_not_joined_to_a_report(parse):
    """A guard for the rule above (a first draft joined it): '..., however this time around that number
    has dropped' is the writer's comment on what the voters said."""
    text = "Many said they would vote for Ann Berg, however this time around that number has dropped to 35 percent."
    assert [q.text for q in find_quotes(parse(text)) if q.cue == "said"] == ["they would vote for Ann Berg"]


def test_a_quotation_ended_by_its_speaker_keeps_that_cue(parse):
    """A guard for the opening-verb rule (a first draft broke it on PolNeAR): 'but added, "...," Pence
    said' is cued after the quotation, and 'said in the spring, when the story broke, "..."' by 'said'."""
    text = "Quint said in politics it takes time but added, \u201cI strongly support Paul Ruiz,\u201d Quint said."
    assert [(q.speaker, q.cue) for q in find_quotes(parse(text)) if q.kind == "direct"] == [("Quint", "said")]
    text = ("Berg initially said in the spring, when the private server email story broke, \u201cI did not email "
            "any classified material to anyone.\u201d")
    assert [(q.speaker, q.cue) for q in find_quotes(parse(text)) if q.kind == "direct"] == [("Berg", "said")]


def test_a_relative_clause_object_is_not_a_stranded_subject(parse):
    """A guard for the promising rule (a first draft failed it on PolNeAR): in 'superdelegates who back
    him would be going against the voters' 'him' is what they back, not the subject of 'would be going'."""
    text = "Since Berg has more votes, superdelegates who back him would be going against the will of the voters."
    assert [q.text for q in find_quotes(parse(text)) if q.cue == "back"] in ([], ["him"])


def test_a_verb_whose_object_closed_its_clause_does_not_introduce_a_later_quotation(parse):
    """'Boos rained down when Quint mentioned the former secretary, and the crowd reprised the chant
    "Lock her up!"': Quint did not chant it (a first draft of the relative-clause rule above let the
    earlier verb take it). Guard: 'calling him, among other things, "a failed candidate"' is a name
    given in quotation marks, not a telephone call."""
    text = ("\u201cThe biggest unifier we got is Ann Berg,\u201d said Tom Massie.\n\n"
            "Boos rained down when Quint mentioned the former secretary of state, and at one point the crowd "
            "loudly reprised the caustic chant \u201cLock her up! Lock her up!\u201d that ricocheted through the arena.")
    assert [q.speaker for q in find_quotes(parse(text)) if q.kind == "direct"] == ["Tom Massie", None]
    text = "Early in his campaign, Quint attacked Ruiz, calling him, among other things, \u201ca failed candidate.\u201d"
    assert [(q.speaker, q.cue) for q in find_quotes(parse(text)) if q.kind != "indirect"] == [("Quint", "calling")]


def test_two_outlets_reporting_either_side_of_while_report_one_clause_each(parse):
    """'In Tacoma, marchers carried roses, KOMO-TV reported, while in Spokane the parade began with a
    moment of silence, the Spokesman-Review reported': the second outlet reports the 'while' clause,
    not the first outlet's report. Same for a parenthetical cue: 'Prices rose sharply in May, Reuters
    reported, while the ministry said they fell' -- Reuters did not report what the ministry said."""
    text = ("In Tacoma, marchers honored the victims with white roses held aloft, KOMO-TV reported, while in "
            "Spokane the parade began with a moment of silence, the Spokesman-Review reported.")
    assert [(s, q) for s, cue, q in _cued(parse, text) if cue == "reported"] == [
        ("KOMO-TV", "In Tacoma, marchers honored the victims with white roses held aloft"),
        ("Spokesman-Review", "in Spokane the parade began with a moment of silence")]
    text = "Food prices rose sharply across the country in May, Reuters reported, while the ministry said they fell."
    assert [q for s, cue, q in _cued(parse, text) if cue == "reported"] == [
        "Food prices rose sharply across the country in May"]


def _cued(parse, text):
    return [(q.speaker, q.cue, q.text) for q in find_quotes(parse(text))]


def test_quoted_words_in_the_subject_of_a_cue_are_not_what_was_said(parse):
    """'3 percent of self-identified "liberals" said they would vote Green': the quoted word names who
    speaks; it is no partial quotation of 'said'. Guard: 'called it "a big mistake"' still is one."""
    text = ("In the poll, just 1 percent of Democrats and 3 percent of self-identified \u201cliberals\u201d said "
            "they would vote for the Green Party.")
    assert [q.kind for q in find_quotes(parse(text)) if q.cue == "said"] == ["indirect"]
    text = "The mayor called the plan \u201ca big mistake\u201d on Monday."
    assert [q.text for q in find_quotes(parse(text)) if q.kind == "partial"] == ["a big mistake"]


@pytest.mark.parametrize("text,content", [
    ("Ann Cole has vowed to keep abortion legal and celebrated the ruling Monday.", "to keep abortion legal"),
    ("Lawmakers accused each other of playing politics with a looming health crisis while doctors and "
     "nurses warned of the risk of an outbreak.", "each other of playing politics with a looming health crisis"),
], ids=["finite-conjunct", "while-clause"])
def test_a_position_ends_where_the_sentence_goes_on(parse, text, content):
    """'vowed to keep X open and celebrated the ruling': the parser joined the sentence's second verb to
    the infinitive; 'accused each other of X while doctors warned of Y': the doctors' clause is theirs."""
    assert [q for s, cue, q in _cued(parse, text) if cue in ("vowed", "accused")] == [content]


def test_a_second_subject_the_parser_joined_to_an_object_ends_the_first_report(parse):
    """'... will skip the convention and others have said ...': the parser joined 'others' to
    'convention'; the first report ends before it, the auxiliary between notwithstanding."""
    text = ("Many prominent Democrats have said they will skip the convention and others have said they are "
            "not interested in speaking.")
    assert [q for s, cue, q in _cued(parse, text)] == [
        "they will skip the convention", "they are not interested in speaking"]


def test_a_quotation_inside_a_cue_s_that_clause_is_that_cue_s(parse):
    """'even as Ruiz claimed that "the general got in trouble for far less," one of the prosecutors said
    ...': Ruiz's words, not the prosecutor's (the comma after them made the later verb the cue)."""
    text = ("But even as Ruiz claimed on Tuesday that \u201cthe general got in trouble for far less,\u201d one of "
            "the former prosecutors said the two cases were quite different.")
    assert [(s, cue) for s, cue, q in _cued(parse, text) if q.startswith("the general")] == [("Ruiz", "claimed")]


def test_a_show_title_with_a_small_word_is_no_quotation(parse):
    """'on WKRC's "Morning with Dan Berg,"': a show's name ('with', 'from', 'by' are small words too)."""
    text = ("On Tuesday on WKRC\u2019s \u201cMorning with Dan Berg,\u201d Speaker of the Assembly Rep. Tom Hale "
            "(R-OH) said \u201cthose images have no place in a campaign.\u201d")
    assert [q.text for q in find_quotes(parse(text)) if q.kind != "indirect"] == [
        "those images have no place in a campaign."]


def test_a_verb_in_a_subordinate_clause_does_not_voice_a_quotation(parse):
    """'She took her phone everywhere she went, "..."': 'went' says nothing about speaking."""
    text = "She took her phone everywhere she went, ''sending emails in the territory of hostile powers.''"
    assert [q.cue for q in find_quotes(parse(text))] == [None]


def test_a_parenthetical_cue_after_a_colon_reports_only_what_follows_the_colon(nlp):
    """'The aides were upbeat: With ..., they said, there was ...': the writer's words before the colon are
    not theirs."""
    quotes = find_quotes(nlp("The aides were upbeat: With the debate over, they said, there was little time left "
                             "for attacks."))
    assert all(not q.text.startswith("The aides") for q in quotes) and quotes


@pytest.mark.parametrize("text", [
    "Mr. Bush will forge ahead instead of dropping out, as Mr. Rubio's supporters have urged them to do.",
    "Hillary Clinton called Sanders to congratulate him.",
    "The campaign attacked the procedure sometimes called partial-birth abortion.",
])
def test_a_pro_verb_a_phone_call_and_a_name_given_report_nothing(nlp, text):
    """'urged them to do' stands for words said before; 'called Sanders to congratulate him' rang him up;
    'sometimes called X' names a thing (parsed as a clause of its own)."""
    assert [q.text for q in find_quotes(nlp(text)) if q.cue in ("urged", "called")] == []


def test_calling_someone_a_name_is_still_a_claim(nlp):
    """Guards for the rules above: 'will have to do' ends a statement; 'called Cruz a liar' (which the parser
    reads as 'Trump, called Cruz') and 'called Rubio "Little Marco"' still accuse."""
    got = [q.text for q in find_quotes(nlp("Trump called Cruz a pathological liar on Tuesday."))]
    assert got == ["Cruz a pathological liar on Tuesday"]
    got = [q.text for q in find_quotes(nlp("He believes the lesser of two evils will have to do."))]
    assert got == ["the lesser of two evils will have to do"]


def test_called_for_someone_to_act_keeps_the_infinitive(nlp):
    """'has called for the former secretary of state to release the transcripts': the parser hung the
    infinitive on 'called'; it is what he called for."""
    quotes = find_quotes(nlp("Sanders has called for the former secretary of state to release the transcripts of "
                             "her paid speeches."))
    assert [q.text for q in quotes] == ["the former secretary of state to release the transcripts of her paid speeches"]


def test_a_verb_with_its_particle_before_the_quotation_voices_it(nlp):
    """'Sanders shot back, "..."': the parser read 'shot' as a clause of the quoted verb and 'back' stands between
    it and the comma; the quotation is still his, not the last speaker's."""
    text = ("Hillary Clinton said \"I stood up against the behavior of the banks\" for reckless financial transactions. "
            "Bernie Sanders shot back, \"Secretary Clinton called them out. Oh my goodness, they must have been "
            "really crushed by that.\"")
    quotes = find_quotes(nlp(text))
    assert [(q.speaker, q.cue) for q in quotes if q.text.startswith("Secretary")] == [("Bernie Sanders", "shot")]


def test_quoted_words_joined_by_and_are_one_speakers(parse):
    """'comparing migrants to "thieves" and "liars", an actress wrote': both quoted words are the
    candidate's, not the second one the actress's."""
    text = ("After Tom Hale announced his campaign with a speech comparing migrants to \u201cthieves\u201d and "
            "\u201cliars\u201d, actress Ann Ford wrote a blog against him.")
    assert [(q.text, q.speaker) for q in find_quotes(parse(text)) if q.kind == "partial"] == [
        ("thieves", "Tom Hale"), ("liars", "Tom Hale")]


def test_a_predicate_split_from_a_long_subject_stays_in_what_was_said(parse):
    """'claimed that statements ... calling for a ban makes him "..."': the parser splits 'makes' off as a
    second clause; it is the predicate of what was claimed. Guard: '... and Democrats accused ...' after a
    report is a report of its own (test_a_second_report_joined_by_and_has_its_own_speaker)."""
    text = ("In the debate, Warren claimed that remarks made by Republican front-runner Donald Trump calling for a "
            "total ban on Muslim travel makes him \u201cISIS\u2019 top recruiter.\u201d")
    (claim,) = [q for q in find_quotes(parse(text)) if q.cue == "claimed" and q.kind == "indirect"]
    assert "makes him" in claim.text


def test_an_inverted_condition_is_not_what_was_said(parse):
    """'pointed to X as peacemakers, should the campaign keep up its attacks': 'should' before the subject
    opens a condition."""
    text = ("Democrats backing Mrs. Cole have pointed to Senators Harry Reid of Nevada, Ann Warren of Ohio and Tom "
            "Hale of Utah as potential peacemakers, should the Hale campaign keep up its pointed attacks on Mrs. Cole.")
    assert not [q for q in find_quotes(parse(text)) if q.text.startswith("should")]


def test_a_wh_object_before_the_cue_leaves_nothing_demanded(parse):
    """'must decide what price he'll demand for his support': what is demanded is the price asked about, not
    'his support'."""
    text = "Tom Hale said he would fight on, but he must decide what price he'll demand for his full support."
    assert not [q for q in find_quotes(parse(text)) if q.cue == "demand"]


@pytest.mark.parametrize("text", [
    "Ann Reid said the senator will arrive at the convention with enough pledged delegates to file minority reports.",
    "The figures include pledged delegates and superdelegates.",
], ids=["enough-pledged", "include-pledged"])
def test_a_participle_describing_the_noun_after_it_reports_nothing(parse, text):
    """'with enough pledged delegates to file reports', 'include pledged delegates' (parsed as a clause of
    'include'): 'pledged' describes the delegates. Guard: 'Sanders has pledged delegates to the cause'."""
    assert not [q for q in find_quotes(parse(text)) if q.cue == "pledged"]
    assert [q.speaker for q in find_quotes(parse("Sanders has pledged delegates to the cause."))
            if q.cue == "pledged"] == ["Sanders"]


def test_a_verb_after_a_who_clause_speaks_for_the_person_the_clause_is_about(parse):
    """'when Mr. Buchanan, who had failed to win his party's nomination, called for a "culture war"': the
    parser hangs 'called' inside the who-clause; Buchanan speaks."""
    text = ("Some Democrats said they feared a repeat of Pat Buchanan's speech at the 1992 convention, when "
            "Mr. Buchanan, who had failed to win his party's nomination, called for a \u201ccultural war\u201d "
            "against the left.")
    assert {q.speaker for q in find_quotes(parse(text)) if q.cue == "called"} == {"Pat Buchanan"}


@pytest.mark.parametrize("text", [
    "The young hacker whose break-in first revealed that the mayor used a private phone while she was in office "
    "pleaded guilty on Monday to identity theft.",
    "One reason Republicans and business groups say they agreed to the deal in a divided Congress was the fear "
    "of a shutdown.",
], ids=["whose-clause", "reduced-relative"])
def test_the_main_verb_after_a_cue_in_a_relative_clause_is_not_said(parse, text):
    """Guard for the split-off predicate: where the cue sits in a clause about the sentence's subject, the verb
    after what was said ('pleaded', 'was') is that subject's, not part of the report."""
    (report,) = [q for q in find_quotes(parse(text)) if q.cue in ("revealed", "say") and q.kind == "indirect"]
    assert not any(w in report.text for w in ("pleaded", " was the fear"))


def test_a_copula_split_from_a_long_subject_stays_in_what_was_said(parse):
    """Guard for the rule above: 'saying his use of the term X to refer to Y was incorrect': 'was' is the
    reported clause's verb, whether or not the parser splits it off."""
    text = ("The mayor apologized on Tuesday, saying his use of the term \"ghetto\" to refer to the neighborhood "
            "occupied by new arrivals was incorrect.")
    (report,) = [q for q in find_quotes(parse(text)) if q.cue == "saying" and q.kind == "indirect"]
    assert report.text.endswith("was incorrect")


def test_a_nouns_participle_cue_does_not_take_the_sentence_verb(parse):
    """Guard for the split-off predicate: "Trump's tweet saying X meant that ...": 'meant' is the tweet's verb,
    not part of what the tweet said."""
    text = ("Hale said the mayor's tweet saying residents will vote for him because of the shooting in the park on "
            "Friday meant that voters want safer streets.")
    assert [q.text for q in find_quotes(parse(text)) if q.cue == "saying"] == [
        "residents will vote for him because of the shooting in the park on Friday"]


def test_according_to_ends_before_the_clauses_subject(parse):
    """'According to a study by Ann Lee and Justin Pierce, the Great Recession is partly to blame': the parser
    hangs 'the Great Recession' on the authors as an apposition; it is the subject of what the study says."""
    text = ("According to a 2019 study by economists Ann Lee and Justin Pierce, the Great Recession is partly to "
            "blame for lost jobs and lost job growth.")
    (report,) = [q for q in find_quotes(parse(text)) if q.cue == "According to"]
    assert report.text.startswith("the Great Recession is partly to blame")


def test_the_writers_lead_in_before_a_colon_and_a_quotation_is_not_said(parse):
    """'Murphy followed up by lamenting the tasks his job entails: "...," he said': the words before the colon
    are the writer's, whether the parser ends that clause on the colon or on the quotation mark."""
    text = ("A few minutes later, Tom Hale followed up by lamenting the churn of meaningless tasks his job entails, "
            "especially fundraising: \u201cThere\u2019s just a ton of nonsense with this job,\u201d he said.")
    assert [q.kind for q in find_quotes(parse(text)) if q.cue == "said"] == ["direct"]


def test_a_section_heading_before_a_colon_does_not_speak(parse):
    """'Veto Power Impedes Peace Efforts: Eliminating war is ...': a heading the recogniser calls an
    organisation, with no organisation word, named nowhere else."""
    text = ("War and Peace.\n\nVeto Power Impedes Peace Efforts: Eliminating \"the scourge of war\" is one of the "
            "original goals of the United Nations.")
    assert not [q for q in find_quotes(parse(text)) if q.cue == ":"]


def test_a_quotation_someone_views_a_person_as_is_theirs(parse):
    """'..., with Senator Ann Reid telling reporters he viewed the mayor as "directly to blame"': the partial
    quotation is Reid's view, not the words of whoever 'responds' earlier in the sentence."""
    text = ("The fire sparked a debate over how the city responds to arson in poor districts, with Senator Tom "
            "Reid telling reporters on Monday he viewed the mayor as \u201cdirectly to blame\u201d for the delays.")
    assert [q.speaker for q in find_quotes(parse(text)) if q.kind == "partial"] == ["Tom Reid"]


@pytest.mark.parametrize("text, content", [
    ("Inside the shelter - which looks likes a school except for the missing bell - Adel Haddad said he and many "
     "of the volunteers are trying to raise money.", "he and many of the volunteers are trying to raise money"),
    ("On the mayor's claim there are experts who agree with her, Benjamin Ortiz said there may be a few experts "
     "who do.", "there may be a few experts who do"),
])
def test_a_scene_before_the_cue_is_not_said_when_the_report_follows(parse, text, content):
    """A phrase before 'X said' that the parser read as a clause of the verb only sets the scene when the
    report follows the verb; 'It is no surprise, Ms. Vance said, that ...' (set off by commas) is one report."""
    said = [q.text for q in find_quotes(parse(text)) if q.cue == "said"]
    assert said == [content]


def test_a_participle_opening_before_the_cue_only_sets_the_scene(parse):
    """'Emphasizing the urgency of the matter, Trump said, "..."': an opening participle phrase, like 'Back in
    Virginia', states nothing of its own (in a real article the parser made 'said' an aside with the phrase on
    one side; this text is parsed otherwise, so the phrase is checked directly). A gerund subject ('Raising
    taxes, he said, would hurt growth') is part of the report."""
    from storyline.extract.quote_indirect import _adjunct_only

    text = "Emphasizing the urgency of the matter, Tom Hale said, \u201cIf we do not act fast, we will lose.\u201d"
    assert _adjunct_only(parse(text), 0, text.index(","))
    text = "Raising taxes, he said, would hurt growth."
    assert not _adjunct_only(parse(text), 0, text.index(","))


@pytest.mark.parametrize("text", [
    "Mr. Hale tells voters who wonder why he cannot match his rival's anger that he was not raised that way.",
    "\u201cI would use the word \u2018humble,\u2019\u201d said Greg Slayton, whom George Bush appointed chief of "
    "mission to Bermuda, and who is now supporting Senator Ann Reid.",
])
def test_a_relative_clause_on_the_object_or_the_speaker_is_not_said(parse, text):
    """'tells voters who wonder why ...', 'said Greg Slayton, ..., and who is now backing Reid': a 'who' right
    after a noun (or a joining 'and') opens a relative clause, not what was said."""
    said = [q.text for q in find_quotes(parse(text)) if q.cue in ("said", "tells") and q.kind == "indirect"]
    assert not [t for t in said if t.startswith("who")]


def test_a_naming_participle_set_off_by_commas_reports_nothing(parse):
    """'disliked the gatherings of leaders, called the Global Summit, that the group was holding overseas':
    'called' names the gatherings; the relative clause after it is no one's words."""
    text = ("The White House had particularly disliked the gatherings of world leaders, academics and business "
            "people, called the Global Summit, that the charity was holding overseas.")
    assert not [q for q in find_quotes(parse(text)) if q.cue == "called"]


def test_according_to_after_that_and_a_comma_reports_the_clause_after_it(parse):
    """'The AP reported that, according to an analysis of her calendar, 85 of the 154 meetings ...': the
    analysis says what follows, not 'The AP reported that'."""
    text = ("The AP reported that, according to an analysis of her calendar, 85 of the 154 meetings she had "
            "with private citizens were with donors.")
    (acc,) = [q for q in find_quotes(parse(text)) if q.cue == "according to"]
    assert acc.text.startswith("85 of the 154 meetings")


def test_a_bare_and_before_an_aside_is_not_part_of_the_report(parse):
    """'And, he acknowledged, it is unclear ...': the report is the clause after the aside, not the whole
    sentence with the cue inside it."""
    text = "Tom Hale spoke on Monday. And, he acknowledged, it is unclear how far his advice goes with the mayor."
    (q,) = [q for q in find_quotes(parse(text)) if q.cue == "acknowledged"]
    assert q.text == "it is unclear how far his advice goes with the mayor"


def test_a_list_after_a_name_is_not_an_aside(parse):
    """'peppered Mr. Trump, his family members and advisers with suggestions': the plural phrase after the
    name goes on with the list; it is not the writer's aside to cut."""
    text = ("Several people said Ms. Reid had for months peppered Mr. Hale, his family members and advisers with "
            "suggestions on strategy.")
    (q,) = [q for q in find_quotes(parse(text)) if q.cue == "said"]
    assert q.text.endswith("with suggestions on strategy")


def test_a_subject_phrase_before_an_aside_and_a_quotation_is_one_report(parse):
    """'These and other sources, the lawyers said, "all command the same conclusion"': the phrase before the
    aside is the subject of the quoted predicate; alone it says nothing."""
    text = ("These and other sources of authority, the lawyers said, \u201call command the same conclusion\u201d "
            "that Hale complies with the \u201cnatural born\u201d requirement.")
    said = [q.text for q in find_quotes(parse(text)) if q.cue == "said" and q.kind == "indirect"]
    assert said and all(t.startswith("These and other sources") and "conclusion" in t for t in said)


def test_a_that_clause_of_the_fact_is_not_what_was_pointed_to(parse):
    """'pointed to the candidacies of two hopefuls, Sen. John McCain ..., despite the fact that both men were
    born abroad': the that-clause says what the fact is; and McCain, hung on 'lawyers' by the parser from across
    the clause, is not who pointed."""
    text = ("The lawyers also pointed to the valid candidacies of two former Republican hopefuls, Sen. John McCain "
            "of Arizona and former Michigan Gov. George Romney, as examples of runs that received the blessing of "
            "Congress, despite the fact that both men were born abroad.")
    got = [(q.speaker, q.text) for q in find_quotes(parse(text)) if q.cue == "pointed"]
    assert all(s != "John McCain" and not t.startswith("that both men") for s, t in got)


@pytest.mark.parametrize("text, cue", [
    ("But six minutes into the event, when another man was led away, raising both middle fingers to the crowd "
     "in a show of defiance, Mr. Hale yelled, ''Out, out, out!''", "yelled"),
    ("He said he had not seen the fight in Fayetteville, and when asked whether he was encouraging his "
     "supporters' fury, he said, ''I hope not.''", "said"),
])
def test_a_scene_or_another_report_before_a_quotation_is_not_its_speakers_words(parse, text, cue):
    """Before 'X yelled, "..."', a part with no main clause of its own is the writer's scene, and one whose
    main clause is a report of its own ('He said he had not seen ...') is that report; neither is what the
    quotation's cue says. ('It was a tough day, she said, "but we made it"' keeps its clause.)"""
    got = [q.text for q in find_quotes(parse(text)) if q.kind == "indirect" and q.cue == cue]
    assert not [t for t in got if t.startswith(("But six minutes", "He said"))]
    kept = [q.text for q in find_quotes(parse("It was a tough day, she said, \"but we made it through together.\""))
            if q.kind == "indirect"]
    assert kept == ["It was a tough day"]
    subject = ("Evaluating the candidates on the basis of national polls, Stevens said, \"is like looking at "
               "someone's bowling average to determine if they can play tennis.\"")
    assert [q.text[:10] for q in find_quotes(parse(subject)) if q.kind == "indirect"] == ["Evaluating"]


@pytest.mark.parametrize("outlet", ["the newspaper", "the New York Times"])
def test_an_outlet_reporting_quoted_words_relays_them(parse, outlet):
    """'She said, "No comment," the newspaper reported': the words are hers; the outlet relays them."""
    text = f"Mary Okafor was asked about the vote. She said, \u201cNo comment,\u201d {outlet} reported."
    assert [(q.speaker, q.cue) for q in find_quotes(parse(text)) if q.kind == "direct"] == [("Mary Okafor", "said")]


def test_the_event_that_a_question_imagines_is_not_reported(parse):
    """'Asked about her vote in the event that Clinton faces Trump': 'in the event that' says when, so its
    clause is not what the question was about; the question's topic is the whole phrase."""
    text = "Asked about her own vote in the event that Clinton faces Trump, Ms. Whitfield replied: \u201cI don\u2019t know yet.\u201d"
    contents = [q.text for q in find_quotes(parse(text)) if q.kind == "indirect"]
    assert not any(c.startswith("that Clinton") for c in contents)


def test_a_quotation_after_a_paragraph_closing_on_a_report_is_the_same_speakers(parse):
    """'Clinton responded ..., saying the campaign was lying.' then a paragraph of quoted words with no cue:
    more of her words."""
    text = ("Hillary Clinton was on a rope line.\n\n"
            "Clinton, clearly frustrated, responded by pointing a finger, saying the rival campaign was lying.\n\n"
            "\u201cI am so sick of it.\u201d\n\nThe campaign responded on Friday.")
    assert [q.speaker for q in find_quotes(parse(text)) if q.kind == "direct"] == ["Hillary Clinton"]


def test_as_bad_as_she_said_compares_and_reports_nothing(parse):
    """'if the grab was as bad as she said, he said, why ...': the comparison is not her report of the
    sentence before it."""
    text = ("Michelle Fields went to the police. Then Trump implied that Fields had lied - if the grab was as bad as "
            "she said, he said, why hadn't she screamed?")
    assert "Michelle Fields" not in [q.speaker for q in find_quotes(parse(text))]


def test_an_opening_phrase_before_an_aside_cue_is_not_a_report_of_its_own(parse):
    """'After being informed that he would be charged, police said, Lewandowski went ...': the phrase
    before the aside sets the scene of the clause after it; it is not what the police said alone."""
    text = "After being informed that he would be charged, police said, Tom Lacey voluntarily went to headquarters."
    contents = [q.text for q in find_quotes(parse(text)) if q.cue == "said"]
    assert contents == ["Tom Lacey voluntarily went to headquarters"]


@pytest.mark.parametrize("outlet", ["the Daily Ledger", "the Washington Examiner"])
def test_an_outlet_named_after_its_report_verb_is_its_subject(parse, outlet):
    """'..., reported the Daily Ledger.': the parser makes the outlet the verb's object; it is who reports
    the clause before, not what was reported."""
    text = f"The mayor will resign next week, reported {outlet}."
    assert [(q.speaker, q.text) for q in find_quotes(parse(text)) if q.cue == "reported"] == [
        (outlet.removeprefix("the "), "The mayor will resign next week")]


def test_a_publication_told_something_is_not_the_cue(parse):
    """'Luis Osuna told The Huffington Post: "..."': 'Post' is a name, not a message that speaks; the cue
    is 'told'."""
    text = "Luis Osuna told The Huffington Post: \u201cA lot of people are assuming that it is only Mexicans.\u201d"
    assert [(q.speaker, q.cue) for q in find_quotes(parse(text))] == [("Luis Osuna", "told")]


def test_as_though_compares_and_a_result_clause_reports_nothing(parse):
    """'spoke with so much gusto it sounded as though he were screaming': neither 'screaming' nor 'spoke'
    reports the clause; 'said so many times that ...' still does."""
    text = "Trump spoke with so much gusto it sounded much of the time as though he were screaming."
    assert [q for q in find_quotes(parse(text)) if q.confidence is None] == []
    text = "Tom Lee said so many times that the plan would fail."
    assert [q.text for q in find_quotes(parse(text))] == ["that the plan would fail"]



def test_a_programme_named_after_on_is_no_quotation(parse):
    """'said on "The Late Show With Stephen Colbert"': a programme's title, not her words."""
    text = "\u201cJobs, jobs, jobs,\u201d Mrs. Clinton said on \u201cThe Late Show With Stephen Colbert\u201d last month."
    assert [q.text for q in find_quotes(parse(text)) if q.kind in ("direct", "partial")] == ["Jobs, jobs, jobs"]


def test_words_quoted_after_an_as_clause_are_its_speakers(parse):
    """'As Ms. Simonyan put it, RT is "providing a perspective ..."': the 'as' clause names who said them."""
    text = "As Ms. Simonyan put it, RT is \u201cproviding a perspective you will not get from the mainstream press.\u201d"
    assert [q.speaker for q in find_quotes(parse(text)) if q.kind != "indirect"] == ["Simonyan"]


@pytest.mark.parametrize("text, speaker", [
    ("The summit was held there because, in Forbes\u2019 words, \u201cthey are the most entrepreneurial places on the "
     "planet.\u201d", "Forbes"),
    ("In the words of Mayor Ann Lee, \u201cthis city will never give up on its people.\u201d", "Ann Lee"),
])
def test_in_someones_words_names_the_speaker(parse, text, speaker):
    """'in Forbes' words, "..."', 'In the words of Mayor Ann Lee, "..."': whose words follow."""
    assert [q.speaker for q in find_quotes(parse(text)) if q.kind == "direct"] == [speaker]


@pytest.mark.parametrize("text", [
    "\u201cHis legend will live on,\u201d Spencer said, as a few young fighters worked out inside the gym.",
    "Prices rose sharply on Monday, Reuters reported, as the market opened.",
])
def test_an_as_clause_after_the_cue_says_when_not_what(parse, text):
    """'Spencer said, as a few young fighters worked out': the 'as' clause is the time of the saying. (The
    second sentence is a guard for the same rule on a clause the cue interrupts.)"""
    assert not any(q.text.startswith("as ") or " as the market" in q.text for q in find_quotes(parse(text)))


@pytest.mark.parametrize("text, cue, speaker", [
    ("Al Gore spoke on Sunday. Gore insisted it was premature to back her campaign while adding on climate "
     "matters, \u201cI don\u2019t have any doubt that her heart is in the right place.\u201d", "adding", "Al Gore"),
    ("Charles Geyh, a professor, said he has no problem with it. One of Donald Trump\u2019s earlier jeremiads "
     "came in February, when he told Fox News that the judge was biased against him.", "told", "Donald Trump"),
    ("Months after erupting on Florida Sen. Marco Rubio, Fox News host Sean Hannity made peace on Tuesday. "
     "\u201cI think we need him back in the Senate,\u201d Hannity said during a panel on his show after the "
     "first-term senator easily won his Senate primary, remarking that Rubio already paid a heavy price.",
     "remarking", "Sean Hannity"),
], ids=["participle-after-it-clause", "he-in-clause-on-owned-subject", "participle-after-time-clause"])
def test_who_speaks_past_the_clause_the_parser_hung_the_cue_on(parse, text, cue, speaker):
    """'Gore insisted it was premature ... while adding, "..."': Gore adds, not the 'it' of the clause he
    reports. 'One of Donald Trump's jeremiads came in February, when he told Fox News': he is Trump, whose
    jeremiad it was, not the professor who spoke before. 'Hannity said ... after the senator won his primary,
    remarking that ...': Hannity remarks, not the senator of the 'after' clause (a guard: a draft of the
    calling rule in this pass resolved that senator, and so the remark, to Rubio)."""
    assert [q.speaker for q in find_quotes(parse(text)) if q.cue == cue] == [speaker]


def test_a_lead_in_to_an_introduced_quotation_is_not_what_the_cue_reports(parse):
    """'Biden weighed in, telling Mic in an interview, "But gosh almighty, they're both qualified," he said':
    'he said' attributes the quotation; the lead-in before it is the writer's. A quotation that goes on with the
    sentence ('Prices rose sharply, "and nobody saw it coming," she said') is still one report."""
    text = ("Vice President Joe Biden weighed in as well, telling Mic in an interview published on Monday, "
            "\u201cBut gosh almighty, they\u2019re both qualified,\u201d he said.")
    assert [q.kind for q in find_quotes(parse(text)) if q.cue == "said"] == ["direct"]
    text = "Prices rose sharply, \u201cand nobody saw it coming,\u201d she said."
    assert "indirect" in [q.kind for q in find_quotes(parse(text)) if q.cue == "said"]


def test_he_added_after_another_persons_report_is_that_person(parse):
    """'"...," Jens Stoltenberg said. / Yukiya Amano ... said that ... - which he added "is deeply regrettable."':
    'he added' continues the last report (Amano's), not the quotation before it (Stoltenberg's)."""
    text = ("\u201cIt is a clear breach,\u201d NATO Secretary General Jens Stoltenberg said.\n\nYukiya Amano, director "
            "general of the agency, said in a statement that North Korea is violating the resolutions \u2014 which he "
            "added \u201cis deeply regrettable.\u201d")
    assert [q.speaker for q in find_quotes(parse(text)) if q.cue == "added"] == ["Yukiya Amano"]


def test_words_after_a_closing_report_are_the_reporters(parse):
    """'Ann Hunter said ... Also, Lopez isn't a conservative, he said. "He's a liberal!"': the report before
    ', he said' is about Lopez, named before, so 'he' is Hunter, and the cue-less quotation right after his report
    is more of his words, not the last quoted person's."""
    text = ("Mary Perry, an activist, says the race is hurting the party.\n\n"
            "\u201cWe can no longer claim to be the party of freedom,\u201d said Perry, a manager for the group.\n\n"
            "Joseph Hunter, a blogger in Chicago, said he will not vote for Lopez because of his rhetoric. "
            "Also, Lopez isn't a conservative, he said. \u201cHe's a liberal!\u201d")
    assert [s for s, cue, q in _cued(parse, text)][-2:] == ["Joseph Hunter", "Joseph Hunter"]


@pytest.mark.parametrize("text, speaker", [
    ("Some Republicans oppose the nominee. Former Rep. Chris Shays (R-Conn.) was pro John Kasich while the Ohio "
     "governor was in the running, he said on Wednesday.", "Chris Shays"),
    ("\u201cSkating is freedom,\u201d Ms. Gil said.\n\nThat sense of independence is what first drew Samantha "
     "Olivieri, 20, to skateboarding. Then a student, Ms. Olivieri found skating to be a salve, she said.",
     "Samantha Olivieri"),
])
def test_a_paraphrase_of_the_speaker_before_he_said_stays_his(parse, text, speaker):
    """Guard (passed before): 'X was pro Kasich ..., he said' with no other person the subject of the sentence
    before is the writer's paraphrase of X himself."""
    assert [s for s, cue, q in _cued(parse, text) if cue == "said"][-1] == speaker


def test_no_quotation_takes_a_report_that_does_not_close_on_it(parse):
    """Guard for the rule above (passed before it): a report in the paragraph before, or an expectation
    ('Brafman expected me to ...'), is not followed by the speaker's words: the quotation gets no speaker from it."""
    text = ("On Friday, CNN reported at least six planes filled the skies with messages.\n\n"
            "\u201cAmerica is great! The mayor is disgusting,\u201d read one.")
    assert [s for s, cue, q in _cued(parse, text) if q.startswith("America")] == [None]
    text = ("When I began to speak I saw his surprise\u2014naturally Brafman expected me to read my statement\u2014and "
            "the judge interrupted me. \u201cExplain to me why you are here and why you did what you did.\u201d")
    assert [s for s, cue, q in _cued(parse, text) if q.startswith("Explain")] == [None]


def test_a_second_that_clause_stays_in_the_report(parse):
    """'said the network had tweeted A and that Tapper, Bash and Blitzer had mentioned it': 'mentioned' opens
    with 'that', so it is more of what was said, not a new report cutting the first at 'Tapper'."""
    text = ("He said the network had tweeted that Carson was taking a break from the campaign and that Tapper, Bash "
            "and Blitzer had mentioned it on air.")
    assert [q for s, cue, q in _cued(parse, text) if cue == "said"][0].endswith("had mentioned it on air")


def test_calling_a_person_named_beside_the_noun_is_a_phone_call(parse):
    """'Palin called a local delegate candidate, Clara Powers, and encouraged her': she rang her up; no label."""
    text = "On Friday night, Palin called a local delegate candidate, Clara Powers, and encouraged her to run."
    assert [cue for s, cue, q in _cued(parse, text)] == ["encouraged"]


def test_money_charged_is_no_accusation(parse):
    """'The club charged a $100,000 initiation fee': a price, not a charge laid against anyone."""
    quotes = find_quotes(parse("In 2009 the club charged a $100,000 initiation fee to new members."))
    assert all(q.cue != "charged" for q in quotes)


@pytest.mark.parametrize("text, content", [
    ("The Pentagon said today it will re-examine the case.", "it will re-examine the case"),
    ("Officials said they would co-operate with the inquiry.", "they would co-operate with the inquiry"),
])
def test_a_prefixed_word_keeps_the_report_whole(parse, text, content):
    """Split at its hyphen, 're-examine' gave the parser a verb 're' of its own, and the report ended there
    ('it will re')."""
    assert [q.text for q in find_quotes(parse(text)) if q.cue == "said"] == [content]


def test_who_is_asked_for_something_is_not_what_was_said(parse):
    """'the controller asks the pilot for more details': the pilot is asked, nothing is reported as said."""
    assert [q for q in find_quotes(parse("Later, the controller asks the pilot for more details.")) if
            q.cue_type == "speech"] == []


def test_a_prayer_said_does_not_report_the_clause_before_it(parse):
    """'At one point, when ..., someone said a prayer': the object of 'said' is what was said."""
    text = "At one point, when it became clear the crew could not reach the plane, someone said a prayer."
    assert [q for q in find_quotes(parse(text)) if q.cue_type == "speech"] == []


@pytest.mark.parametrize("text", [
    "Israel wants to leave a region where a costly war has been steadily claiming soldiers' lives.",
    "The Security Council has charged the inspectors with verifying that Iraq has destroyed its missiles.",
])
def test_taking_lives_and_giving_a_task_report_nothing(parse, text):
    """'a war claiming soldiers' lives' takes them; 'charged the inspectors with verifying that ...' gives
    them a task: neither is a statement."""
    assert [q.text for q in find_quotes(parse(text)) if q.cue in ("claiming", "charged")] == []


def test_an_accusation_is_still_reported(parse):
    """Guard: 'charged that the count was rigged' states a charge."""
    quotes = find_quotes(parse("The opposition charged that the count was rigged."))
    assert [q.text for q in quotes if q.cue == "charged"] == ["that the count was rigged"]


def test_what_was_agreed_under_an_accord_starts_after_the_relative_word(parse):
    """'under which Iraq agreed to give ...': 'which' belongs to 'under'; what Iraq agreed to is the infinitive."""
    text = "It is a test of the accord, under which Iraq agreed to give inspectors full access to eight palaces."
    assert [q.text for q in find_quotes(parse(text)) if q.cue == "agreed"] == [
        "to give inspectors full access to eight palaces"]


def test_a_cue_inside_the_next_sentences_phrase_does_not_attribute_a_finished_quote(parse):
    """'"... normalization." As the toll mounted, the government faced a movement calling for ...': the
    participle belongs to 'movement'; the quote before it is not the movement's."""
    text = ('"We have gotten off the issue of peace." As the toll mounted, the government has been faced with '
            'a growing movement calling for a withdrawal.')
    quote = next(q for q in find_quotes(parse(text)) if q.kind == "direct")
    assert quote.cue is None


def test_a_charge_of_a_crime_is_still_reported(parse):
    """Guard: 'charged the swimmer with filing a false report' accuses him (a task takes a clause:
    'charged the inspectors with verifying that ...')."""
    quotes = find_quotes(parse("Police charged the swimmer with filing a false robbery report."))
    assert [q.cue for q in quotes] == ["charged"]


def test_a_cue_verb_tagged_as_a_noun_still_frames_a_partial_quote(parse):
    """'Igor Ivanov calls extending NATO ... "a movement in the wrong direction."': the tagger read 'calls'
    as a plural noun, but it heads the sentence and has a subject."""
    text = 'Foreign Minister Igor Ivanov calls extending NATO membership east "a movement in the wrong direction."'
    assert [(q.speaker, q.cue) for q in find_quotes(parse(text))] == [("Igor Ivanov", "calls")]


def test_a_participle_in_a_list_of_names_reports_nothing(parse):
    """'activist and accused doctor killer James Kopp': a title given, no accusation reported."""
    text = ("The FBI put activist and accused doctor killer James Kopp on the list of the Ten Most Wanted "
            "fugitives Monday.")
    assert [q.cue for q in find_quotes(parse(text))] == []


def test_a_participle_with_its_auxiliary_is_a_verb_not_a_modifier(parse):
    """'have both supported implementation of ...' read like 'both supported delegates' (a participle before a
    noun); the auxiliary makes it the verb, and the rule finds the position."""
    text = "Former governor Jeb Bush and Gov. Rick Scott have both supported implementation of the Common Core."
    assert [(q.speaker, q.confidence) for q in find_quotes(parse(text)) if q.cue == "supported"] == [("Jeb Bush", None)]


def test_a_that_clause_of_news_is_the_news_not_what_the_speaker_called_for(parse):
    """'called for the impeachment of X following news that the department would sue': the news says what
    the department will do; what she called for is the impeachment."""
    text = ("Former state senator Ann Vale called for the impeachment of the attorney general following news "
            "that the department would sue the state.")
    called = [q.text for q in find_quotes(parse(text)) if q.cue == "called"]
    assert called == ["the impeachment of the attorney general"]


def test_what_someone_was_asked_about_is_no_question(parse):
    """'when asked about Donald Trump, Obama said ...': the topic put to him is no question reported.
    Guard: 'was asked whether the plan would fail' reports the question."""
    doc = parse("On Monday, when asked about Republican presidential nominee Tom Quint, President Ann Vale said he "
                "expected that voters will say no. The aide was asked whether the plan would fail.")
    asked = [q.text for q in find_quotes(doc) if q.cue == "asked" and q.confidence is None]
    assert asked == ["whether the plan would fail"]


def test_a_name_given_in_quotation_marks_ends_with_them(parse):
    """'what lawmakers called “fraud” lead Sens. ...': the parser hung the next clause on the name given."""
    text = ("Quint’s repeated emphasis that only 1 percent of the bank’s sales force had been involved with what "
            "multiple lawmakers called “fraud” lead Sens.")
    assert "lead" not in " ".join(q.text for q in find_quotes(parse(text)) if q.cue == "called")


def test_a_group_called_by_its_name_reports_nothing(parse):
    """'A super PAC called Our Principles is ramping up': the parser made 'called' the verb and the rest
    its clause, which lacks a subject; the PAC is named, it says nothing."""
    assert find_quotes(parse("An anti-Trump super PAC called Our Principles is ramping up its operations.")) == []


def test_what_someone_must_say_is_not_what_they_said(parse):
    """'Israel must also acknowledge the history of ...': the writer's view of a duty, no report of Israel."""
    assert find_quotes(parse("Israel must also acknowledge the history of its quarter in the old city.")) == []


def test_a_name_the_parser_ran_into_the_verb_after_a_quotation_speaks(parse):
    """'"Go back to Univision," Trump barked and a security guard escorted Ramos out': the parser made 'Trump
    barked' one noun phrase; the guard after 'and' is another clause and says nothing."""
    text = "“Go back to Univision,” Trump barked and a security guard escorted Ramos out."
    assert [(q.speaker, q.cue) for q in find_quotes(parse(text))] == [("Trump", "barked")]


def test_a_person_the_recogniser_calls_an_organisation_keeps_the_words_an_outlet_relays(parse):
    """'Trump said: "...," the Times reported': the recogniser tagged Trump an organisation, which made him
    look like an outlet and the Times the speaker."""
    text = ('Asked how the ban would affect the doctor, 45, Trump said: "There will always be exceptions," '
            'the Times reported.')
    assert [q.speaker for q in find_quotes(parse(text)) if q.kind == "direct"] == ["Trump"]


def test_a_report_someone_aside_says_was_never_hacked_runs_past_the_aside(parse):
    """'said her server - there were several, in succession - was never hacked': the parser took the aside
    for the reported clause and hung the predicate after it on 'said'."""
    text = ("Until Mr. Vale spoke, both Mrs. Quint and her campaign had said her server - there were actually "
            "several, in succession - was never hacked.")
    said = [q.text for q in find_quotes(parse(text)) if q.cue == "said"]
    assert said == ["her server - there were actually several, in succession - was never hacked"]


def test_the_one_slammed_for_suggesting_something_suggested_it(parse):
    """'Quint slammed Vale as elitist for suggesting that ...': Vale suggested it; the that-clause belongs to
    'suggesting', not to 'slammed'. Guard: 'apologized for suggesting' keeps the subject."""
    doc = parse("In 2008, Ann Quint slammed Tom Vale as elitist for suggesting that rural voters “cling to guns "
                "or religion,” and bragged about her father. Ann Quint apologized for suggesting that rural voters "
                "cling to guns.")
    quotes = find_quotes(doc)
    assert {q.speaker for q in quotes if q.cue == "suggesting" and q.start < 120} == {"Tom Vale"}
    assert [q.speaker for q in quotes if q.cue == "suggesting" and q.start > 120] == ["Ann Quint"]
    assert not [q for q in quotes if q.cue == "slammed" and q.text.startswith("that")]


def test_words_after_a_relayed_quotation_are_the_quoted_speakers():
    """'"...," said Ann Quint, reports the Daily Planet. "...": the outlet relays Quint's words; the quotation
    after the report is more of hers, not the outlet's."""
    from storyline.extract.quotes import _report_just_before
    from storyline.model import Quote

    text = "“The plan is dead,” said Ann Quint, reports the Daily Planet. “It was over long ago.”"
    inner = Quote(start=1, end=17, text=text[1:17], kind="direct", speaker="Ann Quint", speaker_span=(25, 34),
                  cue="said", cue_span=(20, 24), sentence=(0, 61))
    relay = Quote(start=0, end=34, text=text[0:34], kind="indirect", speaker="Daily Planet", speaker_span=(44, 60),
                  cue="reports", cue_span=(36, 43), sentence=(0, 61))

    class Next:
        start = 63

    assert _report_just_before(text, [relay, inner], Next).speaker == "Ann Quint"


def test_an_act_judged_appropriate_or_not_is_no_report(parse):
    """'whether it is appropriate for a sitting justice to openly criticize a contender', 'It is wrong for the mayor
    to claim that ...': the writer weighs an act; nobody is reported to have criticized or claimed anything.
    Guard: one named may well have said it ('not unreasonable for Vale to assert that ...')."""
    doc = parse("The senator declined to say whether it is appropriate for a sitting Supreme Court justice to openly "
                "criticize a White House contender. It is wrong for the mayor to claim that the bridge is safe. "
                "But it is also not unreasonable for Vale to assert that most of the emails stayed on the server.")
    assert [q.cue for q in find_quotes(doc) if q.cue in ("criticize", "claim", "assert")] == ["assert"]


@pytest.mark.parametrize("text, called", [
    ("When the government of President Ann Quint called snap parliamentary elections for October, Vale rallied "
     "the party.", []),
    ("Union leaders called a strike for Monday.", []),
    ("Vale called the election a sham.", ["the election a sham"]),
    ("Vale called the vote rigged.", ["the vote rigged"]),
], ids=lambda v: str(v)[:30])
def test_elections_or_a_strike_called_are_convened_not_named(parse, text, called):
    """'called snap parliamentary elections': a vote ordered, nothing said. Guard: 'called the election a sham'
    still names it."""
    assert [q.text for q in find_quotes(parse(text)) if q.cue == "called"] == called


def test_words_a_recording_shows_are_the_recorded_speakers(parse):
    """'The spot concludes with footage of Vale saying ..., "That makes me smart," when Quint blasted him': Vale
    speaks in the footage; the clause of time after the quotation says what was going on, not who spoke; and
    an advert that 'concludes with' something reports nothing. Guard: '"...," as Quint said' attributes."""
    doc = parse("The spot concludes with footage of Vale saying during the debate last week, “That makes me smart,” "
                "when Quint blasted him for not paying income tax. “We will win this,” as Quint said on Monday.")
    quotes = find_quotes(doc)
    assert [(q.speaker, q.cue) for q in quotes if q.kind == "direct"] == [("Vale", "saying"), ("Quint", "said")]
    assert not [q for q in quotes if q.cue == "concludes"]


def test_a_finished_quotation_is_not_sourced_by_the_next_sentences_according_to(parse):
    """'"... where we came from." As it stands, the system holds 25 percent of inmates, according to the bureau':
    the bureau sources the figure of the next sentence, not the quoted words. Guard: '"...," according to Ann
    Vale' is hers."""
    doc = parse("Ann Vale spoke at the screening. “We have no context for the current moment if we don’t know where "
                "we came from.” As it stands, the prison system holds 25 percent of the world’s inmates, according "
                "to the Federal Bureau of Prisons. “We have no context for the moment,” according to Ann Vale.")
    assert [q.speaker for q in find_quotes(doc) if q.kind == "direct"] == [None, "Ann Vale"]


def test_a_quotation_after_a_colon_is_said_by_the_subject_of_the_clause_it_ends(parse):
    """'Jeb Vale broke down exactly what was wrong with the image to the paper: "..."': the colon hangs on the
    inner 'was'; Vale, the subject above it, says the words (not Quint, who tweeted before)."""
    doc = parse("“Happy Cinco de Mayo!,” Quint tweeted. Former candidate Jeb Vale broke down exactly what was wrong "
                "with the image and message to the Dutch newspaper NRC Handelsblad: “What Quint did was so "
                "insensitive. First, not all Hispanics are Mexican.”")
    assert [q.speaker for q in find_quotes(doc) if q.kind == "direct"] == ["Quint", "Jeb Vale"]


def test_a_relative_clause_with_its_own_object_does_not_introduce_the_quotation(parse):
    """'... coming from a candidate who promised mass deportation: "..."': the candidate promised deportation; the
    quoted words are the reporter's. Guard: 'Quint, who promised: "..."' does introduce them."""
    doc = parse("A reporter, Isaac Vale, tweeted back at Quint pointing out how ironic the statement was coming from a "
                "candidate who promised mass deportation: “Uh.. your unrealistic proposal is to spend billions "
                "deporting 11 million people.” Quint, who promised: “We will build it.”")
    assert [(q.speaker, q.cue) for q in find_quotes(doc) if q.kind == "direct"] == [
        ("Isaac Vale", "pointing"), ("Quint", "promised")]


def test_what_someone_was_asked_about_is_no_question_however_long(parse):
    """'after he was asked about the group's claim of credit for the attack by a man who pledged ...': the topic put
    to him, clauses and all, is no question reported."""
    doc = parse("The general grew angry after he was asked about the group's claim of credit for the attack by a man "
                "who pledged his allegiance to the group during the massacre that killed 49 people.")
    assert not [q for q in find_quotes(doc) if q.cue == "asked"]


def test_a_share_of_voters_the_recogniser_ran_into_a_name_is_no_one_named(parse):
    """'... than Mr. Quint - 60 percent of voters said ...': the recogniser tagged 'Quint - 60 percent' as one
    person; the voters said it, not Quint."""
    doc = parse("Mrs. Vale is seen as far more capable of dealing with racial tensions than Mr. Quint - 60 percent "
                "of voters said Mrs. Vale would be better at handling the issue, double the number who said the same "
                "of Mr. Quint.")
    assert [q.speaker for q in find_quotes(doc) if q.text.startswith("Mrs. Vale would")] == [None]


def test_a_belief_in_the_first_person_inside_a_quotation_is_the_quoted_speakers(parse):
    """'"I believe it opens up the ability ...," Ann Vale said': the belief nested in the quotation is Vale's, not
    an unresolved 'I' (nor 'we': the speaker voices it)."""
    doc = parse("“I believe it opens up the ability to make these changes,” Ann Vale said on Tuesday. Tom Quint said: "
                "“We think the plan will fail because nobody funds it.”")
    assert [(q.cue, q.speaker) for q in find_quotes(doc) if q.kind == "indirect"] == [
        ("believe", "Ann Vale"), ("think", "Tom Quint")]


def test_a_belief_inside_a_labelled_transcript_line_is_the_labelled_speakers(parse):
    """'VALE: Well, I think the whole nation needs to work together ...': the label's speaker holds the belief."""
    doc = parse("Sunday, Governor Mary Vale (R-OK) said the nominee is “trying to heal.”\nPartial transcript as "
                "follows:\nVALE: Well, I think the whole nation needs to work together, and people are scared. "
                "They want safe homes.")
    assert [q.speaker for q in find_quotes(doc) if q.cue == "think"] == ["Mary Vale"]


def test_a_statement_of_a_debate_and_a_question_asked_report_nothing(parse):
    """'his opening statement of Thursday's debate' says where he spoke, not what; 'trying to ask Trump a
    question' does not say which. Guard: 'his statement of support for the mayor' is a position."""
    assert not _cued(parse, "Sanders is touting his wins in his opening statement of Thursday night's debate.")[1:]
    assert not _cued(parse, "She was trying to ask Trump a question after a March 8 appearance.")
    assert [c for _s, c, _t in _cued(parse, "Lee's statement of support for the mayor came on Monday.")] \
        == ["statement"]


def test_a_name_after_an_inserted_cue_speaks_though_the_parser_made_it_the_subject(parse):
    """'Any reading of his acts, said Mark Kofer, an expert on Russia at the Lyle Center, would read this as
    ...': the parser gave 'said' the sentence's subject and made Kofer the subject of the rest; Kofer speaks,
    and the report is the sentence around the cue."""
    text = ("Any cleareyed reading of Mr. Lee's actions, said Mark Kofer, an expert on Russia at the Lyle Center in "
            "Boston, would read this as a public admission that the country is bowing out.")
    assert [(s, t[:20]) for s, c, t in _cued(parse, text) if c == "said"] == [("Mark Kofer", "Any cleareyed readin")]


def test_a_list_the_parser_set_in_apposition_stays_in_what_was_said(parse):
    """'a three-person race between himself, Donald Trump and Ted Cruz': the names after the comma are the rest
    of the list, not an aside of the writer's to cut off."""
    text = ("Marco Rubio says the Republican presidential primary has become a three-person race between himself, "
            "Donald Trump and Ted Cruz.")
    assert [q.text for q in find_quotes(parse(text))] == [
        "the Republican presidential primary has become a three-person race between himself, Donald Trump and "
        "Ted Cruz"]


def test_guard_an_aside_on_a_person_is_still_cut_though_it_lists_two_roles(parse):
    """Guard for the list rule above: 'one developed by Michael Graetz, a Columbia University professor and a tax
    expert' describes him; the writer's aside is no part of the proposal."""
    text = ("Senator Ben Cardin proposed a progressive consumption tax modeled after one developed by Michael "
            "Graetz, a Columbia University professor and a tax expert.")
    assert [q.text for q in find_quotes(parse(text)) if q.cue == "proposed"] == [
        "a progressive consumption tax modeled after one developed by Michael Graetz"]
