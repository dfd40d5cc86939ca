"""Facts merged across outlets: same figure about the same thing, status, independence."""
from __future__ import annotations

from test_fusion_helpers import article, extraction, one_figure_each, qty

from storyline.fusion.copies import find_copies
from storyline.fusion.merge import merge_facts


def _merge(arts, exts):
    return merge_facts(arts, exts, find_copies(arts))


def test_same_figure_worded_differently_is_one_corroborated_fact():
    t1 = "The army began the call-up of some 250,000 reservists on Monday."
    t2 = "Officials plan to draft over 250,000 men for the campaign."
    t3 = "The general ordered the mobilisation of 250,000 troops last week."
    a, b, c = article("a", t1), article("b", t2), article("c", t3)
    exts = [
        extraction(a, [qty(t1, "some 250,000", 250000, qualifier="approximately", what="reservists")]),
        extraction(b, [qty(t2, "over 250,000", 250000, qualifier="more_than", what="men")]),
        extraction(c, [qty(t3, "250,000", 250000, what="troops")]),
    ]
    facts = _merge([a, b, c], exts)
    assert len(facts) == 1
    fact = facts[0]
    assert fact["outlets"] == ["a", "b", "c"]
    assert fact["independent_sources"] == 3 and fact["status"] == "corroborated"
    assert [m["text"] for m in fact["mentions"]] == [t1, t2, t3]


def test_million_and_digits_are_the_same_figure_with_sources():
    t1 = "Some 1.4 million residents left the coastal province, the agency said."
    t2 = "The agency estimated that 1,400,000 residents had left the province."
    a, b = article("a", t1), article("b", t2)
    exts = [
        extraction(a, [qty(t1, "1.4 million", 1.4e6, qualifier="approximately", what="residents",
                           according_to="the agency")]),
        extraction(b, [qty(t2, "1,400,000", 1.4e6, what="residents", according_to="The agency")]),
    ]
    facts = _merge([a, b], exts)
    assert len(facts) == 1 and facts[0]["status"] == "corroborated"
    assert facts[0]["according_to"] == ["the agency"]


def test_same_value_about_different_things_stays_apart():
    t1 = "Police detained 530 protesters in the capital."
    t2 = "The ferry carried 530 tonnes of grain to the port."
    t3 = "Officers counted 530 cars parked near the stadium in Lyon."
    a, b, c = article("a", t1), article("b", t2), article("c", t3)
    exts = [
        extraction(a, [qty(t1, "530", 530, what="protesters")]),
        extraction(b, [qty(t2, "530 tonnes", 530, unit="tonnes", what="grain")]),
        extraction(c, [qty(t3, "530", 530, what="cars")]),
    ]
    facts = _merge([a, b, c], exts)
    assert len(facts) == 3
    assert all(f["status"] == "single_source" for f in facts)


def test_same_count_in_different_places_stays_apart():
    t1 = "At least 470 people were detained in Lyon on Friday."
    t2 = "At least 470 people were detained in Marseille on Friday."
    a, b = article("a", t1), article("b", t2)
    exts = [
        extraction(a, [qty(t1, "At least 470", 470, qualifier="at_least", what="people detained", where="Lyon")]),
        extraction(b, [qty(t2, "At least 470", 470, qualifier="at_least", what="people detained",
                           where="Marseille")]),
    ]
    assert len(_merge([a, b], exts)) == 2


def test_repeated_figure_in_one_article_is_single_source():
    t = ("At least 2,250 people had been detained by Friday. By late Thursday, 2,250 people had been "
         "arrested nationwide, a monitoring group said.")
    a = article("a", t)
    ext = extraction(a, [qty(t, "2,250", 2250, what="people"), qty(t, "2,250", 2250, nth=1, what="people")])
    facts = _merge([a], [ext])
    assert len(facts) == 1 and len(facts[0]["mentions"]) == 2
    assert facts[0]["status"] == "single_source" and facts[0]["independent_sources"] == 1


def test_wire_copies_count_once():
    body = ("Heavy rain flooded the valley on Sunday and some 12,400 residents were evacuated from their homes "
            "as the river rose above its banks, the regional governor said in a statement to reporters. ")
    t1 = body + "Schools will stay closed until further notice."
    t2 = body + "Local football matches were cancelled for the weekend."
    a = article("a", t1, wire="Associated Press")
    b = article("b", t2, wire="AP")
    exts = [extraction(x, [qty(x.text, "some 12,400", 12400, qualifier="approximately", what="residents")])
            for x in (a, b)]
    fact = _merge([a, b], exts)[0]
    assert fact["outlets"] == ["a", "b"]
    assert fact["independent_sources"] == 1 and fact["status"] == "single_source"


def test_shared_passage_stating_the_fact_counts_once():
    passage = ("Rescue teams said on Tuesday that 3,716 households had lost power after the storm tore through "
               "the northern districts overnight and brought down dozens of lines across the hills. ")
    t1 = "The storm hit hard. " + passage + "Repairs could take a week, engineers warned in the morning."
    t2 = "A mayor spoke of chaos in the town centre and closed the market. " + passage + "Trains ran late."
    a, b = article("a", t1), article("b", t2)
    exts = [extraction(x, [qty(x.text, "3,716", 3716, what="households")]) for x in (a, b)]
    fact = _merge([a, b], exts)[0]
    assert len(fact["outlets"]) == 2 and fact["independent_sources"] == 1


def test_vague_orders_of_magnitude_are_not_merged():
    t1 = "The party says it is bringing millions of new voters to the polls."
    t2 = "Millions of voters stayed home in the spring, the survey found."
    a, b = article("a", t1), article("b", t2)
    exts = [extraction(a, [qty(t1, "millions", 2e6, qualifier="approximately", what="new voters")]),
            extraction(b, [qty(t2, "Millions", 2e6, qualifier="approximately", what="voters")])]
    facts = _merge([a, b], exts)
    assert len(facts) == 2 and all(f["status"] == "single_source" for f in facts)


def test_speaker_names_are_canonicalised_across_articles():
    from storyline.fusion.merge import canonical_speakers

    canon = canonical_speakers(["Obama", "Barack Obama", "Mr. Obama", "Clinton", "Hillary Clinton", "Bill Clinton"])
    assert canon["Obama"] == "Barack Obama" and canon["Mr. Obama"] == "Barack Obama"
    assert "Clinton" not in canon  # two fuller names: ambiguous, left as it is


def test_a_joint_of_two_bodies_is_no_fuller_name_of_either():
    """'a New York Times/CBS News poll' is no longer form of 'The New York Times' reporting alone."""
    from storyline.fusion.merge import canonical_speakers

    assert "New York Times" not in canonical_speakers(["New York Times", "New York Times/CBS News"])


def test_ambiguous_surname_resolved_inside_an_article_that_names_one_person():
    from storyline.fusion.merge import canonical_speakers

    names = {"a": ["Obama", "Barack Obama"], "b": ["Michelle Obama"]}
    texts = {"a": "President Barack Obama spoke. Obama said more.", "b": "Michelle Obama spoke."}
    canon = canonical_speakers([n for v in names.values() for n in v], texts, names)
    assert "Obama" not in canon and canon[("a", "Obama")] == "Barack Obama"


def test_a_first_name_alone_is_a_fuller_name_only_in_the_article_that_writes_it():
    """'Bob', a source who gives only his first name, is not the 'Bob Lane' another article quotes; where the
    article itself names Bob Lane, it is he."""
    from storyline.fusion.merge import canonical_speakers

    names = {"a": ["Bob"], "b": ["Bob Lane"], "c": ["Bob", "Bob Lane"]}
    texts = {"a": "Bob, the base chief, spoke.", "b": "Bob Lane spoke.", "c": "Rep. Bob Lane spoke. Bob said more."}
    canon = canonical_speakers([n for v in names.values() for n in v], texts, names)
    assert "Bob" not in canon and ("a", "Bob") not in canon and canon[("c", "Bob")] == "Bob Lane"


def test_same_sentence_in_two_outlets_is_one_fact_however_common_the_number():
    # 12 percent alone is too common to merge on; the identical sentence makes it one statement
    t1 = "Turnout was up. Now the mayor must win 12 percent of the remaining wards."
    t2 = "Now the mayor must win 12 percent of the remaining wards. Polls close at eight."
    a, b = article("a", t1), article("b", t2)
    exts = [
        extraction(a, [qty(t1, "12 percent", 12, unit="percent", what="remaining wards")]),
        extraction(b, [qty(t2, "12 percent", 12, unit="percent", what="wards")]),
    ]
    facts = _merge([a, b], exts)
    assert len(facts) == 1
    assert facts[0]["outlets"] == ["a", "b"]


def test_the_same_small_count_killed_and_detained_stays_apart(nlp):
    t1 = "Three people were killed when the gunman opened fire at the club in Avalon."
    t2 = "Three people were detained after the gunman opened fire at the club in Avalon."
    arts, exts = one_figure_each(nlp, "Three", 3, t1, t2, what="people")
    facts = _merge(arts, exts)
    assert len(facts) == 2 and all(f["status"] == "single_source" for f in facts)


def test_killed_and_died_are_one_outcome(nlp):
    t1 = "Three people were killed when the gunman opened fire at the club in Avalon."
    t2 = "Three people died after the gunman opened fire at the club in Avalon."
    arts, exts = one_figure_each(nlp, "Three", 3, t1, t2, what="people")
    assert len(_merge(arts, exts)) == 1


def test_the_same_sum_raised_in_two_named_cities_stays_apart(nlp):
    t1 = "So far, Denver has raised $41 million to host the summit."
    t2 = "In all, the Phoenix host committee raised $41 million, records show."
    arts, exts = one_figure_each(nlp, "$41 million", 41e6, t1, t2, unit="USD", what="raised")
    assert len(_merge(arts, exts)) == 2


def test_a_city_and_the_city_with_its_state_are_one_place(nlp):
    t1 = "So far, Cleveland has raised $64 million to host the convention."
    t2 = "The committee set a goal of raising $64 million for the convention in Cleveland, Ohio."
    arts, exts = one_figure_each(nlp, "$64 million", 64e6, t1, t2, unit="USD", what="raised")
    assert len(_merge(arts, exts)) == 1


def test_a_campaign_or_a_dateline_is_not_the_fuller_name_of_a_person():
    from storyline.fusion.merge import canonical_speakers

    names = ["Sanders", "Bernie Sanders", "Bernie Sanders presidential campaign", "Kasich", "John Kasich's campaign",
             "Trump", "Donald Trump", "BERLIN - Donald Trump"]
    canon = canonical_speakers(names)
    # (the dateline run into the name is Donald Trump, the other way round)
    assert canon == {"Sanders": "Bernie Sanders", "Trump": "Donald Trump", "BERLIN - Donald Trump": "Donald Trump"}


def test_a_word_run_on_in_front_of_a_full_name_is_that_person_not_a_fuller_name():
    """'Wall Street Donald Trump' tagged 'Street Donald Trump' is no fuller name of Trump to merge everyone into;
    it is Donald Trump. Guards: 'Obama White House' stays the fuller form of 'White House' (no first name), and a
    first name in front is part of the name."""
    from storyline.fusion.merge import canonical_speakers

    canon = canonical_speakers(["Donald Trump", "Street Donald Trump", "Street Donald Trump", "Trump",
                                "White House", "Obama White House"])
    assert canon == {"Trump": "Donald Trump", "Street Donald Trump": "Donald Trump",
                     "White House": "Obama White House"}
    # guard: a first name in front is the person's own ('Osman Abu Laban' is no run-on 'Abu Laban')
    assert "Osman Abu Laban" not in canonical_speakers(["Osman Abu Laban", "Abu Laban", "Abu Laban"])
    assert canonical_speakers(["Mr.", "Dr", "Ann Vale"]) == {}  # a title alone has no words of a name


def test_a_generational_suffix_names_another_person():
    from storyline.fusion.merge import canonical_speakers

    canon = canonical_speakers(["Tom Reed", "Tom Reed Jr", "Reed", "Tom Reed", "Ann Vale", "Ann Vale III"])
    assert "Tom Reed" not in canon and "Ann Vale" not in canon
    assert canon["Reed"] == "Tom Reed"


def test_an_institution_or_a_subgroup_is_not_the_shorter_name():
    from storyline.fusion.merge import canonical_speakers

    canon = canonical_speakers(["Nora Quist", "Nora Quist Center", "Quist", "Vale", "Vale Foundation",
                                "Republicans", "House Republicans"])
    assert "Nora Quist" not in canon and "Vale" not in canon and "Republicans" not in canon
    assert canon["Quist"] == "Nora Quist"


def test_the_house_is_not_the_white_house_nor_a_chamber_its_party_group():
    from storyline.fusion.merge import canonical_speakers

    names = ["House", "White House", "White House", "Senate", "Senate Democrats", "Bank", "World Bank"]
    texts = {"a1": "The House voted. The White House said no.", "a2": "The Senate voted. Senate Democrats said no.",
             "a3": "The World Bank said so. The Bank added more."}
    canon = canonical_speakers(names, texts, {"a1": ["House", "White House"], "a2": ["Senate", "Senate Democrats"],
                                              "a3": ["Bank", "World Bank"]})
    assert canon == {("a3", "Bank"): "World Bank"}  # 'the Bank' in a World Bank story is still the World Bank


def test_a_bare_institution_word_is_resolved_only_inside_an_article():
    from storyline.fusion.merge import canonical_speakers

    names = ["Senate", "Missouri Senate", "White House", "Obama White House"]
    canon = canonical_speakers(names, {"a1": "The Senate voted.", "a2": "The Missouri Senate voted."},
                               {"a1": ["Senate"], "a2": ["Missouri Senate"]})
    assert canon == {"White House": "Obama White House"}  # the US Senate is not Missouri's


def test_a_middle_initial_is_the_same_person_two_different_ones_are_not():
    from storyline.fusion.merge import canonical_speakers

    canon = canonical_speakers(["Tom Reed", "Tom A. Reed", "Tom Reed", "Jan B. Olsen", "Jan C. Olsen"])
    assert canon["Tom A. Reed"] == "Tom Reed"
    assert "Jan B. Olsen" not in canon and "Jan C. Olsen" not in canon


def test_one_round_figure_about_two_crowds_in_one_article_stays_two_facts():
    """'about 100 people' at City Hall and 'about 100 people' at another rally: only 'people' is shared."""
    text = ("A group of about 100 people gathered outside City Hall early.\n\n"
            "Later a march for housing drew about 100 people.")
    a = article("a", text)
    exts = [extraction(a, [
        qty(text, "about 100", 100, qualifier="approximately", what="people who gathered outside City Hall"),
        qty(text, "about 100", 100, nth=1, qualifier="approximately", what="people drew"),
    ])]
    assert len(_merge([a], exts)) == 2


def test_one_small_figure_counting_two_nouns_in_one_article_stays_two_facts(nlp):
    """'five trends across the states' and 'all five of these states' share the word 'states' but
    count trends and states: the parse's counted nouns tell them apart."""
    text = ("Here are five key trends to watch across the states this year.\n\n"
            "The mayor leads the race in all five of these states.")
    a = article("a", text)
    exts = [extraction(a, [
        qty(text, "five", 5, what="key trends to watch across the states this year"),
        qty(text, "five", 5, nth=1, what="these states"),
    ], nlp=nlp)]
    assert len(_merge([a], exts)) == 2


def test_a_share_and_a_bound_on_it_are_two_facts_and_a_third_is_no_distinctive_number(nlp):
    """'A third of independents, 33%, ...' and later 'Slightly more than a third of independents, 35%, ...' are
    two statements; across outlets, 'a third of independent-minded voters' and 'about one-third of the Ohio
    vote' share a value, but a third is said of anything, so the words must agree as for any round number."""
    text = "A third of independents, 33%, say they feel that way. Slightly more than a third of independents agree."
    a = article("a", text)
    exts = [extraction(a, [qty(text, "A third", 1 / 3, unit="fraction", what="independents"),
                           qty(text, "more than a third", 1 / 3, unit="fraction", qualifier="more_than",
                               what="independents")], nlp=nlp)]
    assert len(_merge([a], exts)) == 2
    t1 = "That antipathy, which touches a third of independent-minded voters, will complicate the task."
    t2 = "Borges predicted about one-third of the Ohio vote will be cast before March 15."
    b, c = article("b", t1), article("c", t2)
    exts = [extraction(b, [qty(t1, "a third", 1 / 3, unit="fraction", what="independent-minded voters")], nlp=nlp),
            extraction(c, [qty(t2, "about one-third", 1 / 3, unit="fraction", qualifier="approximately",
                               what="Ohio vote")], nlp=nlp)]
    assert len(_merge([b, c], exts)) == 2


def test_one_share_of_a_group_doing_two_things_in_one_article_stays_two_facts(nlp):
    """'three-quarters of voters support the ban' and later 'three-quarters of the voters said they were
    worried': one share of one group, said of two different things; a restatement with the same verb is one."""
    text = ("Exit polls found that three-quarters of voters support the ban on new mines. "
            "Even so, three-quarters of the voters said they were worried about jobs. "
            "About three-quarters support the ban on new mines.")
    a = article("a", text)
    exts = [extraction(a, [qty(text, "three-quarters", 0.75, unit="fraction", what="voters"),
                           qty(text, "three-quarters", 0.75, unit="fraction", nth=1, what="voters"),
                           qty(text, "three-quarters", 0.75, unit="fraction", nth=2, what="voters")], nlp=nlp)]
    facts = _merge([a], exts)
    assert sorted(len(f["mentions"]) for f in facts) == [1, 2]



def test_drowned_is_an_outcome_like_killed(nlp):
    """'Three people drowned' is a death toll: it is not 'three people were detained', as 'killed' is not."""
    t1 = "Three people drowned when the ferry capsized off the coast of Avalon."
    t2 = "Three people were detained when the ferry capsized off the coast of Avalon."
    arts, exts = one_figure_each(nlp, "Three", 3, t1, t2, what="people")
    assert len(_merge(arts, exts)) == 2
